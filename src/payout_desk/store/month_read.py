"""One month's people read in bulk (issue 15): every point's newest issued list, their entries, amendments and
cached states in five queries whatever the month's size, then each person's line built in memory from plain
tuples. store/month_history.month_lines (with the pay lines) and store/unclaimed.month_outcomes (without)
both read a month so. When one code is on two lists of a month (a transfer), domain/history.standing_line
chooses the line that stands — never the order the lists are read in."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import orjson
from sqlalchemy import Text, func, null, select, type_coerce
from sqlalchemy.orm import Session

from payout_desk.domain.fold import Entitlement
from payout_desk.domain.history import PersonMonth, outcome_of, standing_line
from payout_desk.store.history import ISSUED, newest_issued, pay_lines, who_on
from payout_desk.store.ledger import CHANGE_COLUMNS, StoredChange, apply_changes
from payout_desk.store.models import AmendmentRow, BeneficiaryStateRow, ListEntry, PayoutList, Point

NO_EVENT = {False: outcome_of("", 0, False), True: outcome_of("", 0, True)}  # listed or stopped, no event


@dataclass(slots=True)
class MonthRead:
    month: str
    rows: list[
        PayoutList
    ]  # the newest issued revision of each list, as store/history.newest_issued gives them
    # list id → code → entitlement: the lists in entry order (revision id), then those only amended
    ents: dict[str, dict[str, Entitlement]] = field(default_factory=lambda: defaultdict(dict))
    # (list id, code) → (name, CCCD, pay lines: () unless read with lines)
    people: dict[tuple[str, str], tuple[str, str | None, tuple[tuple[str, str, int], ...]]] = field(
        default_factory=dict
    )
    states: dict[tuple[str, str], tuple[str, int, bool, str | None]] = field(default_factory=dict)


def read_month(session: Session, month: str, *, lines: bool = False) -> MonthRead:
    """The month's newest issued lists, each entry's (name, CCCD, pay lines when `lines`), the entitlements
    after every amendment, and the state cache's (status, payouts, stopped, exception)."""
    ids = set(
        session.scalars(
            select(PayoutList.list_id).where(PayoutList.month == month, PayoutList.status == ISSUED)
        )
    )
    read = MonthRead(month, newest_issued(session, ids))
    if not read.rows:
        return read
    by_row = {r.id: (r.list_id, r.revision) for r in read.rows}
    # the pay lines only when asked, as their JSON text, each distinct text decoded once (a month's people
    # share a few sets of lines: store/lists._lines_columns writes each set as the same text)
    pay: Any = type_coerce(ListEntry.lines, Text) if lines else null()
    decoded: dict[str, tuple[tuple[str, str, int], ...]] = {}
    for row_id, code, total, name, cccd, kept in session.connection().execute(
        select(ListEntry.payout_list_id, ListEntry.code, ListEntry.total, ListEntry.name, ListEntry.cccd, pay)
        .where(ListEntry.payout_list_id.in_(by_row))
        .order_by(ListEntry.payout_list_id, ListEntry.code)
    ):
        list_id, revision = by_row[row_id]
        read.ents[list_id][code] = Entitlement(code, True, total, revision)
        read.people[(list_id, code)] = (name, cccd, decoded_lines(decoded, kept) if lines else ())
    lists = [r.list_id for r in read.rows]
    for list_id, listed in list_changes(session, lists).items():
        apply_changes(read.ents[list_id], listed)
    read.states = list_states(session, lists)
    return read


def decoded_lines(
    decoded: dict[str, tuple[tuple[str, str, int], ...]], kept: object
) -> tuple[tuple[str, str, int], ...]:
    """An entry's pay lines from their stored JSON text, each distinct text decoded once."""
    if not isinstance(kept, str):
        return tuple(pay_lines(kept))
    found = decoded.get(kept)
    if found is None:
        found = decoded[kept] = tuple(pay_lines(orjson.loads(kept)))
    return found


def people_of(
    session: Session, read: MonthRead, order: Iterable[str], *, lines: bool = False
) -> dict[str, PersonMonth]:
    """Code → the person's line in the month, going through the lists in `order` (list ids)."""
    rows = {r.list_id: r for r in read.rows}
    points = {p.id: (p.code, p.name) for p in session.scalars(select(Point))}
    found: dict[str, PersonMonth] = {}
    for list_id in order:
        row = rows[list_id]
        revision, (point_code, point_name) = row.revision, points[row.point_id]
        for code, ent in read.ents.get(list_id, {}).items():
            if not ent.listed:
                continue
            person = read.people.get((list_id, code))
            if person is None:  # added by an amendment
                name, cccd, added = who_on(session, row, code)
                paid_lines = tuple(added)
            else:
                name, cccd, kept = person
                paid_lines = kept
            stop = ent.stop
            state = read.states.get((list_id, code))
            if state is None:  # no event: listed or stopped, the outcome made once
                outcome, payouts, exception = NO_EVENT[stop is not None], 0, None
            else:
                status, payouts, stopped, exception = state
                outcome = outcome_of(status, payouts, bool(stopped))
            line = PersonMonth(
                read.month,
                code,
                name,
                cccd,
                point_code,
                point_name,
                list_id,
                revision,
                ent.amount,
                outcome,
                payouts=payouts,
                exception=exception,
                stop_reason=stop.reason if stop else None,
                stop_date=stop.date if stop else None,
                lines=paid_lines if lines else (),
            )
            old = found.get(code)
            found[code] = line if old is None else standing_line(old, line)
    return found


def list_changes(session: Session, lists: Collection[str]) -> dict[str, list[StoredChange]]:
    """List id → its amendments in order."""
    changes: dict[str, list[StoredChange]] = defaultdict(list)
    for list_id, seq, kind, code, reason, effective, body, issued_at in session.connection().execute(
        select(AmendmentRow.list_id, *CHANGE_COLUMNS)
        .where(AmendmentRow.list_id.in_(lists))
        .order_by(AmendmentRow.list_id, AmendmentRow.seq)
    ):
        changes[list_id].append(StoredChange(seq, kind, code, reason, effective, body, issued_at))
    return changes


def list_states(
    session: Session, lists: Collection[str]
) -> dict[tuple[str, str], tuple[str, int, bool, str | None]]:
    """(list id, code) → the state cache's (status, payouts, stopped, exception)."""
    return {
        (list_id, code): (status, payouts, stopped, exception)
        for list_id, code, status, payouts, stopped, exception in session.connection().execute(
            select(
                BeneficiaryStateRow.list_id,
                BeneficiaryStateRow.code,
                BeneficiaryStateRow.status,
                BeneficiaryStateRow.payouts,
                BeneficiaryStateRow.stopped,
                BeneficiaryStateRow.exception,
            ).where(BeneficiaryStateRow.list_id.in_(lists))
        )
    }


class IssuedList(NamedTuple):
    id: int  # the newest issued revision's row
    list_id: str
    revision: int
    month: str
    point_id: int


def issued_rows(session: Session, *where: Any) -> list[IssuedList]:
    """The newest issued revision of every list with an issued revision matching `where`: columns only, in
    one query (no ORM row per list and month)."""
    latest = (
        select(PayoutList.list_id, func.max(PayoutList.revision).label("revision"))
        .where(PayoutList.status == ISSUED, *where)
        .group_by(PayoutList.list_id)
        .subquery()
    )
    query = select(
        PayoutList.id, PayoutList.list_id, PayoutList.revision, PayoutList.month, PayoutList.point_id
    ).join(latest, (PayoutList.list_id == latest.c.list_id) & (PayoutList.revision == latest.c.revision))
    return [IssuedList(*row) for row in session.execute(query)]


def issued_before(session: Session, before_month: str | None) -> dict[str, IssuedList]:
    """List id → the newest issued revision of every list of the months before `before_month` (every month
    when None)."""
    where = [PayoutList.month < before_month] if before_month is not None else []
    return {row.list_id: row for row in issued_rows(session, *where)}
