"""One-off payments to a deceased person's family (domain/oneoff.py) as the office holds them: each signed
payment with its payout, for one person's history."""

from __future__ import annotations

import json
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.domain.fold import fold_beneficiary
from payout_desk.domain.history import FamilyPayment, Payment
from payout_desk.domain.ledger import Event, chain_key
from payout_desk.domain.oneoff import SEPARATOR, payment_of_json
from payout_desk.domain.payout_list import ChangeKind
from payout_desk.store.history import device_names, newest_issued
from payout_desk.store.ledger import entitlements, events_by_code
from payout_desk.store.models import AmendmentRow, Point


def payment_of(payout: Event, devices: dict[str, str]) -> Payment:
    """A standing payout as a person's history shows it: amount, when, who paid on which laptop, to whom."""
    proxy = payout.data.get("proxy")
    recipient = str(proxy.get("name") or "") if isinstance(proxy, dict) else ""
    device = devices.get(chain_key(payout.device_id), payout.device_id)
    return Payment(payout.amount, payout.at_local, payout.staff, device, recipient, payout.event_id)


def family_payments(session: Session, codes: Collection[str]) -> list[FamilyPayment]:
    """Every payment change for the families of `codes`, oldest first, with the payout that stands."""
    found: list[FamilyPayment] = []
    devices: dict[str, str] | None = None
    points: dict[int, Point] | None = None
    for code in codes:
        rows = session.scalars(
            select(AmendmentRow)
            .where(
                AmendmentRow.kind == ChangeKind.PAYMENT.value,
                AmendmentRow.code.startswith(code + SEPARATOR, autoescape=True),
            )
            .order_by(AmendmentRow.issued_at, AmendmentRow.seq)
        ).all()
        for change in rows:
            payment = payment_of_json(json.loads(change.beneficiary_json or "{}"))
            if payment.for_code != code:
                continue
            (row,) = newest_issued(session, {change.list_id}) or (None,)
            if row is None:
                continue
            devices = device_names(session) if devices is None else devices
            points = {p.id: p for p in session.scalars(select(Point))} if points is None else points
            revision, ents = entitlements(session, row.list_id, [change.code])
            ent = ents.get(change.code)
            payouts: tuple[Event, ...] = ()
            if ent is not None:
                events = events_by_code(session, row.list_id, [change.code]).get(change.code, [])
                payouts = fold_beneficiary(row.list_id, ent, events, revision).payouts
            found.append(
                FamilyPayment(
                    row.month,
                    points[row.point_id].code,
                    change.code,
                    payment.label,
                    payment.amount,
                    payment.recipient_name,
                    payment.recipient_id,
                    payment.relation,
                    payment.reason,
                    change.issued_at,
                    payment_of(payouts[0], devices) if payouts else None,
                )
            )
    return found
