"""Bank account numbers and holders' names (issue 17): what a register, a sign-up or a bank's result gives.

Banks keep an account's holder in capitals without diacritics ("NGUYEN VAN DUNG"), so a holder is compared
with the beneficiary's name folded. An account number is digits only, 6 to 19 of them; a register typed
with spaces, dots or dashes ("1234 5678-90") is normalised, and the caller says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from payout_desk.domain.text import fold, nfc

ACCOUNT_MIN_DIGITS = 6
ACCOUNT_MAX_DIGITS = 19
_SEPARATORS = re.compile(r"[\s.\-_/]+")


class AccountProblem(StrEnum):
    EMPTY = "empty"
    NOT_DIGITS = "not-digits"  # a letter or a sign other than spaces, dots, dashes
    LENGTH = "length"  # fewer than 6 or more than 19 digits


@dataclass(frozen=True, slots=True)
class AccountNumber:
    """An account number as typed, and as banks take it (digits only)."""

    typed: str
    digits: str
    problem: AccountProblem | None = None

    @property
    def valid(self) -> bool:
        return self.problem is None

    @property
    def normalised(self) -> bool:
        """True when separators were taken out ("0123 456-789" → "0123456789")."""
        return self.valid and self.digits != self.typed.strip()


def account_number(typed: str) -> AccountNumber:
    """The account number in a cell or a field: separators taken out, then checked (digits, 6–19)."""
    text = nfc(typed)
    if text.endswith(".0") and text[:-2].isdigit():  # a number cell read as a float by the spreadsheet
        text = typed = text[:-2]
    if not text:
        return AccountNumber(typed, "", AccountProblem.EMPTY)
    digits = _SEPARATORS.sub("", text)
    if not digits.isascii() or not digits.isdigit():
        return AccountNumber(typed, digits, AccountProblem.NOT_DIGITS)
    if not ACCOUNT_MIN_DIGITS <= len(digits) <= ACCOUNT_MAX_DIGITS:
        return AccountNumber(typed, digits, AccountProblem.LENGTH)
    return AccountNumber(typed, digits)


def bank_name_form(name: str) -> str:
    """A name as banks keep it: capitals, no diacritics, one space ("Nguyễn Văn Dũng" → "NGUYEN VAN DUNG")."""
    return fold(name).upper()


def holder_matches(holder: str, beneficiary: str) -> bool:
    """Whether an account's holder is the beneficiary: equal once both are folded (accents, case, spaces)."""
    return bool(fold(holder)) and fold(holder) == fold(beneficiary)


def masked(digits: str, shown: int = 4) -> str:
    """An account number for a public paper: all but its last `shown` digits hidden ("••••••6789")."""
    if len(digits) <= shown:
        return "•" * len(digits)
    return "•" * (len(digits) - shown) + digits[-shown:]
