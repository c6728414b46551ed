"""Finding the header block of a register and mapping its columns by meaning, through one synonym table.

A new wording is one line in SYNONYMS (or MONEY_KINDS for money columns). Headers are compared after
folding (no accents, lower case), with text in parentheses and punctuation removed: "Số CCCD/CMND" and
"so cccd cmnd" are the same header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from payout_desk.domain.allowances import AllowanceKind
from payout_desk.domain.text import fold, nfc
from payout_desk.exchange.register.sheets import RawSheet

SYNONYMS: tuple[tuple[str, str], ...] = (
    ("stt", "STT"),
    ("stt", "Số TT"),
    ("stt", "TT"),
    ("code", "Mã đối tượng"),
    ("code", "Mã ĐT"),
    ("code", "Mã số"),
    ("code", "Mã số đối tượng"),
    ("code", "Mã hồ sơ"),
    ("code", "Mã người hưởng"),
    ("code", "Mã NCC"),
    ("name", "Họ và tên"),
    ("name", "Họ tên"),
    ("name", "Họ tên đối tượng"),
    ("name", "Họ và tên đối tượng"),
    ("name", "Họ và tên người hưởng"),
    ("name", "Họ tên người hưởng"),
    ("name", "Tên đối tượng"),
    ("birth", "Năm sinh"),
    ("birth", "Ngày sinh"),
    ("birth", "Ngày tháng năm sinh"),
    ("birth", "Ngày, tháng, năm sinh"),
    ("sex", "Giới tính"),
    ("sex", "Nam/Nữ"),
    ("cccd", "Số CCCD"),
    ("cccd", "CCCD"),
    ("cccd", "CCCD/CMND"),
    ("cccd", "Số CCCD/CMND"),
    ("cccd", "Số CMND/CCCD"),
    ("cccd", "CMND/CCCD"),
    ("cccd", "Số CMND"),
    ("cccd", "Số định danh"),
    ("cccd", "Số định danh cá nhân"),
    ("cccd", "Căn cước công dân"),
    ("cccd", "Số căn cước"),
    ("address", "Địa chỉ"),
    ("address", "Nơi cư trú"),
    ("address", "Nơi ở"),
    ("address", "Nơi ở hiện nay"),
    ("address", "Thôn/ấp"),
    ("address", "Thôn, ấp"),
    ("address", "Ấp"),
    ("address", "Thôn"),
    ("address", "Quê quán"),
    ("category", "Loại đối tượng"),
    ("category", "Đối tượng"),
    ("category", "Diện đối tượng"),
    ("category", "Diện hưởng"),
    ("category", "Loại"),
    ("point", "Điểm chi trả"),
    ("point", "Điểm chi"),
    ("point", "Nơi chi trả"),
    ("point", "Nơi nhận"),
    ("point", "Nơi nhận tiền"),
    ("point", "Địa điểm chi trả"),
    ("point", "Điểm nhận"),
    ("point_code", "Mã điểm"),
    ("point_code", "Mã điểm chi trả"),
    ("method", "Hình thức nhận"),
    ("method", "Hình thức chi trả"),
    ("method", "Hình thức"),
    ("method", "Phương thức"),
    ("method", "Phương thức nhận"),
    ("method", "Phương thức chi trả"),
    ("account", "Số tài khoản"),
    ("account", "Số TK"),
    ("account", "STK"),
    ("account", "Tài khoản"),
    ("account", "TK ngân hàng"),
    ("account", "Số tài khoản ngân hàng"),
    ("account", "Tài khoản ngân hàng"),
    ("account", "Số TK ngân hàng"),
    ("bank", "Ngân hàng"),
    ("bank", "Tên ngân hàng"),
    ("bank", "Mở tại"),
    ("bank", "Mở tại ngân hàng"),
    ("bank", "Nơi mở TK"),
    ("bank", "Nơi mở tài khoản"),
    ("bank", "Ngân hàng mở TK"),
    ("bank", "Ngân hàng mở tài khoản"),
    ("holder", "Chủ tài khoản"),
    ("holder", "Chủ TK"),
    ("holder", "Tên chủ TK"),
    ("holder", "Tên chủ tài khoản"),
    ("holder", "Tên tài khoản"),
    ("holder", "Họ tên chủ tài khoản"),
    ("holder", "Họ và tên chủ tài khoản"),
    ("holder", "Họ tên chủ TK"),
    ("notes", "Ghi chú"),
    ("signature", "Ký nhận"),
    ("signature", "Ký tên"),
    ("signature", "Người nhận ký"),
)

# Money columns: header wording → allowance kind ("total" is the row total). Matched as a prefix too.
MONEY_KINDS: tuple[tuple[str, AllowanceKind | str], ...] = (
    ("Trợ cấp hàng tháng", AllowanceKind.MONTHLY),
    ("TC hàng tháng", AllowanceKind.MONTHLY),
    ("Trợ cấp", AllowanceKind.MONTHLY),
    ("Mức trợ cấp", AllowanceKind.MONTHLY),
    ("Phụ cấp", AllowanceKind.EXTRA),
    ("Phụ cấp hàng tháng", AllowanceKind.EXTRA),
    ("Trợ cấp người phục vụ", AllowanceKind.CARE),
    ("Người phục vụ", AllowanceKind.CARE),
    ("Trợ cấp một lần", AllowanceKind.ONE_OFF),
    ("Một lần", AllowanceKind.ONE_OFF),
    ("Truy lĩnh", AllowanceKind.ARREARS),
    ("Quà", AllowanceKind.GIFT),
    ("Quà tặng", AllowanceKind.GIFT),
    ("Quà Tết", AllowanceKind.GIFT),
    ("Mai táng phí", AllowanceKind.FUNERAL),
    ("Mai táng", AllowanceKind.FUNERAL),
    ("Tổng cộng", "total"),
    ("Tổng số tiền", "total"),
    ("Tổng số", "total"),
    ("Tổng", "total"),
    ("Thành tiền", "total"),
    ("Cộng", "total"),
)
# A parent header over money columns, or a single money column on its own.
MONEY_PARENTS = ("Số tiền", "Số tiền được hưởng", "Kinh phí", "Mức hưởng", "Số tiền chi trả", "Tiền")
BIRTH_CHILDREN = (("Nam", "birth_male"), ("Nữ", "birth_female"))
REQUIRED = ("code", "name")
_PARENS = re.compile(r"\([^)]*\)")
_PUNCT = re.compile(r"[^a-z0-9 ]+")
_COLUMN_NUMBER = re.compile(r"\(?\s*\d{1,2}\s*\)?|[A-Z]")
HEADER_SEARCH_ROWS = 60


def normalize(text: Any) -> str:
    folded = fold(str(text)) if text not in (None, "") else ""
    return " ".join(_PUNCT.sub(" ", _PARENS.sub(" ", folded)).split())


_FIELDS = {normalize(label): name for name, label in SYNONYMS}
_MONEY = {normalize(label): kind for label, kind in MONEY_KINDS}
_MONEY_BY_LENGTH = sorted(_MONEY.items(), key=lambda item: -len(item[0]))
_MONEY_PARENTS = {normalize(label) for label in MONEY_PARENTS}
_BIRTH_CHILDREN = {normalize(label): name for label, name in BIRTH_CHILDREN}


@dataclass(frozen=True, slots=True)
class MoneyColumn:
    index: int
    label: str  # as written (NFC)
    kind: AllowanceKind


@dataclass(slots=True)
class ColumnMap:
    sheet: str
    header_rows: tuple[int, ...]
    first_data_row: int
    fields: dict[str, int] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)  # column → header as written, for messages
    money: list[MoneyColumn] = field(default_factory=list)
    total: int | None = None
    exact: set[str] = field(default_factory=set)  # fields matched by a whole synonym, not a prefix

    @property
    def score(self) -> int:
        return len(self.fields) + len(self.money) + (self.total is not None)

    @property
    def usable(self) -> bool:
        return all(f in self.fields for f in REQUIRED) and bool(self.money or self.total is not None)

    def label(self, column: int | None) -> str:
        return self.labels.get(column, "") if column is not None else ""


def _money_kind(text: str) -> AllowanceKind | str | None:
    if text in _MONEY:
        return _MONEY[text]
    for label, kind in _MONEY_BY_LENGTH:
        if text.startswith(label + " "):
            return kind
    return None


def _field_for(text: str) -> str | None:
    if text in _FIELDS:
        return _FIELDS[text]
    best = max((s for s in _FIELDS if len(s) >= 5 and text.startswith(s + " ")), key=len, default=None)
    return _FIELDS[best] if best else None


def _cell_text(row: list[Any], column: int) -> str:
    value = row[column] if column < len(row) else ""
    return nfc(str(value)) if value not in (None, "") else ""


def _parents(sheet: RawSheet, top: int, width: int, two_level: bool) -> list[str]:
    """The top header row; read as a two-level header, merged parents spread over their children."""
    row = sheet.rows[top]
    texts = [_cell_text(row, c) for c in range(width)]
    if not two_level:  # one header row: a merged cell is one column (its text stands in the first)
        return texts
    for first_row, first_col, last_row, last_col in sheet.merged:
        if first_row == top and last_row >= top:
            for column in range(first_col + 1, min(last_col + 1, width)):
                texts[column] = texts[first_col]
    return texts


def _map_columns(sheet: RawSheet, top: int, two_level: bool) -> ColumnMap:
    width = max((len(sheet.rows[r]) for r in range(top, min(top + 2, len(sheet.rows)))), default=0)
    parents = _parents(sheet, top, width, two_level)
    children = [_cell_text(sheet.rows[top + 1], c) for c in range(width)] if two_level else [""] * width
    if two_level:  # a parent spans the children to its right that have no parent of their own
        for column in range(1, width):
            if (
                not parents[column]
                and children[column]
                and normalize(parents[column - 1])
                in _MONEY_PARENTS | {"nam sinh", "ngay sinh", "ngay thang nam sinh"}
            ):
                parents[column] = parents[column - 1]
    rows = (top, top + 1) if two_level else (top,)
    mapping = ColumnMap(sheet.name, rows, top + len(rows))
    for column in range(width):
        _assign(mapping, column, parents[column], children[column])
    return mapping


def _assign(mapping: ColumnMap, column: int, parent: str, child: str) -> None:
    if not parent and not child:  # most columns of a sheet with a stray cell far to the right
        return
    parent_key, child_key = normalize(parent), normalize(child)
    parent_field = _field_for(parent_key)
    if child_key and parent_field == "birth" and child_key in _BIRTH_CHILDREN:
        mapping.fields.setdefault(_BIRTH_CHILDREN[child_key], column)
        mapping.labels[column] = f"{parent} – {child}"
        return
    if child_key and parent_key in _MONEY_PARENTS:
        _assign_money(mapping, column, child, _money_kind(child_key) or AllowanceKind.OTHER)
        return
    for text, key in ((child, child_key), (parent, parent_key)):
        if not key:
            continue
        found = _field_for(key)
        exact = key in _FIELDS
        if found and (found not in mapping.fields or (exact and found not in mapping.exact)):
            # a whole-synonym header ("Ghi chú") wins over a prefix match ("Ghi chú khác") wherever it stands
            mapping.fields[found] = column
            mapping.labels[column] = text
            if exact:
                mapping.exact.add(found)
            return
        kind = _money_kind(key) or (AllowanceKind.MONTHLY if key in _MONEY_PARENTS else None)
        if kind is not None:
            _assign_money(mapping, column, text, kind)
            return


def _assign_money(mapping: ColumnMap, column: int, label: str, kind: AllowanceKind | str) -> None:
    mapping.labels[column] = label
    if kind == "total":
        if mapping.total is None:
            mapping.total = column
    else:
        mapping.money.append(MoneyColumn(column, label, AllowanceKind(kind)))


def is_column_number_row(row: list[Any]) -> bool:
    """A row of column numbers under the header: "(1) (2) (3) …" or "1 2 3 …" or "A B C …"."""
    cells = [str(v).strip() for v in row if v not in (None, "")]
    if len(cells) < 3:
        return False
    if not all(_COLUMN_NUMBER.fullmatch(c.removesuffix(".0")) for c in cells):
        return False
    numbers = [int(re.sub(r"\D", "", c.removesuffix(".0")) or 0) for c in cells]
    return numbers == sorted(numbers)


def find_columns(sheet: RawSheet) -> ColumnMap | None:
    """The best header block of `sheet` (single or two-level), or None when it has no usable one."""
    best: ColumnMap | None = None
    for top in range(min(len(sheet.rows), HEADER_SEARCH_ROWS)):
        if not any(v not in (None, "") for v in sheet.rows[top]):
            continue
        candidates = [_map_columns(sheet, top, False)]
        if top + 1 < len(sheet.rows):
            candidates.append(_map_columns(sheet, top, True))
        for candidate in candidates:
            if candidate.usable and (best is None or candidate.score > best.score):
                best = candidate
    if best is not None:
        while best.first_data_row < len(sheet.rows) and is_column_number_row(sheet.rows[best.first_data_row]):
            best.first_data_row += 1
    return best
