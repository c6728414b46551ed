"""Importing the office's monthly register (.xlsx, .xls, .ods, .csv) without per-file configuration."""

from __future__ import annotations

from pathlib import Path

from payout_desk.domain.text import legacy_encoding, nfc
from payout_desk.exchange.bank_table import bank_table
from payout_desk.exchange.register.accounts import AccountReader
from payout_desk.exchange.register.headers import SYNONYMS, ColumnMap, find_columns
from payout_desk.exchange.register.model import (
    AccountCells,
    RegisterEntry,
    RegisterFileError,
    RegisterIssue,
    RegisterResult,
)
from payout_desk.exchange.register.rows import RowReader
from payout_desk.exchange.register.sheets import RawSheet, read_sheets
from payout_desk.exchange.register.title import title_month
from payout_desk.lang import t

__all__ = [
    "AccountCells",
    "RegisterEntry",
    "RegisterFileError",
    "RegisterIssue",
    "RegisterResult",
    "read_register",
]

_LEGACY_SAMPLE_ROWS = 300


def _refuse_legacy_fonts(sheets: list[RawSheet], name: str) -> None:
    for sheet in sheets:
        texts = [v for row in sheet.rows[:_LEGACY_SAMPLE_ROWS] for v in row if isinstance(v, str) and v]
        encoding = legacy_encoding(" ".join(texts))
        if encoding:
            raise RegisterFileError(t("register.legacy_encoding", name=name, encoding=encoding))


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column as Excel names it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _shown(value: object) -> str:
    """A cell as the clerk typed it: 2789000 not 2789000.0, nothing for an empty cell."""
    if value in (None, ""):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return nfc(str(value))


def _issue_cells(
    sheet: RawSheet, columns: ColumnMap, rows: set[int]
) -> dict[int, list[tuple[str, str, str]]]:
    found = {}
    for number in sorted(rows):
        if not 0 < number <= len(sheet.rows):
            continue
        found[number] = [
            (column_letter(c), columns.label(c), _shown(value))
            for c, value in enumerate(sheet.rows[number - 1])
            if value not in (None, "") or columns.label(c)
        ]
    return found


def read_register(path: Path) -> RegisterResult:
    """Read the register at `path`: valid entries, and errors/warnings tied to Excel rows and columns."""
    sheets = read_sheets(path)
    _refuse_legacy_fonts(sheets, path.name)
    found = [(columns, sheet) for sheet in sheets if (columns := find_columns(sheet)) is not None]
    if not found:
        wanted = ", ".join(sorted({label for field, label in SYNONYMS if field in ("code", "name")})[:6])
        raise RegisterFileError(t("register.no_header", name=path.name, wanted=wanted))
    columns, sheet = max(found, key=lambda item: item[0].score)
    result = RowReader(sheet, columns).read()
    AccountReader(sheet, columns, bank_table()).read(result)  # transfer rows' accounts (issue 17)
    result.cells = _issue_cells(sheet, columns, {i.row for i in [*result.errors, *result.warnings]})
    result.title_month = title_month(sheet, columns.header_rows[0])
    if "point" not in columns.fields and any(e.code == "missing_point" for e in result.errors):
        wanted = ", ".join(f"“{label}”" for field, label in SYNONYMS if field == "point")
        raise RegisterFileError(
            t("register.no_point_column", name=path.name, name2=sheet.name, wanted=wanted)
        )
    return result
