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
from typing import TYPE_CHECKING, Any

from payout_desk.domain.figures import ListFigures
from payout_desk.domain.fold import CashPosition
from payout_desk.domain.money import amount_in_words, format_vnd

if TYPE_CHECKING:
    from payout_desk.domain.transfer_figures import BankFigures


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
TRANSFER_WORDS = "Tổng số tiền đã chuyển khoản"
ALL_WORDS = "Tổng số tiền đã chi (tiền mặt theo danh sách + chuyển khoản)"


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
    # issue 17: the point's people paid by bank transfer, beside the cash list above (domain/transfer_figures)
    transfer_issued: Count = Count()  # a failed transfer put on the cash list is counted there, not here
    transfer_paid: Count = Count()
    transfer_unpaid: Count = Count()  # waiting for the bank, failed (listed or carried), never sent
    transfer_to_cash: Count = Count()  # failed, then put on the cash list (inside `issued` once)
    transfer_twice: int = 0  # on the cash list and still counted as a transfer: a problem

    @property
    def all_issued(self) -> Count:
        """Cash and transfer together."""
        return self.issued + self.transfer_issued

    @property
    def all_paid(self) -> Count:
        return self.paid + self.transfer_paid

    @property
    def all_unpaid(self) -> Count:
        return self.unpaid + self.transfer_unpaid

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
        # cash and transfer together (issued = paid in cash + paid by transfer + unpaid + stopped) holds
        # exactly when both halves do
        if self.transfer_issued != self.transfer_paid + self.transfer_unpaid:
            found.append(f"{self.code}: transfers issued ≠ paid by transfer + unpaid")
        if self.transfer_twice:
            found.append(f"{self.code}: {self.transfer_twice} on the cash list and counted as a transfer too")
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
    banks: tuple[BankFigures, ...] = ()  # issue 17: each bank's transfers of the month

    @property
    def total(self) -> PointFigures:
        return total_of(self.points)

    def point(self, code: str) -> PointFigures:
        """The point's figures (all zero for a point without a list this month)."""
        return next((p for p in self.points if p.code == code), PointFigures(code, ""))

    def problems(self) -> list[str]:
        found = [problem for p in (*self.points, self.total) for problem in p.problems()]
        found += [problem for bank in self.banks for problem in bank.problems()]
        banked = sum((bank.lines for bank in self.banks), Count())
        moved = sum((bank.to_cash for bank in self.banks), Count())
        total = self.total
        if self.banks and banked != total.transfer_issued + total.transfer_to_cash:
            found.append("the banks' lines ≠ the points' transfers (moved to cash included)")
        if self.banks and moved != total.transfer_to_cash:
            found.append("the banks' failures moved to cash ≠ the points'")
        return found


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
    the cash handed out (and the cash still held); with transfers, the money paid by transfer and both
    together: each line made from the very figure it names."""
    lines = [Written(f.paid.money).line(PAID_WORDS), Written(f.paid_out).line(PAID_OUT_WORDS)]
    lines += [Written(f.held).line(HELD_WORDS)] if held else []
    if f.transfer_issued.people or f.transfer_to_cash.people:
        lines += [
            Written(f.transfer_paid.money).line(TRANSFER_WORDS),
            Written(f.all_paid.money).line(ALL_WORDS),
        ]
    return lines


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
        # issue 17: by bank transfer beside the cash list, and both together
        "transfer_count": f.transfer_issued.people,
        "transfer_amount": f.transfer_issued.money,
        "transfer_paid_count": f.transfer_paid.people,
        "transfer_paid_amount": f.transfer_paid.money,
        "transfer_unpaid_count": f.transfer_unpaid.people,
        "transfer_unpaid_amount": f.transfer_unpaid.money,
        "transfer_to_cash_count": f.transfer_to_cash.people,
        "transfer_to_cash_amount": f.transfer_to_cash.money,
        "all_count": f.all_issued.people,
        "all_amount": f.all_issued.money,
        "all_paid_count": f.all_paid.people,
        "all_paid_amount": f.all_paid.money,
        "all_unpaid_count": f.all_unpaid.people,
        "all_unpaid_amount": f.all_unpaid.money,
    }
