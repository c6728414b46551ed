"""Holds and the register import's look back (issue 15, item 2): the newest earlier month with issued
lists, the office's stops of earlier months, the month's hold rows, the arrears already carried, the links
between a person's codes — each read at once for a whole import (no query per row)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from payout_desk.domain.payout_list import ChangeKind
from payout_desk.store.history import ISSUED
from payout_desk.store.lists import newest_of_month
from payout_desk.store.models import (
    AmendmentRow,
    Arrears,
    Hold,
    ListBody,
    ListEntry,
    PayoutList,
    PersonLink,
    Point,
)
from payout_desk.store.month_read import issued_before


@dataclass(frozen=True, slots=True)
class EarlierStop:
    """The office's báo giảm of an earlier month (deceased aside: those are death records)."""

    code: str
    month: str
    reason: str
    date: str | None
    point_code: str
    record_id: str  # "LIST_ID#SEQ"


def previous_month(session: Session, month: str) -> str | None:
    """The newest month before `month` with an issued list, or None."""
    return session.scalar(
        select(func.max(PayoutList.month)).where(PayoutList.month < month, PayoutList.status == ISSUED)
    )


def earlier_stops(session: Session, before_month: str) -> dict[str, list[EarlierStop]]:
    """Code → the office's stops (other than deceased) in the issued lists of months before `before_month`."""
    rows = issued_before(session, before_month)
    if not rows:
        return {}
    points = {p.id: p.code for p in session.scalars(select(Point))}
    found: dict[str, list[EarlierStop]] = defaultdict(list)
    for a in session.scalars(
        select(AmendmentRow).where(
            AmendmentRow.list_id.in_(rows),
            AmendmentRow.kind == ChangeKind.STOP.value,
            AmendmentRow.reason != "deceased",
        )
    ):
        row = rows[a.list_id]
        found[a.code].append(
            EarlierStop(
                a.code,
                row.month,
                a.reason or "other",
                a.effective_date,
                points[row.point_id],
                f"{a.list_id}#{a.seq}",
            )
        )
    return dict(found)


def newest_holds(session: Session, month: str, code: str | None = None) -> dict[str, Hold]:
    """Code → the newest hold row of the month (whatever its state), for one code or everyone."""
    query = select(Hold).where(Hold.month == month)
    if code is not None:
        query = query.where(Hold.code == code)
    return {h.code: h for h in session.scalars(query.order_by(Hold.id))}


def confirmed_before(session: Session, month: str) -> dict[str, Hold]:
    """Code → the newest confirmed hold (the stop stands) of a month before `month`."""
    query = select(Hold).where(Hold.month < month, Hold.state == "confirmed").order_by(Hold.month, Hold.id)
    return {h.code: h for h in session.scalars(query)}


def carried_arrears(session: Session, since_month: str) -> dict[str, list[Arrears]]:
    """Code → the arrears the office carried to a list of `since_month` or later."""
    found: dict[str, list[Arrears]] = defaultdict(list)
    for a in session.scalars(
        select(Arrears).where(Arrears.mode == "carry", Arrears.to_month >= since_month).order_by(Arrears.id)
    ):
        found[a.code].append(a)
    return dict(found)


def add_hold(session: Session, **values: Any) -> Hold:
    row = Hold(**values)
    session.add(row)
    return row


def add_link(
    session: Session, month: str, code: str, previous_code: str, *, cccd: str, found_at: str
) -> None:
    """A link between a person's new and earlier code (once: the pair is unique)."""
    exists = session.scalar(
        select(PersonLink.id).where(PersonLink.code == code, PersonLink.previous_code == previous_code)
    )
    if exists is None:
        session.add(
            PersonLink(month=month, code=code, previous_code=previous_code, cccd=cccd, found_at=found_at)
        )


def newest_revision(session: Session, month: str, point_id: int) -> PayoutList | None:
    """The point's newest revision (draft or issued) of the month's list, or None."""
    return session.scalar(
        select(PayoutList)
        .where(PayoutList.month == month, PayoutList.point_id == point_id)
        .order_by(PayoutList.revision.desc())
        .limit(1)
    )


def draft_people(session: Session, row: PayoutList) -> tuple[list[Any], dict[str, int | None]]:
    """A draft's people as its body carries them (JSON objects), and each code's register row."""
    body = session.get(ListBody, row.id)
    people = json.loads(body.beneficiaries_json) if body is not None else []
    rows = dict(
        session.execute(
            select(ListEntry.code, ListEntry.source_row).where(ListEntry.payout_list_id == row.id)
        ).all()
    )
    return list(people), rows


def drop_revision(session: Session, row: PayoutList) -> None:
    """Delete a draft revision (its body and entries go with it)."""
    session.execute(delete(ListEntry).where(ListEntry.payout_list_id == row.id))
    session.execute(delete(ListBody).where(ListBody.payout_list_id == row.id))
    session.execute(delete(PayoutList).where(PayoutList.id == row.id))
    session.flush()


def on_month_lists(session: Session, month: str, code: str) -> list[tuple[PayoutList, ListEntry]]:
    """The person's entries on the newest revision (draft or issued) of each point's list for the month."""
    query = (
        newest_of_month(month)
        .add_columns(ListEntry)
        .join(ListEntry, ListEntry.payout_list_id == PayoutList.id)
        .where(ListEntry.code == code)
    )
    return [(found[0], found[1]) for found in session.execute(query)]


def month_imported(session: Session, month: str) -> bool:
    """Whether some list (draft or issued) is for the month."""
    return session.scalar(select(PayoutList.id).where(PayoutList.month == month).limit(1)) is not None
