"""The door for a one-off payment change (domain/oneoff.py): its kind, amount, texts and code, whatever file
or form it comes from."""

from __future__ import annotations

from payout_desk.domain.door_text import LIMITS, MAX_MONEY, text_problem
from payout_desk.domain.oneoff import (
    MAX_FOR_CODE,
    PAYMENT_KINDS,
    OneOffPayment,
    is_payment_code,
    payment_code,
)

_TEXTS = (
    ("for_code", MAX_FOR_CODE),
    ("name", LIMITS["name"]),
    ("recipient_name", LIMITS["proxy_name"]),
    ("recipient_id", LIMITS["proxy_id_number"]),
    ("relation", LIMITS["proxy_relation"]),
    ("reason", LIMITS["reason"]),
)


def payment_problem(code: str, seq: int, payment: OneOffPayment) -> str | None:
    """Why a payment change cannot be stored (None when it is well formed): its kind, a positive amount,
    every text present and within its limit, its code the one `payment_code` gives."""
    if payment.kind not in PAYMENT_KINDS:
        return f"'kind' is not one of {', '.join(PAYMENT_KINDS)}"
    if type(payment.amount) is not int or not 0 < payment.amount <= MAX_MONEY:
        return "'amount' is not a whole number of đồng above zero"
    for field, limit in _TEXTS:
        value = getattr(payment, field)
        problem = text_problem(value, limit)
        if problem is None and not value.strip():
            problem = "is empty"
        if problem is not None:
            return f"'{field}' {problem}"
    if is_payment_code(payment.for_code):
        return "'for' names a payment line, not a person"
    if code != payment_code(payment.for_code, seq):
        return f"its code is not {payment_code(payment.for_code, seq)!r}"
    return None
