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
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
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
