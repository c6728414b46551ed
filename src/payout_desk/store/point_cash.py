"""The records that tell about the points' cash (issue 16), read for a month's lists at once: payouts without
their bodies (their amount and time are columns), the cash moves, counts, closes, notes and voids with them."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import case, literal, select
from sqlalchemy.orm import Session

from payout_desk.domain.ledger import Kind
from payout_desk.store.models import LedgerEvent

CASH_RECORDS = (
    Kind.PAYOUT,
    Kind.CASH_RECEIVED,
    Kind.CASH_RETURNED,
    Kind.CASH_COUNT,
    Kind.DAY_CLOSED,
    Kind.NOTE,
    Kind.VOID,
)


def cash_records(session: Session, list_ids: Collection[str]) -> list[Any]:
    """(list_id, device_id, seq, kind, amount, event_id, target, at_utc, body — None for a payout) of the
    lists' cash records."""
    if not list_ids:
        return []
    e = LedgerEvent
    body = case((e.kind == Kind.PAYOUT.value, literal(None)), else_=e.body)
    return list(
        session.execute(
            select(
                e.list_id, e.device_id, e.seq, e.kind, e.amount, e.event_id, e.target, e.at_utc, body
            ).where(e.list_id.in_(list(list_ids)), e.kind.in_([k.value for k in CASH_RECORDS]))
        )
    )
