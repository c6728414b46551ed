"""The readers of earlier months by their definition (issue 15, item 4): every month read whole, person by
person (store/unclaimed.month_outcomes), as the office once read them. The office now reads them a set at a
time (store/month_outcomes) or light (store/prior_month); the tests check it says the same."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy.orm import Session

from payout_desk.domain.history import Outcome, PersonMonth, unclaimed_run
from payout_desk.domain.list_history import HISTORY_MONTHS, MAX_RUN, ListHistory
from payout_desk.domain.month import Month
from payout_desk.services.office.unclaimed import Unclaimed
from payout_desk.store.links import code_groups, person_key
from payout_desk.store.unclaimed import month_outcomes


def lines_back(
    session: Session, upto: str, at_least: int = 1, at_most: int = MAX_RUN
) -> dict[str, list[PersonMonth]]:
    """Code → the person's lines, oldest first, in `upto` and the months before it: at least `at_least`
    months (while lists were issued), then further back only while someone's run of months not collected
    from `upto` back is unbroken, never more than `at_most`. A month with no issued list ends the reading.
    A person whose code changed (store/links) is one person: keyed by the code of their newest line."""
    groups = code_groups(session)
    found: dict[str, list[PersonMonth]] = defaultdict(list)
    running: set[str] | None = None  # the people not collecting in every month read so far
    month, read = Month.parse(upto), 0
    while read < at_most and (read < at_least or running):
        lines = {person_key(groups, code): line for code, line in month_outcomes(session, str(month)).items()}
        if not lines:
            break
        for key, line in lines.items():
            found[key].insert(0, line)
        unpaid = {key for key, line in lines.items() if line.outcome == Outcome.UNPAID}
        running = unpaid if running is None else running & unpaid
        month, read = month.previous(), read + 1
    return {months[-1].code: months for months in found.values()}


def histories_read_slowly(session: Session, month: str, flag: int) -> dict[str, ListHistory]:
    """store/unclaimed.histories by its definition: each person's lines of the months before `month`, whole
    (lines_back), their last three months and their run of months not collected up to the month before."""
    previous = Month.parse(month).previous()
    oldest = str(previous.previous().previous())
    found = {}
    for code, months in lines_back(session, str(previous), at_least=HISTORY_MONTHS).items():
        recent = tuple((m.month, m.outcome) for m in months if m.month >= oldest)
        run = unclaimed_run(months) if months[-1].month == str(previous) else 0
        if recent:
            found[code] = ListHistory(recent, run, flag)
    return found


def watch_read_slowly(session: Session, month: str, k: int, suspend: int) -> list[Unclaimed]:
    """office.unclaimed.watch's people by its definition: each person listed in `month`, their lines back
    (lines_back), their run and the lines of it; longest run first, then by point and code."""
    found = []
    for lines in lines_back(session, month).values():
        run = unclaimed_run(lines)
        if lines[-1].month != month or run < k:
            continue
        last = lines[-run:]
        newest = last[-1]
        found.append(
            Unclaimed(
                newest.code,
                newest.name,
                newest.point_code,
                newest.point_name,
                run,
                tuple(m.month for m in last),
                tuple(m.amount for m in last),
                newest.exception,
                run >= suspend,
            )
        )
    return sorted(found, key=lambda p: (-p.run, p.point_code, p.code))
