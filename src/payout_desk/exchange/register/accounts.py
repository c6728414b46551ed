"""A register's account columns (issue 17): for each row paid by transfer, the account number, its bank
and its holder, checked — warnings tied to row and column, never errors (the row is still the person's:
an account that cannot be used only keeps them out of a bank batch).

Warnings: `account_invalid` (missing, not digits, wrong length, a number cell too long for Excel to keep),
`account_number_cell` (a number cell: Excel drops leading zeros, which cannot be restored), `account_normalised`
(spaces, dots or dashes taken out), `bank_unknown`, `account_name_mismatch` (holder ≠ beneficiary, folded),
`account_shared` (one account for several beneficiaries: each row names the others), `account_text_bad` (a
holder cell the door's text rule refuses: a hidden character, or too long; an account or bank cell like that is
`account_invalid` or `bank_unknown`, its text not kept)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from payout_desk.domain.accounts import (
    AccountNumber,
    AccountProblem,
    account_number,
    bank_name_form,
    holder_matches,
)
from payout_desk.domain.banks import BankTable
from payout_desk.domain.door_text import text_problem
from payout_desk.domain.printable import printable
from payout_desk.exchange.register.cells import text_of
from payout_desk.exchange.register.headers import ColumnMap
from payout_desk.exchange.register.model import AccountCells, RegisterIssue, RegisterResult
from payout_desk.exchange.register.sheets import RawSheet
from payout_desk.lang import Text, t

ACCOUNT_FIELDS = ("account", "bank", "holder")
ACCOUNT_LIMIT, TEXT_LIMIT = 64, 200  # transfer_lines.account; .bank_text and .holder
EXCEL_DIGITS = 15  # a number cell keeps 15 significant digits; a longer account typed as a number is lost


def has_account_columns(columns: ColumnMap) -> bool:
    return any(name in columns.fields for name in ACCOUNT_FIELDS)


def _cell(sheet: RawSheet, row: int, column: int | None) -> Any:
    if column is None or not 0 < row <= len(sheet.rows):
        return None
    cells = sheet.rows[row - 1]
    return cells[column] if column < len(cells) else None


def _number(value: Any) -> tuple[AccountNumber, bool]:
    """The account number of a cell, and whether the cell was a number (Excel drops leading zeros)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return account_number(text_of(value)), False
    if isinstance(value, float) and not value.is_integer():
        return account_number(repr(value)), True
    digits = str(int(value))
    if len(digits) > EXCEL_DIGITS:  # Excel kept only 15 significant digits: the rest became zeros
        return account_number("?" + digits), True
    return account_number(digits), True


def _why(number: AccountNumber, *, too_long: bool) -> Text:
    if too_long:
        return t("bank.account_too_long_for_excel")
    if number.problem is AccountProblem.EMPTY:
        return t("bank.account_empty")
    if number.problem is AccountProblem.NOT_DIGITS:
        return t("bank.account_not_digits")
    return t("bank.account_length")


class AccountReader:
    """Reads the account columns of the transfer rows of a register already read by RowReader."""

    def __init__(self, sheet: RawSheet, columns: ColumnMap, banks: BankTable) -> None:
        self.sheet, self.columns, self.banks = sheet, columns, banks
        self.col = {name: columns.fields.get(name) for name in ACCOUNT_FIELDS}
        self.warnings: list[RegisterIssue] = []

    def read(self, result: RegisterResult) -> None:
        """Each transfer entry gets its `account`; the warnings join the result's, in row order."""
        if not has_account_columns(self.columns):
            return
        holders: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for entry in result.entries:
            if entry.cash:
                continue
            entry.account = self._account(entry.row, entry.name)
            if entry.account.number.valid:
                holders[entry.account.number.digits].append((entry.row, entry.code))
        self._shared(holders)
        result.warnings = sorted([*result.warnings, *self.warnings], key=lambda issue: issue.row)

    def _warn(self, row: int, field: str, code: str, text: Text) -> None:
        self.warnings.append(RegisterIssue(row, self.columns.label(self.col[field]), text, code))

    def _account(self, row: int, name: str) -> AccountCells:
        value = _cell(self.sheet, row, self.col["account"])
        number, number_cell = _number(value)
        if text_problem(text_of(value), ACCOUNT_LIMIT) is not None:  # the door's rule: stored text only
            number = AccountNumber("", "", AccountProblem.NOT_DIGITS)
            shown = printable(text_of(value))[:ACCOUNT_LIMIT]
            self._warn(
                row, "account", "account_invalid",
                t("bank.account_invalid", number=shown, why=t("bank.cell_text_bad", limit=ACCOUNT_LIMIT)),
            )  # fmt: skip
        elif not number.valid:
            shown = text_of(value).removeprefix("?")
            why = _why(number, too_long=number_cell and len(shown) > EXCEL_DIGITS)
            self._warn(row, "account", "account_invalid", t("bank.account_invalid", number=shown, why=why))
        elif number_cell:
            self._warn(
                row, "account", "account_number_cell", t("bank.account_number_cell", number=number.digits)
            )
        elif number.normalised:
            self._warn(
                row,
                "account",
                "account_normalised",
                t("bank.account_normalised", typed=number.typed.strip(), digits=number.digits),
            )
        bank_text = text_of(_cell(self.sheet, row, self.col["bank"]))
        if text_problem(bank_text, TEXT_LIMIT) is not None:
            bank_text = ""
            self._warn(row, "bank", "bank_unknown", t("bank.cell_text_bad", limit=TEXT_LIMIT))
            return self._holder(row, name, AccountCells(number, "", None, ""))
        bank = self.banks.find(bank_text) if bank_text else None
        if bank is None:
            text = t("bank.bank_unknown", bank=bank_text) if bank_text else t("bank.bank_missing")
            self._warn(row, "bank", "bank_unknown", text)
        return self._holder(row, name, AccountCells(number, bank_text, bank, ""))

    def _holder(self, row: int, name: str, cells: AccountCells) -> AccountCells:
        holder = text_of(_cell(self.sheet, row, self.col["holder"]))
        if text_problem(holder, TEXT_LIMIT) is not None:
            self._warn(row, "holder", "account_text_bad", t("bank.cell_text_bad", limit=TEXT_LIMIT))
            return cells
        if holder and not holder_matches(holder, name):
            self._warn(
                row,
                "holder",
                "account_name_mismatch",
                t("bank.account_name_mismatch", holder=bank_name_form(holder), name=bank_name_form(name)),
            )
        return replace(cells, holder=holder)

    def _shared(self, holders: dict[str, list[tuple[int, str]]]) -> None:
        for digits, rows in holders.items():
            if len(rows) < 2:
                continue
            for row, _code in rows:
                others = ", ".join(f"{code} ({number})" for number, code in rows if number != row)
                self._warn(
                    row, "account", "account_shared", t("bank.account_shared", digits=digits, others=others)
                )
