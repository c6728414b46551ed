"""`payout-desk point staff add|list` and the --staff every recording command takes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Cli, Outcome, write_csv_register


@pytest.fixture
def laptop(cli: Cli, tmp_path: Path) -> Path:
    """A point laptop with its list loaded and no clerk yet."""
    office, point = tmp_path / "office", tmp_path / "point"
    assert (
        cli("keys", "init", "--role", "office", "--name", "Bưu điện Mang Thít", "--data-dir", office).code
        == 0
    )
    register = write_csv_register(tmp_path / "register.csv")
    assert cli("office", "import-register", register, "--month", "2026-12", "--data-dir", office).code == 0
    key = cli("keys", "init", "--role", "point", "--name", "máy 1", "--data-dir", point, "--json").json
    enrol = (
        "office",
        "enroll-device",
        "--point",
        "P01",
        "--public-key",
        key["public_key"],
        "--name",
        "máy 1",
    )
    assert cli(*enrol, "--data-dir", office).code == 0
    assert (
        cli(
            "office", "issue-lists", "--month", "2026-12", "--out", tmp_path / "lists", "--data-dir", office
        ).code
        == 0
    )
    fingerprint = cli("keys", "show", "--data-dir", office, "--json").json["fingerprint"]
    loaded = cli(
        "point",
        "load",
        tmp_path / "lists" / "P01_2026-12.pdlist",
        "--trust-office",
        fingerprint,
        "--data-dir",
        point,
    )
    assert loaded.code == 0, loaded.err
    return point


def add(
    cli: Cli, mp: pytest.MonkeyPatch, point: Path, name: str, pin: str, *by: str, by_pin: str = ""
) -> Outcome:
    mp.setenv("PAYOUT_DESK_PIN", pin)
    if by_pin:
        mp.setenv("PAYOUT_DESK_BY_PIN", by_pin)
    return cli("point", "staff", "add", name, *by, "--data-dir", point, "--json")


def test_the_first_clerk_then_another_added_by_them(
    cli: Cli, laptop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = cli("point", "staff", "list", "--data-dir", laptop)
    assert empty.code == 0 and "point staff add" in empty.out
    first = add(cli, monkeypatch, laptop, "Nguyễn  Thị Lan", "2468")
    assert first.code == 0, first.err
    assert first.json == {"added": "Nguyễn Thị Lan", "staff": ["Nguyễn Thị Lan"]}
    alone = add(cli, monkeypatch, laptop, "Trần Văn Hùng", "1357")
    assert alone.code == 2 and "Nguyễn Thị Lan" in alone.err and alone.out == ""
    wrong = add(cli, monkeypatch, laptop, "Trần Văn Hùng", "1357", "--by", "Nguyễn Thị Lan", by_pin="1111")
    assert wrong.code == 3 and "Traceback" not in wrong.err
    second = add(cli, monkeypatch, laptop, "Trần Văn Hùng", "1357", "--by", "nguyen thi lan", by_pin="2468")
    assert second.code == 0, second.err
    again = add(cli, monkeypatch, laptop, "tran van hung", "9999", "--by", "Trần Văn Hùng", by_pin="1357")
    assert again.code == 3
    listed = cli("point", "staff", "list", "--data-dir", laptop, "--json")
    assert listed.json == {"staff": ["Nguyễn Thị Lan", "Trần Văn Hùng"]}


def test_staff_must_name_a_known_clerk(cli: Cli, laptop: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    receive = ("point", "cash", "receive", "10.000.000", "--data-dir", laptop)
    none_yet = cli(*receive, "--staff", "Lan")
    assert none_yet.code == 2 and "point staff add" in none_yet.err
    assert add(cli, monkeypatch, laptop, "Nguyễn Thị Lan", "2468").code == 0
    unknown = cli(*receive, "--staff", "Bình")
    assert unknown.code == 2 and "Bình" in unknown.err and "Nguyễn Thị Lan" in unknown.err
    monkeypatch.setenv("PAYOUT_DESK_STAFF", "Kẻ Lạ")
    assert cli(*receive).code == 2
    monkeypatch.delenv("PAYOUT_DESK_STAFF")
    done = cli(*receive, "--staff", "nguyễn thị lan", "--json")
    assert done.code == 0 and done.json["staff"] == "Nguyễn Thị Lan"
    status = cli("point", "status", "--data-dir", laptop, "--json").json
    assert status["cash"]["received"] == 10_000_000  # the refused steps recorded nothing
