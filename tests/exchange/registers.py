"""Writing test registers in the many shapes real ones come in (xlsx via openpyxl, or csv)."""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook

MONEY = (("monthly", "Trợ cấp hàng tháng"), ("extra", "Phụ cấp"), ("arrears", "Truy lĩnh"), ("gift", "Quà"))


@dataclass
class Person:
    code: str
    name: str = "Nguyễn Văn Dũng"
    birth: Any = 1940
    sex: str = "M"
    cccd: Any = "086040173112"
    address: str = "ấp 1, Xã An Phước"
    category: str = "Thương binh 61%"
    point: str = "Điểm BĐVHX An Phước"
    commune: str = "XÃ AN PHƯỚC"
    amounts: dict[str, Any] = field(default_factory=lambda: {"monthly": 2_866_000})
    total: Any = None  # None: the sum of the amounts
    method: str = "Tiền mặt"
    notes: str = ""
    account: Any = ""  # issue 17: the account columns, written when the layout has them
    bank: str = ""
    holder: str = ""

    def total_cell(self) -> Any:
        if self.total is not None:
            return self.total
        return sum(v for v in self.amounts.values() if isinstance(v, int))


@dataclass
class Layout:
    two_level: bool = True  # "Năm sinh" over Nam/Nữ and "Số tiền" over the money columns, merged
    sex_columns: bool = True  # two-level only: birth year under "Nam" or "Nữ"; else a "Giới tính" column
    headers: dict[str, str] = field(default_factory=dict)  # field → wording, to try synonyms
    column_numbers: bool = True
    letterhead: bool = True
    title: tuple[str, ...] = ("DANH SÁCH CHI TRẢ TRỢ CẤP ƯU ĐÃI NGƯỜI CÓ CÔNG", "Tháng 12 năm 2026")
    guide_sheet: bool = False
    summary_sheet: bool = False
    start_row: int = 0  # blank rows above everything
    start_col: int = 0  # blank columns left of everything
    groups: bool = True  # commune rows ("I", "XÃ …") and subtotals
    footer: bool = True  # grand total, amount in words, signature block
    total_first: bool = False  # a grand-total row right under the header
    extra_column: str | None = None  # an unknown column before the notes
    point_column: bool = True
    birth_as: str = "year"  # "year", "date" (real date cells), "text" ("dd/mm/yyyy")
    amounts_as: str = "number"  # "number" or "text" ("2.866.000 đ")
    nfd: bool = False
    accounts: bool = False  # issue 17: account number, bank and holder columns after the method


WORDS = {
    "code": "Mã đối tượng",
    "name": "Họ và tên",
    "birth": "Năm sinh",
    "sex": "Giới tính",
    "cccd": "Số CCCD",
    "address": "Địa chỉ",
    "category": "Loại đối tượng",
    "point": "Điểm chi trả",
    "total": "Tổng cộng",
    "method": "Hình thức nhận",
    "notes": "Ghi chú",
    "money": "Số tiền (đồng)",
    "account": "Số tài khoản",
    "bank": "Ngân hàng",
    "holder": "Chủ tài khoản",
}


def _columns(layout: Layout) -> list[tuple[str, str, str]]:
    """(key, top header, sub header) per column."""
    word = {**WORDS, **layout.headers}
    cols = [("stt", "STT", ""), ("code", word["code"], ""), ("name", word["name"], "")]
    if layout.two_level and layout.sex_columns:
        cols += [("birth_m", word["birth"], "Nam"), ("birth_f", "", "Nữ")]
    else:
        cols += [("birth", word["birth"], ""), ("sex", word["sex"], "")]
    cols += [("cccd", word["cccd"], ""), ("address", word["address"], ""), ("category", word["category"], "")]
    if layout.point_column:
        cols.append(("point", word["point"], ""))
    for index, (kind, label) in enumerate([*MONEY, ("total", word["total"])]):
        if layout.two_level:
            cols.append((kind, word["money"] if index == 0 else "", label))
        else:
            cols.append((kind, label, ""))
    cols.append(("method", word["method"], ""))
    if layout.accounts:
        cols += [(key, word[key], "") for key in ("account", "bank", "holder")]
    if layout.extra_column:
        cols.append(("extra_col", layout.extra_column, ""))
    cols += [("notes", word["notes"], ""), ("sign", "Ký nhận", "")]
    return cols


def _birth(person: Person, layout: Layout) -> Any:
    if not isinstance(person.birth, int):
        return person.birth
    day = date(person.birth, 3, 15)
    return {"year": person.birth, "date": day, "text": day.strftime("%d/%m/%Y")}[layout.birth_as]


def _money(value: Any, layout: Layout) -> Any:
    if isinstance(value, int) and layout.amounts_as == "text":
        return f"{value:,} đ".replace(",", ".")
    return value


def _cells(person: Person, number: int, layout: Layout) -> dict[str, Any]:
    text = (lambda s: unicodedata.normalize("NFD", s)) if layout.nfd else (lambda s: s)
    birth = _birth(person, layout)
    cells: dict[str, Any] = {
        "stt": number,
        "code": person.code,
        "name": text(person.name),
        "cccd": person.cccd,
        "birth": birth,
        "sex": {"M": "Nam", "F": "Nữ"}.get(person.sex, person.sex),
        "birth_m": birth if person.sex == "M" else "",
        "birth_f": birth if person.sex == "F" else "",
        "address": text(person.address),
        "category": person.category,
        "point": text(person.point),
        "total": _money(person.total_cell(), layout),
        "method": person.method,
        "notes": text(person.notes),
        "extra_col": "x",
        "account": person.account,
        "bank": person.bank,
        "holder": text(person.holder),
    }
    for kind, _label in MONEY:
        cells[kind] = _money(person.amounts.get(kind, ""), layout)
    return cells


def build_grid(people: list[Person], layout: Layout) -> tuple[list[list[Any]], dict[str, int], list[tuple]]:
    """The sheet as rows of cells, the Excel row of each person, and the merged ranges (1-based)."""
    cols = _columns(layout)
    pad = [""] * layout.start_col
    grid: list[list[Any]] = [[] for _ in range(layout.start_row)]
    if layout.letterhead:
        grid += [
            [*pad, "UBND HUYỆN MANG THÍT", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            [],
            *([*pad, line] for line in layout.title),
            [],
        ]
    header_row = len(grid) + 1
    grid.append(pad + [c[1] for c in cols])
    merged: list[tuple] = []
    if layout.two_level:
        grid.append(pad + [c[2] for c in cols])
        for index, (_key, top, sub) in enumerate(cols):
            column = layout.start_col + index + 1
            if top and not sub:
                merged.append((header_row, column, header_row + 1, column))
            elif top and sub:
                span = 1
                while index + span < len(cols) and not cols[index + span][1] and cols[index + span][2]:
                    span += 1
                if span > 1:
                    merged.append((header_row, column, header_row, column + span - 1))
    if layout.column_numbers:
        grid.append(pad + [f"({i})" for i in range(1, len(cols) + 1)])
    total_col = [c[0] for c in cols].index("total")
    grand = sum(p.total_cell() for p in people if isinstance(p.total_cell(), int))
    if layout.total_first:
        grid.append(pad + ["", "", "TỔNG CỘNG"] + [""] * (total_col - 3) + [grand])
    rows: dict[str, int] = {}
    commune = None
    for number, person in enumerate(people, start=1):
        if layout.groups and person.commune != commune:
            if commune is not None:
                grid.append(pad + ["", "", f"Cộng {commune.title()}"] + [""] * (total_col - 3) + [0])
            commune = person.commune
            grid.append([*pad, "I", "", commune])
        cells = _cells(person, number, layout)
        grid.append(pad + [cells.get(c[0], "") for c in cols])
        rows.setdefault(person.code, len(grid))
    if layout.footer:
        grid += [
            pad + ["", "", "TỔNG CỘNG"] + [""] * (total_col - 3) + [grand],
            [*pad, "Bằng chữ: (theo số tổng cộng)"],
            [],
            [*pad, "", "Người lập biểu", "", "", "", "", "Kế toán"],
            [*pad, "", "Nguyễn Thị Hoa", "Trần Văn Bình"],
        ]
    return grid, rows, merged


def write_xlsx(path: Path, people: list[Person], layout: Layout | None = None) -> dict[str, int]:
    layout = layout or Layout()
    grid, rows, merged = build_grid(people, layout)
    workbook = Workbook()
    default = workbook.active
    assert default is not None
    workbook.remove(default)
    if layout.guide_sheet:
        workbook.create_sheet("Hướng dẫn").append(["Cột (2): mã đối tượng; cột (3): họ và tên"])
    sheet = workbook.create_sheet("DS chi tra")
    for line in grid:
        sheet.append(line)
    for top, left, bottom, right in merged:
        sheet.merge_cells(start_row=top, start_column=left, end_row=bottom, end_column=right)
    if layout.summary_sheet:
        summary = workbook.create_sheet("Tổng hợp")
        summary.append(["Mã đối tượng", "Họ và tên", "Số tiền"])
        summary.append(["Tổng", "", 1])
    workbook.save(path)
    return rows


def write_csv(
    path: Path,
    people: list[Person],
    layout: Layout | None = None,
    *,
    delimiter: str = ",",
    encoding: str = "utf-8-sig",
) -> dict[str, int]:
    layout = layout or Layout(
        two_level=False, letterhead=False, column_numbers=False, groups=False, footer=False
    )
    grid, rows, _ = build_grid(people, layout)
    with path.open("w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        for line in grid:
            cells = ["" if v is None else v for v in line]
            writer.writerow(
                [_windows_1258(c) if encoding == "cp1258" and isinstance(c, str) else c for c in cells]
            )
    return rows


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _windows_1258(text: str) -> str:
    """Vietnamese as Windows-1258 writes it: vowel marks composed (â ơ ư …), tone marks combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)) + tones)
    return "".join(out)
