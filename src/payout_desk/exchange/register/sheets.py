"""Reading a register file into plain rows of cell values, whatever its format (.xlsx/.xls/.ods/.csv)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from payout_desk.exchange.register.guard import check_ods_archive, check_workbook_archive
from payout_desk.exchange.register.model import RegisterFileError
from payout_desk.lang import t, text_of

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
CSV_SUFFIXES = {".csv", ".txt"}
MAX_FILE_BYTES = 200 * 1024 * 1024
_CSV_ENCODINGS = ("utf-8-sig", "cp1258", "cp1252")


@dataclass(slots=True)
class RawSheet:
    """One sheet: rows of cell values; rows[i] is Excel row i + 1, cells[j] is column j (A = 0)."""

    name: str
    rows: list[list[Any]]
    # (first row, first col, last row, last col), 0-based, for merged cells (empty for CSV)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)


def read_sheets(path: Path) -> list[RawSheet]:
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise RegisterFileError(t("register.no_such_file", path=path)) from exc
    except OSError as exc:
        raise RegisterFileError(t("register.cannot_read", path=path, strerror=exc.strerror)) from exc
    if size > MAX_FILE_BYTES:
        raise RegisterFileError(t("register.file_too_large", name=path.name, size=size))
    if suffix in CSV_SUFFIXES:
        return [_read_csv(path)]
    if suffix in SPREADSHEET_SUFFIXES:
        if suffix in {".xlsx", ".xlsm"}:
            check_workbook_archive(path)
        elif suffix == ".ods":
            check_ods_archive(path)
        return _read_workbook(path)
    raise RegisterFileError(t("register.wrong_type", name=path.name))


def _read_workbook(path: Path) -> list[RawSheet]:
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheets = []
        for name in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False)
            merged = [(a[0], a[1], b[0], b[1]) for a, b in (getattr(sheet, "merged_cell_ranges", None) or [])]
            sheets.append(RawSheet(name, rows, merged))
    except Exception as exc:  # calamine raises its own error types for every kind of damage
        raise RegisterFileError(
            t("register.not_spreadsheet_xlsx", name=path.name, kind=type(exc).__name__, detail=text_of(exc))
        ) from exc
    return sheets


def _decode(data: bytes, name: str) -> str:
    for encoding in _CSV_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RegisterFileError(t("register.not_text", name=name))  # pragma: no cover


def _read_csv(path: Path) -> RawSheet:
    text = _decode(path.read_bytes(), path.name)
    sample = text[:20_000]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [list(row) for row in csv.reader(io.StringIO(text), dialect)]
    return RawSheet(path.stem, rows)
