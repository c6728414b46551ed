"""A whole month at once (the register import's checks, the unclaimed watch, the report back): each
person's line from the state cache, and every death on record before a month."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.domain.history import (
    DeathRecord,
    PersonMonth,
)
from payout_desk.domain.ledger import Kind, ReportKind, chain_key
from payout_desk.domain.payout_list import ChangeKind
from payout_desk.store.history import device_names
from payout_desk.store.ledger import stored_event
from payout_desk.store.models import (
    AmendmentRow,
    Hold,
    LedgerEvent,
    Point,
)
from payout_desk.store.month_read import issued_before, people_of, read_month


def month_lines(session: Session, month: str) -> dict[str, PersonMonth]:
    """Code → the person's line in `month` (every point's newest issued list): entitlements from the
    entries and amendments, outcome and exception from the state cache (which holds only the people with
    events: anyone else listed is unpaid, or stopped), without the payout's details (`person_history`).
    Read in bulk (store/month_read), the lists gone through oldest month first, then by list id."""
    read = read_month(session, month, lines=True)
    return people_of(session, read, [r.list_id for r in read.rows], lines=True)


def death_records(session: Session, before_month: str | None = None) -> dict[str, list[DeathRecord]]:
    """Code → every death on record (a point's standing report, the office's stop as deceased) in the
    issued lists of months before `before_month` (all months when None)."""
    rows = issued_before(session, before_month)
    if not rows:
        return {}
    points = {p.id: p for p in session.scalars(select(Point))}
    devices = device_names(session)
    found: dict[str, list[DeathRecord]] = defaultdict(list)
    reports = [
        stored_event(body)
        for body in session.scalars(
            select(LedgerEvent.body).where(
                LedgerEvent.list_id.in_(rows), LedgerEvent.kind == Kind.REPORT.value
            )
        )
    ]
    deceased = [r for r in reports if r.data.get("report") == ReportKind.DECEASED.value and r.beneficiary]
    overruled = overruled_deaths(session)
    voided = _voided(session, [r.event_id for r in deceased]) | overruled
    for r in deceased:
        if r.event_id in voided:
            continue
        row = rows[r.list_id]
        laptop = devices.get(chain_key(r.device_id), r.device_id)
        found[str(r.beneficiary)].append(
            DeathRecord(
                str(r.beneficiary),
                row.month,
                "point",
                str(r.data.get("date") or "") or None,
                str(r.data.get("reported_by") or ""),
                f"{points[row.point_id].code} · {laptop}",
                r.event_id,
                r.at_local,
            )
        )
    for a in session.scalars(
        select(AmendmentRow).where(
            AmendmentRow.list_id.in_(rows),
            AmendmentRow.kind == ChangeKind.STOP.value,
            AmendmentRow.reason == "deceased",
        )
    ):
        if f"{a.list_id}#{a.seq}" in overruled:
            continue
        row = rows[a.list_id]
        found[a.code].append(
            DeathRecord(
                a.code,
                row.month,
                "office",
                a.effective_date,
                "",
                points[row.point_id].code,
                f"{a.list_id}#{a.seq}",
                a.issued_at,
            )
        )
    return dict(found)


def overruled_deaths(session: Session) -> set[str]:
    """The record ids of the deaths on record (a point's report, the office's stop) that the office overruled:
    it released the hold they caused (the person alive, back on the list), so they no longer hold the
    person, stop their arrears or make their payouts amounts to recover."""
    found = set()
    for evidence in session.scalars(
        select(Hold.evidence).where(
            Hold.kind == "reported_deceased", Hold.state == "released", Hold.evidence.is_not(None)
        )
    ):
        said = json.loads(evidence or "{}")
        if said.get("record_id"):
            found.add(str(said["record_id"]))
    return found


def _voided(session: Session, event_ids: Iterable[str]) -> set[str]:
    ids = list(event_ids)
    if not ids:
        return set()
    return set(
        session.scalars(
            select(LedgerEvent.target).where(LedgerEvent.kind == Kind.VOID.value, LedgerEvent.target.in_(ids))
        )
    )


def held_codes(session: Session, month: str) -> dict[str, Hold]:
    """Code → the newest hold row of the month, for each person whose newest row still holds them."""
    newest: dict[str, Hold] = {}
    for h in session.scalars(select(Hold).where(Hold.month == month).order_by(Hold.id)):
        newest[h.code] = h
    return {code: h for code, h in newest.items() if h.state == "held"}
