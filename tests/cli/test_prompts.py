"""The person at the keyboard: passphrase prompts and the office-fingerprint question on first load."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from payout_desk.cli import prompts
from payout_desk.services.common.errors import DeskError
from tests.cli.conftest import Cli, write_csv_register


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """stdin is a terminal; answers typed are taken from the returned list, in order."""
    answers: list[str] = []
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.delenv("PAYOUT_DESK_PASSPHRASE")
    monkeypatch.setattr(prompts.getpass, "getpass", lambda _prompt="": answers.pop(0))
    monkeypatch.setattr("builtins.input", lambda _prompt="": answers.pop(0))
    return answers


def test_a_new_passphrase_is_asked_twice_and_must_match(terminal: list[str]) -> None:
    terminal += ["a long passphrase", "a long passphrase"]
    assert prompts.passphrase(True) == "a long passphrase"
    terminal += ["a long passphrase", "a different one"]
    with pytest.raises(DeskError, match="differ"):
        prompts.passphrase(True)


def test_without_a_terminal_or_env_the_passphrase_error_says_what_to_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PAYOUT_DESK_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO())
    with pytest.raises(DeskError, match="PAYOUT_DESK_PASSPHRASE"):
        prompts.passphrase(False)


def test_keys_init_at_a_terminal_and_first_load_confirmed_by_typing_yes(
    cli: Cli, terminal: list[str], tmp_path: Path
) -> None:
    terminal += ["office passphrase", "office passphrase"]
    assert (
        cli("keys", "init", "--role", "office", "--name", "Bưu điện", "--data-dir", tmp_path / "o").code == 0
    )
    register = write_csv_register(tmp_path / "r.csv")
    assert (
        cli("office", "import-register", register, "--month", "2026-12", "--data-dir", tmp_path / "o").code
        == 0
    )
    terminal += ["office passphrase"]
    issued = cli(
        "office",
        "issue-lists",
        "--month",
        "2026-12",
        "--out",
        tmp_path / "l",
        "--json",
        "--data-dir",
        tmp_path / "o",
    )
    assert issued.code == 0, issued.err
    list_file = issued.json["files"][0]["path"]
    terminal += ["point passphrase", "point passphrase"]
    assert cli("keys", "init", "--role", "point", "--name", "Máy 1", "--data-dir", tmp_path / "p").code == 0

    terminal += ["no"]
    refused = cli("point", "load", list_file, "--data-dir", tmp_path / "p")
    assert refused.code == 4
    assert "not trusted yet" in refused.err
    terminal += ["YES"]
    loaded = cli("point", "load", list_file, "--data-dir", tmp_path / "p")
    assert loaded.code == 0, loaded.err
    assert "Its key fingerprint is" in loaded.err  # the question showed the fingerprint
    assert "now trusted on this device" in loaded.out
