"""The fold and a laptop's void of a sibling laptop's report: it cancels that report (same list, same
person) and is flagged for the office; a cross-device void of anything else changes nothing. Order free."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.fold import ConflictKind, Status, fold_beneficiary, fold_cash, voided_ids
from tests.domain.test_ledger import LIST, LISTED, ev

DEATH = {"report": "deceased", "date": "2026-12-01", "reported_by": "không rõ", "note": ""}


def test_a_siblings_void_cancels_a_report_and_is_flagged() -> None:
    report = ev(1, "report", device="DEV2", data=DEATH)
    void = ev(1, "void", device="DEV1", target="DEV2-1", data={"reason": "ông còn sống"})
    state = fold_beneficiary(LIST, LISTED, [report, void], 1)
    assert state.status == Status.UNPAID and state.reports == ()
    [conflict] = state.conflicts
    assert conflict.kind == ConflictKind.REPORT_OVERRIDDEN and set(conflict.event_ids) == {"DEV2-1", "DEV1-1"}
    paid = fold_beneficiary(LIST, LISTED, [report, void, ev(2, device="DEV1")], 1)
    assert paid.status == Status.PAID and [c.kind for c in paid.conflicts] == [ConflictKind.REPORT_OVERRIDDEN]


def test_a_later_chain_of_the_same_laptop_is_not_a_sibling() -> None:
    report = ev(1, "report", device="DEV2", data=DEATH)
    void = ev(1, "void", device="DEV2.2", target="DEV2-1", data={"reason": "nhầm"})
    state = fold_beneficiary(LIST, LISTED, [report, void], 1)
    assert state.reports == () and state.conflicts == ()


def test_a_cross_device_void_of_a_payout_cash_or_another_persons_report_changes_nothing() -> None:
    payout = ev(1, device="DEV2")
    cash = ev(2, "cash-received", device="DEV2", code=None, amount=5000)
    other = ev(3, "report", device="DEV2", code="B2", data=DEATH)
    voids = [
        ev(n, "void", device="DEV1", code="B1", target=target, data={"reason": "x"})
        for n, target in ((1, "DEV2-1"), (2, "DEV2-2"), (3, "DEV2-3"))
    ]
    assert voided_ids([payout, cash, other, *voids]) == {}
    assert fold_beneficiary(LIST, LISTED, [payout, *voids], 1).status == Status.PAID
    assert fold_cash([payout, cash, *voids]).on_hand == 5000 - 1000


@given(st.randoms(use_true_random=False))
def test_overrides_do_not_depend_on_event_order(rng: random.Random) -> None:
    events = [
        ev(1, "report", device="DEV2", data=DEATH),
        ev(1, "void", device="DEV1", target="DEV2-1", data={"reason": "a"}),
        ev(2, "void", device="DEV3", target="DEV2-1", data={"reason": "b"}),
        ev(2, device="DEV1"),
    ]
    rng.shuffle(events)
    state = fold_beneficiary(LIST, LISTED, events, 1)
    assert state.status == Status.PAID and state.reports == ()
    assert [c.event_ids for c in state.conflicts] == [("DEV2-1", "DEV1-1")]  # the first void in time stands
