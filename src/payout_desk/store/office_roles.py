"""Office clerks and roles (issue 16): the clerks (office_clerks), the chain of office actions
(office_actions) and the signing steps waiting for an approver (pending_items)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from payout_desk.domain.canonical import canonical_json
from payout_desk.domain.ledger import GENESIS
from payout_desk.store.models import LedgerEvent, OfficeAction, OfficeClerk, PayoutList, PendingItem, Point

ACTIONS_LOCK = "payout-desk:office-actions"  # one writer at a time at the end of the actions' chain


def clerks(session: Session) -> Sequence[OfficeClerk]:
    return session.scalars(select(OfficeClerk).order_by(OfficeClerk.name)).all()


def any_clerk(session: Session) -> bool:
    return session.scalar(select(OfficeClerk.name).limit(1)) is not None


def action_line(at: str, clerk_name: str, action: str, *, month: str | None, detail: str, prev: str) -> bytes:
    """The canonical line an office action's hash is the SHA-256 of."""
    return canonical_json(
        {
            "at": at,
            "clerk": clerk_name,
            "action": action,
            "month": month,
            "detail": json.loads(detail),
            "prev": prev,
        }
    )


def action_hash(row: OfficeAction) -> str:
    line = action_line(row.at, row.clerk, row.action, month=row.month, detail=row.detail, prev=row.prev_hash)
    return hashlib.sha256(line).hexdigest()


def append_action(
    session: Session, at: str, clerk_name: str, action: str, *, month: str | None, detail: dict[str, Any]
) -> OfficeAction:
    """Add an action at the end of the chain (the caller holds ACTIONS_LOCK on a shared database)."""
    last = session.scalar(select(OfficeAction.hash).order_by(OfficeAction.id.desc()).limit(1))
    row = OfficeAction(
        at=at,
        clerk=clerk_name,
        action=action,
        month=month,
        detail=json.dumps(detail, ensure_ascii=False, sort_keys=True),
        prev_hash=last or GENESIS,
        hash="",
    )
    row.hash = action_hash(row)
    session.add(row)
    session.flush()
    return row


def all_actions(session: Session) -> Sequence[OfficeAction]:
    return session.scalars(select(OfficeAction).order_by(OfficeAction.id)).all()


def pending(
    session: Session, *, month: str | None = None, state: str | None = "pending"
) -> Sequence[PendingItem]:
    query = select(PendingItem).order_by(PendingItem.id)
    if month is not None:
        query = query.where(PendingItem.month == month)
    if state is not None:
        query = query.where(PendingItem.state == state)
    return session.scalars(query).all()


def pending_item(session: Session, item_id: int) -> PendingItem | None:
    return session.get(PendingItem, item_id)


def open_item(session: Session, kind: str, month: str, payload: str) -> PendingItem | None:
    """The same step already waiting (prepared twice is one item)."""
    return session.scalar(
        select(PendingItem).where(
            PendingItem.kind == kind,
            PendingItem.month == month,
            PendingItem.payload == payload,
            PendingItem.state == "pending",
        )
    )


def month_events(session: Session, month: str) -> Sequence[LedgerEvent]:
    """Every event recorded against a list of the month, by list, device, sequence."""
    lists = select(PayoutList.list_id).where(PayoutList.month == month)
    return session.scalars(
        select(LedgerEvent)
        .where(LedgerEvent.list_id.in_(lists))
        .order_by(LedgerEvent.list_id, LedgerEvent.device_id, LedgerEvent.seq)
    ).all()


def month_points(session: Session, month: str) -> dict[str, str]:
    """list id → point code, for the month's lists."""
    rows = session.execute(
        select(PayoutList.list_id, Point.code)
        .join(Point, Point.id == PayoutList.point_id)
        .where(PayoutList.month == month)
    )
    return {list_id: code for list_id, code in rows}


def month_actions(session: Session, month: str) -> Sequence[OfficeAction]:
    """The office actions that name the month, and those that name none made since the month began."""
    return session.scalars(
        select(OfficeAction)
        .where(
            or_(
                OfficeAction.month == month,
                and_(OfficeAction.month.is_(None), OfficeAction.at >= f"{month}-01"),
            )
        )
        .order_by(OfficeAction.id)
    ).all()
