"""Account numbers as typed (digits, 6–19, separators normalised) and holders compared folded."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.accounts import (
    AccountProblem,
    account_number,
    bank_name_form,
    holder_matches,
    masked,
)


@pytest.mark.parametrize(
    ("typed", "digits", "normalised"),
    [
        ("0123456789", "0123456789", False),
        (" 0123456789 ", "0123456789", False),
        ("0123 456 789", "0123456789", True),
        ("0123-456-789", "0123456789", True),
        ("0123.456.789", "0123456789", True),
        ("123456", "123456", False),
        ("1234567890123456789", "1234567890123456789", False),
        ("12345678.0", "12345678", False),  # a number cell read as a float
    ],
)
def test_valid_accounts(typed: str, digits: str, normalised: bool) -> None:
    account = account_number(typed)
    assert account.valid and account.digits == digits and account.normalised is normalised


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", AccountProblem.EMPTY),
        ("   ", AccountProblem.EMPTY),
        ("12345", AccountProblem.LENGTH),
        ("12345678901234567890", AccountProblem.LENGTH),
        ("0123A56789", AccountProblem.NOT_DIGITS),
        ("0123,456", AccountProblem.NOT_DIGITS),
        ("١٢٣٤٥٦٧", AccountProblem.NOT_DIGITS),  # Arabic-Indic digits are not what banks take
    ],
)
def test_invalid_accounts(typed: str, problem: AccountProblem) -> None:
    account = account_number(typed)
    assert not account.valid and account.problem is problem


@given(st.text(alphabet="0123456789 -.", max_size=30))
def test_an_account_is_valid_exactly_when_its_digits_are_6_to_19(typed: str) -> None:
    account = account_number(typed)
    digits = "".join(ch for ch in typed if ch.isdigit())
    assert account.valid == (6 <= len(digits) <= 19)
    if account.valid:
        assert account.digits == digits


def test_holder_names_compare_as_banks_keep_them() -> None:
    assert bank_name_form("Nguyễn Văn Dũng") == "NGUYEN VAN DUNG"
    assert bank_name_form("Đặng  Thị   Hoà") == "DANG THI HOA"
    assert holder_matches("NGUYEN VAN DUNG", "Nguyễn Văn Dũng")
    assert holder_matches("nguyen  van dung", "NGUYỄN VĂN DŨNG")
    assert not holder_matches("NGUYEN VAN DUNG", "Nguyễn Văn Dung Anh")
    assert not holder_matches("", "")


def test_masked_shows_only_the_last_digits() -> None:
    assert masked("0123456789") == "••••••6789"
    assert masked("123") == "•••"
