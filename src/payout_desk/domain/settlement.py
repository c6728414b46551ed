"""The month's settlement as one computed value (issue 16 item 1): per point and for the whole month, what
was issued, paid, left unpaid and stopped (people and money), the cash handed out and the cash received,
returned and still held. Every paper (settlement PDF and workbook, status JSON, report back) prints its
amounts from this value, so no two papers can disagree, and `problems()` names any invariant that fails.

Two figures are easy to confuse and are kept apart:
- `paid.money`: the ENTITLED money of the people paid — what the list says they were due (đã chi theo
  danh sách); issued = paid + unpaid + stopped holds for it.
- `paid_out`: the CASH actually handed out (thực chi) — more than `paid.money` by double payouts and
  payouts to codes no longer on the list (`excess_paid`); received − cash out − returned = held."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

from payout_desk.domain.figures import ListFigures
from payout_desk.domain.fold import CashPosition
from payout_desk.domain.money import amount_in_words, format_vnd


@dataclass(frozen=True, slots=True)
class Count:
    """How many people and how much money (whole đồng)."""

    people: int = 0
    money: int = 0

    def __add__(self, other: Count) -> Count:
        return Count(self.people + other.people, self.money + other.money)


@dataclass(frozen=True, slots=True)
class Written:
    """One amount as a paper prints it: the figure and the words, both made from the same int."""

    amount: int

    @property
    def figure(self) -> str:
        return format_vnd(self.amount, unit="")

    @property
    def words(self) -> str:
        return amount_in_words(self.amount)

    def line(self, label: str) -> str:
        """'<label>: 8.371.000 đ — bằng chữ: Tám triệu … đồng' (the words read the figure printed before)."""
        return f"{label}: {self.figure} đ — bằng chữ: {self.words}"


PAID_WORDS = "Tổng số tiền đã chi theo danh sách"
PAID_OUT_WORDS = "Tổng số tiền thực chi (kể cả chi trùng, chi ngoài danh sách)"
HELD_WORDS = "Tiền còn giữ tại điểm (nhận − thực chi − nộp lại)"


@dataclass(frozen=True, slots=True)
class PointFigures:
    """One point's settlement for the month. New figures go in as fields with a default (cash16's count,
    shortfall and office issue); `total_of` adds every int and Count field of the points."""

    code: str
    name: str
    issued: Count = Count()
    paid: Count = Count()  # people paid, at their listed (entitled) amount
    unpaid: Count = Count()
    stopped: Count = Count()
    paid_out: int = 0  # cash handed out, double payouts and payouts off the list included
    payouts: int = 0
    received: int = 0  # cash received from the office (as the laptops recorded it)
    returned: int = 0  # cash given back to the office
    conflicts: int = 0

    @property
    def excess_paid(self) -> int:
        """Cash out beyond the entitled money paid: double payouts and payouts no longer on the list."""
        return self.paid_out - self.paid.money

    @property
    def held(self) -> int:
        """Cash still held at the point: received − cash out − returned."""
        return self.received - self.paid_out - self.returned

    def problems(self) -> list[str]:
        """The invariants that fail (empty when the point's figures hold together)."""
        found = []
        if self.issued.people != self.paid.people + self.unpaid.people + self.stopped.people:
            found.append(f"{self.code}: issued ≠ paid + unpaid + stopped (people)")
        if self.issued.money != self.paid.money + self.unpaid.money + self.stopped.money:
            found.append(f"{self.code}: issued ≠ paid + unpaid + stopped (money)")
        if min(self.issued.people, self.issued.money, self.paid.people, self.unpaid.people) < 0:
            found.append(f"{self.code}: a negative count")
        return found


def total_of(points: Iterable[PointFigures], code: str = "", name: str = "TỔNG CỘNG") -> PointFigures:
    """The points added up field by field: every int and Count field summed, a flag (bool) set when any
    point's is; a field of another kind (a list of lines, say) keeps its default on the total."""
    points = list(points)
    values: dict[str, Any] = {}
    for f in fields(PointFigures):
        parts = [getattr(p, f.name) for p in points]
        if f.name in ("code", "name") or not parts:
            continue
        if all(isinstance(v, bool) for v in parts):
            values[f.name] = any(parts)
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in parts):
            values[f.name] = sum(parts)
        elif all(isinstance(v, Count) for v in parts):
            values[f.name] = sum(parts, Count())
    return PointFigures(code, name, **values)


@dataclass(frozen=True, slots=True)
class MonthSettlement:
    """The month's settlement: every point's figures (in the status's order) and their total."""

    month: str
    points: tuple[PointFigures, ...] = ()

    @property
    def total(self) -> PointFigures:
        return total_of(self.points)

    def point(self, code: str) -> PointFigures:
        """The point's figures (all zero for a point without a list this month)."""
        return next((p for p in self.points if p.code == code), PointFigures(code, ""))

    def problems(self) -> list[str]:
        return [problem for p in (*self.points, self.total) for problem in p.problems()]


def point_figures(
    code: str, name: str, figures: ListFigures, cash: CashPosition, conflicts: int
) -> PointFigures:
    """A point's settlement from the store's figures (by person) and its laptops' cash: the cash handed
    out is the laptops' (received − paid − returned = held holds by construction)."""
    return PointFigures(
        code,
        name,
        issued=Count(figures.beneficiaries, figures.cash_total),
        paid=Count(figures.paid_count, figures.paid_entitled),
        unpaid=Count(figures.unpaid_count, figures.unpaid_amount),
        stopped=Count(figures.stopped_count, figures.stopped_amount),
        paid_out=cash.paid,
        payouts=figures.payouts,
        received=cash.received,
        returned=cash.returned,
        conflicts=conflicts,
    )


def words_lines(f: PointFigures, *, held: bool = False) -> list[str]:
    """A settlement's money in words, as every paper prints it under its figures: the entitled money paid,
    the cash handed out (and the cash still held): each line made from the very figure it names."""
    lines = [Written(f.paid.money).line(PAID_WORDS), Written(f.paid_out).line(PAID_OUT_WORDS)]
    return [*lines, Written(f.held).line(HELD_WORDS)] if held else lines


def settlement_json(f: PointFigures) -> dict[str, int]:
    """A settlement's figures under the keys the status JSON has always had (`paid_amount` is the cash
    handed out, `cash_out` the cash still held), and the plainer new names beside them."""
    return {
        "beneficiaries": f.issued.people,
        "cash_total": f.issued.money,
        "paid_count": f.paid.people,
        "paid_amount": f.paid_out,
        "paid_entitled": f.paid.money,
        "unpaid_count": f.unpaid.people,
        "unpaid_amount": f.unpaid.money,
        "stopped_count": f.stopped.people,
        "stopped_amount": f.stopped.money,
        "payouts": f.payouts,
        "conflicts": f.conflicts,
        "cash_received": f.received,
        "cash_returned": f.returned,
        "cash_out": f.held,
        "paid_out": f.paid_out,
        "excess_paid": f.excess_paid,
        "cash_held": f.held,
    }
