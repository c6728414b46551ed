"""Deaths and what was paid after them (issue 15, item 5): each dead person's history up to a month."""

from __future__ import annotations

from sqlalchemy.orm import Session

from payout_desk.domain.history import DeathRecord, PersonHistory, first_death
from payout_desk.domain.month import Month
from payout_desk.store.month_history import death_records
from payout_desk.store.person_history import person_history


def dead_up_to(session: Session, month: str) -> list[tuple[DeathRecord, PersonHistory]]:
    """(the first death on record, the person's history) for everyone whose death is on record in the
    issued lists of `month` or before, by code."""
    found = []
    for code, records in sorted(death_records(session, str(Month.parse(month).next())).items()):
        death = first_death(records)
        history = person_history(session, code)
        if death is not None and history is not None:
            found.append((death, history))
    return found
