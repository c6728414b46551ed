"""Data in the PDFs is drawn as it is (issue 13): a name with < & <font> <a href> is never parsed as markup,
and a control character, a lone surrogate or a bidi override never crashes the drawing (it prints as U+FFFD).
Each paper is drawn for real and read back with pypdf."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from payout_desk.domain.month import Month
from payout_desk.reports.pdfkit import PointHeader
from payout_desk.reports.posting_list import PostingChange, PostingRow, PostingSection, posting_list_pdf
from payout_desk.reports.receipt import Recipient, receipt_pdf
from payout_desk.reports.settlement_pdf import ConflictNote, SettlementDoc, settlement_pdf
from payout_desk.reports.signature_sheet import SheetHeader, SheetRow, signature_sheet_pdf
from tests.reports.test_report_pdfs import point, receipt
from tests.roundkit import png

MARKUP = "<font color=red>A&amp;B</font>"
CONTROLS = "Lê\x00Thị\x02Hằng\x1b[2J\ud800\u202e"


def flat(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).replace("\n", " ")


@pytest.mark.parametrize("name", [MARKUP, CONTROLS])
def test_every_paper_draws_hostile_names(name: str) -> None:
    expected = MARKUP if name == MARKUP else "Lê"
    header = SheetHeader(name, "P01", name, Month(2026, 12), "05/12/2026")
    sheet = signature_sheet_pdf(
        header,
        [SheetRow("NCC001", name, 1940, name, 2_789_000, recipient=name, proxy=True, signature_png=png(60, 20),
                  thumbprint=False, paid_on="03/12/2026")],
    )  # fmt: skip
    posting = posting_list_pdf(
        [
            PostingSection(
                PointHeader(name, "P01", name, Month(2026, 12), "05/12/2026"),
                [PostingRow("NCC001", name, "086040173112", name, name, 2_789_000)],
                [PostingChange("stop", "NCC002", name, name, name, "01/12/2026", 1)],
            )
        ]
    )
    slip = receipt_pdf(
        receipt(
            name=name, village=name, staff=name, device=name, recipient=Recipient(name, name, "0860", name)
        )
    )
    p01 = point("P01")
    p01 = replace(
        p01, figures=replace(p01.figures, name=name), conflicts=(ConflictNote(name, name, name, name),)
    )
    settled = settlement_pdf(SettlementDoc(name, Month(2026, 12), "05/12/2026 10:00", [p01], p01.figures))
    for pdf in (sheet, posting, slip, settled):
        text = flat(pdf)
        assert expected in text
        if name == CONTROLS:
            assert "\x00" not in text and "\x1b" not in text and "\u202e" not in text
