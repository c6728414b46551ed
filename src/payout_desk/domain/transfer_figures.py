"""The month's bank transfers as the settlement counts them (issue 17 item 4): per point, what went by
transfer — issued, paid, unpaid — beside the cash list, and per bank the batches' lines: sent, paid, failed,
waiting for the bank's result, not sent, and what became of the failures.

A failed transfer put on the point's cash list (báo tăng) is counted once, as cash: it leaves the transfer
figures (`to_cash` says how many) and the cash list's figures hold it. A transfer line whose person also
stands on the month's cash list without that — a person counted twice — is named by `twice`, a problem."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from payout_desk.domain.settlement import Count, MonthSettlement, PointFigures

LISTED, SENT, PAID, FAILED = "listed", "sent", "paid", "failed"
TO_CASH, CARRIED = "cash", "carry"
NONE = Count()


@dataclass(frozen=True, slots=True)
class TransferFact:
    """One transfer line of the month, as the settlement needs it."""

    code: str
    point: str  # the point's code (the register's point when no point of the office has it)
    point_name: str
    bank_bin: str  # "" when the register's bank is unknown
    amount: int
    state: str  # listed | sent | paid | failed
    failed_action: str | None = None  # cash | carry | None
    on_cash_list: bool = False  # the person stands on the point's cash list of the month

    @property
    def as_cash(self) -> bool:
        """Moved to the cash list: counted there, not here."""
        return self.state == FAILED and self.failed_action == TO_CASH


@dataclass(frozen=True, slots=True)
class PointTransfers:
    issued: Count = NONE  # the point's people paid by transfer (those moved to cash left out)
    paid: Count = NONE
    unpaid: Count = NONE  # waiting, failed and listed or carried, never sent
    to_cash: Count = NONE  # failed, then put on the cash list (counted there)
    twice: int = 0  # also on the cash list without being moved there: counted twice


@dataclass(frozen=True, slots=True)
class BankFigures:
    """One bank's transfers of the month."""

    bin: str  # "" for the lines whose bank is unknown
    name: str
    lines: Count = NONE
    sent: Count = NONE
    paid: Count = NONE
    failed: Count = NONE
    waiting: Count = NONE  # sent, no result yet
    not_sent: Count = NONE
    to_cash: Count = NONE  # of the failed: put on the cash list
    carried: Count = NONE  # of the failed: carried to next month

    def problems(self) -> list[str]:
        found = []
        if self.lines != self.sent + self.not_sent:
            found.append(f"{self.bin or '?'}: lines ≠ sent + not sent")
        if self.sent != self.paid + self.failed + self.waiting:
            found.append(f"{self.bin or '?'}: sent ≠ paid + failed + waiting")
        return found


def _one(amount: int) -> Count:
    return Count(1, amount)


def point_transfers(facts: Iterable[TransferFact]) -> dict[str, PointTransfers]:
    """Point code → its transfer figures."""
    parts: dict[str, dict[str, Count]] = defaultdict(lambda: defaultdict(Count))
    twice: dict[str, int] = defaultdict(int)
    for fact in facts:
        mine = parts[fact.point]
        if fact.as_cash:
            mine["to_cash"] += _one(fact.amount)
            continue
        mine["issued"] += _one(fact.amount)
        mine["paid" if fact.state == PAID else "unpaid"] += _one(fact.amount)
        twice[fact.point] += fact.on_cash_list
    return {
        point: PointTransfers(c["issued"], c["paid"], c["unpaid"], c["to_cash"], twice[point])
        for point, c in parts.items()
    }


def bank_figures(facts: Iterable[TransferFact], name_of: Callable[[str], str]) -> tuple[BankFigures, ...]:
    """Each bank's figures, by BIN (the lines of an unknown bank last)."""
    parts: dict[str, dict[str, Count]] = defaultdict(lambda: defaultdict(Count))
    for fact in facts:
        mine, one = parts[fact.bank_bin], _one(fact.amount)
        mine["lines"] += one
        if fact.state == LISTED:
            mine["not_sent"] += one
            continue
        mine["sent"] += one
        mine[{PAID: "paid", FAILED: "failed"}.get(fact.state, "waiting")] += one
        if fact.state == FAILED and fact.failed_action in (TO_CASH, CARRIED):
            mine["to_cash" if fact.failed_action == TO_CASH else "carried"] += one
    order = sorted(parts, key=lambda b: (b == "", b))
    return tuple(BankFigures(b, name_of(b), **parts[b]) for b in order)


def with_transfers(
    settlement: MonthSettlement, facts: Iterable[TransferFact], name_of: Callable[[str], str]
) -> MonthSettlement:
    """The settlement with each point's transfers beside its cash list (a point whose people are all paid
    by transfer, so without a list, after the others) and each bank's figures."""
    facts = list(facts)
    if not facts:
        return settlement
    by_point = point_transfers(facts)
    names = {fact.point: fact.point_name for fact in facts}
    listed = {p.code for p in settlement.points}
    points = [*settlement.points, *(PointFigures(c, names[c]) for c in sorted(by_point) if c not in listed)]
    return MonthSettlement(
        settlement.month,
        tuple(_joined(p, by_point.get(p.code)) for p in points),
        bank_figures(facts, name_of),
    )


def _joined(figures: PointFigures, transfers: PointTransfers | None) -> PointFigures:
    if transfers is None:
        return figures
    return replace(
        figures,
        transfer_issued=transfers.issued,
        transfer_paid=transfers.paid,
        transfer_unpaid=transfers.unpaid,
        transfer_to_cash=transfers.to_cash,
        transfer_twice=transfers.twice,
    )
