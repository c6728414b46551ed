"""What the command line prints never lets data drive the terminal (issue 13): a control character in a
name, a note or a file name (ESC sequences could clear or retitle the terminal, move the cursor, rewrite a
line) prints as U+FFFD in readable lines and refusals; --json stays exact and still has no raw control."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from payout_desk.cli.output import emit, shown
from tests.cli.conftest import Cli
from tests.roundkit import PASSPHRASE

ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x9b31m\r\x08\x7f"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def test_a_refusal_quoting_a_file_name_with_escape_sequences_prints_them_harmless(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAYOUT_DESK_PASSPHRASE", PASSPHRASE)
    office = tmp_path / "office"
    assert cli("keys", "init", "--role", "office", "--name", "Bưu điện huyện", "--data-dir", office).code == 0
    missing = tmp_path / f"danh-sach{ESCAPES}.csv"
    out = cli("office", "import-register", missing, "--month", "2026-12", "--data-dir", office)
    assert out.code != 0 and "danh-sach" in out.err and ".csv" in out.err
    assert not RAW.search(out.err.rstrip("\n")) and "\ufffd[2J" in out.err


def test_readable_lines_are_printable_and_json_is_exact(capsys: pytest.CaptureFixture[str]) -> None:
    payload = {"staff": [f"Lan{ESCAPES}", "Hùng\u202e", "\ud800"], "note": "dòng 1\ndòng 2\t"}
    emit(False, payload, [f"Nhân viên: {name}" for name in payload["staff"]])
    lines = capsys.readouterr().out
    assert not RAW.search(lines.replace("\n", "")) and lines.count("\n") == 3
    assert "Lan\ufffd[2J" in lines and "\u202e" not in lines and "\ud800" not in lines
    emit(True, payload, [])
    out = capsys.readouterr().out
    assert not RAW.search(out.replace("\n", "")) and "\u202e" not in out and "\ud800" not in out
    assert json.loads(out) == payload  # the same text, escaped


def test_shown_keeps_our_line_breaks_and_tabs_only() -> None:
    assert shown("a\tb\nc\rd\x1be") == "a\tb\nc\ufffdd\ufffde"
    assert shown("Nguyễn Văn An — 2.789.000 đ") == "Nguyễn Văn An — 2.789.000 đ"
