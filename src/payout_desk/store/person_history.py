"""One person across months (`office person CODE`, the window's search): the lists they were on, their
state in each (the fold of every event the office holds), deaths with their evidence, holds, arrears and
earlier codes — a few indexed queries per month on record."""

from __future__ import annotations

import json
from collections.abc import Collection

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from payout_desk.domain.fold import BeneficiaryState, fold_beneficiary
from payout_desk.domain.history import (
    ArrearsRecord,
    DeathRecord,
    HoldRecord,
    PersonHistory,
    PersonMonth,
    outcome_of,
)
from payout_desk.domain.ledger import chain_key
from payout_desk.store.family import family_payments, payment_of
from payout_desk.store.history import ISSUED, device_names, linked_codes, newest_issued, who_on
from payout_desk.store.ledger import entitlements, events_by_code
from payout_desk.store.models import (
    AmendmentRow,
    Arrears,
    Hold,
    ListEntry,
    PayoutList,
    Point,
)


def _lists_of(session: Session, codes: Collection[str]) -> list[PayoutList]:
    """Every issued list a code is on: an entry of any revision, or an addition by amendment. Entries have
    no index on code alone (migration 0010): each issued revision is looked into through the unique
    (payout_list_id, code) index — a few thousand lookups a year of months, not a pass over every entry."""
    on_entries = select(PayoutList.list_id).where(
        PayoutList.status == ISSUED,
        exists().where(ListEntry.payout_list_id == PayoutList.id, ListEntry.code.in_(codes)),
    )
    added = select(AmendmentRow.list_id).where(AmendmentRow.code.in_(codes))
    ids = set(session.scalars(on_entries)) | set(session.scalars(added))
    return newest_issued(session, ids)


def _month_line(
    row: PayoutList,
    point: Point,
    code: str,
    state: BeneficiaryState,
    *,
    who: tuple[str, str | None, list[tuple[str, str, int]]],
    devices: dict[str, str],
) -> PersonMonth:
    ent = state.entitlement
    stop = ent.stop
    return PersonMonth(
        month=row.month,
        code=code,
        name=who[0],
        cccd=who[1],
        point_code=point.code,
        point_name=point.name,
        list_id=row.list_id,
        revision=row.revision,
        amount=ent.amount,
        outcome=outcome_of(state.status, len(state.payouts), stop is not None),
        paid=payment_of(state.payouts[0], devices) if state.payouts else None,
        payouts=len(state.payouts),
        exception=state.exception,
        stop_reason=stop.reason if stop else None,
        stop_date=stop.date if stop else None,
        conflicts=tuple(sorted({str(c.kind) for c in state.conflicts})),
        lines=tuple(who[2]),
    )


def _deaths_in(
    row: PayoutList, point: Point, code: str, state: BeneficiaryState, devices: dict[str, str]
) -> list[DeathRecord]:
    found = []
    report = state.deceased_report
    if report is not None:
        laptop = devices.get(chain_key(report.device_id), report.device_id)
        found.append(
            DeathRecord(
                code,
                row.month,
                "point",
                str(report.data.get("date") or "") or None,
                str(report.data.get("reported_by") or ""),
                f"{point.code} · {laptop}",
                report.event_id,
                report.at_local,
            )
        )
    stop = state.entitlement.stop
    if stop is not None and stop.reason == "deceased":
        found.append(
            DeathRecord(
                code,
                row.month,
                "office",
                stop.date,
                "",
                point.code,
                f"{row.list_id}#{stop.seq}",
                stop.issued_at,
            )
        )
    return found


def person_history(session: Session, code: str) -> PersonHistory | None:
    """Everything the office knows of the person with register `code` (and their earlier codes); None when
    no list, hold or arrears names the code."""
    codes = linked_codes(session, code)
    rows = _lists_of(session, codes)
    devices = device_names(session)
    points = {p.id: p for p in session.scalars(select(Point))}
    months: list[PersonMonth] = []
    deaths: list[DeathRecord] = []
    for row in rows:
        revision, ents = entitlements(session, row.list_id, codes)
        events = events_by_code(session, row.list_id, codes)
        for each in codes:
            ent = ents.get(each)
            if ent is None:
                continue
            state = fold_beneficiary(row.list_id, ent, events.get(each, []), revision)
            point = points[row.point_id]
            months.append(
                _month_line(row, point, each, state, who=who_on(session, row, each), devices=devices)
            )
            deaths += _deaths_in(row, point, each, state, devices)
    holds = _holds(session, codes)
    arrears = _arrears(session, codes)
    if not months and not holds and not arrears:
        return None
    newest = months[-1] if months else None
    return PersonHistory(
        code=code,
        codes=codes,
        name=newest.name if newest else "",
        cccd=next((m.cccd for m in reversed(months) if m.cccd), None),
        months=tuple(months),
        deaths=tuple(deaths),
        holds=tuple(holds),
        arrears=tuple(arrears),
        family=tuple(family_payments(session, codes)),
    )


def _holds(session: Session, codes: Collection[str]) -> list[HoldRecord]:
    rows = session.scalars(select(Hold).where(Hold.code.in_(codes)).order_by(Hold.month, Hold.id))
    return [
        HoldRecord(
            h.month,
            h.kind,
            h.state,
            h.held_at,
            h.held_by,
            h.reason,
            h.decided_at,
            h.decided_by,
            json.loads(h.evidence or "{}"),
        )
        for h in rows
    ]


def _arrears(session: Session, codes: Collection[str]) -> list[ArrearsRecord]:
    rows = session.scalars(select(Arrears).where(Arrears.code.in_(codes)).order_by(Arrears.from_month))
    return [
        ArrearsRecord(a.from_month, a.to_month, a.amount, tuple(json.loads(a.months)), a.mode, a.list_id)
        for a in rows
    ]
