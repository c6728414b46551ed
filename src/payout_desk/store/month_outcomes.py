"""What came of everyone listed in a month, a set of codes per outcome (issue 15, item 4: the history each
list carries). The database groups the codes — a row per list, and per list and kind of state, not per
person — and the months before an issue are compared a set at a time (store/unclaimed.histories).

The outcomes are store/unclaimed.month_outcomes' (tests/services/test_round_property.py checks it over random
months): a listed person with a state is what their state says (domain/history.outcome_of), anyone else is
stopped when the office stopped them and unpaid otherwise; a code on two lists of the month takes the
outcome of the line that stands (domain/history.standing_rank)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

import orjson
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from payout_desk.domain.fold import Entitlement
from payout_desk.domain.history import Outcome, outcome_of, standing_rank
from payout_desk.domain.list_history import MAX_RUN
from payout_desk.domain.month import Month
from payout_desk.store.ledger import StoredChange, apply_changes
from payout_desk.store.models import BeneficiaryStateRow, ListEntry, PayoutList, Point
from payout_desk.store.month_read import issued_rows, list_changes

OutcomeSets = dict[Outcome, set[str]]


def _array(session: Session, column: Any) -> ColumnElement[Any]:
    """The aggregate gathering a column's values of a group into one JSON array."""
    name = session.get_bind().dialect.name
    return func.json_agg(column) if name == "postgresql" else func.json_group_array(column)


def _codes(value: Any) -> list[str]:
    """A JSON array of codes as the driver gives it: text (SQLite) or already decoded (PostgreSQL)."""
    return value if isinstance(value, list) else orjson.loads(value)


def outcome_sets(session: Session, month: str) -> OutcomeSets:
    """Outcome → the codes of the people listed in `month` (every point's newest issued list, with its
    amendments) whose month came to it; {} when no list of the month was issued."""
    rows = issued_rows(session, PayoutList.month == month)
    if not rows:
        return {}
    by_row = {row.id: row for row in rows}
    codes = {
        by_row[row_id].list_id: _codes(listed)
        for row_id, listed in session.connection().execute(
            select(ListEntry.payout_list_id, _array(session, ListEntry.code))
            .where(ListEntry.payout_list_id.in_(by_row))
            .group_by(ListEntry.payout_list_id)
        )
    }
    lists = [row.list_id for row in rows]
    changes, events = list_changes(session, lists), _events(session, lists)
    revisions = {row.list_id: row.revision for row in rows}
    points: dict[int, str] = {id_: code for id_, code in session.execute(select(Point.id, Point.code))}
    point_of = {row.list_id: points[row.point_id] for row in rows}
    found: OutcomeSets = {outcome: set() for outcome in Outcome}
    where: dict[str, str] = {}  # code → the point of its line found so far
    for list_id in [*codes, *(list_id for list_id in changes if list_id not in codes)]:
        listed, stopped = _listed(codes.get(list_id, []), changes.get(list_id), revisions[list_id])
        mine = _outcomes(listed, stopped, events.get(list_id, {}))
        point = point_of[list_id]
        for code in where.keys() & listed:  # a second line of the month: the one that stands stays
            new = next(o for o, s in mine.items() if code in s)
            old = next(o for o, s in found.items() if code in s)
            if standing_rank(new, point) <= standing_rank(old, where[code]):
                mine[new].discard(code)
            else:
                found[old].discard(code)
        for outcome, chosen in mine.items():
            found[outcome] |= chosen
            where.update(dict.fromkeys(chosen, point))
    return {outcome: chosen for outcome, chosen in found.items() if chosen}


def _events(session: Session, lists: Collection[str]) -> dict[str, OutcomeSets]:
    """List id → outcome → the codes whose cached state (store/ledger) says so: grouped by the database on
    what decides the outcome (status, paid at all, stopped)."""
    state = BeneficiaryStateRow
    paid = state.payouts > 0
    found: dict[str, OutcomeSets] = {}
    for list_id, status, any_paid, stopped, group in session.connection().execute(
        select(state.list_id, state.status, paid, state.stopped, _array(session, state.code))
        .where(state.list_id.in_(lists))
        .group_by(state.list_id, state.status, paid, state.stopped)
    ):
        outcome = outcome_of(status, 1 if any_paid else 0, bool(stopped))
        found.setdefault(list_id, {}).setdefault(outcome, set()).update(_codes(group))
    return found


def _listed(codes: list[str], changes: list[StoredChange] | None, revision: int) -> tuple[set[str], set[str]]:
    """(the codes listed, those of them the office stopped): as entered when nothing amended the list."""
    if changes is None:
        return set(codes), set()
    ents = {code: Entitlement(code, True, 0, revision) for code in codes}
    apply_changes(ents, changes)
    listed = {code for code, ent in ents.items() if ent.listed}
    return listed, {code for code in listed if ents[code].stop is not None}


def _outcomes(listed: set[str], stopped: set[str], events: OutcomeSets) -> OutcomeSets:
    """A list's outcomes: each listed code with a state as the state says; without one, stopped when the
    office stopped them, else unpaid."""
    evented = set().union(*events.values())
    paid = events.get(Outcome.PAID, set()) & listed
    stops = (events.get(Outcome.STOPPED, set()) & listed) | (stopped - evented)
    return {Outcome.PAID: paid, Outcome.STOPPED: stops, Outcome.UNPAID: listed - paid - stops}


def by_person(groups: Mapping[str, str], sets: OutcomeSets, newest: dict[str, str]) -> OutcomeSets:
    """A month's outcome sets keyed by person (a linked code → its person's key), noting each linked
    person's code in the newest month read. One person listed under two codes in a month: the better
    outcome stands (paid, then not collected, then stopped)."""
    linked = groups.keys() & set().union(*sets.values())
    if not linked:
        return sets
    found = {outcome: codes - linked for outcome, codes in sets.items()}
    for outcome in (Outcome.STOPPED, Outcome.HELD, Outcome.UNPAID, Outcome.PAID):  # the better one last
        for code in sorted(linked & sets.get(outcome, set())):
            key = groups[code]
            for codes in found.values():
                codes.discard(key)
            found.setdefault(outcome, set()).add(key)
            newest.setdefault(key, code)
    return found


def unclaimed_runs(
    session: Session, upto: str, groups: Mapping[str, str]
) -> tuple[dict[str, int], dict[str, str]]:
    """(person key → their run of months not collected up to `upto`, for everyone listed and not collecting
    in `upto`; a linked person's key → their code in `upto`). Read back a month's outcome sets at a time,
    only while someone's run is unbroken; a month with no issued list ends every run, as a month a
    person is not listed ends theirs (domain/history.unclaimed_run)."""
    runs: dict[str, int] = {}
    newest: dict[str, str] = {}
    running: set[str] | None = None
    month, length = Month.parse(upto), 0
    while length < MAX_RUN and (running is None or running):
        sets = outcome_sets(session, str(month))
        if not sets:
            break
        unpaid = by_person(groups, sets, newest if running is None else {}).get(Outcome.UNPAID, set())
        now = unpaid if running is None else running & unpaid
        if running is not None:
            runs.update(dict.fromkeys(running - now, length))
        running, length, month = now, length + 1, month.previous()
    runs.update(dict.fromkeys(running or (), length))
    return runs, newest
