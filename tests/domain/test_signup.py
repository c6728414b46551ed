"""A sign-up's rules (domain/signup.py) and its door (domain/door_signup.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.door_signup import SIGNUP_KEYS, signup_problem
from payout_desk.domain.signup import (
    SignupFlag,
    SignupForm,
    SignupRefused,
    SignupSeen,
    Source,
    checked_signup,
    phone_number,
    signup_flags,
)
from payout_desk.domain.vietqr import build_vietqr
from payout_desk.exchange.bank_table import bank_table

NAME = "Nguyễn Văn Dũng"
TABLE = bank_table()


def _refused(form: SignupForm, name: str = NAME) -> str:
    with pytest.raises(SignupRefused) as info:
        checked_signup(form, TABLE, name)
    return info.value.text.en


def test_a_typed_account_with_separators_is_normalised_and_said_so():
    facts = checked_signup(
        SignupForm(
            bank="Agribank", account="1234 5678-90", account_again="1234567890", phone="+84 912 345 678"
        ),
        TABLE,
        NAME,
    )
    assert (facts.bank.bin, facts.account, facts.holder) == ("970405", "1234567890", "NGUYEN VAN DUNG")
    assert facts.normalised and not facts.holder_mismatch and facts.source is Source.TYPED
    assert facts.phone == "0912345678"


def test_a_vietqr_gives_bank_and_account():
    qr = build_vietqr("970436", "0071000123456")
    facts = checked_signup(SignupForm(qr=qr), TABLE, NAME)
    assert (facts.bank.short_name, facts.account, facts.source) == ("Vietcombank", "0071000123456", Source.QR)


@pytest.mark.parametrize(
    "form, words",
    [
        (SignupForm(bank="Agribank"), "Type the account number"),
        (SignupForm(bank="Agribank", account="12345", account_again="12345"), "6 to 19"),
        (SignupForm(bank="Agribank", account="12345a789", account_again="12345a789"), "digits only"),
        (SignupForm(bank="Agribank", account="123456789", account_again="123456780"), "does not match"),
        (SignupForm(account="123456789", account_again="123456789"), "Choose the bank"),
        (SignupForm(bank="Ngân hàng Mặt Trăng", account="123456789", account_again="123456789"), "No bank"),
        (SignupForm(bank="Agribank", qr=build_vietqr("970436", "0071000123456")), "not the bank chosen"),
        (SignupForm(qr=build_vietqr("999999", "0071000123456")), "not in the table of banks"),
        (SignupForm(qr=build_vietqr("970436", "0071000123456", card=True)), "a card's"),
        (SignupForm(qr=build_vietqr("970436", "0071000123456")[:-1] + "0"), "CRC"),
        (SignupForm(bank="VCB", account="123456789", account_again="123456789", phone="12345"), "phone"),
        (
            SignupForm(bank="VCB", account="123456789", account_again="123456789", holder="TRAN THI MAI"),
            "confirm",
        ),
    ],
)
def test_each_bad_form_is_refused_with_one_sentence(form, words):
    said = _refused(form)
    assert words in said and "\n" not in said


def test_a_holder_who_is_not_the_beneficiary_is_taken_once_confirmed():
    form = SignupForm(bank="VCB", account="123456789", account_again="123456789", holder="Trần Thị Mai",
                      holder_confirmed=True)  # fmt: skip
    facts = checked_signup(form, TABLE, NAME)
    assert facts.holder == "TRAN THI MAI" and facts.holder_mismatch


@pytest.mark.parametrize(
    "typed, digits",
    [("0912345678", "0912345678"), ("+84912345678", "0912345678"), ("84 912 345 678", "0912345678"),
     ("091.234.5678", "0912345678"), ("", "")],
)  # fmt: skip
def test_phone_numbers(typed, digits):
    assert phone_number(typed) == digits


@pytest.mark.parametrize("typed", ["0012345678", "091234567", "09123456789", "+1 202 555 0100", "09I2345678"])
def test_bad_phone_numbers(typed):
    with pytest.raises(SignupRefused):
        phone_number(typed)


def _seen(key, code, *, account="1234567890", device="D1", name=NAME, holder="NGUYEN VAN DUNG",
          bin_code="970405", current=True):  # fmt: skip
    return SignupSeen(key, code, name, bin_code, account, holder, device, current)


def test_the_offices_flags():
    signups = [
        _seen("a", "NCC001"),
        _seen("b", "NCC002", name="Lê Văn Tám", holder="NGUYEN VAN DUNG"),  # same account, other name
        _seen("c", "NCC003", account="12AB", bin_code="111111", name="X", holder="X"),
        _seen("d", "NCC004", account="555555555", name="X", holder="X"),
        _seen("e", "NCC004", account="666666666", device="D2", name="X", holder="X"),
        _seen("f", "NCC005", account="777777777", name="X", holder="X", current=False),
        _seen("g", "NCC005", account="777777777", name="X", holder="X"),
    ]
    flags = signup_flags(signups, ["NCC001", "NCC002", "NCC004", "NCC005"], TABLE)
    assert flags["a"] == [SignupFlag.SHARED]
    assert flags["b"] == [SignupFlag.NAME_MISMATCH, SignupFlag.SHARED]
    assert flags["c"] == [SignupFlag.ACCOUNT_INVALID, SignupFlag.BANK_UNKNOWN, SignupFlag.NOT_LISTED]
    assert flags["d"] == flags["e"] == [SignupFlag.TWICE]
    assert flags["f"] == flags["g"] == []  # a replaced sign-up on the same laptop is not a second one


def good_record() -> dict[str, object]:
    return {
        "id": "0b7f3c1e-1d2a-4c5b-9e8f-1234567890ab", "code": "NCC001", "name": NAME, "bank_bin": "970405",
        "account": "1234567890", "holder": "NGUYEN VAN DUNG", "holder_mismatch": False, "phone": "0912345678",
        "signature": "a" * 64, "thumbprint": False, "staff": "Lan", "at_utc": "2026-12-03T01:02:03.000001Z",
        "at_local": "2026-12-03T08:02:03+07:00", "source": "typed", "normalised": False, "replaces": None,
        "reason": "",
    }  # fmt: skip


BINS = {bank.bin for bank in TABLE}


def test_a_good_record_passes_the_door():
    assert set(good_record()) == SIGNUP_KEYS
    assert signup_problem(good_record(), BINS) is None


@pytest.mark.parametrize(
    "field, value, words",
    [
        ("account", "12345", "digits"),
        ("account", "1234 56789", "digits"),
        ("account", "١٢٣٤٥٦٧٨", "digits"),
        ("bank_bin", "97040", "six digits"),
        ("bank_bin", "999999", "no bank"),
        ("holder", "A" * 201, "longer"),
        ("name", "x\u202ey", "forbidden"),
        ("code", "", "empty"),
        ("phone", "12345", "mobile"),
        ("signature", None, "neither"),
        ("signature", "zz", "SHA-256"),
        ("thumbprint", 1, "true or false"),
        ("at_utc", "yesterday", "UTC"),
        ("at_local", "2026-12-03T08:02:03Z", "local"),
        ("source", "guess", "source"),
        ("replaces", "0b7f3c1e-1d2a-4c5b-9e8f-1234567890ac", "without a reason"),
        ("id", "../../x", "identifier"),
        ("extra", 1, "unexpected"),
    ],
)
def test_the_door_refuses_each_bad_field(field, value, words):
    record = good_record()
    record[field] = value
    problem = signup_problem(record, BINS)
    assert problem is not None and words in problem


@given(st.dictionaries(st.sampled_from(sorted(SIGNUP_KEYS | {"x"})), st.one_of(st.none(), st.booleans(),
       st.integers(), st.text(max_size=30)), max_size=20))  # fmt: skip
def test_the_door_is_total(record):
    problem = signup_problem(record, BINS)
    assert problem is None or isinstance(problem, str)
