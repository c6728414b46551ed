"""A person across months, read from the office's rows (issue 15) — what both readers share: the newest
issued revision of lists, a person's earlier codes, who a code is on a list, the laptops' names, and a
search over everyone ever listed. store/person_history.py reads one person; store/month_history.py a
whole month at once. domain/history.py says what the rows mean."""

from __future__ import annotations

import json
from collections.abc import Collection

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from payout_desk.domain.payout_list import ChangeKind, ListStatus
from payout_desk.domain.text import fold
from payout_desk.store.lists import newest_issued_query
from payout_desk.store.models import (
    AmendmentRow,
    Device,
    ListEntry,
    PayoutList,
    PersonLink,
    Point,
)

ISSUED = ListStatus.ISSUED.value


def linked_codes(session: Session, code: str) -> tuple[str, ...]:
    """`code` first, then every code linked to it (the same person under another register code, either
    way, any number of steps)."""
    found, todo = [code], [code]
    while todo:
        current = todo.pop()
        rows = session.execute(
            select(PersonLink.code, PersonLink.previous_code).where(
                or_(PersonLink.code == current, PersonLink.previous_code == current)
            )
        )
        for new, old in rows:
            for other in (new, old):
                if other not in found:
                    found.append(other)
                    todo.append(other)
    return tuple(found)


def newest_issued(session: Session, list_ids: Collection[str]) -> list[PayoutList]:
    """The newest issued revision of each list, oldest month first."""
    if not list_ids:
        return []
    query = newest_issued_query(PayoutList.list_id.in_(list_ids)).order_by(
        PayoutList.month, PayoutList.list_id
    )
    return list(session.scalars(query))


def device_names(session: Session) -> dict[str, str]:
    return {key_id: name for key_id, name in session.execute(select(Device.key_id, Device.name))}


def who_on(
    session: Session, row: PayoutList, code: str
) -> tuple[str, str | None, list[tuple[str, str, int]]]:
    """(name, CCCD, lines) of a code on a list: its entry on the revision, else the amendment that added it."""
    entry = session.scalar(
        select(ListEntry).where(ListEntry.payout_list_id == row.id, ListEntry.code == code)
    )
    if entry is not None:
        return entry.name, entry.cccd, pay_lines(entry.lines)
    body = session.scalar(
        select(AmendmentRow.beneficiary_json)
        .where(
            AmendmentRow.list_id == row.list_id,
            AmendmentRow.code == code,
            AmendmentRow.kind == ChangeKind.ADD.value,
        )
        .order_by(AmendmentRow.seq.desc())
        .limit(1)
    )
    person = json.loads(body) if body else {}
    return str(person.get("name") or ""), person.get("cccd"), pay_lines(person.get("lines"))


def pay_lines(value: object) -> list[tuple[str, str, int]]:
    if isinstance(value, str):
        value = json.loads(value)
    items = value if isinstance(value, list) else []
    return [(str(i.get("kind", "")), str(i.get("label", "")), int(str(i.get("amount", 0)))) for i in items]


def find_people(session: Session, text: str, limit: int = 50) -> list[tuple[str, str, str | None, str, str]]:
    """(code, name, CCCD, newest month, point code) of the people on any issued list whose code or CCCD
    starts with `text`, or whose name (without accents or case) contains it; newest month first."""
    wanted = text.strip()
    if not wanted:
        return []
    folded = fold(wanted)
    query = (
        select(ListEntry.code, ListEntry.name, ListEntry.cccd, PayoutList.month, Point.code)
        .join(PayoutList, ListEntry.payout_list_id == PayoutList.id)
        .join(Point, PayoutList.point_id == Point.id)
        .where(
            PayoutList.status == ISSUED,
            or_(
                ListEntry.code.startswith(wanted),
                ListEntry.cccd.startswith(wanted),
                ListEntry.name_folded.contains(folded),
            ),
        )
        .order_by(PayoutList.month.desc(), ListEntry.code)
    )
    seen: dict[str, tuple[str, str, str | None, str, str]] = {}
    for code, name, cccd, month, point in session.execute(query):
        if code not in seen:
            seen[code] = (code, name, cccd, month, point)
            if len(seen) >= limit:
                break
    return list(seen.values())
