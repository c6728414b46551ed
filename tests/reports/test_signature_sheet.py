"""The signature sheet read back from the PDF: rows, page totals carried forward, total in words."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from payout_desk.domain.money import amount_in_words, format_vnd
from payout_desk.domain.month import Month
from payout_desk.reports.signature_sheet import (
    SheetHeader,
    SheetRow,
    paginate,
    rows_per_page,
    signature_sheet_pdf,
)
from tests.roundkit import png

HEADER = SheetHeader("Bưu điện huyện Mang Thít", "P01", "Điểm BĐVHX An Phước", Month(2026, 12), "05/12/2026")


def rows(n: int) -> list[SheetRow]:
    out = []
    for i in range(1, n + 1):
        paid = i % 3 != 0
        out.append(
            SheetRow(
                f"NCC{i:05d}", f"Lê Thị Hằng {i}", 1940 + i % 20, "ấp Phước Hậu", 2_789_000 + i * 1000,
                recipient=("Trần Văn Bảy" if i % 5 == 0 else "Lê Thị Hằng") if paid else "", proxy=i % 5 == 0,
                signature_png=png(120, 40, shade=i) if paid and i % 4 else None, thumbprint=paid and i % 4 == 0,
                paid_on="03/12/2026" if paid else "",
            )
        )  # fmt: skip
    return out


def text_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def money(text: str) -> set[int]:
    return {int(m.replace(".", "")) for m in re.findall(r"\d{1,3}(?:\.\d{3})+", text)}


@pytest.mark.parametrize("count", [1, 9, 10, 30, 101])
def test_pages_totals_carry_forward_and_the_total_in_words(count: int) -> None:
    people = rows(count)
    pdf = signature_sheet_pdf(HEADER, people)
    pages = text_of(pdf)
    chunks = paginate(people)
    assert len(pages) in (len(chunks), len(chunks) + 1)  # the signature block may need its own page
    carried = 0
    for number, (page, chunk) in enumerate(zip(pages, chunks, strict=False), start=1):
        page_total = sum(r.amount for r in chunk)
        assert f"Cộng trang {number}" in page and page_total in money(page)
        if number > 1:
            assert "Mang sang" in page and carried in money(page)
        carried += page_total
        assert all(r.code in page for r in chunk)
    total = sum(r.amount for r in people)
    everything = "\n".join(pages)
    assert f"TỔNG CỘNG ({count} người)" in everything and format_vnd(total, unit="") in everything
    assert amount_in_words(total) in everything.replace("\n", " ")
    assert "DANH SÁCH KÝ NHẬN" in pages[0] and "Tháng 12/2026" in pages[0] and "TRƯỞNG BƯU CỤC" in everything
    assert f"Trang {len(pages)}/{len(pages)}" in pages[-1]


def test_paid_rows_show_who_signed_and_unpaid_rows_stay_blank() -> None:
    pages = "\n".join(text_of(signature_sheet_pdf(HEADER, rows(6))))
    assert "Trần Văn Bảy" in pages and "(nhận thay)" in pages and "chính chủ" in pages and "điểm chỉ" in pages
    assert pages.count("03/12/2026") == 4  # rows 3 and 6 unpaid: no date, an empty cell to sign on paper


def test_the_font_is_embedded() -> None:
    reader = PdfReader(io.BytesIO(signature_sheet_pdf(HEADER, rows(3))))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert len(fonts) == 2  # regular and bold, nothing else (no stray Helvetica)
    for key in fonts:
        font = fonts[key].get_object()
        assert "DejaVuSans" in str(font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"].get_object()  # the TrueType program is inside the PDF
    assert rows_per_page()[0] >= 8
