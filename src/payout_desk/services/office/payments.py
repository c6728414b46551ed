"""A one-off payment to a deceased person's family, as the office orders it (`office amend --add-payment`,
the devices tab's form): checked here, signed as an amendment change by `office.amendments`."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy.orm import Session

from payout_desk.domain.door_payment import payment_problem
from payout_desk.domain.month import Month
from payout_desk.domain.oneoff import PAYMENT_KINDS, OneOffPayment, payment_beneficiary, payment_code
from payout_desk.domain.payout_list import Change, ChangeKind
from payout_desk.domain.payout_rules import is_id_number
from payout_desk.lang import t
from payout_desk.services.common.amendments import change_of, stored_changes
from payout_desk.services.common.errors import InvalidInput, Refused, UsageError
from payout_desk.services.common.typed import typed
from payout_desk.store.history import who_on
from payout_desk.store.holds import newest_holds
from payout_desk.store.ledger import entitlements
from payout_desk.store.models import PayoutList
from payout_desk.store.month_history import death_records


@dataclass(frozen=True, slots=True)
class PaymentOrder:
    """What the office types: whose family, which payment, how much, to whom and why."""

    code: str
    kind: str  # funeral | one-off
    amount: int
    recipient_name: str
    recipient_id: str
    relation: str
    reason: str


def payment_change(session: Session, row: PayoutList, order: PaymentOrder, *, seq: int, now: str) -> Change:
    """The change that lists the payment on `row` (a point's issued list), once the person is on that list
    and their death is on record; refused if the same kind of payment is already on the list for them."""
    if order.kind not in PAYMENT_KINDS:
        raise UsageError(t("deaths.kind_unknown", value=", ".join(PAYMENT_KINDS)))
    if type(order.amount) is not int or order.amount <= 0:
        raise UsageError(t("deaths.amount_needed"))
    code = typed(order.code, "code")
    texts = {
        "recipient_name": typed(order.recipient_name, "proxy_name"),
        "recipient_id": typed(order.recipient_id, "proxy_id_number"),
        "relation": typed(order.relation, "proxy_relation"),
        "reason": typed(order.reason, "reason"),
    }
    if not all(texts.values()):
        raise UsageError(t("deaths.recipient_needed"))
    if not is_id_number(texts["recipient_id"]):  # the point pays only on a CCCD or a CMND (payout_rules)
        raise InvalidInput(t("deaths.recipient_id_shape", number=texts["recipient_id"]))
    ent = entitlements(session, row.list_id, [code])[1].get(code)
    held = held_name(session, row, code)
    if held is None and (ent is None or (not ent.listed and ent.stop is None)):
        raise Refused(t("office.not_on_list", code=code, code2=row.point.code, month=row.month))
    if code not in death_records(session, str(Month.parse(row.month).next())):
        raise Refused(t("deaths.no_death_on_record", code=code, month=row.month))
    for earlier in map(change_of, stored_changes(session, row.list_id)):
        if earlier.payment is not None and (earlier.payment.for_code, earlier.payment.kind) == (
            code,
            order.kind,
        ):
            raise Refused(
                t("deaths.payment_already", code=code, seq=earlier.seq, label=earlier.payment.label)
            )
    name = who_on(session, row, code)[0] or held or ""
    payment = OneOffPayment(code, name, order.kind, order.amount, **texts)
    line = payment_code(code, seq)
    problem = payment_problem(line, seq, payment)
    if problem is not None:
        raise InvalidInput(t("deaths.payment_refused", problem=problem))
    return Change(
        seq, ChangeKind.PAYMENT, line, now, beneficiary=payment_beneficiary(line, payment), payment=payment
    )


def held_name(session: Session, row: PayoutList, code: str) -> str | None:
    """The name of `code` when the month's register import held them off `row`'s point (a death or a stop
    reported earlier): the family's payment goes on the list they would have been on. None otherwise."""
    hold = newest_holds(session, row.month, code).get(code)
    if hold is None:
        return None
    evidence = json.loads(hold.evidence or "{}")
    person = evidence.get("person") or {}
    if evidence.get("point_code") != row.point.code or not person:
        return None
    return str(person.get("name") or "")
