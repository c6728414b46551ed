"""Walking the data rows under the header: skip what is not a beneficiary, parse and check what is."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from payout_desk.domain.allowances import AllowanceKind
from payout_desk.domain.money import AmountError, parse_amount
from payout_desk.domain.text import fold, nfc
from payout_desk.exchange.register.cells import (
    check_id,
    is_cash,
    is_home_visit,
    parse_birth,
    parse_sex,
    standing_proxy,
    text_of,
)
from payout_desk.exchange.register.headers import ColumnMap, is_column_number_row
from payout_desk.exchange.register.model import EntryLine, RegisterEntry, RegisterIssue, RegisterResult
from payout_desk.exchange.register.sheets import RawSheet

_ROMAN = re.compile(r"[ivxlc]+\.?")
_GROUP_START = re.compile(r"(xa|thi tran|phuong|huyen|thi xa|quan|thanh pho|tp|khom|ap|thon|to|xom|diem)\b")
_GRAND_TOTAL = re.compile(r"(tong cong|tong so|cong toan|tong\s*[:.]?$)")
_SUBTOTAL = re.compile(r"cong\b")
_WORDS_LINE = re.compile(r"(so tien )?bang chu\b")


_PERSON_FIELDS = ("cccd", "birth", "birth_male", "birth_female", "sex", "point", "category", "address")


class _Row:
    """One sheet row seen through the column map."""

    __slots__ = ("cells", "columns", "number")

    def __init__(self, cells: list[Any], columns: ColumnMap, number: int) -> None:
        self.cells, self.columns, self.number = cells, columns, number

    def raw(self, name: str) -> Any:
        column = self.columns.fields.get(name)
        return self.cells[column] if column is not None and column < len(self.cells) else None

    def text(self, name: str) -> str:
        return text_of(self.raw(name))


def _texts(cells: list[Any]) -> list[str]:
    return [fold(str(v)) for v in cells if isinstance(v, str) and v.strip()]


def _is_blank(cells: list[Any]) -> bool:
    return all(v is None or v == "" or (isinstance(v, str) and not v.strip()) for v in cells)


class RowReader:
    """Turns the rows below a header into entries and issues."""

    def __init__(self, sheet: RawSheet, columns: ColumnMap) -> None:
        self.sheet, self.columns = sheet, columns
        self.result = RegisterResult(sheet=sheet.name, rows_read=0)
        self.commune = ""
        self._row_errors: dict[int, int] = defaultdict(int)
        self._rows_by_code: dict[str, list[int]] = defaultdict(list)

    def read(self) -> RegisterResult:
        candidates: list[RegisterEntry] = []
        for index in range(self.columns.first_data_row, len(self.sheet.rows)):
            cells = self.sheet.rows[index]
            if _is_blank(cells) or is_column_number_row(cells):
                continue
            row = _Row(cells, self.columns, index + 1)
            code, name = row.text("code"), row.text("name")
            person = any(row.raw(f) not in (None, "") for f in _PERSON_FIELDS)
            if not code and not person and self._is_summary(cells):
                if self._stops_here(cells):
                    break  # the grand total or the amount in words: the signature block follows
                continue  # a subtotal
            if not person and not self._has_amount(cells):
                self._note_group(cells)  # a commune heading, or a stray line of text
                continue
            self.result.rows_read += 1
            if code:
                self._rows_by_code[code].append(row.number)
            entry = self._entry(row, code, name)
            if entry is not None:
                candidates.append(entry)
        self._drop_duplicates(candidates)
        return self.result

    # rows that are not beneficiaries ---------------------------------------------------------------

    def _stops_here(self, cells: list[Any]) -> bool:
        """The grand total or the amount-in-words line: the signature block follows."""
        return any(_GRAND_TOTAL.match(t) or _WORDS_LINE.match(t) for t in _texts(cells))

    def _has_amount(self, cells: list[Any]) -> bool:
        columns = [m.index for m in self.columns.money]
        if self.columns.total is not None:
            columns.append(self.columns.total)
        return any(c < len(cells) and cells[c] not in (None, "") for c in columns)

    def _is_summary(self, cells: list[Any]) -> bool:
        return any(_GRAND_TOTAL.match(t) or _SUBTOTAL.match(t) or _WORDS_LINE.match(t) for t in _texts(cells))

    def _note_group(self, cells: list[Any]) -> None:
        """A commune group row ("I", "XÃ AN PHƯỚC"): remember the commune for the rows below."""
        texts = [nfc(str(v)) for v in cells if isinstance(v, str) and v.strip()]
        for text in texts:
            folded = fold(text)
            if _ROMAN.fullmatch(folded) or _SUBTOTAL.match(folded):
                continue
            if _GROUP_START.match(folded) or text.isupper():
                self.commune = text
                return

    # beneficiary rows -------------------------------------------------------------------------------

    def _issue(self, row: int, column: int | None, code: str, message: str, *, error: bool) -> None:
        issue = RegisterIssue(row=row, column=self.columns.label(column), message=message, code=code)
        (self.result.errors if error else self.result.warnings).append(issue)
        if error:
            self._row_errors[row] += 1

    def _lines(self, row: _Row) -> tuple[list[EntryLine], int | None, bool]:
        lines, ok = [], True
        for money in self.columns.money:
            value = row.cells[money.index] if money.index < len(row.cells) else None
            try:
                amount = parse_amount(value)
            except AmountError as exc:
                self._issue(row.number, money.index, "bad_amount", f"not an amount: {exc}", error=True)
                ok = False
                continue
            if amount:
                lines.append(EntryLine(kind=money.kind, label=money.label, amount=amount))
        total = None
        if self.columns.total is not None:
            value = row.cells[self.columns.total] if self.columns.total < len(row.cells) else None
            try:
                total = parse_amount(value)
            except AmountError as exc:
                self._issue(row.number, self.columns.total, "bad_amount", f"not an amount: {exc}", error=True)
                ok = False
        return lines, total, ok

    def _entry(self, row: _Row, code: str, name: str) -> RegisterEntry | None:
        number = row.number
        fields = self.columns.fields
        if not code:
            self._issue(number, fields.get("code"), "missing_code", "no beneficiary code", error=True)
        if not name:
            self._issue(number, fields.get("name"), "missing_name", "no name", error=True)
        lines, total, amounts_ok = self._lines(row)
        line_sum = sum(line.amount for line in lines)
        if amounts_ok:
            if not lines and not total:
                self._issue(
                    number, self.columns.total, "no_amount", "no amount to pay on this row", error=True
                )
            elif not self.columns.money and total:
                lines = [EntryLine(AllowanceKind.MONTHLY, self.columns.label(self.columns.total), total)]
            elif total is not None and total != line_sum:
                self._issue(
                    number,
                    self.columns.total,
                    "total_mismatch",
                    f"the total {total:,} is not the sum of the amounts {line_sum:,}".replace(",", "."),
                    error=True,
                )
        birth = self._birth(row)
        sex = self._sex(row)
        cccd = self._check_id(row, birth.year if birth else None, sex)
        point = row.text("point") or self.commune
        if not point:
            self._issue(number, fields.get("point"), "missing_point", "no payout point", error=True)
        if self._row_errors[number]:
            return None
        return self._build(
            row, code=code, name=name, birth=birth, sex=sex, cccd=cccd, lines=lines, point=point
        )

    def _birth(self, row: _Row) -> Any:
        for name in ("birth", "birth_male", "birth_female"):
            value = row.raw(name)
            if value not in (None, ""):
                birth = parse_birth(value)
                if birth is None:
                    self._issue(
                        row.number,
                        self.columns.fields[name],
                        "birth_invalid",
                        f"cannot read the birth year or date {value!r}",
                        error=False,
                    )
                return birth
        return None

    def _sex(self, row: _Row) -> str | None:
        if row.raw("birth_male") not in (None, ""):
            return "M"
        if row.raw("birth_female") not in (None, ""):
            return "F"
        return parse_sex(row.raw("sex"))

    def _check_id(self, row: _Row, birth_year: int | None, sex: str | None) -> str | None:
        check = check_id(row.raw("cccd"), birth_year=birth_year, sex=sex)
        row_id_column = self.columns.fields.get("cccd")
        if check.warning:
            self._issue(row.number, row_id_column, check.warning, check.message, error=False)
        if check.also_mismatch:
            self._issue(
                row.number,
                row_id_column,
                "cccd_mismatch",
                f"the CCCD disagrees with the row: {check.also_mismatch}",
                error=False,
            )
        return check.value

    def _build(
        self,
        row: _Row,
        *,
        code: str,
        name: str,
        birth: Any,
        sex: str | None,
        cccd: str | None,
        lines: list[EntryLine],
        point: str,
    ) -> RegisterEntry:
        address = row.text("address")
        notes = row.text("notes")
        method = row.text("method")
        proxy_name, proxy_relation = standing_proxy(notes)
        parts = [p.strip() for p in address.split(",") if p.strip()]
        return RegisterEntry(
            row=row.number,
            code=code,
            name=name,
            birth_year=birth.year if birth else None,
            birth_date=birth.day if birth else None,
            sex=sex,
            cccd=cccd,
            address=address,
            village=parts[0] if parts else "",
            commune=self.commune or (parts[-1] if len(parts) > 1 else ""),
            category=row.text("category"),
            point_name=point,
            point_code=row.text("point_code") or None,
            lines=tuple(lines),
            total=sum(line.amount for line in lines),
            cash=is_cash(method, notes),
            payment_method=method,
            home_visit=is_home_visit(notes),
            proxy_name=proxy_name,
            proxy_relation=proxy_relation,
            notes=notes,
        )

    def _drop_duplicates(self, candidates: list[RegisterEntry]) -> None:
        """A code on two or more rows: all of them are errors (nobody can tell which is right)."""
        duplicated = {code: rows for code, rows in self._rows_by_code.items() if len(rows) > 1}
        for code, rows in duplicated.items():
            for row in rows:
                others = ", ".join(str(r) for r in rows if r != row)
                self._issue(
                    row,
                    self.columns.fields.get("code"),
                    "duplicate_code",
                    f"beneficiary code {code} is also on row(s) {others}",
                    error=True,
                )
        self.result.entries = [e for e in candidates if e.code not in duplicated]
        self.result.errors.sort(key=lambda issue: issue.row)
        self.result.warnings = [w for w in self.result.warnings if not self._row_errors[w.row]]
        self.result.warnings.sort(key=lambda issue: issue.row)
