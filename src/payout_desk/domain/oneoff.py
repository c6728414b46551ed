"""A one-off payment to a deceased person's family (issue 15): mai táng phí (funeral allowance) or trợ cấp
một lần (one-off allowance), paid at an offline point to a named relative who signs for it.

It travels as an amendment change of kind "payment" (domain/payout_list.ChangeKind.PAYMENT) and is listed at
the point as a line of its own, under the code `payment_code(for_code, seq)` ("NCC002#3"): its own state,
never the person's monthly allowance, so a death report on the person refuses their monthly payout and not
this line (no `paid-deceased`), and paying it twice is still a double payout. Pure; the door's check of its
shape is domain/door_payment.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from payout_desk.domain.allowances import AllowanceKind
from payout_desk.domain.door_text import LIMITS
from payout_desk.domain.payout_list import ListedBeneficiary, PayLine

PAYMENT_KINDS = {"funeral": AllowanceKind.FUNERAL, "one-off": AllowanceKind.ONE_OFF}
"""The kinds a payment may be (as the file and the command line say them) → the line's allowance kind."""

SEPARATOR = "#"
MAX_FOR_CODE = LIMITS["code"] - 7
"""The longest code a payment may follow: its own code adds '#' and the amendment's number (≤ 100,000)."""


@dataclass(frozen=True, slots=True)
class OneOffPayment:
    """What the office signs: for whom (the deceased's code and name), what, how much, to whom."""

    for_code: str
    name: str  # the deceased's name, as on the list
    kind: str  # a PAYMENT_KINDS key
    amount: int  # whole đồng
    recipient_name: str
    recipient_id: str  # the relative's CCCD (or other ID) number, checked at the point
    relation: str  # the relative's relation to the deceased (vợ, con …)
    reason: str  # the decision it follows (quyết định số …)

    @property
    def label(self) -> str:
        return PAYMENT_KINDS[self.kind].label_vi if self.kind in PAYMENT_KINDS else self.kind


def payment_code(for_code: str, seq: int) -> str:
    """The code the payment line is listed and paid under: the person's code, '#', the amendment's number."""
    return f"{for_code}{SEPARATOR}{seq}"


def is_payment_code(code: str) -> bool:
    return SEPARATOR in code


def payment_beneficiary(code: str, payment: OneOffPayment) -> ListedBeneficiary:
    """The line as the point lists it: the deceased's name, the named relative as the one who receives (a
    proxy the list names), one line of the payment's kind, the decision in the notes."""
    kind = PAYMENT_KINDS.get(payment.kind, AllowanceKind.OTHER)
    return ListedBeneficiary(
        code=code,
        name=payment.name,
        birth_year=None,
        birth_date=None,
        sex=None,
        cccd=None,
        address="",
        village="",
        commune="",
        category="",
        home_visit=False,
        proxy_name=payment.recipient_name,
        proxy_relation=payment.relation,
        notes=payment.reason,
        lines=(PayLine(kind.value, kind.label_vi, payment.amount),),
    )


def payment_to_json(payment: OneOffPayment) -> dict[str, Any]:
    return {
        "for": payment.for_code,
        "name": payment.name,
        "kind": payment.kind,
        "amount": payment.amount,
        "recipient": {
            "name": payment.recipient_name,
            "id_number": payment.recipient_id,
            "relation": payment.relation,
        },
        "reason": payment.reason,
    }


def payment_of_json(stored: dict[str, Any]) -> OneOffPayment:
    """A payment as the desk stored it (the line's JSON with the signed payment under "payment"), already
    through the door when it was stored."""
    p = stored["payment"]
    who = p["recipient"]
    return OneOffPayment(
        p["for"],
        p["name"],
        p["kind"],
        p["amount"],
        who["name"],
        who["id_number"],
        who["relation"],
        p["reason"],
    )
