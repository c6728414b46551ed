"""The audit export's files (issue 16): CSV tables an inspector opens in a spreadsheet (every cell through
`exchange/xlsx_cells.cell_value`: numbers stay numbers, text is never read as a formula) and one JSON file
with everything, written atomically; each file's SHA-256 for the summary."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from payout_desk.exchange.xlsx_cells import cell_value
from payout_desk.trust.atomic import write_atomic


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """UTF-8 with a BOM (so Excel reads the Vietnamese), a header line, one line a row."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([cell_value(v) for v in row] for row in rows)
    return "\ufeff".encode() + text.getvalue().encode("utf-8")


def json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8") + b"\n"


def write_file(folder: Path, name: str, data: bytes) -> str:
    """Write `name` in `folder`; returns its SHA-256."""
    write_atomic(folder / name, data)
    return hashlib.sha256(data).hexdigest()
