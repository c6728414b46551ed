"""What carrying arrears onto a month's lists needs to know of them (issue 15, office/arrears.py): the people
báo tăng amendments added (a release from hold after the issue), with the lines the office signed, and the
people already paid there."""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.domain.payout_list import ChangeKind
from payout_desk.store.models import AmendmentRow, BeneficiaryStateRow


def added_people(session: Session, list_ids: Collection[str]) -> dict[str, dict[str, dict[str, Any]]]:
    """List id → code → the person (list JSON object) the list's newest báo tăng of that code added."""
    if not list_ids:
        return {}
    query = (
        select(AmendmentRow.list_id, AmendmentRow.code, AmendmentRow.beneficiary_json)
        .where(AmendmentRow.list_id.in_(sorted(list_ids)), AmendmentRow.kind == ChangeKind.ADD.value)
        .order_by(AmendmentRow.list_id, AmendmentRow.seq)
    )
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for list_id, code, person in session.execute(query):
        if person:
            found.setdefault(list_id, {})[code] = json.loads(person)
    return found


def paid_codes(session: Session, list_ids: Collection[str]) -> set[str]:
    """Codes with a payout recorded on any of the lists (the state cache)."""
    if not list_ids:
        return set()
    query = select(BeneficiaryStateRow.code).where(
        BeneficiaryStateRow.list_id.in_(sorted(list_ids)), BeneficiaryStateRow.payouts > 0
    )
    return set(session.scalars(query))
