"""The months before a month, a whole month at a time (issue 15, item 4): the unclaimed watch and the history
each beneficiary carries on a point's list. One `month_lines` per month, never one query per person; months
are read back only while somebody's run of months not collected is still unbroken."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from payout_desk.domain.history import Outcome, PersonMonth, unclaimed_run
from payout_desk.domain.list_history import HISTORY_MONTHS, ListHistory
from payout_desk.domain.month import Month
from payout_desk.store.history import ISSUED
from payout_desk.store.models import ListEntry, PayoutList
from payout_desk.store.month_history import month_lines


def newest_issued_month(session: Session) -> str | None:
    """The newest month with an issued list, or None."""
    return session.scalar(
        select(PayoutList.month).where(PayoutList.status == ISSUED).order_by(PayoutList.month.desc()).limit(1)
    )


def has_issued(session: Session, month: str) -> bool:
    return (
        session.scalar(
            select(PayoutList.id).where(PayoutList.month == month, PayoutList.status == ISSUED).limit(1)
        )
        is not None
    )


def lines_back(session: Session, upto: str, at_least: int = 1) -> dict[str, list[PersonMonth]]:
    """Code → the person's lines, oldest first, in `upto` and the months before it: at least `at_least`
    months (while lists were issued), then further back only while someone's run of unpaid months from
    `upto` back is unbroken. A month with no issued list ends the reading."""
    found: dict[str, list[PersonMonth]] = defaultdict(list)
    running: set[str] | None = None  # the people still unpaid in every month read so far
    month, read = Month.parse(upto), 0
    while read < at_least or running:
        lines = month_lines(session, str(month))
        if not lines:
            break
        for code, line in lines.items():
            found[code].insert(0, line)
        unpaid = {code for code, line in lines.items() if line.outcome == Outcome.UNPAID}
        running = unpaid if running is None else running & unpaid
        month, read = month.previous(), read + 1
    return dict(found)


def histories(session: Session, month: str, flag: int) -> dict[str, ListHistory]:
    """Code → the history a list of `month` carries: the person's months before it."""
    found: dict[str, ListHistory] = {}
    for code, months in lines_back(session, str(Month.parse(month).previous()), HISTORY_MONTHS).items():
        recent = months[-HISTORY_MONTHS:]
        found[code] = ListHistory(tuple((m.month, m.outcome) for m in recent), unclaimed_run(months), flag)
    return found


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode


def stamp_histories(session: Session, payout_list_id: int, found: Mapping[str, ListHistory]) -> int:
    """Keep on a list revision's entries the history each person carries; how many carry one."""
    rows = [
        {"entry_id": entry_id, "history": _JSON(found[code].to_json())}
        for entry_id, code in session.execute(
            select(ListEntry.id, ListEntry.code).where(ListEntry.payout_list_id == payout_list_id)
        )
        if code in found
    ]
    if rows:
        session.connection().execute(
            update(ListEntry.__table__)  # type: ignore[arg-type]
            .where(ListEntry.__table__.c.id == bindparam("entry_id"))
            .values(history=bindparam("history")),
            rows,
        )
    return len(rows)


def stamped_histories(session: Session, payout_list_id: int) -> dict[str, str]:
    """Code → the kept history (JSON) of a list revision's entries that carry one."""
    rows = session.execute(
        select(ListEntry.code, ListEntry.history).where(
            ListEntry.payout_list_id == payout_list_id, ListEntry.history.is_not(None)
        )
    )
    return {code: str(history) for code, history in rows}
