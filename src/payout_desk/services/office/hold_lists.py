"""A month's draft list redone when the office holds or releases someone before issuing (issue 15): the
point's draft again, with the person left out or put back in register order."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from payout_desk.exchange.listfile import beneficiaries_json, parse_beneficiary
from payout_desk.services.office.points import add_revision, point_summary
from payout_desk.store.holds import drop_revision
from payout_desk.store.lists import content_sha256, insert_entries
from payout_desk.store.models import PayoutList, Point

NO_ROW = 1 << 30  # people without a register row go last


def redo_draft(
    session: Session,
    month: str,
    point: Point,
    draft: PayoutList | None,
    *,
    people: list[Any],
    rows: dict[str, int | None],
    office_name: str,
) -> None:
    """The point's draft for the month with `people` (list JSON objects) in register order: replaces
    `draft`, or is the point's first revision when there is none."""
    import_id = draft.register_import_id if draft is not None else None
    list_id = draft.list_id if draft is not None else str(uuid.uuid4())
    revision = draft.revision if draft is not None else 1
    if draft is not None:
        drop_revision(session, draft)
    if not people and revision == 1:
        return
    persons = sorted(
        (parse_beneficiary(obj, i) for i, obj in enumerate(people)),
        key=lambda b: rows.get(b.code) or NO_ROW,
    )
    people_json = beneficiaries_json(persons)
    row = add_revision(
        session,
        list_id=list_id,
        month=month,
        point_id=point.id,
        revision=revision,
        content_sha256=content_sha256(month, point.code, people_json),
        office_name=office_name,
        register_import_id=import_id,
        figures=point_summary(point.code, point.name, persons),
        body_json=people_json.decode("utf-8"),
    )
    insert_entries(session, row.id, persons, [rows.get(b.code) for b in persons])
