"""What a register import yields: valid entries, and errors/warnings tied to Excel rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from payout_desk.domain.accounts import AccountNumber
from payout_desk.domain.banks import Bank
from payout_desk.domain.month import Month
from payout_desk.domain.payout_list import ListedBeneficiary
from payout_desk.lang import Explained, Text


class RegisterFileError(Explained):
    """The file as a whole cannot be imported (unreadable, legacy encoding, no data sheet...).

    The message is shown to the office clerk as is: say what is wrong and what to do.
    """


@dataclass(frozen=True, slots=True)
class AccountCells:
    """A transfer row's account as the register gives it, checked."""

    number: AccountNumber
    bank_text: str  # the bank cell as written
    bank: Bank | None  # None when the cell names no bank the table knows
    holder: str  # as written, "" when the register names none

    @property
    def usable(self) -> bool:
        """The account can go into a bank batch: digits of a length banks use, and a known bank."""
        return self.number.valid and self.bank is not None


@dataclass(slots=True)
class RegisterEntry:
    """One valid beneficiary row of the register: the person as the list will carry them, and where
    the register says they are paid."""

    row: int  # 1-based row number as Excel shows it (CSV: 1-based line number)
    point_name: (
        str  # điểm chi trả as written (NFC, trimmed); the commune when the register has no point column
    )
    point_code: str | None  # when the register has a point-code column
    cash: bool  # False for bank-transfer rows ("Chuyển khoản", "CK", "TK"...)
    payment_method: str  # as written, "" when the column is absent
    person: ListedBeneficiary  # code, name, birth, sex, CCCD, address, category, lines, proxy, notes…
    account: AccountCells | None = None  # a transfer row of a register with account columns (issue 17)

    @property
    def code(self) -> str:
        return self.person.code

    @property
    def name(self) -> str:
        return self.person.name

    @property
    def total(self) -> int:
        return self.person.total

    @property
    def home_visit(self) -> bool:
        return self.person.home_visit

    @property
    def proxy_name(self) -> str | None:
        return self.person.proxy_name


@dataclass(frozen=True, slots=True)
class RegisterIssue:
    """An error (row not importable) or a warning (row imported) tied to one cell."""

    row: int
    column: str  # the column header as written ("Số CCCD"), "" when the row as a whole is at fault
    text: Text  # plain words naming what is wrong, in either language
    code: str  # machine code: errors e.g. "missing_code", "missing_name", "bad_amount", "total_mismatch",
    #            "duplicate_code"; warnings "cccd_restored", "cccd_invalid", "cccd_mismatch"

    @property
    def message(self) -> str:
        """The English words (the CLI's JSON, logs and tests); `text` says it in either language."""
        return self.text.en


@dataclass(slots=True)
class RegisterResult:
    sheet: str  # the data sheet's name
    rows_read: int  # beneficiary rows found, error rows included
    entries: list[RegisterEntry] = field(default_factory=list)  # valid rows only, in file order
    errors: list[RegisterIssue] = field(default_factory=list)
    warnings: list[RegisterIssue] = field(default_factory=list)
    # Excel row → its cells as (column, header as written, value as text), for rows with an issue: what
    # the office clerk sees when opening an error, without going back to Excel
    cells: dict[int, list[tuple[str, str, str]]] = field(default_factory=dict)
    title_month: Month | None = None  # the month the title above the header names, if it names one

    @property
    def cash_entries(self) -> list[RegisterEntry]:
        return [e for e in self.entries if e.cash]

    @property
    def non_cash(self) -> int:
        return sum(1 for e in self.entries if not e.cash)
