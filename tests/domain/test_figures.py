"""The calendar rule for "behind": nothing expected before the round opens, everyone by the 5th."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.figures import ListFigures, expected_share, is_behind

DEADLINE = date(2026, 12, 5)


def figures(people: int, paid: int, stopped: int = 0) -> ListFigures:
    return ListFigures(
        beneficiaries=people, paid_count=paid, stopped_count=stopped, unpaid_count=people - paid - stopped
    )


def test_the_expected_share_by_day() -> None:
    shares = [expected_share(DEADLINE, date(2026, 11, 30) + timedelta(days=d)) for d in range(7)]
    assert shares == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.0]


def test_behind_on_the_third_but_not_on_the_first() -> None:
    f = figures(100, 30)
    assert not is_behind(f, DEADLINE, date(2026, 12, 1))
    assert is_behind(f, DEADLINE, date(2026, 12, 3))
    assert not is_behind(figures(100, 50, 10), DEADLINE, date(2026, 12, 3))  # stopped people count as settled
    assert not is_behind(ListFigures(), DEADLINE, date(2026, 12, 9))


@given(
    people=st.integers(1, 500),
    paid=st.integers(0, 500),
    day=st.integers(-20, 20),
    later=st.integers(0, 10),
)
def test_behind_is_monotone_in_time_and_total_on_the_deadline(
    people: int, paid: int, day: int, later: int
) -> None:
    f = figures(people, min(paid, people))
    today = DEADLINE + timedelta(days=day)
    if is_behind(f, DEADLINE, today):
        assert is_behind(f, DEADLINE, today + timedelta(days=later))
    if day < -4:
        assert not is_behind(f, DEADLINE, today)
    if day >= 0:
        assert is_behind(f, DEADLINE, today) == (f.paid_count < people)
