"""A beneficiary's "history" on a list (issue 15): it round trips, a list without it still loads, and the
door takes exactly its shape — anything else is refused with one sentence."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.history import Outcome
from payout_desk.domain.list_history import HISTORY_MONTHS, MAX_RUN, ListHistory
from payout_desk.exchange.container import FileRejected
from payout_desk.exchange.listfile import build_list_file, read_list_file
from tests.exchange.test_listfile import DOC, KEY, _signed_with_body

GOOD = {"months": [["2026-10", "paid"], ["2026-11", "unpaid"]], "unclaimed": 1, "flag": 2}


def test_a_history_round_trips_and_a_list_without_it_loads() -> None:
    history = ListHistory((("2026-10", Outcome.PAID), ("2026-11", Outcome.UNPAID)), 1, 2)
    with_history = dataclasses.replace(
        DOC, beneficiaries=(dataclasses.replace(DOC.beneficiaries[0], history=history), DOC.beneficiaries[1])
    )
    _signed, parsed = read_list_file(build_list_file(with_history, KEY))
    assert parsed == with_history and parsed.beneficiaries[0].history == history
    assert history.to_json() == GOOD and not history.flagged
    assert read_list_file(build_list_file(DOC, KEY))[1].beneficiaries[0].history is None


months = st.lists(
    st.tuples(st.integers(2000, 2100), st.integers(1, 12)), max_size=HISTORY_MONTHS, unique=True
).map(lambda ms: tuple(f"{y:04d}-{m:02d}" for y, m in sorted(ms)))


@given(months, st.lists(st.sampled_from(list(Outcome)), min_size=3, max_size=3), st.integers(0, MAX_RUN))
def test_any_history_of_the_shape_round_trips(ms: tuple[str, ...], outcomes: list[Outcome], run: int) -> None:
    history = ListHistory(tuple(zip(ms, outcomes, strict=False)), run, min(run, 6))
    doc = dataclasses.replace(
        DOC, beneficiaries=(dataclasses.replace(DOC.beneficiaries[0], history=history),)
    )
    assert read_list_file(build_list_file(doc, KEY))[1].beneficiaries[0].history == history


def _set(value: Any) -> Any:
    return lambda body: body["beneficiaries"][0].update(history=value)


@pytest.mark.parametrize(
    ("case", "history", "why"),
    [
        ("not an object", [["2026-10", "paid"]], "wrong type"),
        ("extra key", {**GOOD, "note": "x"}, "unknown key 'note'"),
        ("missing key", {"months": [], "unclaimed": 0}, "missing key 'flag'"),
        ("four months", {**GOOD, "months": [[f"2026-0{i}", "paid"] for i in range(1, 5)]}, "at most 3"),
        ("month not a pair", {**GOOD, "months": [["2026-10", "paid", "x"]]}, "pair"),
        ("month bad", {**GOOD, "months": [["2026-13", "paid"]]}, "YYYY-MM"),
        (
            "months out of order",
            {**GOOD, "months": [["2026-11", "paid"], ["2026-10", "paid"]]},
            "oldest first",
        ),
        ("month twice", {**GOOD, "months": [["2026-11", "paid"], ["2026-11", "paid"]]}, "each once"),
        ("outcome unknown", {**GOOD, "months": [["2026-10", "lost"]]}, "outcome must be one of"),
        ("run negative", {**GOOD, "unclaimed": -1}, "unclaimed must be a whole number"),
        ("run huge", {**GOOD, "unclaimed": 10**9}, "unclaimed must be a whole number"),
        ("run is bool", {**GOOD, "unclaimed": True}, "unclaimed must be a whole number"),
        ("flag is text", {**GOOD, "flag": "2"}, "flag must be a whole number"),
    ],
)
def test_a_history_of_another_shape_is_refused(case: str, history: Any, why: str) -> None:
    with pytest.raises(FileRejected, match=why):
        read_list_file(_signed_with_body(_set(history)))
