"""The report back to the welfare office (issue 15, item 7) and the posting list's look at last month: the
month's moves, who recorded each death report, the families paid once, the register import's findings, and
one point's previous list — each read at once for a whole month or a whole list, never per person."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.domain.oneoff import SEPARATOR
from payout_desk.domain.payout_list import ChangeKind
from payout_desk.store.history import ISSUED
from payout_desk.store.ledger import stored_event
from payout_desk.store.models import AmendmentRow, LedgerEvent, ListEntry, PayoutList, Point, RegisterImport


def report_clerks(session: Session, event_ids: Collection[str]) -> dict[str, str]:
    """Event id → the clerk who recorded it, for the given events."""
    if not event_ids:
        return {}
    return {
        event_id: stored_event(body).staff
        for event_id, body in session.execute(
            select(LedgerEvent.event_id, LedgerEvent.body).where(LedgerEvent.event_id.in_(list(event_ids)))
        )
    }


def moves_of(session: Session, list_ids: Collection[str]) -> list[tuple[str, str, str | None, str | None]]:
    """(code, list id stopped on, its date, list id the code was added to) for every stop as moved among the
    lists `list_ids` (one month's); the list added to is None when no other of them adds the code."""
    if not list_ids:
        return []
    rows = session.execute(
        select(AmendmentRow.list_id, AmendmentRow.kind, AmendmentRow.code, AmendmentRow.effective_date)
        .where(
            AmendmentRow.list_id.in_(list(list_ids)),
            ((AmendmentRow.kind == ChangeKind.STOP.value) & (AmendmentRow.reason == "moved"))
            | (AmendmentRow.kind == ChangeKind.ADD.value),
        )
        .order_by(AmendmentRow.issued_at, AmendmentRow.seq)
    ).all()
    added: dict[str, list[str]] = {}
    for list_id, kind, code, _date in rows:
        if kind == ChangeKind.ADD.value:
            added.setdefault(code, []).append(list_id)
    found = []
    for list_id, kind, code, day in rows:
        if kind == ChangeKind.STOP.value:
            there = next((other for other in added.get(code, []) if other != list_id), None)
            found.append((code, list_id, day, there))
    return found


def family_codes(session: Session, list_ids: Collection[str]) -> set[str]:
    """The deceased people whose family the lists `list_ids` pay once (payment changes)."""
    if not list_ids:
        return set()
    return {
        code.split(SEPARATOR, 1)[0]
        for code in session.scalars(
            select(AmendmentRow.code).where(
                AmendmentRow.list_id.in_(list(list_ids)), AmendmentRow.kind == ChangeKind.PAYMENT.value
            )
        )
    }


def register_findings(session: Session, month: str, kind: str) -> list[dict[str, Any]]:
    """The newest register import of `month`: its warnings of `kind` (e.g. moved_point)."""
    warnings = session.scalar(
        select(RegisterImport.warnings)
        .where(RegisterImport.month == month)
        .order_by(RegisterImport.id.desc())
        .limit(1)
    )
    return [w for w in warnings or [] if isinstance(w, dict) and w.get("code") == kind]


def previous_list(session: Session, row: PayoutList) -> PayoutList | None:
    """The newest issued revision of the same point's list for the newest earlier month with one."""
    month = session.scalar(
        select(PayoutList.month)
        .where(PayoutList.point_id == row.point_id, PayoutList.month < row.month, PayoutList.status == ISSUED)
        .order_by(PayoutList.month.desc())
        .limit(1)
    )
    if month is None:
        return None
    return session.scalar(
        select(PayoutList)
        .where(PayoutList.point_id == row.point_id, PayoutList.month == month, PayoutList.status == ISSUED)
        .order_by(PayoutList.revision.desc())
        .limit(1)
    )


def codes_elsewhere(session: Session, month: str, point_id: int, codes: Collection[str]) -> dict[str, str]:
    """Code → the point code of another point's issued list of `month` that names it (its entries, or an
    addition to it)."""
    if not codes:
        return {}
    others = (
        select(PayoutList.id, PayoutList.list_id, Point.code)
        .join(Point, Point.id == PayoutList.point_id)
        .where(PayoutList.month == month, PayoutList.status == ISSUED, PayoutList.point_id != point_id)
    ).subquery()
    wanted = list(codes)
    entries = select(ListEntry.code, others.c.code).join(others, others.c.id == ListEntry.payout_list_id)
    added = select(AmendmentRow.code, others.c.code).join(others, others.c.list_id == AmendmentRow.list_id)
    found = list(session.execute(entries.where(ListEntry.code.in_(wanted))))
    found += session.execute(
        added.where(AmendmentRow.code.in_(wanted), AmendmentRow.kind == ChangeKind.ADD.value)
    )
    return {code: point for code, point in found}
