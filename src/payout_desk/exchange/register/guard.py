"""Checks on an .xlsx/.xlsm register before calamine reads it, for what would take the whole app down.

calamine (Rust) turns each sheet into one dense grid from its first to its last used cell: a workbook of a
few hundred bytes with one cell in A1 and another in XFD1048576 asks for 17 billion cells, and the
allocation failure aborts the process (no exception to catch). So the worksheets' cell references are
scanned first (streamed, never inflated whole) and a sheet whose used area is beyond any register is
refused with a way out; so is an archive that inflates to far more than a register can hold.

Entities are not a worry on this path: calamine's XML reader (quick-xml) expands no DTD entity, internal
or external, and refuses a document that uses one (tests/hardening/test_hostile_registers.py).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from payout_desk.exchange.register.model import RegisterFileError
from payout_desk.lang import t, text_of

MAX_CELLS = 5_000_000  # 100,000 rows × 50 columns; a month's register is a few hundred thousand
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 1000  # inflated / stored, for parts over 1 MiB
_CHUNK = 1024 * 1024
_OVERLAP = 512
# A cell's reference is the only attribute named `r` whose value is letters then digits (a row's r is
# digits). Excel, LibreOffice and openpyxl write it as ` r="A1"`, which a literal-prefix search finds 6×
# faster; a block with an `r` attribute written any other way (quotes, spaces, tabs) gets the full pattern.
# One search over the block finds any other way: an `=` with a blank right before it (`r  ="XFD1048576"`,
# two blanks, once slipped past a check for "r =" to calamine, which aborted the process), or an `r=` not
# written ` r="` (nor `er="`: header=, footer= …). It is the count of `r=` minus ` r="` and `er="`, and a
# look for " =", "\t=", "\n=", "\r=" (tests/hardening/test_register_guard.py), in one pass instead of seven.
_FAST = (re.compile(rb' r="([A-Za-z]{1,4})[0-9]'), re.compile(rb' r="[A-Za-z]{1,4}([0-9]{1,8})"'))
_FULL = (
    re.compile(rb"\sr\s*=\s*[\"']([A-Za-z]{1,4})[0-9]"),
    re.compile(rb"\sr\s*=\s*[\"'][A-Za-z]{1,4}([0-9]{1,8})[\"']"),
)
_OTHER_SPELLING = re.compile(rb'=(?:(?<=[ \t\n\r]=)|(?<=r=)(?:(?<![ e]r=)|(?!")))')


def _patterns(block: bytes) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    return _FULL if _OTHER_SPELLING.search(block) else _FAST


_WORKSHEET = re.compile(r"xl/worksheets/[^/]+\.xml", re.IGNORECASE)
_DAMAGED = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError, RuntimeError)
FIX_HINT = t("register.fix_hint")


def _open_zip(path: Path) -> zipfile.ZipFile:
    """The archive; a file this check cannot open is refused rather than handed to calamine unchecked
    (an unusual zip version or method that Excel never writes would otherwise bypass the check)."""
    try:
        return zipfile.ZipFile(path)
    except _DAMAGED as exc:
        raise RegisterFileError(
            t("register.not_spreadsheet", name=path.name, kind=type(exc).__name__, detail=text_of(exc))
        ) from exc


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def _used_area(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, int, int, int] | None:
    """(first row, last row, first column, last column), 1-based, of the cells a worksheet names."""
    rows: set[bytes] = set()
    columns: set[bytes] = set()
    with archive.open(info) as stream:
        tail = b""
        while chunk := stream.read(_CHUNK):
            block = tail + chunk
            column_pattern, row_pattern = _patterns(block)
            rows.update(row_pattern.findall(block))
            columns.update(column_pattern.findall(block))
            tail = block[-_OVERLAP:]
    if not rows:
        return None
    numbers, letters = [int(r) for r in rows], [_column_number(c) for c in columns]
    return min(numbers), max(numbers), min(letters), max(letters)


def check_workbook_archive(path: Path) -> None:
    """Refuse an .xlsx/.xlsm whose sheets or parts are beyond any register; RegisterFileError says why."""
    with _open_zip(path) as archive:
        infos = archive.infolist()
        total = sum(i.file_size for i in infos)
        if total > MAX_UNPACKED_BYTES:
            raise RegisterFileError(t("register.unpacks_too_much", name=path.name, total=total))
        for info in infos:
            if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise RegisterFileError(
                    t(
                        "register.zip_bomb",
                        name=path.name,
                        filename=info.filename,
                        value=info.file_size // max(info.compress_size, 1),
                    )
                )
        for info in infos:
            if not _WORKSHEET.fullmatch(info.filename):
                continue
            try:
                area = _used_area(archive, info)
            except _DAMAGED as exc:
                raise RegisterFileError(
                    t("register.damaged_xlsx", name=path.name, detail=text_of(exc))
                ) from exc
            if area is None:
                continue
            top, bottom, left, right = area
            cells = (bottom - top + 1) * (right - left + 1)
            if cells > MAX_CELLS:
                raise RegisterFileError(
                    t(
                        "register.sheet_too_large",
                        name=path.name,
                        top=top,
                        bottom=bottom,
                        value=right - left + 1,
                        cells=cells,
                        MAX_CELLS=MAX_CELLS,
                        FIX_HINT=FIX_HINT,
                    )
                )


_ODS_TAG = re.compile(
    rb"<table:(table-row|table-cell|covered-table-cell)\b([^>]*)>|</table:table-row>|</table:table>"
)
_ROWS_REPEATED = re.compile(rb'number-rows-repeated\s*=\s*["\']([0-9]{1,10})')
_COLUMNS_REPEATED = re.compile(rb'number-columns-repeated\s*=\s*["\']([0-9]{1,10})')


class _OdsArea:
    """The dense area calamine will build for an OpenDocument sheet: repeated rows and cells count
    where they hold a value (trailing empty ones, which LibreOffice writes, are not built)."""

    def __init__(self) -> None:
        self.row, self.repeat, self.column, self.width, self.valued = 0, 1, 0, 0, False
        self.largest = 0
        self.last_row = 0

    def tag(self, name: bytes, attributes: bytes) -> None:
        if name == b"table-row":
            found = _ROWS_REPEATED.search(attributes)
            self.repeat, self.column, self.valued = int(found.group(1)) if found else 1, 0, False
        else:
            found = _COLUMNS_REPEATED.search(attributes)
            self.column += int(found.group(1)) if found else 1
            if b"value-type" in attributes:
                self.width, self.valued = max(self.width, self.column), True

    def end_row(self) -> None:
        self.row += self.repeat
        if self.valued:
            self.last_row = self.row
        self.repeat, self.column = 1, 0

    def end_table(self) -> None:
        self.largest = max(self.largest, self.last_row * self.width)
        self.row = self.width = self.last_row = 0


def check_ods_archive(path: Path) -> None:
    """Refuse an .ods whose repeated rows and cells would make a grid beyond any register."""
    with _open_zip(path) as archive:
        try:
            info = archive.getinfo("content.xml")
        except KeyError:
            return
        area = _OdsArea()
        try:
            with archive.open(info) as stream:
                tail = b""
                while chunk := stream.read(_CHUNK):
                    block = tail + chunk
                    cut = block.rfind(b"<")  # a tag cut at the end of the block waits for the next one
                    block, tail = (block[:cut], block[cut:]) if cut > 0 else (block, b"")
                    for match in _ODS_TAG.finditer(block):
                        if match.group(1):
                            area.tag(match.group(1), match.group(2))
                        elif match.group(0) == b"</table:table-row>":
                            area.end_row()
                        else:
                            area.end_table()
        except _DAMAGED as exc:
            raise RegisterFileError(t("register.damaged", name=path.name, detail=text_of(exc))) from exc
        area.end_table()
    if area.largest > MAX_CELLS:
        raise RegisterFileError(
            t(
                "register.too_many_cells",
                name=path.name,
                largest=area.largest,
                MAX_CELLS=MAX_CELLS,
                FIX_HINT=FIX_HINT,
            )
        )
