"""Closed months and arrears at the office (issue 15, item 3): the `month_closings` row of a month, the
events each list's laptops had recorded when it closed (what came later is late), and the `arrears` rows
(truy lĩnh carried or only listed)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import and_, delete, func, insert, not_, or_, select, update
from sqlalchemy.orm import Session

from payout_desk.domain.payout_list import ChangeKind
from payout_desk.store.models import (
    AmendmentRow,
    Arrears,
    LedgerEvent,
    ListEntry,
    MonthClosing,
    PayoutList,
)


def closing_of(session: Session, month: str) -> MonthClosing | None:
    """The month's closing, or None while it is open."""
    return session.get(MonthClosing, month)


def closed_months(session: Session) -> set[str]:
    return set(session.scalars(select(MonthClosing.month)))


def add_closing(
    session: Session, month: str, *, closed_at: str, closed_by: str, settlement: Any, unpaid: Any
) -> MonthClosing:
    row = MonthClosing(
        month=month,
        closed_at=closed_at,
        closed_by=closed_by,
        settlement_json=json.dumps(settlement, ensure_ascii=False, sort_keys=True),
        unpaid_json=json.dumps(unpaid, ensure_ascii=False, sort_keys=True),
    )
    session.add(row)
    session.flush()
    return row


def event_heads(session: Session, list_ids: Collection[str]) -> dict[str, dict[str, int]]:
    """list_id → device → the newest sequence number taken in (what the office knew at a moment)."""
    found: dict[str, dict[str, int]] = defaultdict(dict)
    if not list_ids:
        return {}
    e = LedgerEvent
    query = select(e.list_id, e.device_id, func.max(e.seq)).where(e.list_id.in_(list(list_ids)))
    for list_id, device, seq in session.execute(query.group_by(e.list_id, e.device_id)):
        found[list_id][device] = int(seq)
    return dict(found)


def events_after(session: Session, heads: dict[str, dict[str, int]], list_ids: Iterable[str]) -> list[str]:
    """The bodies of the lists' events beyond `heads` (taken in after them), in list, device, seq order."""
    e = LedgerEvent
    found: list[str] = []
    for list_id in list_ids:
        known = heads.get(list_id, {})
        beyond = or_(
            not_(e.device_id.in_(list(known))),
            *(and_(e.device_id == device, e.seq > seq) for device, seq in known.items()),
        )
        query = select(e.body).where(e.list_id == list_id, beyond).order_by(e.device_id, e.seq)
        found.extend(session.scalars(query))
    return found


def arrears_from(session: Session, month: str) -> dict[str, Arrears]:
    """Code → the arrears row of each person whose unpaid amount of `month` was already dealt with."""
    return {a.code: a for a in session.scalars(select(Arrears).where(Arrears.from_month == month))}


def arrears_into(session: Session, month: str) -> dict[str, list[Arrears]]:
    """Code → the arrears carried onto `month`'s lists (mode carry), oldest first."""
    found: dict[str, list[Arrears]] = defaultdict(list)
    query = select(Arrears).where(Arrears.to_month == month, Arrears.mode == "carry").order_by(Arrears.id)
    for row in session.scalars(query):
        found[row.code].append(row)
    return dict(found)


def add_arrears(session: Session, rows: Iterable[dict[str, Any]]) -> None:
    """Arrears rows at once (column → value each)."""
    found = list(rows)
    if found:
        session.execute(insert(Arrears), found)


def stopped_codes(session: Session, list_ids: Collection[str]) -> set[str]:
    """Codes the office stopped (báo giảm) on any of the lists."""
    if not list_ids:
        return set()
    query = select(AmendmentRow.code).where(
        AmendmentRow.list_id.in_(list(list_ids)), AmendmentRow.kind == ChangeKind.STOP.value
    )
    return set(session.scalars(query))


def entry_lines(session: Session, payout_list_id: int, codes: Collection[str]) -> list[Any]:
    """(id, code, name, lines, total) of one list revision's entries for `codes`: a few codes by name, many
    in one pass over the revision's entries."""
    e, wanted = ListEntry, set(codes)
    query = select(e.id, e.code, e.name, e.lines, e.total).where(e.payout_list_id == payout_list_id)
    if len(wanted) <= FEW:
        return list(session.execute(query.where(e.code.in_(sorted(wanted)))))
    return [row for row in session.execute(query) if row.code in wanted]


FEW = 500


def set_entry_lines(session: Session, changes: Iterable[dict[str, Any]]) -> None:
    """New lines and total for entries, by id: [{"id", "lines", "total"}] at once."""
    found = list(changes)
    if found:
        session.execute(update(ListEntry), found)


def discard_draft(session: Session, payout_list_id: int) -> None:
    """Delete one draft revision (its body and entries go with it)."""
    session.flush()
    session.execute(delete(PayoutList).where(PayoutList.id == payout_list_id, PayoutList.status == "draft"))
