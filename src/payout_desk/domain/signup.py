"""A sign-up for payment by bank account, made at the point (issue 17): the rules, pure.

The clerk records a beneficiary's request: the bank (from the shipped table), the account number typed twice
or read from a VietQR code's text, the holder's name as banks keep it, a mobile phone, and the person's
signature or thumbprint. `SignupForm` is what the clerk gave; `checked_signup` turns it into `SignupFacts`
or refuses it with one sentence. The office's checks over every sign-up of a month (`signup_flags`) are the
register's (issue 17 item 1): `account_invalid`, `bank_unknown`, `account_name_mismatch`, `account_shared`,
plus `not_listed` (a code on none of the month's lists) and `signed_up_twice` (two laptops signed the same
person up).

One sign-up per person per month on a laptop: a second one replaces the first only with a reason (the first
is kept, marked replaced, and both travel to the office).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from payout_desk.domain.accounts import account_number, bank_name_form, holder_matches
from payout_desk.domain.banks import Bank, BankTable
from payout_desk.domain.text import nfc
from payout_desk.domain.vietqr import VietQrError, parse_vietqr
from payout_desk.lang import Explained, t, text_of

PHONE_DIGITS = 10
_PHONE_SEPARATORS = re.compile(r"[\s.\-()]+")


class SignupRefused(Explained, ValueError):
    """A sign-up that cannot be recorded; its Text says why, in one sentence."""


class Source(StrEnum):
    TYPED = "typed"  # typed twice
    QR = "qr"  # read from a VietQR code's text


class SignupFlag(StrEnum):
    ACCOUNT_INVALID = "account_invalid"
    BANK_UNKNOWN = "bank_unknown"
    NAME_MISMATCH = "account_name_mismatch"
    SHARED = "account_shared"
    NOT_LISTED = "not_listed"
    TWICE = "signed_up_twice"


@dataclass(frozen=True, slots=True)
class SignupForm:
    """What the clerk gave (unchecked): `bank` a BIN or a name; `account` and `account_again` typed, or
    `qr` a VietQR code's text (then the account fields may stay empty); `holder` empty → the beneficiary's
    name in bank form."""

    bank: str = ""
    account: str = ""
    account_again: str = ""
    qr: str = ""
    holder: str = ""
    phone: str = ""
    holder_confirmed: bool = False  # the clerk confirmed a holder who is not the beneficiary
    reason: str = ""  # why an earlier sign-up of this month is replaced


@dataclass(frozen=True, slots=True)
class SignupFacts:
    """A sign-up's checked details, as recorded and sent."""

    bank: Bank
    account: str  # digits only
    holder: str  # in bank form
    holder_mismatch: bool
    phone: str  # "" or ten digits starting 0
    source: Source
    normalised: bool  # separators were taken out of the typed number (and the clerk is told)


def phone_number(typed: str) -> str:
    """A Vietnamese mobile number as ten digits starting 0 ("+84 912 345 678" → "0912345678"); "" for none;
    SignupRefused when it is not one."""
    text = _PHONE_SEPARATORS.sub("", nfc(typed))
    if not text:
        return ""
    if text.startswith("+84"):
        text = "0" + text[3:]
    elif text.startswith("84") and len(text) == PHONE_DIGITS + 1:
        text = "0" + text[2:]
    if (
        len(text) != PHONE_DIGITS
        or not text.isascii()
        or not text.isdigit()
        or text[0] != "0"
        or text[1] == "0"
    ):
        raise SignupRefused(t("signups.phone_shape", typed=typed.strip()))
    return text


def _bank(form: SignupForm, table: BankTable, qr_bin: str) -> Bank:
    chosen = table.find(form.bank) if form.bank.strip() else None
    if form.bank.strip() and chosen is None:
        raise SignupRefused(t("signups.bank_unknown", bank=form.bank.strip()))
    if qr_bin:
        from_qr = table.by_bin(qr_bin)
        if from_qr is None:
            raise SignupRefused(t("signups.qr_bank_unknown", bin=qr_bin))
        if chosen is not None and chosen.bin != from_qr.bin:
            raise SignupRefused(t("signups.qr_other_bank", qr=from_qr.short_name, chosen=chosen.short_name))
        return from_qr
    if chosen is None:
        raise SignupRefused(t("signups.bank_missing"))
    return chosen


def _account(form: SignupForm) -> tuple[str, str, Source, bool]:
    """(BIN from a QR or "", digits, source, normalised)."""
    if form.qr.strip():
        try:
            code = parse_vietqr(form.qr)
        except VietQrError as exc:
            raise SignupRefused(text_of(exc)) from exc
        if code.is_card:
            raise SignupRefused(t("signups.qr_card"))
        number = account_number(code.account)
        if not number.valid:
            raise SignupRefused(t("signups.account_bad", typed=code.account))
        if form.account.strip() and account_number(form.account).digits != number.digits:
            raise SignupRefused(t("signups.qr_other_account"))
        return code.bin, number.digits, Source.QR, False
    number = account_number(form.account)
    if not number.valid:
        if number.problem is not None and number.problem.value == "empty":
            raise SignupRefused(t("signups.account_missing"))
        raise SignupRefused(t("signups.account_bad", typed=form.account.strip()))
    if account_number(form.account_again).digits != number.digits:
        raise SignupRefused(t("signups.account_twice"))
    return "", number.digits, Source.TYPED, number.normalised


def checked_signup(form: SignupForm, table: BankTable, beneficiary: str) -> SignupFacts:
    """The sign-up's facts, or SignupRefused naming the first thing wrong: the account (digits, 6–19, typed
    the same twice, or a valid VietQR), the bank known (and the QR's own bank when both are given), the
    phone, and a holder who is not the beneficiary only once the clerk confirmed it."""
    qr_bin, digits, source, normalised = _account(form)
    bank = _bank(form, table, qr_bin)
    holder = bank_name_form(form.holder) if form.holder.strip() else bank_name_form(beneficiary)
    if not holder:
        raise SignupRefused(t("signups.holder_missing"))
    mismatch = not holder_matches(holder, beneficiary)
    if mismatch and not form.holder_confirmed:
        raise SignupRefused(t("signups.holder_unconfirmed", holder=holder, name=beneficiary))
    return SignupFacts(bank, digits, holder, mismatch, phone_number(form.phone), source, normalised)


@dataclass(frozen=True, slots=True)
class SignupSeen:
    """A sign-up as the office holds it, enough for its checks."""

    key: str  # the sign-up's id
    code: str
    name: str  # the beneficiary's name the point had
    bank_bin: str
    account: str
    holder: str
    device: str
    current: bool = True  # not replaced by a later one from the same laptop


def signup_flags(
    signups: Sequence[SignupSeen], listed: Iterable[str], table: BankTable
) -> dict[str, list[SignupFlag]]:
    """Each sign-up's flags (by id), over the month's current sign-ups: the register's account checks,
    a code on none of the month's lists, one account for several people, a person signed up on two laptops."""
    listed_codes = set(listed)
    current = [s for s in signups if s.current]
    people_by_account: dict[tuple[str, str], set[str]] = defaultdict(set)
    devices_by_code: dict[str, set[str]] = defaultdict(set)
    for each in current:
        people_by_account[(each.bank_bin, each.account)].add(each.code)
        devices_by_code[each.code].add(each.device)
    flags: dict[str, list[SignupFlag]] = {}
    for each in signups:
        found: list[SignupFlag] = []
        if not account_number(each.account).valid or account_number(each.account).digits != each.account:
            found.append(SignupFlag.ACCOUNT_INVALID)
        if table.by_bin(each.bank_bin) is None:
            found.append(SignupFlag.BANK_UNKNOWN)
        if not holder_matches(each.holder, each.name):
            found.append(SignupFlag.NAME_MISMATCH)
        if each.current and len(people_by_account[(each.bank_bin, each.account)]) > 1:
            found.append(SignupFlag.SHARED)
        if each.code not in listed_codes:
            found.append(SignupFlag.NOT_LISTED)
        if each.current and len(devices_by_code[each.code]) > 1:
            found.append(SignupFlag.TWICE)
        flags[each.key] = found
    return flags
