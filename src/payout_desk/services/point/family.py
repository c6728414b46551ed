"""Paying a one-off payment to a deceased person's family at the point (domain/oneoff.py): only the relative
the office named takes it, showing the ID the office wrote down (the signature or thumbprint every payout
needs: domain/payout_rules.py)."""

from __future__ import annotations

import sqlite3
from typing import Any

from payout_desk.domain.oneoff import OneOffPayment, is_payment_code
from payout_desk.domain.text import fold
from payout_desk.lang import t
from payout_desk.services.common.errors import Refused
from payout_desk.store.payments import payment_on


def _id(text: str) -> str:
    return "".join(text.split()).casefold()


def check_family_payment(
    cursor: sqlite3.Cursor, list_id: str, code: str, data: dict[str, Any]
) -> OneOffPayment | None:
    """The payment listed under `code` when it is one (None for a person's own line), once the payout's
    `data` (domain/door.py's payout shape) shows it goes to the named relative; Refused otherwise."""
    if not is_payment_code(code):
        return None
    payment = payment_on(cursor, list_id, code)
    if payment is None:
        return None
    proxy = data.get("proxy") or {}
    if fold(str(proxy.get("name") or "")) != fold(payment.recipient_name):
        raise Refused(t("deaths.pay_named_relative_only", label=payment.label, name=payment.recipient_name))
    if _id(str(proxy.get("id_number") or "")) != _id(payment.recipient_id):
        raise Refused(t("deaths.pay_recipient_id_differs", name=payment.recipient_name))
    return payment
