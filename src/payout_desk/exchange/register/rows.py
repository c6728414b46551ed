"""Walking the data rows under the header: skip what is not a beneficiary, parse and check what is.

This runs on every row of registers of 50,000 rows, so column positions are looked up once and the
per-row path does as little as it can; repeated cells (points, payment methods, notes) are parsed once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from operator import itemgetter, le
from typing import Any

from payout_desk.domain.allowances import AllowanceKind
from payout_desk.domain.door_text import FIELD_NAMES, LIMITS, MAX_MONEY, char_name, forbidden_char
from payout_desk.domain.money import AmountError, parse_amount
from payout_desk.domain.payout_list import ListedBeneficiary, PayLine
from payout_desk.domain.text import fold, nfc
from payout_desk.exchange.register.cells import (
    Birth,
    check_id,
    is_cash,
    is_home_visit,
    parse_birth,
    parse_sex,
    standing_proxy,
    text_of,
)
from payout_desk.exchange.register.headers import ColumnMap, is_column_number_row
from payout_desk.exchange.register.model import RegisterEntry, RegisterIssue, RegisterResult
from payout_desk.exchange.register.sheets import RawSheet
from payout_desk.lang import Text, t

_ROMAN = re.compile(r"[ivxlc]+\.?")
_GROUP_START = re.compile(r"(xa|thi tran|phuong|huyen|thi xa|quan|thanh pho|tp|khom|ap|thon|to|xom|diem)\b")
_GRAND_TOTAL = re.compile(r"(tong cong|tong so|cong toan|tong\s*[:.]?$)")
_SUBTOTAL = re.compile(r"cong\b")
_WORDS_LINE = re.compile(r"(so tien )?bang chu\b")
_PERSON_FIELDS = ("cccd", "birth", "birth_male", "birth_female", "sex", "point", "category", "address")
# A row's cells as `_entry` takes them.
_CELL_FIELDS = (
    "code name birth birth_male birth_female sex cccd address category point point_code method notes"
)
# The texts a list carries, in the order `_fits_a_list` checks them, and their limits.
_TEXT_FIELDS = (
    "code name cccd address village commune category notes proxy_name proxy_relation point_name point_code"
)
_TEXT_LIMITS = tuple(LIMITS[field] for field in _TEXT_FIELDS.split())


@lru_cache(maxsize=4096)
def _payment(method: str, notes: str) -> tuple[bool, bool, str | None, str | None]:
    """(cash?, home visit?, proxy name, proxy relation) from the method and notes cells."""
    proxy_name, proxy_relation = standing_proxy(notes) if notes else (None, None)
    return is_cash(method, notes), bool(notes) and is_home_visit(notes), proxy_name, proxy_relation


def _texts(cells: list[Any]) -> list[str]:
    return [fold(v) for v in cells if isinstance(v, str) and v.strip()]


def _is_blank(cells: list[Any]) -> bool:
    return all(v is None or v == "" or (isinstance(v, str) and not v.strip()) for v in cells)


class RowReader:
    """Turns the rows below a header into entries and issues."""

    def __init__(self, sheet: RawSheet, columns: ColumnMap) -> None:
        self.sheet, self.columns = sheet, columns
        self.result = RegisterResult(sheet=sheet.name, rows_read=0)
        self.commune = ""
        self._errored: set[int] = set()
        self._rows_by_code: dict[str, list[int]] = defaultdict(list)
        fields = columns.fields
        self._col = {name: fields.get(name) for name in _CELL_FIELDS.split()}
        # Every row is read padded to `_width` cells plus a blank one at the end, where an absent column
        # points (-1): one C call fetches a row's cells, none of them out of range.
        self._width = max((c for c in fields.values() if c is not None), default=0) + 1
        self._cells = itemgetter(
            *(-1 if (c := self._col[name]) is None else c for name in _CELL_FIELDS.split())
        )
        self._money = [(m.index, m.kind.value, m.label) for m in columns.money]
        self._amount_columns = [m.index for m in columns.money] + (
            [columns.total] if columns.total is not None else []
        )
        self._person_columns = [c for name in _PERSON_FIELDS if (c := fields.get(name)) is not None]
        labels = [label for _index, _kind, label in self._money] + [columns.label(columns.total)]
        self._fitting_labels = {
            label for label in labels if len(label) <= LIMITS["label"] and forbidden_char(label) is None
        }

    def read(self) -> RegisterResult:
        rows = self.sheet.rows
        candidates: list[RegisterEntry] = []
        width, fetch = self._width, self._cells
        for index in range(self.columns.first_data_row, len(rows)):
            row = rows[index]
            cells = row + [None] * (max(width - len(row), 0) + 1)
            values = fetch(cells)
            code, name = text_of(values[0]), text_of(values[1])
            person = any(c < len(cells) and cells[c] not in (None, "") for c in self._person_columns)
            if not code and not name and not person and _is_blank(cells):
                continue
            if not code and not person and self._is_summary(cells):
                if self._stops_here(cells) and self.result.rows_read:
                    break  # the grand total or the amount in words: the signature block follows
                continue  # a subtotal, or a total some registers put above the rows
            if not person and not self._has_amount(cells):
                if not is_column_number_row(cells):
                    self._note_group(cells)  # a commune heading, or a stray line of text
                continue
            number = index + 1
            self.result.rows_read += 1
            if code:
                self._rows_by_code[code].append(number)
            entry = self._entry(cells, values, number, code, name)
            if entry is not None:
                candidates.append(entry)
        self._drop_duplicates(candidates)
        self._drop_oversized_points()
        return self.result

    # rows that are not beneficiaries ---------------------------------------------------------------

    def _has_amount(self, cells: list[Any]) -> bool:
        return any(c < len(cells) and cells[c] not in (None, "") for c in self._amount_columns)

    def _stops_here(self, cells: list[Any]) -> bool:
        return any(_GRAND_TOTAL.match(t) or _WORDS_LINE.match(t) for t in _texts(cells))

    def _is_summary(self, cells: list[Any]) -> bool:
        return any(_GRAND_TOTAL.match(t) or _SUBTOTAL.match(t) or _WORDS_LINE.match(t) for t in _texts(cells))

    def _note_group(self, cells: list[Any]) -> None:
        """A commune group row ("I", "XÃ AN PHƯỚC"): remember the commune for the rows below."""
        for value in cells:
            if not isinstance(value, str) or not value.strip():
                continue
            text, folded = nfc(value), fold(value)
            if _ROMAN.fullmatch(folded) or _SUBTOTAL.match(folded):
                continue
            if _GROUP_START.match(folded) or text.isupper():
                self.commune = text
                return

    # beneficiary rows -------------------------------------------------------------------------------

    def _issue(self, row: int, column: int | None, code: str, text: Text, *, error: bool) -> None:
        issue = RegisterIssue(row=row, column=self.columns.label(column), text=text, code=code)
        (self.result.errors if error else self.result.warnings).append(issue)
        if error:
            self._errored.add(row)

    def _lines(self, cells: list[Any], number: int) -> tuple[list[PayLine], int | None, bool]:
        lines, ok, width = [], True, len(cells)
        for column, kind, label in self._money:
            value = cells[column] if column < width else None
            if value is None or value == "":
                continue
            if type(value) is float and value.is_integer() and value > 0:  # the common case, fast
                lines.append(PayLine(kind, label, int(value)))
                continue
            try:
                amount = parse_amount(value)
            except AmountError as exc:
                self._issue(
                    number, column, "bad_amount", t("register.bad_amount", detail=exc.text), error=True
                )
                ok = False
                continue
            if amount:
                lines.append(PayLine(kind, label, amount))
        total: int | None = None
        total_column = self.columns.total
        if total_column is not None:
            try:
                total = parse_amount(cells[total_column] if total_column < width else None)
            except AmountError as exc:
                self._issue(
                    number, total_column, "bad_amount", t("register.bad_amount", detail=exc.text), error=True
                )
                ok = False
        return lines, total, ok

    def _check_lines(self, number: int, lines: list[PayLine], total: int | None) -> list[PayLine]:
        line_sum = sum(line.amount for line in lines)
        if not lines and not total:
            self._issue(number, self.columns.total, "no_amount", t("register.no_amount"), error=True)
        elif not self._money and total:
            return [PayLine(AllowanceKind.MONTHLY.value, self.columns.label(self.columns.total), total)]
        elif total is not None and total != line_sum:
            said = f"{total:,}".replace(",", ".")
            summed = f"{line_sum:,}".replace(",", ".")
            self._issue(
                number,
                self.columns.total,
                "total_mismatch",
                t("register.total_mismatch", total=said, summed=summed),
                error=True,
            )
        return lines

    def _entry(
        self, cells: list[Any], values: tuple[Any, ...], number: int, code: str, name: str
    ) -> RegisterEntry | None:
        """`values`: the row's cells in `_CELL_FIELDS` order (None for an absent column)."""
        _, _, birth_cell, male_cell, female_cell, sex_cell, cccd_cell, address_cell, category_cell, *tail = (
            values
        )
        point_cell, point_code_cell, method_cell, notes_cell = tail
        if not code:
            self._issue(number, self._col["code"], "missing_code", t("register.missing_code"), error=True)
        if not name:
            self._issue(number, self._col["name"], "missing_name", t("register.missing_name"), error=True)
        lines, total, amounts_ok = self._lines(cells, number)
        if amounts_ok:
            lines = self._check_lines(number, lines, total)
        birth = self._birth((birth_cell, male_cell, female_cell), number)
        sex = (
            "M"
            if male_cell not in (None, "")
            else "F"
            if female_cell not in (None, "")
            else parse_sex(sex_cell)
        )
        cccd = self._check_id(cccd_cell, number, birth.year if birth else None, sex)
        point = text_of(point_cell) or self.commune
        if not point:
            self._issue(number, self._col["point"], "missing_point", t("register.missing_point"), error=True)
        if number in self._errored:
            return None
        method, notes = text_of(method_cell), text_of(notes_cell)
        cash, home, proxy_name, proxy_relation = _payment(method, notes)
        address = text_of(address_cell)
        village, _, rest = address.partition(",")
        person = ListedBeneficiary(
            code=code,
            name=name,
            birth_year=birth.year if birth else None,
            birth_date=birth.day.isoformat() if birth and birth.day else None,
            sex=sex,
            cccd=cccd,
            address=address,
            village=village.strip(),
            commune=self.commune or (rest.rpartition(",")[2].strip() if rest else ""),
            category=text_of(category_cell),
            home_visit=home,
            proxy_name=proxy_name,
            proxy_relation=proxy_relation,
            notes=notes,
            lines=tuple(lines),
        )
        point_code = text_of(point_code_cell) or None
        if not self._fits_a_list(number, person, point, point_code):
            return None
        return RegisterEntry(number, point, point_code, cash, method, person)

    def _fits_a_list(
        self, number: int, person: ListedBeneficiary, point: str, point_code: str | None
    ) -> bool:
        """The door's limits and character rule (domain/door.py), as the point laptops' list reader applies
        them: a row they would refuse is an error here, so the office never signs a list a laptop refuses.
        Nearly every row fits: that is checked at once (every length, then every character of the texts
        joined, labels known to fit), and only a row that does not is walked text by text for its errors."""
        texts = (
            person.code,
            person.name,
            person.cccd or "",
            person.address,
            person.village,
            person.commune,
            person.category,
            person.notes,
            person.proxy_name or "",
            person.proxy_relation or "",
            point,
            point_code or "",
        )
        lines = person.lines
        if (
            all(map(le, map(len, texts), _TEXT_LIMITS))
            and "".join(texts).isprintable()
            and all(line.label in self._fitting_labels for line in lines)
            and sum(line.amount for line in lines) <= MAX_MONEY
            and all(line.amount <= MAX_MONEY for line in lines)
        ):
            return True
        return self._check_texts(number, person, point, point_code)

    def _check_texts(
        self, number: int, person: ListedBeneficiary, point: str, point_code: str | None
    ) -> bool:
        col = self._col
        texts = (
            ("code", person.code, col["code"]),
            ("name", person.name, col["name"]),
            ("cccd", person.cccd, col["cccd"]),
            ("address", person.address, col["address"]),
            ("village", person.village, col["address"]),
            ("commune", person.commune, col["address"] if not self.commune else None),
            ("category", person.category, col["category"]),
            ("notes", person.notes, col["notes"]),
            ("proxy_name", person.proxy_name, col["notes"]),
            ("proxy_relation", person.proxy_relation, col["notes"]),
            ("point_name", point, col["point"]),
            ("point_code", point_code, col["point_code"]),
            *(("label", line.label, None) for line in person.lines),
        )
        fits = True
        for field, value, column in texts:
            if not value:
                continue
            limit, bad = LIMITS[field], forbidden_char(value)
            if len(value) > limit:
                text = t("register.text_too_long", field=FIELD_NAMES[field], length=len(value), limit=limit)
                self._issue(number, column, "text_too_long", text, error=True)
                fits = False
            elif bad is not None:
                text = t("register.text_bad_char", field=FIELD_NAMES[field], char=char_name(bad))
                self._issue(number, column, "text_bad_char", text, error=True)
                fits = False
        if person.total > MAX_MONEY or any(line.amount > MAX_MONEY for line in person.lines):
            text = t("register.total_too_large", total=f"{person.total:,}", limit=f"{MAX_MONEY:,}")
            self._issue(number, self.columns.total, "total_too_large", text, error=True)
            fits = False
        return fits

    def _birth(self, cells: tuple[Any, Any, Any], number: int) -> Birth | None:
        """The birth from the first of the birth, birth (male) and birth (female) cells that holds one."""
        for name, value in zip(("birth", "birth_male", "birth_female"), cells, strict=True):
            if value is not None and value != "":
                birth = parse_birth(value)
                if birth is None:
                    self._issue(
                        number,
                        self._col[name],
                        "birth_invalid",
                        t("register.birth_invalid", value=value),
                        error=False,
                    )
                return birth
        return None

    def _check_id(self, value: Any, number: int, birth_year: int | None, sex: str | None) -> str | None:
        check = check_id(value, birth_year=birth_year, sex=sex)
        if check.warning and check.text is not None:
            self._issue(number, self._col["cccd"], check.warning, check.text, error=False)
        if check.also_mismatch:
            self._issue(
                number,
                self._col["cccd"],
                "cccd_mismatch",
                t("register.cccd_mismatch", detail=check.also_mismatch),
                error=False,
            )
        return check.value

    def _drop_oversized_points(self) -> None:
        """A point whose cash rows add up to more than a list may carry (MAX_MONEY): all its rows are errors
        (its list would be refused by every laptop)."""
        totals: dict[str, int] = defaultdict(int)
        for entry in self.result.entries:
            if entry.cash:
                totals[entry.point_code or fold(entry.point_name)] += entry.total
        over = {point for point, total in totals.items() if total > MAX_MONEY}
        if not over:
            return
        kept = []
        for entry in self.result.entries:
            if entry.cash and (entry.point_code or fold(entry.point_name)) in over:
                text = t("register.point_total_too_large", point=entry.point_name, limit=f"{MAX_MONEY:,}")
                self._issue(entry.row, self._col["point"], "point_total_too_large", text, error=True)
            else:
                kept.append(entry)
        self.result.entries = kept
        self.result.errors.sort(key=lambda issue: issue.row)

    def _drop_duplicates(self, candidates: list[RegisterEntry]) -> None:
        """A code on two or more rows: all of them are errors (nobody can tell which is right)."""
        duplicated = {code: rows for code, rows in self._rows_by_code.items() if len(rows) > 1}
        for code, rows in duplicated.items():
            for row in rows:
                others = ", ".join(str(r) for r in rows if r != row)
                self._issue(
                    row,
                    self._col["code"],
                    "duplicate_code",
                    t("register.duplicate_code", code=code, others=others),
                    error=True,
                )
        self.result.entries = [e for e in candidates if e.code not in duplicated]
        self.result.errors.sort(key=lambda issue: issue.row)
        self.result.warnings = sorted(
            (w for w in self.result.warnings if w.row not in self._errored), key=lambda issue: issue.row
        )
