"""An earlier month read light (issue 15): each listed person's point, pay lines, amount and the office's
stop, read in bulk — the month before an import, as the register import's checks compare with it (item 2),
and the earlier months of a run of months not collected, for what each entitled the person to (item 4).

store/month_history.month_lines reads the same month whole: what came of each person too (the state cache),
and a PersonMonth for each. Neither asks whether someone was paid, so this reads no state (but for
the rare code on two lists of the month, where the line that stands depends on it) and makes an
entitlement only for the lists an amendment touched: a light tuple per person, in month_lines' order and
with its choice of line."""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from sqlalchemy import Text, select, type_coerce
from sqlalchemy.orm import Session

from payout_desk.domain.fold import Entitlement
from payout_desk.domain.history import outcome_of, standing_rank
from payout_desk.store.history import ISSUED, newest_issued, who_on
from payout_desk.store.ledger import StoredChange, apply_changes
from payout_desk.store.models import ListEntry, PayoutList, Point
from payout_desk.store.month_read import NO_EVENT, decoded_lines, list_changes, list_states

Lines = tuple[tuple[str, str, int], ...]


class PriorLine(NamedTuple):
    """A person's line in an earlier month (the newest issued revision of their point's list, with its
    amendments): the fields of a PersonMonth the import's checks read."""

    month: str
    code: str
    name: str
    cccd: str | None
    point_code: str
    point_name: str
    list_id: str
    amount: int  # what the list entitles them to
    lines: Lines  # (kind, label, amount) as on the list
    stop_reason: str | None  # the office's báo giảm: deceased | moved | other


def prior_lines(session: Session, month: str) -> dict[str, PriorLine]:
    """Code → the person's line in `month`, for everyone listed in it (month_lines' people, order and line
    for a code on two lists)."""
    ids = set(
        session.scalars(
            select(PayoutList.list_id).where(PayoutList.month == month, PayoutList.status == ISSUED)
        )
    )
    rows = newest_issued(session, ids)
    if not rows:
        return {}
    points = {
        id_: (code, name) for id_, code, name in session.execute(select(Point.id, Point.code, Point.name))
    }
    where = {r.id: (r.list_id, *points[r.point_id]) for r in rows}
    listed: dict[int, dict[str, PriorLine]] = defaultdict(dict)
    decoded: dict[str, Lines] = {}
    for row_id, code, total, name, cccd, kept in session.connection().execute(
        select(
            ListEntry.payout_list_id,
            ListEntry.code,
            ListEntry.total,
            ListEntry.name,
            ListEntry.cccd,
            type_coerce(ListEntry.lines, Text),
        )
        .where(ListEntry.payout_list_id.in_(where))
        .order_by(ListEntry.payout_list_id, ListEntry.code)
    ):
        list_id, point_code, point_name = where[row_id]
        listed[row_id][code] = PriorLine(
            month,
            code,
            name,
            cccd,
            point_code,
            point_name,
            list_id,
            total,
            decoded_lines(decoded, kept),
            None,
        )
    changes = list_changes(session, list(ids))
    found: dict[str, PriorLine] = {}
    twice: dict[str, list[PriorLine]] = {}  # code → its line on each list naming it, in reading order
    for row in rows:
        lines = listed.get(row.id, {})
        if row.list_id in changes:
            lines = _amended(session, row, where[row.id], lines, changes[row.list_id])
        for code in found.keys() & lines.keys():
            twice.setdefault(code, [found[code]]).append(lines[code])
        found.update(lines)
    if twice:
        found.update(_standing(session, twice))
    return found


def _amended(
    session: Session,
    row: PayoutList,
    where: tuple[str, str, str],
    entries: dict[str, PriorLine],
    changes: list[StoredChange],
) -> dict[str, PriorLine]:
    """A list's lines after its amendments: stopped people keep their line with the stop's reason, people
    added are read from their addition, and anyone no longer listed is left out."""
    ents = {code: Entitlement(code, True, line.amount, row.revision) for code, line in entries.items()}
    apply_changes(ents, changes)
    found = {}
    for code, ent in ents.items():
        if not ent.listed:
            continue
        line = entries.get(code)
        if line is None:  # added by an amendment
            name, cccd, added = who_on(session, row, code)
            line = PriorLine(row.month, code, name, cccd, where[1], where[2], where[0], 0, tuple(added), None)
        found[code] = line._replace(amount=ent.amount, stop_reason=ent.stop.reason if ent.stop else None)
    return found


def _standing(session: Session, twice: dict[str, list[PriorLine]]) -> dict[str, PriorLine]:
    """Code → the line that stands among a code's lines on two lists of the month (domain/history
    .standing_line's choice, which needs what came of each: the state cache of those lists alone)."""
    states = list_states(session, {line.list_id for lines in twice.values() for line in lines})

    def rank(line: PriorLine) -> tuple[bool, bool, str]:
        state = states.get((line.list_id, line.code))
        if state is None:
            outcome = NO_EVENT[line.stop_reason is not None]
        else:
            status, payouts, stopped, _exception = state
            outcome = outcome_of(status, payouts, bool(stopped))
        return standing_rank(outcome, line.point_code)

    return {code: max(lines, key=rank) for code, lines in twice.items()}  # a tie: the first read stands
