"""`--lang vi|en`: the same refusal in Vietnamese or English, the same exit code; without it the desk's own
setting (`settings language`), else $PAYOUT_DESK_LANG, else Vietnamese. JSON keys and codes never change."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Cli
from tests.roundkit import PASSPHRASE


@pytest.fixture
def office(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PAYOUT_DESK_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "office"
    made = cli("keys", "init", "--role", "office", "--name", "Bưu điện huyện", "--data-dir", folder)
    assert made.code == 0, made.err
    return folder


def test_the_same_refusal_in_both_languages(cli: Cli, office: Path) -> None:
    missing = office / "khong-co.xlsx"
    vi = cli("--lang", "vi", "office", "import-register", missing, "--month", "2026-12", "--data-dir", office)
    en = cli("office", "import-register", missing, "--month", "2026-12", "--data-dir", office, "--lang", "en")
    assert vi.code == en.code == 3
    assert f"Không có file: {missing}" in vi.err
    assert f"no such file: {missing}" in en.err
    assert "no such file" not in vi.err


def test_a_point_command_on_the_office_desk(cli: Cli, office: Path) -> None:
    vi = cli("point", "status", "--data-dir", office, "--lang", "vi")
    en = cli("point", "status", "--data-dir", office, "--lang", "en")
    assert vi.code == en.code == 2
    sentence, hint = vi.err.rstrip("\n").split(" — ")  # one line: the window's sentence, then the option
    assert "Đây là máy của bưu cục" in sentence and "--data-dir" not in sentence
    assert hint == "Chọn thư mục dữ liệu khác: --data-dir DIR"
    assert "this is an office desk" in en.err and "use another data folder: --data-dir DIR" in en.err


def test_a_usage_error_of_the_command_line(cli: Cli, office: Path) -> None:
    vi = cli("--lang", "vi", "office", "status", "--month", "2026-13", "--data-dir", office)
    en = cli("--lang", "en", "office", "status", "--month", "2026-13", "--data-dir", office)
    assert vi.code == en.code == 2
    assert "Tháng phải viết dạng YYYY-MM" in vi.err
    assert "month must be YYYY-MM" in en.err


def test_the_desk_setting_then_the_environment_then_vietnamese(
    cli: Cli, office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refused = ("point", "status", "--data-dir", office)
    assert "this is a" in cli(*refused).err  # $PAYOUT_DESK_LANG=en (tests/conftest.py)
    monkeypatch.delenv("PAYOUT_DESK_LANG")
    assert "Đây là máy của bưu cục" in cli(*refused).err  # nothing chosen: Vietnamese
    monkeypatch.setenv("PAYOUT_DESK_LANG", "vi")
    shown = cli("settings", "language", "en", "--data-dir", office, "--json")
    assert shown.code == 0 and shown.json == {"language": "en"}
    assert "this is a" in cli(*refused).err  # the desk's own choice wins over the environment
    assert "Đây là máy" in cli(*refused, "--lang", "vi").err  # and --lang over both
    assert cli("settings", "language", "--data-dir", office, "--json").json == {"language": "en"}


def test_an_unknown_language_is_a_usage_error(cli: Cli, office: Path) -> None:
    assert cli("settings", "language", "fr", "--data-dir", office).code == 2
    assert cli("--lang", "fr", "office", "status", "--data-dir", office).code == 2


def test_register_issues_follow_the_language(cli: Cli, office: Path, tmp_path: Path) -> None:
    register = tmp_path / "ds.csv"
    register.write_text(
        "Mã đối tượng,Họ và tên,Điểm chi trả,Số tiền\nNCC001,Nguyễn Văn A,P01,abc\n,Trần Thị B,P01,1000000\n",
        encoding="utf-8",
    )
    args = ("office", "import-register", register, "--month", "2026-12", "--data-dir", office, "--json")
    vi, en = cli(*args, "--lang", "vi").json, cli(*args, "--lang", "en").json
    assert [e["code"] for e in vi["errors"]] == [e["code"] for e in en["errors"]]  # codes stay codes
    assert set(vi["errors"][0]) == set(en["errors"][0]) == {"row", "column", "code", "message"}
    messages_vi = " ".join(e["message"] for e in vi["errors"])
    messages_en = " ".join(e["message"] for e in en["errors"])
    assert "Thiếu mã đối tượng." in messages_vi and "no beneficiary code" in messages_en
    lines = cli(*args[:-1], "--lang", "vi")
    assert lines.code == 3
    assert "Thiếu mã đối tượng." in lines.out and "Chưa nhập gì: 2 dòng có lỗi." in lines.out
    assert "Nothing imported: 2 rows have errors." in cli(*args[:-1], "--lang", "en").out
