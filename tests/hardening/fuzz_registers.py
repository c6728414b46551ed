"""A fuzz harness for the register import: valid registers mutated in their cells, types, structure, XML
and bytes, each read with `read_register`. A clean import or a RegisterFileError is fine; any other
exception is a crash, a case over 10 s a hang.

    PYTHONPATH=src:. python -m tests.hardening.fuzz_registers --cases 10000 [--seed 1] [--keep DIR]

prints the cases, crashes and hangs per mutation (exit 1 on any crash or hang). The test suite runs a
quick subset (tests/hardening/test_hostile_registers.py).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import math
import random
import re
import signal
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from payout_desk.exchange.register import RegisterFileError, read_register
from tests.exchange.registers import Layout, Person, build_grid, write_csv

HANG_SECONDS = 10.0
SHEET = "xl/worksheets/sheet1.xml"
HOSTILE_VALUES: tuple[Any, ...] = (
    None,
    "",
    " ",
    0,
    -1,
    -2_866_000,
    10**18,
    -(10**18),
    2**63,
    1e308,
    -1e-308,
    math.nan,
    math.inf,
    True,
    False,
    2_866_000.5,
    "2.866.000 đ",
    "2,866,000",
    "hai triệu",
    "=SUM(A1:A9)",
    "=1/0",
    "=A1&A1",
    "#REF!",
    datetime(1900, 1, 1),
    datetime(9999, 12, 31, 23, 59),
    date(1940, 2, 29),
    clock(12, 30),
    "x" * 32_000,
    "Nguyễn\u0300\u0301\u0303 Văn",
    "\u202etxt.exe",
    "\x00\x01\x02",
    "NCC001",
    "Tiền mặt",
    "Chuyển khoản",
    "Điểm BĐVHX An Phước",
    "1/1/1940",
    "31/02/1940",
    "086040173112",
    "9" * 40,
)


class Hang(Exception):
    pass


@dataclass
class Tally:
    cases: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)
    crashes: list[tuple[str, int, str]] = field(default_factory=list)
    hangs: list[tuple[str, int, float]] = field(default_factory=list)
    slowest: float = 0.0
    slowest_case: str = ""

    @property
    def total(self) -> int:
        return sum(self.cases.values())


def base_people(rng: random.Random) -> list[Person]:
    points = ("Điểm BĐVHX An Phước", "Bưu cục Mỹ An")
    return [
        Person(
            f"NCC{i:03d}",
            name=f"Nguyễn Văn {i}",
            birth=1930 + rng.randrange(60),
            point=points[i % 2],
            amounts={"monthly": 2_866_000, "arrears": rng.choice([0, 1_000_000])},
        )
        for i in range(1, 13)
    ]


def write_grid(path: Path, grid: list[list[Any]], merged: list[tuple[int, int, int, int]]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for line in grid:
        sheet.append([_storable(v) for v in line])
    for top, left, bottom, right in merged:
        with contextlib.suppress(ValueError):
            sheet.merge_cells(start_row=top, start_column=left, end_row=bottom, end_column=right)
    workbook.save(path)


def _storable(value: Any) -> Any:
    """openpyxl refuses control characters and NaN in a cell; keep the hostility, not the writer's error."""
    if isinstance(value, str):
        return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "\ufffd", value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def _grid(rng: random.Random) -> tuple[list[list[Any]], list[tuple[int, int, int, int]]]:
    layout = Layout(two_level=rng.random() < 0.6, groups=rng.random() < 0.5, footer=rng.random() < 0.5)
    grid, _, merged = build_grid(base_people(rng), layout)
    return [list(row) for row in grid], list(merged)


def _random_cell(rng: random.Random, grid: list[list[Any]]) -> tuple[int, int]:
    row = rng.randrange(len(grid))
    return row, rng.randrange(max(len(grid[row]), 1) + 2)


def _set(grid: list[list[Any]], row: int, column: int, value: Any) -> None:
    line = grid[row]
    line.extend([""] * (column + 1 - len(line)))
    line[column] = value


def mutate_cells(rng: random.Random, path: Path) -> Path:
    """Wrong types everywhere: random cells get hostile values (numbers, dates, formulas, junk text)."""
    grid, merged = _grid(rng)
    for _ in range(rng.randint(1, 40)):
        _set(grid, *_random_cell(rng, grid), rng.choice(HOSTILE_VALUES))
    write_grid(path, grid, merged)
    return path


def mutate_structure(rng: random.Random, path: Path) -> Path:
    """Rows and columns dropped, repeated, swapped or shifted; merged ranges anywhere (merged-cell chaos)."""
    grid, merged = _grid(rng)
    for _ in range(rng.randint(1, 8)):
        move = rng.randrange(6)
        row = rng.randrange(len(grid))
        if move == 0:
            del grid[row]
        elif move == 1:
            grid.insert(row, list(grid[rng.randrange(len(grid))]))
        elif move == 2:
            column = rng.randrange(20)
            for line in grid:
                if len(line) > column:
                    del line[column]
        elif move == 3:
            column = rng.randrange(20)
            for line in grid:
                line.insert(min(column, len(line)), rng.choice(HOSTILE_VALUES))
        elif move == 4:
            grid.insert(row, [""] * rng.randrange(30))
        else:
            top, left = rng.randrange(1, len(grid) + 2), rng.randrange(1, 25)
            merged.append((top, left, top + rng.randrange(6), left + rng.randrange(12)))
        if not grid:
            grid.append([])
    write_grid(path, grid, merged)
    return path


_XML_EDITS: tuple[Callable[[random.Random, bytes], bytes], ...] = (
    lambda rng, xml: re.sub(
        rb'r="[A-Z]+[0-9]+"',
        lambda m: f'r="{rng.choice(["A", "B", "Z", "AA", "XFD"])}{rng.choice([1, 2, 9, 65536, 1048576])}"'.encode()
        if rng.random() < 0.05
        else m.group(0),
        xml,
    ),
    lambda rng, xml: xml.replace(b't="s"', rng.choice([b't="n"', b't="b"', b't="e"', b't="str"', b't="d"']), 3),
    lambda rng, xml: re.sub(rb"<v>[^<]*</v>", lambda m: rng.choice([b"<v>99999</v>", b"<v>-1</v>", b"<v>x</v>", b"<v></v>", m.group(0)]), xml),
    lambda rng, xml: xml.replace(b"<sheetData>", b"<sheetData>" + rng.choice([b"<row>", b"</row>", b"<c>", b"&lol;", b"<row r=\"0\"/>"]), 1),
    lambda rng, xml: xml[: rng.randrange(len(xml))],
    lambda rng, xml: b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + xml.replace(b"<v>1</v>", b"<v>&e;</v>"),
    lambda rng, xml: re.sub(rb"<row [^>]*>", lambda m: m.group(0) * rng.randint(1, 3), xml, count=rng.randint(1, 5)),
)  # fmt: skip


def _rezip(source: bytes, path: Path, change: Callable[[str, bytes], bytes]) -> Path:
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, change(info.filename, old.read(info)))
    return path


def mutate_xml(rng: random.Random, path: Path, base: bytes) -> Path:
    """The sheet's (and shared strings') XML edited: cell references moved far, types changed, tags cut."""

    def change(name: str, data: bytes) -> bytes:
        if name == SHEET or (name == "xl/sharedStrings.xml" and rng.random() < 0.3):
            for _ in range(rng.randint(1, 3)):
                data = rng.choice(_XML_EDITS)(rng, data)
        return data

    return _rezip(base, path, change)


def mutate_bytes(rng: random.Random, path: Path, base: bytes) -> Path:
    """Bytes of the .xlsx zip flipped, overwritten, cut or repeated."""
    data = bytearray(base)
    for _ in range(rng.randint(1, 8)):
        position = rng.randrange(len(data))
        move = rng.randrange(4)
        if move == 0:
            data[position] ^= 1 << rng.randrange(8)
        elif move == 1:
            data[position] = rng.randrange(256)
        elif move == 2:
            del data[position : position + rng.randrange(1, 64)]
        else:
            data[position:position] = data[position : position + rng.randrange(1, 64)]
    path.write_bytes(bytes(data))
    return path


def mutate_csv(rng: random.Random, path: Path) -> Path:
    """A CSV register with hostile cells, ragged rows and any delimiter or encoding."""
    people = base_people(rng)
    write_csv(path, people, delimiter=rng.choice([",", ";", "\t"]))
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    for _ in range(rng.randint(1, 10)):
        row = rng.randrange(len(lines))
        cells = lines[row].split(",")
        cells[rng.randrange(len(cells))] = str(rng.choice(HOSTILE_VALUES)).replace("\n", " ")
        lines[row] = ",".join(cells[: rng.randrange(len(cells) + 1)] if rng.random() < 0.2 else cells)
    path.write_bytes("\n".join(lines).encode(rng.choice(["utf-8", "utf-8-sig", "cp1258"]), errors="replace"))
    return path


MUTATORS = ("cells", "structure", "xml", "bytes", "csv")


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    def ring(_signum: int, _frame: object) -> None:
        raise Hang

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def make_case(kind: str, rng: random.Random, folder: Path, number: int, base: bytes) -> Path:
    path = folder / f"case-{number}.{'csv' if kind == 'csv' else 'xlsx'}"
    if kind == "cells":
        return mutate_cells(rng, path)
    if kind == "structure":
        return mutate_structure(rng, path)
    if kind == "xml":
        return mutate_xml(rng, path, base)
    if kind == "bytes":
        return mutate_bytes(rng, path, base)
    return mutate_csv(rng, path)


def run(cases: int, seed: int = 1, keep: Path | None = None) -> Tally:
    tally = Tally()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        base_path = folder / "base.xlsx"
        grid, merged = _grid(random.Random(seed))
        write_grid(base_path, grid, merged)
        base = base_path.read_bytes()
        for number in range(cases):
            kind = MUTATORS[number % len(MUTATORS)]
            rng = random.Random(seed * 1_000_003 + number)
            path = make_case(kind, rng, folder, number, base)
            tally.cases[kind] += 1
            start = time.perf_counter()
            try:
                with _deadline(HANG_SECONDS):
                    read_register(path)
            except RegisterFileError:
                tally.refused[kind] += 1
            except Hang:
                tally.hangs.append((kind, number, time.perf_counter() - start))
            except Exception:
                tally.crashes.append((kind, number, traceback.format_exc(limit=4)))
                if keep:
                    keep.mkdir(parents=True, exist_ok=True)
                    (keep / path.name).write_bytes(path.read_bytes())
            if time.perf_counter() - start > tally.slowest:
                tally.slowest, tally.slowest_case = time.perf_counter() - start, f"{kind} case {number}"
            path.unlink()
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="copy each crashing case here")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    tally = run(args.cases, args.seed, args.keep)
    for kind in MUTATORS:
        print(f"{kind:10} cases {tally.cases[kind]:6,}  refused {tally.refused[kind]:6,}")
    for kind, number, trace in tally.crashes[:10]:
        print(f"CRASH {kind} case {number}:\n{trace}")
    print(
        f"cases {tally.total:,} crashes {len(tally.crashes)} hangs {len(tally.hangs)} "
        f"slowest {tally.slowest:.2f} s ({tally.slowest_case}) total {time.perf_counter() - start:.0f} s (seed {args.seed})"
    )
    return 1 if tally.crashes or tally.hangs else 0


if __name__ == "__main__":
    sys.exit(main())
