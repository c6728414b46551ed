"""A person across months, as the office knows them (issue 15): each month's line — point, amount, what
came of it —, a death with its evidence, holds, arrears. Pure: the store gathers the rows
(store/history.py), this decides what they mean.

A person is their register code; an earlier code with the same CCCD is the same person (linked at the
register import). A month's *outcome*:

    paid      đã nhận    listed, a payout stands
    unpaid    chưa nhận  listed, neither paid nor stopped (an exception report or none at all)
    stopped   báo giảm   listed, stopped by the office's amendment (and not paid)
    held      giữ lại    imported, kept off the lists until the office decides (not listed)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from payout_desk.domain.fold import Status
from payout_desk.domain.month import Month
from payout_desk.lang import Text, t


class Outcome(StrEnum):
    PAID = "paid"
    UNPAID = "unpaid"
    STOPPED = "stopped"
    HELD = "held"


OUTCOME_KEYS = {
    Outcome.PAID: "history.paid",
    Outcome.UNPAID: "history.unpaid",
    Outcome.STOPPED: "history.stopped",
    Outcome.HELD: "history.held",
}


LINE_KEYS = ("history.line_1", "history.line_2", "history.line_3")


def outcome_of(status: str, payouts: int, stopped: bool) -> Outcome:
    """A listed person's outcome from their state (domain/fold.py's status and counts)."""
    if payouts > 0 or status == Status.PAID:
        return Outcome.PAID
    if stopped or status == Status.STOPPED:
        return Outcome.STOPPED
    return Outcome.UNPAID


@dataclass(frozen=True, slots=True)
class Payment:
    """The payout that stands for a month: when, by whom, to whom."""

    amount: int
    at_local: str
    staff: str
    device: str  # the laptop's name (or key id when the office does not know it)
    recipient: str = ""  # "" the person themself, else the proxy's name
    event_id: str = ""


@dataclass(slots=True)
class PersonMonth:
    """One person's line in one month: the newest issued revision of their point's list. Treated as a value
    (nothing changes one once made) but not frozen: a month's lines are made by the tens of thousands at
    once (the register import's checks, the unclaimed watch), and a frozen dataclass takes eight times as
    long to build (each field set through object.__setattr__)."""

    month: str
    code: str
    name: str
    cccd: str | None
    point_code: str
    point_name: str
    list_id: str
    revision: int
    amount: int  # what the list entitles them to (0 when held)
    outcome: Outcome
    paid: Payment | None = None
    payouts: int = 0  # more than one: a double payout (a conflict)
    exception: str | None = None  # the standing exception report (absent, deceased, moved …)
    stop_reason: str | None = None  # the office's báo giảm: deceased | moved | other
    stop_date: str | None = None
    conflicts: tuple[str, ...] = ()  # the kinds of the person's conflicts that month
    lines: tuple[tuple[str, str, int], ...] = ()  # (kind, label, amount) as on the list


@dataclass(frozen=True, slots=True)
class DeathRecord:
    """A death the desk learnt of, with its evidence: a point's report (date of death, who brought the
    news, which laptop) or the office's stop as deceased."""

    code: str
    month: str  # the month whose list recorded it
    source: str  # "point" | "office"
    date: str | None  # the date of death (ISO) as reported, when known
    reported_by: str  # who brought the news (a point's report); "" for the office's stop
    where: str  # the point's code, and the laptop's name for a point's report
    record_id: str  # the report's event id, or "LIST_ID#SEQ" of the stop
    recorded_at: str  # when it was recorded (local time for a report, the amendment's issue time)


@dataclass(frozen=True, slots=True)
class FamilyPayment:
    """A one-off payment to the family after the death (domain/oneoff.py), as the office signed it, and its
    payout when the point's sync has brought one."""

    month: str
    point_code: str
    line_code: str  # the code it is listed and paid under ("NCC002#3")
    label: str  # Mai táng phí | Trợ cấp một lần
    amount: int
    recipient_name: str
    recipient_id: str
    relation: str
    reason: str
    issued_at: str
    paid: Payment | None = None


def first_death(records: Iterable[DeathRecord]) -> DeathRecord | None:
    """The earliest death on record (by month, then by date of death), or None."""
    ordered = sorted(records, key=lambda r: (r.month, r.date or "9999-99-99", r.recorded_at))
    return ordered[0] if ordered else None


@dataclass(frozen=True, slots=True)
class HoldRecord:
    month: str
    kind: str  # reported_deceased | stopped_earlier | by_hand
    state: str  # held | released | confirmed
    held_at: str
    held_by: str
    reason: str | None = None
    decided_at: str | None = None
    decided_by: str | None = None
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ArrearsRecord:
    from_month: str
    to_month: str
    amount: int
    months: tuple[str, ...]
    mode: str  # carry | list
    list_id: str | None = None


def standing_line(old: PersonMonth | None, new: PersonMonth) -> PersonMonth:
    """Which of a person's two lines of one month stands for it (a transfer leaves them stopped at the old
    point and listed at the new; two lists are a conflict): a line not stopped over a stopped one, a paid
    one over an unpaid one, then the higher point code — never the order the lists happen to be read in."""
    if old is None:
        return new
    return (
        new
        if standing_rank(new.outcome, new.point_code) > standing_rank(old.outcome, old.point_code)
        else old
    )


def standing_rank(outcome: str, point_code: str) -> tuple[bool, bool, str]:
    """standing_line's order, for a reader that has only the outcome and the point (the higher stands)."""
    return (outcome != Outcome.STOPPED, outcome == Outcome.PAID, point_code)


def unclaimed_run(months: Sequence[PersonMonth]) -> int:
    """How many calendar months in a row, ending with the newest month on record, the person was listed and
    did not collect (unpaid, not stopped). A paid, stopped or held month, or a month missing, ends the run."""
    by_month = {m.month: m for m in months}
    if not by_month:
        return 0
    run, current = 0, Month.parse(max(by_month))
    while (line := by_month.get(str(current))) is not None and line.outcome == Outcome.UNPAID:
        run += 1
        current = current.previous()
    return run


def month_short(month: str) -> Text:
    """ "T12" in Vietnamese, "month 12" in English."""
    m = Month.parse(month)
    return t("history.month_short", month=m.month)


def recent_line(months: Sequence[PersonMonth], count: int = 3) -> Text:
    """The last months (up to three) in one line: "T10 đã nhận · T11 chưa nhận · T12 báo giảm"."""
    return outcomes_line([(m.month, m.outcome) for m in months], count)


def outcomes_line(months: Sequence[tuple[str, Outcome]], count: int = 3) -> Text:
    """`recent_line` over (month, outcome) pairs (what a point's list carries)."""
    recent = sorted(months)[-min(max(count, 1), 3) :]
    if not recent:
        return t("history.none")
    parts = {
        f"m{i}": t("history.month_outcome", month=month_short(month), outcome=Text(OUTCOME_KEYS[outcome]))
        for i, (month, outcome) in enumerate(recent, 1)
    }
    return Text(LINE_KEYS[len(recent) - 1], parts)


@dataclass(frozen=True, slots=True)
class PersonHistory:
    """Everything the office knows of one person, oldest month first."""

    code: str
    codes: tuple[str, ...]  # this code first, then earlier codes of the same person (same CCCD)
    name: str
    cccd: str | None
    months: tuple[PersonMonth, ...]
    deaths: tuple[DeathRecord, ...] = ()
    holds: tuple[HoldRecord, ...] = ()
    arrears: tuple[ArrearsRecord, ...] = ()
    family: tuple[FamilyPayment, ...] = ()  # one-off payments to the family after the death

    @property
    def death(self) -> DeathRecord | None:
        return first_death(self.deaths)

    @property
    def unclaimed(self) -> int:
        return unclaimed_run(self.months)

    @property
    def issued(self) -> int:
        return sum(m.amount for m in self.months)

    @property
    def paid(self) -> int:
        return sum(m.paid.amount for m in self.months if m.paid is not None)


def recoverable(months: Sequence[PersonMonth], death: DeathRecord | None) -> list[PersonMonth]:
    """The months paid after a death: the monthly allowance ends with the month of death, so a payout for
    any later month is to be recovered (thu hồi). Without a date of death, the month the death was
    recorded in counts as the month of death."""
    if death is None:
        return []
    died = (death.date or "")[:7] or death.month
    return [m for m in months if m.month > died and m.paid is not None]
