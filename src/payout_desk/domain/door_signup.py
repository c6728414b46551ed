"""The door for a sign-up for payment by account (domain/signup.py), whatever file brings it: a laptop's
sync file is signed, but what it says is still checked before anything is stored.

A sign-up travels as one JSON object with exactly `SIGNUP_KEYS`; `signup_problem` says what is wrong with
one (None when it is well formed): every text within its limit and the door's character rule, the account
6–19 ASCII digits, the BIN six digits and a bank the table knows, the phone empty or ten digits starting 0,
a signature's SHA-256 or a thumbprint (one of them), the times as the app writes them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any

from payout_desk.domain.accounts import ACCOUNT_MAX_DIGITS, ACCOUNT_MIN_DIGITS
from payout_desk.domain.door import utc_time_problem
from payout_desk.domain.door_text import LIMITS, text_problem

SIGNUP_KEYS = frozenset(
    (
        "id", "code", "name", "bank_bin", "account", "holder", "holder_mismatch", "phone", "signature",
        "thumbprint", "staff", "at_utc", "at_local", "source", "normalised", "replaces", "reason",
    )
)  # fmt: skip
SOURCES = ("typed", "qr")
MAX_SIGNUPS = 200_000  # one per person of a list (a list holds at most 200,000)

_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII)
_SHA = re.compile(r"[0-9a-f]{64}", re.ASCII)
_LOCAL = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", re.ASCII)
_TEXTS = (
    ("code", LIMITS["code"], True),
    ("name", LIMITS["name"], True),
    ("holder", LIMITS["name"], True),
    ("staff", LIMITS["staff"], True),
    ("reason", LIMITS["reason"], False),
)


def _digits(value: object, low: int, high: int) -> bool:
    return type(value) is str and value.isascii() and value.isdigit() and low <= len(value) <= high


def _shape_problem(record: Mapping[str, Any]) -> str | None:
    if set(record) != SIGNUP_KEYS:
        missing, extra = sorted(SIGNUP_KEYS - set(record)), sorted(set(record) - SIGNUP_KEYS)
        return f"its fields are not the sign-up's (missing {missing}, unexpected {extra})"
    if type(record["id"]) is not str or not _ID.fullmatch(record["id"]):
        return "'id' is not an identifier"
    for field, limit, needed in _TEXTS:
        problem = text_problem(record[field], limit)
        if problem is None and needed and not record[field].strip():
            problem = "is empty"
        if problem is not None:
            return f"'{field}' {problem}"
    for field in ("holder_mismatch", "thumbprint", "normalised"):
        if type(record[field]) is not bool:
            return f"'{field}' is not true or false"
    if record["source"] not in SOURCES:
        return f"'source' is not one of {', '.join(SOURCES)}"
    return None


def signup_problem(record: Mapping[str, Any], known_bins: Collection[str]) -> str | None:
    """Why a sign-up from a file cannot be stored (None when it can)."""
    if not isinstance(record, Mapping):
        return "is not an object"
    problem = _shape_problem(record)
    if problem is not None:
        return problem
    if not _digits(record["account"], ACCOUNT_MIN_DIGITS, ACCOUNT_MAX_DIGITS):
        return f"'account' is not {ACCOUNT_MIN_DIGITS} to {ACCOUNT_MAX_DIGITS} digits"
    if not _digits(record["bank_bin"], 6, 6):
        return "'bank_bin' is not six digits"
    if record["bank_bin"] not in known_bins:
        return f"'bank_bin' {record['bank_bin']} is no bank in the table"
    phone = record["phone"]
    if phone != "" and not (_digits(phone, 10, 10) and phone[0] == "0"):
        return "'phone' is not a mobile number of ten digits starting 0"
    signature = record["signature"]
    if signature is not None and (type(signature) is not str or not _SHA.fullmatch(signature)):
        return "'signature' is not an image's SHA-256"
    if (signature is None) == (not record["thumbprint"]):
        return "it is neither signed nor thumbprinted, or both"
    if utc_time_problem(record["at_utc"]) is not None:
        return "'at_utc' is not a UTC time as the app writes it"
    if type(record["at_local"]) is not str or not _LOCAL.fullmatch(record["at_local"]):
        return "'at_local' is not a local time as the app writes it"
    replaces = record["replaces"]
    if replaces is not None and (type(replaces) is not str or not _ID.fullmatch(replaces)):
        return "'replaces' is not an identifier"
    if replaces is not None and not record["reason"].strip():
        return "it replaces an earlier sign-up without a reason"
    return None
