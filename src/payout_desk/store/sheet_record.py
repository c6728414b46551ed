"""What the signature sheet needs beyond the list's people: each entry's allowance lines (khoản chi) and
commune, the payouts a laptop voided, and the flags the office's checks across files stored."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased

from payout_desk.domain.fold import FLAG_KINDS
from payout_desk.domain.ledger import Kind
from payout_desk.store.models import ConflictRow, LedgerEvent, ListEntry


def entry_lines_of(session: Session, payout_list_id: int) -> dict[str, tuple[str, Any]]:
    """Code → (commune, lines as stored: JSON text or the decoded list) of the list revision's entries."""
    query = select(ListEntry.code, ListEntry.commune, ListEntry.lines).where(
        ListEntry.payout_list_id == payout_list_id
    )
    return {str(code): (str(commune or ""), lines) for code, commune, lines in session.execute(query)}


def voided_payout_codes(session: Session, list_id: str) -> set[str]:
    """The codes of the list with a payout its own laptop voided (the void names it, same person)."""
    void, payout = aliased(LedgerEvent), aliased(LedgerEvent)
    query = (
        select(payout.beneficiary)
        .join(
            void,
            and_(
                void.target == payout.event_id,
                void.list_id == payout.list_id,
                void.device_id == payout.device_id,
                void.beneficiary == payout.beneficiary,
            ),
        )
        .where(payout.list_id == list_id, payout.kind == Kind.PAYOUT.value, void.kind == Kind.VOID.value)
        .distinct()
    )
    return {str(code) for code in session.scalars(query) if code is not None}


def flagged_codes(session: Session, list_id: str) -> dict[str, set[str]]:
    """Code → the kinds of the flags the office's checks across files stored for the list's people."""
    query = select(ConflictRow.code, ConflictRow.kind).where(
        ConflictRow.list_id == list_id, ConflictRow.kind.in_(FLAG_KINDS)
    )
    found: dict[str, set[str]] = defaultdict(set)
    for code, kind in session.execute(query):
        found[str(code)].add(str(kind))
    return dict(found)
