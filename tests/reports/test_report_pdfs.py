"""The posting list, the settlement and the receipt read back from their PDFs, and the shared drawing kit:
tables over pages with their head repeated, page numbers per section, the font embedded everywhere."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from payout_desk.domain.ids import mask_id
from payout_desk.domain.money import amount_in_words, format_vnd
from payout_desk.domain.month import Month
from payout_desk.domain.payout_list import PayLine
from payout_desk.domain.settlement import Count, PointFigures, total_of
from payout_desk.reports.pdfkit import Pdf, page_count
from payout_desk.reports.posting_list import PostingChange, PostingRow, PostingSection, posting_list_pdf
from payout_desk.reports.receipt import Receipt, Recipient, receipt_pdf
from payout_desk.reports.settlement_pdf import (
    ConflictNote,
    Figure,
    PointSettlement,
    ReasonLine,
    SettlementDoc,
    settlement_pdf,
)
from tests.reports.test_signature_sheet import HEADER, text_of
from tests.roundkit import stroke_png

pages_of = text_of


def posting_rows(n: int) -> list[PostingRow]:
    return [
        PostingRow(f"NCC{i:03d}", f"Trần Thị Ngọc Ánh {i}", f"0861{50 + i % 40:02d}{i:06d}", "ấp Phước Hậu",
                   "Thân nhân liệt sĩ", 2_789_000 + i)
        for i in range(1, n + 1)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("086040173112", "*********112"),
        ("123456789", "******789"),
        (" 0861 ", "*861"),
        ("12", "*2"),
        (None, ""),
    ],
)
def test_mask_id_keeps_only_the_last_digits(number: str | None, masked: str) -> None:
    assert mask_id(number) == masked


def test_the_posting_list_runs_over_pages_with_its_head_and_never_prints_a_whole_id() -> None:
    rows = posting_rows(70)
    changes = [
        PostingChange("stop", "NCC200", "Lê Văn Sáu", "ấp 1", "đã mất", "01/12/2026", 2_789_000),
        PostingChange("add", "NCC201", "Võ Thị Mười", "ấp 2", "Bà mẹ Việt Nam anh hùng", "", 5_000_000),
    ]
    pdf = posting_list_pdf([PostingSection(HEADER, rows, changes)])
    pages = pages_of(pdf)
    assert len(pages) >= 3 and page_count(pdf) == len(pages)
    assert all("Họ và tên" in page and "Số CCCD" in page for page in pages[:2])  # the head on each page
    assert [re.findall(r"Trang (\d+)/(\d+)", p)[0] for p in pages] == [
        (str(i), str(len(pages))) for i in range(1, len(pages) + 1)
    ]
    everything = "\n".join(pages)
    assert all(r.code in everything and mask_id(r.id_number) in everything for r in rows)
    assert not any(r.id_number and r.id_number in everything for r in rows)
    assert not re.search(r"\d{9,}", everything)  # no run of digits as long as an ID
    total = sum(r.amount for r in rows)
    assert "TỔNG CỘNG (70 người)" in everything and format_vnd(total, unit="") in everything
    assert amount_in_words(total) in everything.replace("\n", " ")
    assert "Báo giảm (1 người)" in everything and "Báo tăng (1 người)" in everything
    assert "Bà mẹ Việt Nam anh hùng" in everything and "TRƯỞNG ĐIỂM CHI TRẢ" in everything


def test_several_points_each_start_a_page_and_count_their_own_pages() -> None:
    other = replace(HEADER, point_code="P02", point_name="Bưu cục Mỹ An")
    pdf = posting_list_pdf([PostingSection(HEADER, posting_rows(40)), PostingSection(other, posting_rows(2))])
    pages = pages_of(pdf)
    assert "P02" in pages[-1] and "Trang 1/1" in pages[-1]
    assert "Trong tháng không có người tăng hoặc giảm." in pages[-1]
    first = [p for p in pages if "P02" not in p]
    assert f"Trang {len(first)}/{len(first)}" in first[-1] and "P02" not in "".join(first)


def point(code: str, absent: int = 1) -> PointSettlement:
    figures = PointFigures(
        code, f"Điểm {code}", issued=Count(10, 30_000_000), paid=Count(7, 21_000_000), unpaid=Count(2, 6_000_000),
        stopped=Count(1, 3_000_000), paid_out=24_000_000, received=30_000_000, returned=1_000_000,
    )  # fmt: skip
    return PointSettlement(
        figures,
        unpaid=(ReasonLine("Vắng mặt", Figure(absent, 3_000_000)), ReasonLine("Không có bản ghi", Figure(1, 3_000_000))),
        conflicts=(ConflictNote("Chi trùng", "NCC001 Nguyễn Văn Dũng", "máy 1 #2; máy 2 #4", ""),),
    )  # fmt: skip


def test_the_settlement_sums_the_points_and_says_whether_each_reconciles() -> None:
    good, bad = point("P01"), point("P02", absent=2)  # bad: its reasons add up to more than its unpaid
    assert good.reconciles and not bad.reconciles and good.figures.held == 5_000_000
    total = total_of([good.figures, bad.figures])
    assert total.issued == Count(20, 60_000_000) and total.paid_out == 48_000_000
    doc = SettlementDoc("Bưu điện huyện Mang Thít", Month(2026, 12), "05/12/2026 10:00", [good, bad], total)
    pdf = settlement_pdf(doc)
    pages = pages_of(pdf)
    summary = pages[0].replace("\n", " ")
    assert "BẢNG TỔNG HỢP THANH QUYẾT TOÁN" in summary and "KHÔNG KHỚP" in summary
    assert f"TỔNG CỘNG 20 {format_vnd(60_000_000, unit='')} 14" in summary
    assert amount_in_words(48_000_000) in summary
    sections = " ".join(pages[1:]).replace("\n", " ")
    assert "(1) = (2) + (3) + (4): khớp" in sections and "(1) = (2) + (3) + (4): KHÔNG KHỚP" in sections
    assert "chi vượt (chi trùng, ngoài danh sách) 3.000.000" in sections and "CHƯA XỬ LÝ" in sections
    assert "Tiền còn giữ tại điểm 5.000.000" in sections


def receipt(**changes: object) -> Receipt:
    base = Receipt(
        header=HEADER,
        code="NCC003",
        name="Trần Văn An",
        birth_year=1941,
        village="ấp 3",
        category="Bệnh binh",
        lines=[
            PayLine("monthly", "Trợ cấp hàng tháng", 2_343_000),
            PayLine("arrears", "Truy lĩnh", 1_171_500),
        ],
        recipient=Recipient(),
        paid_at="03/12/2026 08:05",
        at_home=False,
        device="An Phước máy 1",
        staff="Nguyễn Thị Lan",
        event_id="2b9c9d08-1111-2222-3333-444455556666",
        signature_png=stroke_png(7),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_the_receipt_gives_the_total_in_words_and_the_signature() -> None:
    pdf = receipt_pdf(receipt())
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1 and len(reader.pages[0].images) == 1
    assert reader.pages[0].mediabox.width == pytest.approx(419.53, abs=0.1)  # A5 portrait
    flat = reader.pages[0].extract_text().replace("\n", " ")
    assert amount_in_words(3_514_500) in flat and "3.514.500" in flat
    assert "Một trăm" not in flat and "Ba triệu năm trăm mười bốn nghìn năm trăm đồng" in flat
    assert "Người nhận: chính chủ" in flat and "tại điểm chi trả" in flat and "Truy lĩnh" in flat
    assert "2b9c9d08-1111-2222-3333-444455556666" in flat and "Nguyễn Thị Lan" in flat


def test_a_thumbprinted_receipt_to_a_proxy_at_home() -> None:
    proxy = Recipient("Trần Văn Bảy", "con", "086090000001", "UQ 12/2026")
    flat = pages_of(receipt_pdf(receipt(recipient=proxy, signature_png=None, thumbprint=True, at_home=True)))[
        0
    ]
    flat = flat.replace("\n", " ")
    assert "Người nhận thay: Trần Văn Bảy (con), CCCD *********001" in flat and "086090000001" not in flat
    assert "điểm chỉ" in flat and "tại nhà" in flat


@pytest.mark.parametrize(
    "pdf",
    [
        lambda: posting_list_pdf([PostingSection(HEADER, posting_rows(3))]),
        lambda: settlement_pdf(
            SettlementDoc(
                "Bưu điện", Month(2026, 12), "05/12/2026 10:00", [point("P01")], point("P01").figures
            )
        ),
        lambda: receipt_pdf(receipt()),
    ],
    ids=["posting-list", "settlement", "receipt"],
)
def test_every_report_embeds_only_the_vietnamese_font(pdf: Callable[[], bytes]) -> None:
    reader = PdfReader(io.BytesIO(pdf()))
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for key in fonts:
            font = fonts[key].get_object()
            assert "DejaVuSans" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


@given(amount=st.integers(0, 10**15))
@settings(max_examples=25, deadline=None)
def test_a_figure_too_wide_for_its_cell_is_printed_whole_in_smaller_type(amount: int) -> None:
    pdf = Pdf(A4, title="t", author="a")
    columns = (("Khoản", 30.0), ("Số tiền", 14.0))
    pdf.row(
        A4[1] - 40 * mm,
        columns,
        [("Tiền nhận của một điểm chi trả rất dài", "left"), (format_vnd(amount, unit=""), "right")],
    )
    text = PdfReader(io.BytesIO(pdf.finish())).pages[0].extract_text()
    assert format_vnd(amount, unit="") in text.replace(" ", "")
