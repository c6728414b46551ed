"""The posting list against last month (issue 15, item 7): who is new on a point's list and who was on last
month's list and is not on this one, with the reason — died, moved to another point, not on the register —
printed on the PDF (read back with pypdf)."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from payout_desk.services.common.posting_changes import NOT_LISTED
from tests.report_back_round import DECEMBER, JANUARY, two_months
from tests.roundkit import Round


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def test_the_posting_list_shows_who_is_new_and_who_is_gone(game: Round, tmp_path: Path) -> None:
    two_months(game)
    first = game.office.papers.posting_list(DECEMBER, tmp_path / "t12.pdf", "P01")
    assert "SO VỚI DANH SÁCH THÁNG" not in pdf_text(first.path)  # nothing before December

    done = game.office.papers.posting_list(JANUARY, tmp_path / "t1.pdf")
    text = pdf_text(done.path)
    assert "SO VỚI DANH SÁCH THÁNG 12/2026" in text
    p01, p02 = text.split("Điểm chi trả: P02")
    assert "Người có tên tháng trước, tháng này không còn (5 người)" in p01
    for code, reason in (
        ("NCC002", "đã mất"),
        ("NCC008", "đã mất"),
        ("NCC005", "chuyển đến điểm chi trả P02"),
        ("NCC006", "chuyển đến điểm chi trả P02"),
        ("NCC012", NOT_LISTED),
    ):
        assert reason in p01.split(f"{code} ", 1)[1].split("NCC0", 1)[0], code
    assert "Người mới có tên trong danh sách (1 người)" in p02 and "NCC006 Nguyễn Văn Lan 6" in p02
    assert "không còn" not in p02  # NCC005, added to P02 in December, is on its register now
