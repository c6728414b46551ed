"""The one way Payout Desk writes a value into a spreadsheet cell: numbers stay numbers, anything else is a
text cell that no spreadsheet evaluates and that openpyxl always accepts.

Names, villages, codes, notes and reasons come from registers, typed fields and other laptops' files. A text
that starts with = + - @ (or a TAB or CR before one) is read by Excel and LibreOffice as a formula
(=HYPERLINK(…), DDE's =cmd|' /C calc'!A0) when written as one, when the clerk edits the cell, or when the
sheet goes through CSV; such a text is written with a leading apostrophe, as OWASP's CSV-injection guidance
says, and always as a text cell (data type "s"). Characters a worksheet cannot hold (control characters,
lone surrogates, U+FFFE/U+FFFF) become U+FFFD, and a text longer than Excel's cell limit is cut, so writing
never raises on stored data."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from payout_desk.domain.printable import printable

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
CELL_LIMIT = 32_767  # characters Excel holds in one cell
NUMBER_FORMAT = "#,##0"


def cell_text(value: object) -> str:
    """`value` as the text of a text cell: printable, never read as a formula, within the cell limit."""
    text = printable(value, keep="\t\n\r")
    if text.startswith(FORMULA_START):
        text = QUOTE + text
    return text if len(text) <= CELL_LIMIT else text[: CELL_LIMIT - 1] + "…"


def cell_value(value: object) -> Any:
    """What a cell holds: None, a boolean, a finite number or a date as they are; anything else as text."""
    if value is None or isinstance(value, bool | int | Decimal | date | datetime | time):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return value
    return cell_text(value)


def cell(
    sheet: WriteOnlyWorksheet, value: object, *, money: bool = False, font: Font | None = None
) -> WriteOnlyCell:
    """One cell of a write-only sheet; `money` shows a whole number of đồng grouped by thousands."""
    written = WriteOnlyCell(sheet, value=cell_value(value))
    if money:
        written.number_format = NUMBER_FORMAT
    if font is not None:
        written.font = font
    return written


def cells(
    sheet: WriteOnlyWorksheet, values: Sequence[Any], *, money: Sequence[int] = (), font: Font | None = None
) -> list[WriteOnlyCell]:
    """A row: every value through `cell` (text never a formula), the `money` columns grouped."""
    return [cell(sheet, value, money=i in money, font=font) for i, value in enumerate(values)]


HEAD_FONT = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")


def sheet_head(
    sheet: WriteOnlyWorksheet,
    lines: tuple[Sequence[Any], Sequence[Any]],
    columns: Sequence[str],
    widths: Sequence[int],
    *,
    title_font: Font,
    wrap: Alignment,
) -> None:
    """A sheet's head as the workbooks to the welfare office write it: column widths, the title line (in
    `title_font`), the subtitle line, a blank line, then the column heads (bold, shaded, wrapped)."""
    for i, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + i)].width = width
    title, subtitle = lines
    sheet.append(cells(sheet, title, font=title_font))
    sheet.append(cells(sheet, subtitle))
    sheet.append([])
    head = cells(sheet, columns, font=HEAD_FONT)
    for heading in head:
        heading.fill = HEAD_FILL
        heading.alignment = wrap
    sheet.append(head)
