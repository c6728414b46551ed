"""What a register import yields: valid entries, and errors/warnings tied to Excel rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from payout_desk.domain.allowances import AllowanceKind


class RegisterFileError(Exception):
    """The file as a whole cannot be imported (unreadable, legacy encoding, no data sheet...).

    The message is shown to the office clerk as is: say what is wrong and what to do.
    """


@dataclass(frozen=True, slots=True)
class EntryLine:
    """One line to pay (khoản chi): a money column of the register with a non-zero amount."""

    kind: AllowanceKind
    label: str  # the column header as written in the register (NFC), e.g. "Trợ cấp hàng tháng"
    amount: int  # whole đồng, > 0


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    """One valid beneficiary row of the register."""

    row: int  # 1-based row number as Excel shows it (CSV: 1-based line number)
    code: str  # mã đối tượng, trimmed
    name: str  # NFC, whitespace collapsed
    birth_year: int | None
    birth_date: date | None  # when the register gives a full date
    sex: str | None  # "M" / "F" / None
    cccd: str | None  # as stored after clean-up (12 digits, or whatever was there when invalid)
    address: str
    village: str  # first part of the address ("ấp 1"), or "" when unknown
    commune: str  # from the group row above ("THỊ TRẤN CÁI NHUM") or the address tail; "" if unknown
    category: str  # loại đối tượng as written
    point_name: str  # điểm chi trả as written (NFC, trimmed)
    point_code: str | None  # when the register has a point-code column
    lines: tuple[EntryLine, ...]
    total: int  # sum of lines (checked against the register's total column when it has one)
    cash: bool  # False for bank-transfer rows ("Chuyển khoản", "CK", "TK"...)
    payment_method: str  # as written, "" when the column is absent
    home_visit: bool  # "Chi trả tại nhà" and similar notes
    proxy_name: str | None  # standing proxy from "Ủy quyền: NAME (relation)"
    proxy_relation: str | None
    notes: str  # the notes cell as written (NFC)


@dataclass(frozen=True, slots=True)
class RegisterIssue:
    """An error (row not importable) or a warning (row imported) tied to one cell."""

    row: int
    column: str  # the column header as written ("Số CCCD"), "" when the row as a whole is at fault
    message: str  # plain words, English or Vietnamese, naming what is wrong
    code: str  # machine code: errors e.g. "missing_code", "missing_name", "bad_amount", "total_mismatch",
    #            "duplicate_code"; warnings "cccd_restored", "cccd_invalid", "cccd_mismatch"


@dataclass(slots=True)
class RegisterResult:
    sheet: str  # the data sheet's name
    rows_read: int  # beneficiary rows found, error rows included
    entries: list[RegisterEntry] = field(default_factory=list)  # valid rows only, in file order
    errors: list[RegisterIssue] = field(default_factory=list)
    warnings: list[RegisterIssue] = field(default_factory=list)

    @property
    def cash_entries(self) -> list[RegisterEntry]:
        return [e for e in self.entries if e.cash]

    @property
    def non_cash(self) -> int:
        return sum(1 for e in self.entries if not e.cash)
