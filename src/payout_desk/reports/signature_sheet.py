"""Danh sách ký nhận: the signature sheet of one point for one month, the paper record of the round (A4
landscape, Vietnamese font embedded). The welfare register's columns — STT, code, name (birth year,
village), CCCD, category, one column per allowance line (khoản chi), the total — then the payout cell (the
drawn signature or the thumbprint, who received it when a proxy, with their ID, and the day) and a marks
column (CT chi trùng, BG chi sau báo giảm, UQ nhận thay …, explained by the legend). Each page carries its
total per column ("Cộng trang") and the running total; the last page has the grand total, the paid/unpaid
summary in figures and words (each made from the very number it stands beside), the legend, place and
date, and the signatures of the paying clerk and the point's head. Unpaid rows keep an empty cell, 9 mm
tall, to sign on paper: the sheet is also the fallback when a laptop dies. 15 rows on the first page, 18
on each other."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from payout_desk.domain.money import amount_in_words, format_vnd
from payout_desk.reports.images import UNREADABLE, readable_png
from payout_desk.reports.pdfkit import Letterhead, Pdf, PointHeader
from payout_desk.reports.sheet_layout import CATEGORY, LEGEND, NAME, Layout, SheetMark, SheetRow, layout_for

__all__ = [
    "SheetHeader",
    "SheetMark",
    "SheetRow",
    "SheetSummary",
    "paginate",
    "place_and_date",
    "rows_per_page",
    "signature_sheet_pdf",
    "signature_sheets_pdf",
    "summarise_sheet",
    "summary_lines",
]

SheetHeader = PointHeader

PAGE = landscape(A4)
MARGIN = 10 * mm
ROW_HEIGHT = 9 * mm  # the signature cell's height: room to sign by hand
HEAD_HEIGHT = 10 * mm
LINE = 5 * mm  # a total line
RUNNING = 6 * mm  # the running head of a continuation page
LETTERHEAD = 32 * mm
BOTTOM = 12 * mm  # kept free above the margin for the footer "Trang x/y"
PROXY_TEXT = 0.6  # the share of the payout cell a proxy's name and ID take, left of the signature
SIGNERS = ("NGƯỜI CHI TRẢ", "TRƯỞNG ĐIỂM CHI TRẢ")


def rows_per_page() -> tuple[int, int]:
    """(rows on the first page, rows on the others): the first page also holds the letterhead; each page
    keeps room for its two total lines."""
    top = PAGE[1] - MARGIN
    first = int((top - LETTERHEAD - HEAD_HEIGHT - 2 * LINE - BOTTOM) / ROW_HEIGHT + 1e-6)
    other = int((top - RUNNING - HEAD_HEIGHT - 2 * LINE - BOTTOM) / ROW_HEIGHT + 1e-6)
    return first, other


def paginate(rows: Sequence[SheetRow]) -> list[Sequence[SheetRow]]:
    first, other = rows_per_page()
    pages = [rows[:first]]
    rest = rows[first:]
    while rest:
        pages.append(rest[:other])
        rest = rest[other:]
    return pages


@dataclass(frozen=True, slots=True)
class SheetSummary:
    """The sheet's closing figures, all from its rows: on the list = paid + unpaid (people and money);
    `handed` is the cash actually handed out (more than `paid` with a double payout, a payout after a stop
    or of a wrong amount)."""

    people: int
    total: int
    paid_people: int
    paid: int
    unpaid_people: int
    unpaid: int
    handed: int


def summarise_sheet(rows: Sequence[SheetRow]) -> SheetSummary:
    paid = [r for r in rows if r.paid]
    unpaid = [r for r in rows if not r.paid]
    return SheetSummary(
        len(rows),
        sum(r.amount for r in rows),
        len(paid),
        sum(r.amount for r in paid),
        len(unpaid),
        sum(r.amount for r in unpaid),
        sum(r.handed for r in rows),
    )


def summary_lines(s: SheetSummary) -> list[str]:
    """The summary as printed: each figure followed by the words of the very same number."""

    def money(label: str, people: int | None, amount: int) -> str:
        count = f"{people} người, " if people is not None else ""
        return f"{label}: {count}số tiền {format_vnd(amount, unit='')} đồng — bằng chữ: {amount_in_words(amount)}."

    lines = [
        money("Tổng số trong danh sách", s.people, s.total),
        money("Đã chi trả (đã ký nhận)", s.paid_people, s.paid),
        money("Chưa chi trả", s.unpaid_people, s.unpaid),
    ]
    if s.handed != s.paid:
        lines.append(money("Tiền mặt đã giao thực tế (gồm chi trùng, chi sau báo giảm, chi sai số tiền)",
                           None, s.handed))  # fmt: skip
    return lines


def place_and_date(rows: Sequence[SheetRow], made_on: str) -> str:
    """ "An Phước, ngày 05 tháng 12 năm 2026": the commune most of the rows live in (dots to write it in by
    hand when none is known), the day the sheet was made."""
    communes = Counter(r.commune.strip() for r in rows if r.commune.strip())
    place = communes.most_common(1)[0][0] if communes else "……………"
    parts = made_on.split("/")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{place}, ngày {parts[0]} tháng {parts[1]} năm {parts[2]}"
    return f"{place}, ngày …… tháng …… năm ……"


class _Sheet:
    def __init__(self, pdf: Pdf, header: SheetHeader, rows: Sequence[SheetRow]) -> None:
        self.pdf, self.header, self.rows = pdf, header, rows
        self.layout: Layout = layout_for(rows)
        self.columns = self.layout.columns

    def x(self, index: int) -> float:
        """The left edge of column `index`."""
        return self.pdf.margin + sum(w for _t, w in self.columns[:index]) * mm

    def width(self, index: int) -> float:
        return self.columns[index][1] * mm

    # page furniture ---------------------------------------------------------------------------------

    def letterhead(self, top: float) -> float:
        h = self.header
        return self.pdf.letterhead(
            top,
            Letterhead(
                h.office_name,
                h.point_line,
                "DANH SÁCH KÝ NHẬN TIỀN TRỢ CẤP ƯU ĐÃI NGƯỜI CÓ CÔNG",
                f"{h.month.label_vi} — lập ngày {h.made_on}",
            ),
        )

    def running_head(self, top: float) -> float:
        h, pdf = self.header, self.pdf
        line = f"DANH SÁCH KÝ NHẬN — {h.point_line} — {h.month.label_vi} (tiếp theo)"
        pdf.text(pdf.margin, top - 4 * mm, pdf.fit(line, pdf.width, 8.5, True), size=8.5, bold=True)
        return top - RUNNING

    def head(self, top: float) -> float:
        """The column titles, each wrapped on up to three lines."""
        pdf, size = self.pdf, 6.6
        pdf.canvas.setLineWidth(0.6)
        pdf.canvas.rect(pdf.margin, top - HEAD_HEIGHT, pdf.width, HEAD_HEIGHT)
        for index, (title, _w) in enumerate(self.columns):
            lines = pdf.wrap(title, self.width(index) - 1.5 * mm, size, True)[:3]
            first = top - HEAD_HEIGHT / 2 + (len(lines) - 1) * 1.25 * mm - size * 0.35
            centre = self.x(index) + self.width(index) / 2
            for n, line in enumerate(lines):
                pdf.text(centre, first - n * 2.5 * mm, line, size=size, bold=True, align="center")
            if index:
                pdf.canvas.line(self.x(index), top, self.x(index), top - HEAD_HEIGHT)
        return top - HEAD_HEIGHT

    def money_line(self, top: float, label: str, amounts: Sequence[int], total: int) -> float:
        """A boxed total line: the label across the first columns, each money column's sum under it."""
        pdf, layout = self.pdf, self.layout
        pdf.canvas.setLineWidth(0.6)
        pdf.canvas.rect(pdf.margin, top - LINE, pdf.width, LINE)
        base = top - LINE / 2 - 8 * 0.35
        pdf.text(pdf.margin + 2 * mm, base, pdf.fit(label, self.x(layout.first_money) - pdf.margin - 3 * mm,
                                                    8, True), size=8, bold=True)  # fmt: skip
        figures = [*amounts, total]
        for offset, amount in enumerate(figures):
            index = layout.first_money + offset
            right = self.x(index) + self.width(index) - 1.2 * mm
            value = format_vnd(amount, unit="")
            size = pdf.shrink(value, self.width(index) - 2 * mm, 8, True)
            pdf.text(right, base, value, size=size, bold=True, align="right")
        for index in range(layout.first_money, layout.sign + 1):
            pdf.canvas.line(self.x(index), top, self.x(index), top - LINE)
        return top - LINE

    # a row ------------------------------------------------------------------------------------------

    def row(self, top: float, number: int, row: SheetRow) -> float:
        pdf, layout = self.pdf, self.layout
        amounts = [m.amount(row) for m in layout.money]
        cells = [
            (str(number), "center"),
            (row.code, "left"),
            ("", "left"),
            (row.cccd, "center"),
            ("", "left"),
            *((format_vnd(a, unit="") if a else "", "right") for a in amounts),
            (format_vnd(row.amount, unit=""), "right"),
            ("", "left"),
            ("", "center"),
        ]
        bottom = pdf.row(top, self.columns, cells, height=ROW_HEIGHT, size=7.5)
        name_x = self.x(NAME) + 1.2 * mm
        room = self.width(NAME) - 2.4 * mm
        pdf.text(name_x, top - 3.8 * mm, pdf.fit(row.name, room, 8, True), size=8, bold=True)
        under = " · ".join(x for x in (str(row.birth_year or ""), row.village) if x)
        pdf.text(name_x, top - 7.3 * mm, pdf.fit(under, room, 6.5), size=6.5)
        self.small_lines(top, CATEGORY, row.category, 2)
        self.small_lines(top, layout.mark, " ".join(m.short for m in row.marks), 2, align="center")
        if row.paid:
            self.payout_cell(top, bottom, row)
        return bottom

    def small_lines(self, top: float, index: int, text: str, most: int, *, align: str = "left") -> None:
        """`text` in small type on up to `most` lines of its cell, centred in the row's height."""
        pdf, size = self.pdf, 6.5
        room = self.width(index) - 2 * mm
        wrapped = pdf.wrap(text, room, size) if text else []
        lines = wrapped[:most]
        if len(wrapped) > most:
            lines[-1] = pdf.fit(lines[-1] + " …", room, size)
        first = top - ROW_HEIGHT / 2 + (len(lines) - 1) * 1.35 * mm - size * 0.35
        x = self.x(index) + (1 * mm if align == "left" else self.width(index) / 2)
        for n, line in enumerate(lines):
            pdf.text(x, first - n * 2.7 * mm, line, size=size, align=align)

    def payout_cell(self, top: float, bottom: float, row: SheetRow) -> None:
        """The day at the top right; the beneficiary's own payout: "chính chủ" and under it the drawn
        signature (or the thumbprint's words) across the cell; a proxy's: who, their ID and authorisation on
        the left, the signature on the right."""
        pdf, index = self.pdf, self.layout.sign
        left, width = self.x(index), self.width(index)
        pdf.text(left + width - 1 * mm, top - 2.4 * mm, row.paid_on[:5], size=6, align="right")
        lines = _recipient(row)
        room = width * (PROXY_TEXT if row.proxy else 1) - 2 * mm
        for n, line in enumerate(lines):
            size = max(pdf.shrink(line, room, 6), 4.6)  # an ID is made smaller, not cut, where it can be
            pdf.text(left + 1 * mm, top - 2.4 * mm - n * 2.3 * mm, pdf.fit(line, room, size), size=size)
        area_left = left + (width * PROXY_TEXT if row.proxy else 1 * mm)
        area_width = left + width - 1 * mm - area_left
        words = _signature_words(row)
        if words:
            size = pdf.shrink(words, area_width, 7.5)  # never cut: the flag on an unreadable image is whole
            pdf.text(area_left + area_width / 2, bottom + 2.2 * mm, words, size=size, align="center")
            return
        picture = readable_png(row.signature_png) if row.signature_png else None
        if picture:
            pdf.canvas.drawImage(
                _image(picture), area_left, bottom + 0.5 * mm, width=area_width,
                height=ROW_HEIGHT - 3.3 * mm, preserveAspectRatio=True, mask="auto",
            )  # fmt: skip

    # the end ----------------------------------------------------------------------------------------

    def closing_height(self, lines: Sequence[str]) -> float:
        pdf = self.pdf
        summary = sum(len(pdf.wrap(x, pdf.width, 9)) for x in lines) * 9 * 1.45
        legend = len(pdf.wrap(LEGEND, pdf.width, 7)) * 7 * 1.45
        return 3 * mm + summary + legend + 2 * mm + 34 * mm + 6 * mm

    def closing(self, top: float) -> None:
        """The summary in figures and words, the legend, place and date, the signatures."""
        pdf = self.pdf
        lines = summary_lines(summarise_sheet(self.rows))
        if top - self.closing_height(lines) < pdf.margin + BOTTOM:
            top = self.running_head(pdf.new_page())
        top -= 3 * mm
        for line in lines:
            top = pdf.paragraph(top, line, size=9)
        top = pdf.paragraph(top - 2 * mm, LEGEND, size=7)
        end = pdf.signature_block(top, SIGNERS, place_date=place_and_date(self.rows, self.header.made_on))
        clerks = sorted({r.staff for r in self.rows if r.paid and r.staff})
        if clerks:
            x = pdf.margin + pdf.width / (2 * len(SIGNERS))
            pdf.text(x, end + 2 * mm, pdf.fit(", ".join(clerks), pdf.width / 2, 9, True), size=9, bold=True,
                     align="center")  # fmt: skip

    def render(self) -> None:
        pages = paginate(self.rows)
        money = len(self.layout.money)
        carried, carried_total, number = [0] * money, 0, 0
        top = 0.0
        for index, page_rows in enumerate(pages, start=1):
            top = self.pdf.new_section() if index == 1 else self.pdf.new_page()
            top = self.letterhead(top) if index == 1 else self.running_head(top)
            top = self.head(top)
            page = [0] * money
            for row in page_rows:
                number += 1
                top = self.row(top, number, row)
                page = [a + m.amount(row) for a, m in zip(page, self.layout.money, strict=True)]
            page_total = sum(r.amount for r in page_rows)
            carried = [a + b for a, b in zip(carried, page, strict=True)]
            carried_total += page_total
            top = self.money_line(top, f"Cộng trang {index}", page, page_total)
            last = index == len(pages)
            label = f"TỔNG CỘNG ({number} người)" if last else f"Lũy kế đến trang {index}"
            top = self.money_line(top, label, carried, carried_total)
        self.closing(top)


def _signature_words(row: SheetRow) -> str:
    """The words in the signature area: none under a picture, a thumbprint's, or a flag on a stored image
    that cannot be read."""
    if row.signature_png:
        return "" if readable_png(row.signature_png) else UNREADABLE
    return "điểm chỉ" if row.thumbprint else ""


def _recipient(row: SheetRow) -> list[str]:
    """Who received: "chính chủ", or the proxy's name, ID number and authorisation, one a line."""
    if not row.proxy:
        return ["chính chủ"]
    lines = [f"Nhận thay: {row.recipient or '…'}"]
    if row.proxy_id:
        lines.append(f"Giấy tờ: {row.proxy_id}")
    if row.authorisation:
        lines.append(f"Ủy quyền số: {row.authorisation}")
    return lines


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
