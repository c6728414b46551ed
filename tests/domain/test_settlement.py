"""The month's one settlement (domain/settlement.py): a point's figures from the store's figures and its
laptops' cash, the total field by field, the invariants `problems()` names, and the figure and its words
made from one int."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.figures import ListFigures
from payout_desk.domain.fold import CashPosition
from payout_desk.domain.money import amount_in_words, format_vnd
from payout_desk.domain.settlement import (
    Count,
    MonthSettlement,
    PointFigures,
    Written,
    point_figures,
    settlement_json,
    total_of,
    words_lines,
)

MONEY = st.integers(0, 10**12)
PEOPLE = st.integers(0, 10**5)


@st.composite
def points(draw: st.DrawFn, code: str = "P01") -> PointFigures:
    """A point whose figures hold: issued = paid + unpaid + stopped, cash out ≥ the entitled money paid."""
    paid, unpaid, stopped = (Count(draw(PEOPLE), draw(MONEY)) for _ in range(3))
    entitled = paid.money
    return PointFigures(
        code, f"Điểm {code}", issued=paid + unpaid + stopped, paid=paid, unpaid=unpaid, stopped=stopped,
        paid_out=entitled + draw(MONEY), payouts=draw(PEOPLE), received=draw(MONEY), returned=draw(MONEY),
        conflicts=draw(st.integers(0, 50)),
    )  # fmt: skip


@given(st.lists(points(), max_size=6))
def test_the_total_adds_every_figure_and_holds_when_the_points_do(found: list[PointFigures]) -> None:
    month = MonthSettlement("2026-12", tuple(found))
    total = month.total
    assert month.problems() == []
    assert total.issued == sum((p.issued for p in found), Count())
    assert total.paid_out == sum(p.paid_out for p in found) and total.held == sum(p.held for p in found)
    assert total.held == total.received - total.paid_out - total.returned
    assert total.excess_paid == total.paid_out - total.paid.money >= 0
    assert (total.code, total.name) == ("", "TỔNG CỘNG")


def test_problems_name_the_point_and_the_invariant() -> None:
    bad = PointFigures("P05", "Điểm 5", issued=Count(3, 9_000), paid=Count(1, 3_000), unpaid=Count(1, 3_000))
    assert bad.problems() == [
        "P05: issued ≠ paid + unpaid + stopped (people)",
        "P05: issued ≠ paid + unpaid + stopped (money)",
    ]
    month = MonthSettlement("2026-12", (bad,))
    assert len(month.problems()) == 4  # the point's, and the total's
    assert month.point("P09") == PointFigures("P09", "")  # a point without a list: nothing


def test_a_point_from_the_store_figures_takes_its_cash_out_from_the_laptops() -> None:
    figures = ListFigures(
        beneficiaries=4, cash_total=11_166_000, paid_count=2, paid_entitled=5_581_000, paid_amount=8_371_000,
        unpaid_count=2, unpaid_amount=5_585_000, payouts=3, conflicts=1,
    )  # fmt: skip
    p = point_figures("P01", "An Phước", figures, CashPosition(10_000_000, 8_371_000, 500_000, 3), 1)
    assert (p.paid.money, p.paid_out, p.excess_paid, p.held) == (5_581_000, 8_371_000, 2_790_000, 1_129_000)
    assert p.problems() == []
    shown = settlement_json(p)
    assert (shown["paid_amount"], shown["paid_entitled"], shown["cash_out"]) == (
        8_371_000,
        5_581_000,
        1_129_000,
    )
    assert shown["cash_total"] == shown["paid_entitled"] + shown["unpaid_amount"] + shown["stopped_amount"]


@given(st.integers(-(10**15), 10**15))
def test_a_written_amount_is_its_figure_and_its_words(amount: int) -> None:
    written = Written(amount)
    assert (
        written.line("Số tiền")
        == f"Số tiền: {format_vnd(amount, unit='')} đ — bằng chữ: {amount_in_words(amount)}"
    )


@given(points())
def test_the_words_lines_read_the_figures_they_name(p: PointFigures) -> None:
    paid, out, held = words_lines(p, held=True)
    assert amount_in_words(p.paid.money) in paid and amount_in_words(p.paid_out) in out
    assert held.endswith(amount_in_words(p.held)) and format_vnd(p.held, unit="") in held


def test_a_new_field_of_another_kind_keeps_its_default_on_the_total() -> None:
    one, two = PointFigures("P01", "a", paid_out=5), PointFigures("P02", "b", paid_out=7)
    assert total_of([one, two]).paid_out == 12 and total_of([]) == PointFigures("", "TỔNG CỘNG")


def test_transfers_beside_the_cash_list_reconcile_apart_and_together() -> None:
    from payout_desk.domain.transfer_figures import TransferFact, with_transfers

    cash = PointFigures(
        "P01", "An Phước", issued=Count(3, 9_000), paid=Count(2, 6_000), unpaid=Count(1, 3_000)
    )
    facts = [
        TransferFact("A", "P01", "An Phước", "970405", 5_000, "paid"),
        TransferFact(
            "B", "P01", "An Phước", "970405", 4_000, "failed", "cash"
        ),  # on the cash list: counted there
        TransferFact("C", "P01", "An Phước", "970405", 2_000, "failed", "carry"),
        TransferFact("D", "P02", "Mỹ An", "970436", 7_000, "sent"),  # P02 pays no one in cash
        TransferFact("E", "P02", "Mỹ An", "", 1_000, "listed"),  # an unknown bank: never sent
    ]
    month = with_transfers(MonthSettlement("2026-12", (cash,)), facts, {"970405": "Agribank"}.get)  # type: ignore[arg-type]
    p01, p02 = month.points
    assert (p01.transfer_issued, p01.transfer_paid, p01.transfer_unpaid, p01.transfer_to_cash) == (
        Count(2, 7_000), Count(1, 5_000), Count(1, 2_000), Count(1, 4_000))  # fmt: skip
    assert p01.all_issued == Count(5, 16_000) == p01.all_paid + p01.all_unpaid + p01.stopped
    assert (p02.code, p02.name, p02.issued, p02.transfer_issued) == ("P02", "Mỹ An", Count(), Count(2, 8_000))
    assert month.problems() == [] and month.total.all_paid == Count(3, 11_000)
    agribank, vcb, unknown = month.banks
    assert (agribank.bin, agribank.name, agribank.lines, agribank.paid, agribank.failed) == (
        "970405", "Agribank", Count(3, 11_000), Count(1, 5_000), Count(2, 6_000))  # fmt: skip
    assert (agribank.to_cash, agribank.carried, vcb.waiting, unknown.not_sent) == (
        Count(1, 4_000), Count(1, 2_000), Count(1, 7_000), Count(1, 1_000))  # fmt: skip
    twice = with_transfers(MonthSettlement("2026-12", (cash,)), [
        TransferFact("A", "P01", "An Phước", "970405", 5_000, "paid", on_cash_list=True)], lambda _b: "")  # fmt: skip
    assert twice.problems() == ["P01: 1 on the cash list and counted as a transfer too",
                                ": 1 on the cash list and counted as a transfer too"]  # the total has no code  # fmt: skip
    broken = MonthSettlement("2026-12", (PointFigures("P01", "", transfer_issued=Count(1, 5), transfer_paid=Count(1, 4)),),
                             month.banks)  # fmt: skip
    assert "P01: transfers issued ≠ paid by transfer + unpaid" in broken.problems()
    assert "the banks' lines ≠ the points' transfers (moved to cash included)" in broken.problems()
