"""Danh sách ký nhận: the signature sheet of one point for one month (A4 landscape, Vietnamese font
embedded). Each page carries its total and the running total forward; the last page has the grand total in
figures and words and the signature block. Unpaid rows keep an empty cell to sign on paper, so the sheet is
also the fallback when a laptop dies."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from payout_desk.domain.money import amount_in_words, format_vnd
from payout_desk.domain.month import Month
from payout_desk.reports.fonts import BOLD, REGULAR, register_fonts


@dataclass(frozen=True, slots=True)
class SheetRow:
    code: str
    name: str
    birth_year: int | None
    village: str
    amount: int
    recipient: str = ""  # who signed: the beneficiary's name, or the proxy's
    proxy: bool = False
    signature_png: bytes | None = None
    thumbprint: bool = False
    paid_on: str = ""  # dd/mm/yyyy


@dataclass(frozen=True, slots=True)
class SheetHeader:
    office_name: str
    point_code: str
    point_name: str
    month: Month
    made_on: str  # dd/mm/yyyy


PAGE = landscape(A4)
MARGIN = 12 * mm
ROW_HEIGHT = 13 * mm
# column titles and widths (mm); the widths add up to the printable width
COLUMNS = (
    ("STT", 11),
    ("Mã đối tượng", 28),
    ("Họ và tên", 52),
    ("Năm sinh", 16),
    ("Thôn/ấp", 32),
    ("Số tiền (đ)", 28),
    ("Người nhận", 40),
    ("Ký nhận", 44),
    ("Ngày", 22),
)


def rows_per_page() -> tuple[int, int]:
    """(rows on the first page, rows on the others): the first page also holds the letterhead."""
    usable = PAGE[1] - 2 * MARGIN - 10 * mm  # page footer
    first = int((usable - 40 * mm - 2 * 8 * mm) // ROW_HEIGHT)
    other = int((usable - 12 * mm - 3 * 8 * mm) // ROW_HEIGHT)
    return first, other


def paginate(rows: Sequence[SheetRow]) -> list[Sequence[SheetRow]]:
    first, other = rows_per_page()
    pages = [rows[:first]]
    rest = rows[first:]
    while rest:
        pages.append(rest[:other])
        rest = rest[other:]
    return pages


class _Sheet:
    def __init__(self, header: SheetHeader, rows: Sequence[SheetRow]) -> None:
        self.header, self.rows = header, rows
        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=PAGE, pageCompression=1, initialFontName=REGULAR)
        self.canvas.setTitle(f"Danh sách ký nhận {header.point_code} {header.month.label_vi}")
        self.canvas.setAuthor(header.office_name)
        self.width = PAGE[0] - 2 * MARGIN

    def text(
        self, x: float, y: float, value: str, *, size: float = 9, bold: bool = False, align: str = "left"
    ) -> None:
        self.canvas.setFont(BOLD if bold else REGULAR, size)
        draw = {
            "left": self.canvas.drawString,
            "right": self.canvas.drawRightString,
            "center": self.canvas.drawCentredString,
        }
        draw[align](x, y, value)

    def letterhead(self, top: float) -> float:
        h = self.header
        self.text(MARGIN, top, h.office_name.upper(), size=10, bold=True)
        self.text(MARGIN, top - 5 * mm, f"Điểm chi trả: {h.point_code} — {h.point_name}", size=10)
        self.text(
            PAGE[0] - MARGIN, top, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=10, bold=True, align="right"
        )
        self.text(
            PAGE[0] - MARGIN - 18 * mm,
            top - 5 * mm,
            "Độc lập – Tự do – Hạnh phúc",
            size=10,
            bold=True,
            align="right",
        )
        self.text(
            PAGE[0] / 2,
            top - 17 * mm,
            "DANH SÁCH KÝ NHẬN TIỀN TRỢ CẤP ƯU ĐÃI",
            size=14,
            bold=True,
            align="center",
        )
        self.text(
            PAGE[0] / 2, top - 23 * mm, f"{h.month.label_vi} — lập ngày {h.made_on}", size=10, align="center"
        )
        return top - 32 * mm

    def table_head(self, top: float) -> float:
        c = self.canvas
        c.setLineWidth(0.6)
        c.rect(MARGIN, top - 8 * mm, self.width, 8 * mm)
        x = MARGIN
        for title, width in COLUMNS:
            self.text(x + width * mm / 2, top - 5.5 * mm, title, size=8.5, bold=True, align="center")
            x += width * mm
            c.line(x, top, x, top - 8 * mm)
        return top - 8 * mm

    def total_line(self, top: float, label: str, amount: int) -> float:
        self.canvas.rect(MARGIN, top - 8 * mm, self.width, 8 * mm)
        self.text(MARGIN + 2 * mm, top - 5.5 * mm, label, size=9, bold=True)
        amount_right = MARGIN + sum(w for _t, w in COLUMNS[:6]) * mm - 1.5 * mm
        self.text(amount_right, top - 5.5 * mm, format_vnd(amount, unit=""), size=9, bold=True, align="right")
        return top - 8 * mm

    def row(self, top: float, number: int, row: SheetRow) -> float:
        c = self.canvas
        c.setLineWidth(0.3)
        c.rect(MARGIN, top - ROW_HEIGHT, self.width, ROW_HEIGHT)
        base = top - ROW_HEIGHT / 2 - 1.2 * mm
        x = MARGIN
        cells = (
            (str(number), "center"),
            (row.code, "left"),
            (row.name, "left"),
            (str(row.birth_year or ""), "center"),
            (row.village, "left"),
            (format_vnd(row.amount, unit=""), "right"),
            (_recipient(row), "left"),
            ("", "left"),
            (row.paid_on, "center"),
        )
        for column, ((value, align), (_title, width)) in enumerate(zip(cells, COLUMNS, strict=True)):
            w = width * mm
            anchor = {"left": x + 1.5 * mm, "center": x + w / 2, "right": x + w - 1.5 * mm}[align]
            if column == 6 and row.proxy and row.recipient:  # a proxy: the name, and under it that it is one
                self.text(anchor, base + 2.2 * mm, _fit(row.recipient, w - 3 * mm), size=8.5)
                self.text(anchor, base - 2.4 * mm, "(nhận thay)", size=8)
            else:
                self.text(anchor, base, _fit(value, w - 3 * mm), size=8.5, align=align)
            x += w
            c.line(x, top, x, top - ROW_HEIGHT)
        sign_x = MARGIN + sum(w for _t, w in COLUMNS[:7]) * mm
        if row.signature_png:
            c.drawImage(
                ImageReader(io.BytesIO(row.signature_png)), sign_x + 1 * mm, top - ROW_HEIGHT + 1 * mm,
                width=COLUMNS[7][1] * mm - 2 * mm, height=ROW_HEIGHT - 2 * mm, preserveAspectRatio=True, mask="auto",
            )  # fmt: skip
        elif row.thumbprint:
            self.text(sign_x + COLUMNS[7][1] * mm / 2, base, "điểm chỉ", size=8.5, align="center")
        return top - ROW_HEIGHT

    def footer(self, page: int, pages: int) -> None:
        self.text(PAGE[0] / 2, MARGIN - 4 * mm, f"Trang {page}/{pages}", size=8, align="center")

    def signature_block(self, top: float, total: int) -> None:
        self.text(
            MARGIN, top - 6 * mm, f"Tổng số tiền bằng chữ: {amount_in_words(total)}", size=10, bold=True
        )
        y = top - 16 * mm
        for i, title in enumerate(("NGƯỜI LẬP BIỂU", "KẾ TOÁN", "TRƯỞNG BƯU CỤC")):
            x = MARGIN + self.width * (i + 0.5) / 3
            self.text(x, y, title, size=10, bold=True, align="center")
            self.text(x, y - 5 * mm, "(Ký, ghi rõ họ tên)", size=8.5, align="center")

    def render(self) -> bytes:
        pages = paginate(self.rows)
        last_rows = len(pages[-1])
        last_top = PAGE[1] - MARGIN - (32 * mm if len(pages) == 1 else 4 * mm) - 8 * mm
        last_top -= (0 if len(pages) == 1 else 8 * mm) + last_rows * ROW_HEIGHT + 16 * mm
        block_page = last_top < MARGIN + 30 * mm  # the signature block gets a page of its own
        count = len(pages) + block_page
        carried, number = 0, 0
        for index, page_rows in enumerate(pages, start=1):
            top = PAGE[1] - MARGIN
            top = self.letterhead(top) if index == 1 else top - 4 * mm
            top = self.table_head(top)
            if index > 1:
                top = self.total_line(top, "Mang sang (từ trang trước)", carried)
            page_total = 0
            for row in page_rows:
                number += 1
                page_total += row.amount
                top = self.row(top, number, row)
            carried += page_total
            top = self.total_line(top, f"Cộng trang {index}", page_total)
            last = index == len(pages)
            label = f"TỔNG CỘNG ({number} người)" if last else "Lũy kế chuyển sang trang sau"
            top = self.total_line(top, label, carried)
            if last and not block_page:
                self.signature_block(top, carried)
            self.footer(index, count)
            self.canvas.showPage()
        if block_page:
            self.signature_block(PAGE[1] - MARGIN, carried)
            self.footer(count, count)
            self.canvas.showPage()
        self.canvas.save()
        return self.buffer.getvalue()


def _recipient(row: SheetRow) -> str:
    if not row.recipient:
        return ""
    return f"{row.recipient} (nhận thay)" if row.proxy else "chính chủ"


def _fit(value: str, width: float) -> str:
    """Cut a text that would overflow its cell, with an ellipsis."""
    if stringWidth(value, REGULAR, 8.5) <= width:
        return value
    while value and stringWidth(value + "…", REGULAR, 8.5) > width:
        value = value[:-1]
    return value + "…"


def signature_sheet_pdf(header: SheetHeader, rows: Sequence[SheetRow]) -> bytes:
    register_fonts()
    return _Sheet(header, list(rows)).render()
