"""Reconciliation: a list's figures from entitlements and derived states, with the invariants."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from payout_desk.domain.fold import Entitlement, Status


@dataclass(frozen=True, slots=True)
class StateSummary:
    """What the figures need of a beneficiary's derived state (as the state cache keeps it)."""

    status: str
    paid_amount: int
    payouts: int
    exception: str | None
    conflicts: int


@dataclass(slots=True)
class ListFigures:
    """One list's reconciliation. Invariants (checked by `problems`):
    beneficiaries = paid_count + unpaid_count + stopped_count and
    cash_total = paid_entitled + unpaid_amount + stopped_amount; cash paid out = paid_amount, which
    exceeds paid_entitled only by double payouts and payouts no longer on the list (`excess_paid`)."""

    beneficiaries: int = 0
    cash_total: int = 0
    paid_count: int = 0
    paid_entitled: int = 0
    paid_amount: int = 0
    unpaid_count: int = 0
    unpaid_amount: int = 0
    stopped_count: int = 0
    stopped_amount: int = 0
    payouts: int = 0
    exceptions: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0

    @property
    def excess_paid(self) -> int:
        return self.paid_amount - self.paid_entitled

    def add(self, other: ListFigures) -> None:
        for name in (
            "beneficiaries",
            "cash_total",
            "paid_count",
            "paid_entitled",
            "paid_amount",
            "unpaid_count",
            "unpaid_amount",
            "stopped_count",
            "stopped_amount",
            "payouts",
            "conflicts",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for kind, n in other.exceptions.items():
            self.exceptions[kind] = self.exceptions.get(kind, 0) + n

    def problems(self) -> list[str]:
        found = []
        if self.beneficiaries != self.paid_count + self.unpaid_count + self.stopped_count:
            found.append("issued ≠ paid + unpaid + stopped (people)")
        if self.cash_total != self.paid_entitled + self.unpaid_amount + self.stopped_amount:
            found.append("issued ≠ paid + unpaid + stopped (money)")
        return found


UNTOUCHED = StateSummary(Status.UNPAID, 0, 0, None, 0)


def summarise(entitlements: Iterable[Entitlement], states: Mapping[str, StateSummary]) -> ListFigures:
    """A list's figures: every listed beneficiary once, plus payouts to codes no longer listed."""
    figures = ListFigures()
    listed: set[str] = set()
    for ent in entitlements:
        if not ent.listed:
            continue
        listed.add(ent.code)
        state = states.get(ent.code, UNTOUCHED)
        figures.beneficiaries += 1
        figures.cash_total += ent.amount
        figures.conflicts += state.conflicts
        if state.payouts:
            figures.paid_count += 1
            figures.paid_entitled += ent.amount
        elif ent.stop is not None:
            figures.stopped_count += 1
            figures.stopped_amount += ent.amount
        else:
            figures.unpaid_count += 1
            figures.unpaid_amount += ent.amount
            if state.exception:
                figures.exceptions[state.exception] = figures.exceptions.get(state.exception, 0) + 1
    for code, state in states.items():
        figures.paid_amount += state.paid_amount
        figures.payouts += state.payouts
        if code not in listed:
            figures.conflicts += state.conflicts
    return figures


def expected_share(deadline: date, today: date, days: int = 5) -> float:
    """How much of a list should be settled by the end of `today`: nothing before the round opens
    (`days` days before the deadline), all of it on the deadline, evenly in between."""
    opened = (today - deadline).days + days
    return min(1.0, max(0.0, opened / days))


def is_behind(figures: ListFigures, deadline: date, today: date) -> bool:
    """A point is behind when fewer of its people are settled (paid or stopped) than the calendar
    expects: by the 5th, everyone."""
    if figures.beneficiaries == 0:
        return False
    settled = figures.paid_count + figures.stopped_count
    return settled < int(expected_share(deadline, today) * figures.beneficiaries)
