"""Danh sách ký nhận: the signature sheet of one point for one month (A4 landscape, Vietnamese font
embedded). Each page carries its total and the running total forward; the last page has the grand total in
figures and words and the signature block. Unpaid rows keep an empty cell to sign on paper, so the sheet is
also the fallback when a laptop dies."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from payout_desk.domain.money import amount_in_words, format_vnd
from payout_desk.reports.images import UNREADABLE, readable_png
from payout_desk.reports.pdfkit import Letterhead, Pdf, PointHeader


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
    proxy_id: str = ""  # a proxy's ID number (CCCD/CMND), as recorded at the payout
    proxy_authorisation: str = ""  # what allowed them: the authorisation's number, or the list naming them


SheetHeader = PointHeader

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
    def __init__(self, pdf: Pdf, header: SheetHeader, rows: Sequence[SheetRow]) -> None:
        self.pdf, self.header, self.rows = pdf, header, rows

    def letterhead(self, top: float) -> float:
        h = self.header
        return self.pdf.letterhead(
            top,
            Letterhead(
                h.office_name,
                h.point_line,
                "DANH SÁCH KÝ NHẬN TIỀN TRỢ CẤP ƯU ĐÃI",
                f"{h.month.label_vi} — lập ngày {h.made_on}",
            ),
        )

    def total_line(self, top: float, label: str, amount: int) -> float:
        return self.pdf.total_line(top, label, amount, amount_right=self.pdf.column_right(COLUMNS, 5))

    def row(self, top: float, number: int, row: SheetRow) -> float:
        pdf = self.pdf
        proxy = row.proxy and row.recipient
        cells = (
            (str(number), "center"),
            (row.code, "left"),
            (row.name, "left"),
            (str(row.birth_year or ""), "center"),
            (row.village, "left"),
            (format_vnd(row.amount, unit=""), "right"),
            ("" if proxy else _recipient(row), "left"),
            (_signature_cell(row), "center"),
            (row.paid_on, "center"),
        )
        bottom = pdf.row(top, COLUMNS, cells, height=ROW_HEIGHT)
        base = top - ROW_HEIGHT / 2 - 1.2 * mm
        if proxy:  # a proxy: the name, and under it that it is one
            x = pdf.column_right(COLUMNS, 5) + 1.5 * mm
            pdf.text(x, base + 2.2 * mm, pdf.fit(row.recipient, COLUMNS[6][1] * mm - 3 * mm), size=8.5)
            pdf.text(x, base - 2.4 * mm, "(nhận thay)", size=8)
        picture = readable_png(row.signature_png) if row.signature_png else None
        if picture:
            pdf.canvas.drawImage(
                _image(picture), pdf.column_right(COLUMNS, 6) + 1 * mm, bottom + 1 * mm,
                width=COLUMNS[7][1] * mm - 2 * mm, height=ROW_HEIGHT - 2 * mm, preserveAspectRatio=True, mask="auto",
            )  # fmt: skip
        return bottom

    def signature_block(self, top: float, total: int) -> None:
        self.pdf.text(
            MARGIN, top - 6 * mm, f"Tổng số tiền bằng chữ: {amount_in_words(total)}", size=10, bold=True
        )
        self.pdf.signature_block(top - 10 * mm, ("NGƯỜI LẬP BIỂU", "KẾ TOÁN", "TRƯỞNG BƯU CỤC"))

    def render(self) -> None:
        pages = paginate(self.rows)
        last_rows = len(pages[-1])
        last_top = PAGE[1] - MARGIN - (32 * mm if len(pages) == 1 else 4 * mm) - 8 * mm
        last_top -= (0 if len(pages) == 1 else 8 * mm) + last_rows * ROW_HEIGHT + 16 * mm
        block_page = last_top < MARGIN + 30 * mm  # the signature block gets a page of its own
        carried, number = 0, 0
        for index, page_rows in enumerate(pages, start=1):
            top = self.pdf.new_section() if index == 1 else self.pdf.new_page()
            top = self.letterhead(top) if index == 1 else top - 4 * mm
            top = self.pdf.table_head(top, COLUMNS)
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
        if block_page:
            self.signature_block(self.pdf.new_page(), carried)


def _signature_cell(row: SheetRow) -> str:
    """The words in the signature cell: none under a picture, a thumbprint's, or a flag on a stored image
    that cannot be read."""
    if row.signature_png:
        return "" if readable_png(row.signature_png) else UNREADABLE
    return "điểm chỉ" if row.thumbprint else ""


def _recipient(row: SheetRow) -> str:
    if not row.recipient:
        return ""
    return f"{row.recipient} (nhận thay)" if row.proxy else "chính chủ"


@lru_cache(maxsize=256)
def _image(png: bytes) -> ImageReader:
    """One reader per distinct signature: reportlab then embeds an image drawn again only once."""
    return ImageReader(io.BytesIO(png))


def signature_sheets_pdf(sections: Sequence[tuple[SheetHeader, Sequence[SheetRow]]]) -> bytes:
    """Several points' sheets in one PDF, each starting on its own page with its own page numbers."""
    first = sections[0][0] if sections else None
    pdf = Pdf(
        PAGE,
        title=f"Danh sách ký nhận {first.month.label_vi}" if first else "Danh sách ký nhận",
        author=first.office_name if first else "",
        margin=MARGIN,
    )
    for header, rows in sections:
        _Sheet(pdf, header, list(rows)).render()
    return pdf.finish()


def signature_sheet_pdf(header: SheetHeader, rows: Sequence[SheetRow]) -> bytes:
    """One point's sheet."""
    return signature_sheets_pdf([(header, rows)])
