"""The transfers beside the cash list (issue 17 item 4), over any month: whatever the lines' states and
failures' fates, the points' transfers and the banks' lines agree, every invariant holds, cash and transfer
together are the register's money to the đồng, and a failure moved to the cash list is counted once."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.settlement import Count, MonthSettlement, PointFigures
from payout_desk.domain.transfer_figures import TransferFact, with_transfers

STATES = st.sampled_from([("listed", None), ("sent", None), ("paid", None), ("failed", None), ("failed", "cash"),
                          ("failed", "carry")])  # fmt: skip


@st.composite
def months(draw: st.DrawFn) -> tuple[list[PointFigures], list[TransferFact]]:
    cash = []
    for code in ("P01", "P02"):
        paid, unpaid, stopped = (
            Count(draw(st.integers(0, 5)), draw(st.integers(0, 10**8))) for _ in range(3)
        )
        cash.append(
            PointFigures(
                code, code, issued=paid + unpaid + stopped, paid=paid, unpaid=unpaid, stopped=stopped
            )
        )
    facts = []
    for i in range(draw(st.integers(0, 30))):
        state, fate = draw(STATES)
        facts.append(TransferFact(f"T{i}", draw(st.sampled_from(["P01", "P02", "P03"])), "x",
                                  draw(st.sampled_from(["970405", "970436", ""])), draw(st.integers(1, 10**8)),
                                  state, fate))  # fmt: skip
    return cash, facts


@given(months())
def test_any_month_of_transfers_reconciles_with_its_cash_list(
    month: tuple[list[PointFigures], list[TransferFact]],
) -> None:
    cash, facts = month
    moved = [f for f in facts if f.as_cash]
    # what the cash list holds once a failure is moved there by báo tăng: the person, unpaid until the point pays
    cash = [
        PointFigures(p.code, p.name, issued=p.issued + sum((Count(1, f.amount) for f in moved if f.point == p.code), Count()),
                     paid=p.paid, unpaid=p.unpaid + sum((Count(1, f.amount) for f in moved if f.point == p.code), Count()),
                     stopped=p.stopped)
        for p in cash
    ]  # fmt: skip
    settled = with_transfers(MonthSettlement("2026-12", tuple(cash)), facts, lambda b: b)
    assert settled.problems() == []
    total = settled.total
    register = sum(p.issued.money for p in cash) + sum(f.amount for f in facts if not f.as_cash)
    assert total.all_issued.money == register
    assert total.all_issued == total.paid + total.transfer_paid + total.all_unpaid + total.stopped
    assert total.transfer_to_cash == sum((Count(1, f.amount) for f in moved), Count())
    assert total.transfer_paid.money == sum(f.amount for f in facts if f.state == "paid")
    assert sum((b.lines for b in settled.banks), Count()) == Count(len(facts), sum(f.amount for f in facts))
    assert {p.code for p in settled.points} >= {f.point for f in facts}
