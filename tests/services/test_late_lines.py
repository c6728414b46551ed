"""The late lines of a closed month as the papers print them (issue 15 loose ends): a Vietnamese sentence
in the settlement PDF and words in the workbook, while the status keeps the machine's detail."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from payout_desk.services.point.pay import PayoutRequest
from tests.roundkit import Round

DECEMBER = "2026-12"


def pdf_text(path: object) -> str:
    with open(str(path), "rb") as f:
        data = f.read()
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).replace("\n", " ")


@pytest.mark.devices(1)
def test_a_late_payout_is_a_vietnamese_sentence_on_the_papers(game: Round) -> None:
    one = game.devices[0]
    one.pay.record(PayoutRequest("NCC001", thumbprint=True, staff="Lan"))
    game.office.imports.files([game.export(0)])
    game.office.closing.close(DECEMBER)
    one.pay.record(PayoutRequest("NCC003", thumbprint=True, staff="Hùng"))  # after the close
    one.cash.receive(5_000_000, staff="Hùng")
    game.office.imports.files([game.export(0, "late.pdsync")])

    flags = [f for f in game.office.status.month(DECEMBER).points[0].flags if f.kind == "late"]
    assert any(f.detail.startswith("payout NCC003 2792000") for f in flags)  # the machine's detail stays

    game.office.papers.settlement_report(DECEMBER, game.root / "s.pdf")
    text = " ".join(pdf_text(game.root / "s.pdf").split())
    assert "Chi trả NCC003 — 2.792.000 đ, ghi nhận sau khi khóa sổ" in text
    assert "Nhận tiền từ bưu cục — 5.000.000 đ" in text
    assert "payout NCC003" not in text and "2792000" not in text and "cash-received" not in text

    game.office.papers.settlement(DECEMBER, game.root / "s.xlsx")
    sheet = load_workbook(game.root / "s.xlsx", read_only=True)["Ghi nhận muộn"]
    kinds = {row[1]: row[2] for row in sheet.iter_rows(values_only=True) if row and row[0] == "P01"}
    assert kinds == {"NCC003": "Chi trả", None: "Nhận tiền từ bưu cục"}
