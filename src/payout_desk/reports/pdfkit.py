"""What every Payout Desk PDF draws the same way: the canvas with the Vietnamese font, text in a cell,
the letterhead, table heads and rows, total lines, the signature block and the footer "Trang x/y".

A document is made of sections (one per payout point when several are printed together); each page's
footer counts the pages of its own section, so each point's pages can be handed out on their own.

Every text is drawn as it is, never parsed as markup (no Paragraph: a name with < & <font> <a href> prints
literally), and passes `printable` first: a control character, a lone surrogate or a bidi override in stored
data prints as U+FFFD instead of crashing the drawing or reordering a line."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from payout_desk.domain.money import format_vnd
from payout_desk.domain.month import Month
from payout_desk.domain.printable import printable
from payout_desk.reports.fonts import BOLD, REGULAR, register_fonts

Column = tuple[str, float]
"""A table column: its title and width in mm."""
Cell = tuple[str, str]
"""A cell: its text and alignment (left, center, right)."""

ROW = 7 * mm
HEAD = 8 * mm
FOOTER_GAP = 10 * mm  # kept free above the bottom margin for the footer


@dataclass(frozen=True, slots=True)
class PointHeader:
    """Whose paper it is: the office, the payout point, the month, the day it was made."""

    office_name: str
    point_code: str
    point_name: str
    month: Month
    made_on: str  # dd/mm/yyyy

    @property
    def point_line(self) -> str:
        return f"Điểm chi trả: {self.point_code} — {self.point_name}"


@dataclass(frozen=True, slots=True)
class Letterhead:
    office_name: str
    under: str  # the line under the office's name (the point, or the office's level)
    title: str
    subtitle: str


class _PagedCanvas(Canvas):
    """A canvas that keeps its pages until saved, to write "Trang x/y" (y per section) on each."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kept: list[dict[str, Any]] = []
        self.sections: list[int] = [0]  # the index of each section's first page

    def showPage(self) -> None:  # reportlab's name
        self.kept.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        kept, starts = self.kept, [*self.sections, len(self.kept)]
        for index, state in enumerate(kept):
            section = max(i for i, start in enumerate(starts[:-1]) if start <= index)
            first, end = starts[section], starts[section + 1]
            self.__dict__.update(state)
            width = self._pagesize[0]
            self.setFont(REGULAR, 8)
            self.drawCentredString(width / 2, 6 * mm, f"Trang {index - first + 1}/{max(end - first, 1)}")
            Canvas.showPage(self)
        Canvas.save(self)


class Pdf:
    """One PDF being drawn: positions are in points from the bottom left, `top` runs down the page."""

    def __init__(self, pagesize: tuple[float, float], *, title: str, author: str, margin: float = 12 * mm):
        register_fonts()
        rl_config.useA85 = 0  # binary streams: ASCII85 text would be a quarter larger, and slow to encode
        self.buffer = io.BytesIO()
        self.canvas = _PagedCanvas(self.buffer, pagesize=pagesize, pageCompression=1, initialFontName=REGULAR)
        self.canvas.setTitle(printable(title))
        self.canvas.setAuthor(printable(author))
        self.page_width, self.page_height = pagesize
        self.margin = margin
        self.width = self.page_width - 2 * margin
        self.bottom = margin + FOOTER_GAP
        self.drawn = False  # anything on the current page yet

    # text -------------------------------------------------------------------------------------------

    def text(
        self, x: float, y: float, value: str, *, size: float = 9, bold: bool = False, align: str = "left"
    ) -> None:
        self.canvas.setFont(BOLD if bold else REGULAR, size)
        draw = {
            "left": self.canvas.drawString,
            "right": self.canvas.drawRightString,
            "center": self.canvas.drawCentredString,
        }
        draw[align](x, y, printable(value))
        self.drawn = True

    @staticmethod
    def fit(value: str, width: float, size: float = 8.5, bold: bool = False) -> str:
        """Cut a text that would overflow its cell, with an ellipsis."""
        font, value = BOLD if bold else REGULAR, printable(value)
        if stringWidth(value, font, size) <= width:
            return value
        while value and stringWidth(value + "…", font, size) > width:
            value = value[:-1]
        return value + "…"

    @staticmethod
    def shrink(value: str, width: float, size: float, bold: bool = False) -> float:
        """The type size (at most `size`) at which `value` fits in `width`."""
        natural = stringWidth(printable(value), BOLD if bold else REGULAR, size)
        return size if natural <= width else size * width / natural

    @staticmethod
    def wrap(value: str, width: float, size: float = 9, bold: bool = False) -> list[str]:
        """A text broken into lines no wider than `width` (a word too long for a line is cut)."""
        font = BOLD if bold else REGULAR
        lines: list[str] = []
        line = ""
        for word in printable(value, keep="\t\n\r").split():
            candidate = f"{line} {word}".strip()
            if stringWidth(candidate, font, size) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        if line:
            lines.append(line)
        return [Pdf.fit(x, width, size, bold) for x in lines] or [""]

    def paragraph(
        self, top: float, value: str, *, size: float = 9, bold: bool = False, indent: float = 0
    ) -> float:
        """Wrapped text from `top` down, onto the next page when the page is full; returns the new top."""
        step = size * 1.45
        for line in self.wrap(value, self.width - indent, size, bold):
            top = self.room(top, step)
            self.text(self.margin + indent, top - size, line, size=size, bold=bold)
            top -= step
        return top

    # pages ------------------------------------------------------------------------------------------

    @property
    def page_top(self) -> float:
        return self.page_height - self.margin

    def new_page(self) -> float:
        self.canvas.showPage()
        self.drawn = False
        return self.page_top

    def new_section(self) -> float:
        """Start a section (a point's pages) on a fresh page; its footer counts its own pages."""
        if self.drawn or self.canvas.kept:
            if self.drawn:
                self.canvas.showPage()
            self.canvas.sections.append(len(self.canvas.kept))
        self.drawn = False
        return self.page_top

    def room(self, top: float, needed: float) -> float:
        """`top`, or the top of a new page when `needed` does not fit above the footer."""
        return top if top - needed >= self.bottom else self.new_page()

    def finish(self) -> bytes:
        if self.drawn or not self.canvas.kept:
            self.canvas.showPage()
        self.canvas.save()
        return self.buffer.getvalue()

    # blocks -----------------------------------------------------------------------------------------

    def letterhead(self, top: float, head: Letterhead, *, size: float = 10) -> float:
        """The office and the point on the left, the national motto on the right, the title centred."""
        right = self.page_width - self.margin
        nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        nation_width = stringWidth(nation, BOLD, size)
        room = self.width - nation_width - 4 * mm
        self.text(
            self.margin, top, self.fit(head.office_name.upper(), room, size, True), size=size, bold=True
        )
        self.text(self.margin, top - 5 * mm, self.fit(head.under, room, size), size=size)
        self.text(right, top, nation, size=size, bold=True, align="right")
        motto_x = right - nation_width / 2
        self.text(motto_x, top - 5 * mm, "Độc lập – Tự do – Hạnh phúc", size=size, bold=True, align="center")
        centre = self.page_width / 2
        self.text(
            centre,
            top - 17 * mm,
            self.fit(head.title, self.width, size + 4, True),
            size=size + 4,
            bold=True,
            align="center",
        )
        self.text(centre, top - 23 * mm, self.fit(head.subtitle, self.width, size), size=size, align="center")
        return top - 32 * mm

    def heading(self, top: float, value: str, *, size: float = 11) -> float:
        """A section's bold heading, kept on one page with a little of what follows."""
        top = self.room(top, 2 * HEAD)
        self.text(self.margin, top - 5 * mm, value, size=size, bold=True)
        return top - 8 * mm

    def table_head(self, top: float, columns: Sequence[Column], *, height: float = HEAD) -> float:
        cells = [(title, "center") for title, _w in columns]
        return self.row(top, columns, cells, height=height, size=8, bold=True)

    def row(
        self,
        top: float,
        columns: Sequence[Column],
        cells: Sequence[Cell],
        *,
        height: float = ROW,
        size: float = 8.5,
        bold: bool = False,
    ) -> float:
        """One boxed table row; every text is cut to its cell. Returns the row's bottom."""
        c = self.canvas
        c.setLineWidth(0.6 if bold else 0.3)
        c.rect(self.margin, top - height, sum(w for _t, w in columns) * mm, height)
        base = top - height / 2 - size * 0.35
        x = self.margin
        for (value, align), (_title, width) in zip(cells, columns, strict=True):
            w = width * mm
            anchor = {"left": x + 1.5 * mm, "center": x + w / 2, "right": x + w - 1.5 * mm}[align]
            if value:
                room = w - (1 * mm if align == "center" else 3 * mm)
                small = self.shrink(value, room, size, bold)
                if align == "right" or small >= size * 0.75:  # a figure is never cut; a text a little
                    self.text(
                        anchor, base, value, size=small, bold=bold, align=align
                    )  # too long gets smaller type
                else:
                    self.text(
                        anchor, base, self.fit(value, room, size, bold), size=size, bold=bold, align=align
                    )
            x += w
            c.line(x, top, x, top - height)
        self.drawn = True
        return top - height

    def table(
        self,
        top: float,
        columns: Sequence[Column],
        rows: Iterable[Sequence[Cell]],
        *,
        height: float = ROW,
    ) -> float:
        """A table over as many pages as it needs, its head repeated on each."""
        top = self.table_head(self.room(top, HEAD + height), columns)
        for cells in rows:
            if top - height < self.bottom:
                top = self.table_head(self.new_page(), columns)
            top = self.row(top, columns, cells, height=height)
        return top

    def total_line(
        self,
        top: float,
        label: str,
        amount: int,
        *,
        amount_right: float,
        height: float = HEAD,
        size: float = 9,
    ) -> float:
        """A boxed line across the table: a bold label, and the amount ending at `amount_right`."""
        self.canvas.setLineWidth(0.6)
        self.canvas.rect(self.margin, top - height, self.width, height)
        base = top - height / 2 - size * 0.35
        self.text(self.margin + 2 * mm, base, label, size=size, bold=True)
        self.text(
            amount_right - 1.5 * mm, base, format_vnd(amount, unit=""), size=size, bold=True, align="right"
        )
        return top - height

    def column_right(self, columns: Sequence[Column], index: int) -> float:
        """The right edge of column `index`."""
        return self.margin + sum(w for _t, w in columns[: index + 1]) * mm

    def signature_block(self, top: float, titles: Sequence[str], *, place_date: str = "") -> float:
        """The signers' titles side by side, with room to sign under each."""
        top = self.room(top, 32 * mm)
        if place_date:
            self.text(self.page_width - self.margin, top - 5 * mm, place_date, size=9, align="right")
            top -= 6 * mm
        y = top - 6 * mm
        for i, title in enumerate(titles):
            x = self.margin + self.width * (i + 0.5) / len(titles)
            self.text(x, y, title, size=10, bold=True, align="center")
            self.text(x, y - 5 * mm, "(Ký, ghi rõ họ tên)", size=8.5, align="center")
        return y - 26 * mm


def page_count(pdf: bytes) -> int:
    """How many pages a PDF written here has (each page object once; the page tree is /Pages)."""
    return len(re.findall(rb"/Type /Page(?![s\w])", pdf))
