"""Which month the office window opens on: the earliest month that still has work, else the month being
paid. Opening on the next month while this one still has open conflicts or silent points hides that work."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from payout_desk.domain.month import Month


@dataclass(frozen=True, slots=True)
class MonthWork:
    """What the office still has to do for one month it has lists for."""

    month: Month
    open_conflicts: int = 0  # conflicts (forks included) with no decision recorded
    points_waiting: int = 0  # points with an issued list and no sync file taken in yet


@dataclass(frozen=True, slots=True)
class Opening:
    """The month to open on, and why: its work (both zero when it is simply the month being paid)."""

    month: Month
    open_conflicts: int = 0
    points_waiting: int = 0

    @property
    def has_work(self) -> bool:
        return bool(self.open_conflicts or self.points_waiting)


def payout_month(today: date) -> Month:
    """The month being paid or prepared on `today`: payment is due before the 5th, so the 1st to the 4th
    belong to this month's round, and from the 5th on the office prepares the next month's."""
    month = Month(today.year, today.month)
    return month if today < month.deadline else month.next()


def waiting_counts(month: Month, today: date) -> bool:
    """Points not yet heard from are work while the month's round is on or just ended: from the 1st of
    the month to its last day (before that nobody has paid yet; after it the month is left behind)."""
    return month.first_day <= today < month.next().first_day


def opening_month(months: Iterable[MonthWork], today: date) -> Opening:
    """The earliest month with open conflicts, or with points still to send their file while its round is
    on or just ended; else the month being paid (`payout_month`)."""
    for work in sorted(months, key=lambda w: w.month):
        waiting = work.points_waiting if waiting_counts(work.month, today) else 0
        if work.open_conflicts or waiting:
            return Opening(work.month, work.open_conflicts, waiting)
    return Opening(payout_month(today))
