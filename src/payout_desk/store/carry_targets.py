"""What carrying arrears onto a month's lists needs to know of them (issue 15, office/arrears.py): each
person's newest báo tăng / báo giảm on each list (a release from hold after the issue, a move to another
point), with the person as the báo tăng signed them, and the people already paid there."""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.domain.payout_list import ChangeKind
from payout_desk.store.models import AmendmentRow, BeneficiaryStateRow

LastChange = tuple[str, dict[str, Any] | None]
"""(kind: add | stop, the person a báo tăng added — None for a báo giảm)."""


def last_changes(session: Session, list_ids: Collection[str]) -> dict[str, dict[str, LastChange]]:
    """List id → code → the list's newest báo tăng or báo giảm of that code."""
    if not list_ids:
        return {}
    query = (
        select(AmendmentRow.list_id, AmendmentRow.code, AmendmentRow.kind, AmendmentRow.beneficiary_json)
        .where(
            AmendmentRow.list_id.in_(sorted(list_ids)),
            AmendmentRow.kind.in_([ChangeKind.ADD.value, ChangeKind.STOP.value]),
        )
        .order_by(AmendmentRow.list_id, AmendmentRow.seq)
    )
    found: dict[str, dict[str, LastChange]] = {}
    for list_id, code, kind, person in session.execute(query):
        found.setdefault(list_id, {})[code] = (kind, json.loads(person) if person else None)
    return found


def paid_codes(session: Session, list_ids: Collection[str]) -> set[str]:
    """Codes with a payout recorded on any of the lists (the state cache)."""
    if not list_ids:
        return set()
    query = select(BeneficiaryStateRow.code).where(
        BeneficiaryStateRow.list_id.in_(sorted(list_ids)), BeneficiaryStateRow.payouts > 0
    )
    return set(session.scalars(query))
