"""The month the office opens on: the earliest month with work, else the month being paid."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.month import Month
from payout_desk.domain.opening import MonthWork, Opening, opening_month, payout_month, waiting_counts

DAYS = st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31))
MONTHS = st.builds(Month, st.integers(2025, 2028), st.integers(1, 12))
WORK = st.builds(MonthWork, MONTHS, st.integers(0, 3), st.integers(0, 3))
BOOKS = st.lists(WORK, max_size=8, unique_by=lambda w: w.month)


def has_work(work: MonthWork, today: date) -> bool:
    return bool(work.open_conflicts or (work.points_waiting and waiting_counts(work.month, today)))


@given(DAYS)
def test_the_payout_month_is_the_first_whose_deadline_is_still_ahead(today: date) -> None:
    month = payout_month(today)
    assert month.deadline > today >= month.previous().deadline
    assert (month == Month(today.year, today.month)) == (today.day < 5)


@given(BOOKS, DAYS)
def test_the_office_opens_on_the_earliest_month_with_work_else_the_payout_month(
    book: list[MonthWork], today: date
) -> None:
    opened = opening_month(book, today)
    busy = sorted(w.month for w in book if has_work(w, today))
    assert opened.month == (busy[0] if busy else payout_month(today))
    assert opened.has_work == bool(busy)
    if busy:
        work = next(w for w in book if w.month == opened.month)
        assert opened.open_conflicts == work.open_conflicts
        assert opened.points_waiting == (work.points_waiting if waiting_counts(work.month, today) else 0)


@given(BOOKS, DAYS)
def test_the_order_the_months_come_in_does_not_matter(book: list[MonthWork], today: date) -> None:
    assert opening_month(book, today) == opening_month(list(reversed(book)), today)


@given(MONTHS, st.integers(0, 40), st.integers(1, 3))
def test_silent_points_count_only_while_the_round_is_on_or_just_ended(
    month: Month, offset: int, waiting: int
) -> None:
    today = month.first_day + timedelta(days=offset)
    opened = opening_month([MonthWork(month, points_waiting=waiting)], today)
    in_month = (today.year, today.month) == (month.year, month.month)
    assert (opened == Opening(month, 0, waiting)) == in_month
    if not in_month:
        assert opened == Opening(payout_month(today))


def test_open_conflicts_of_december_keep_the_office_there_after_the_5th() -> None:
    book = [MonthWork(Month(2026, 12), open_conflicts=2, points_waiting=1), MonthWork(Month(2027, 1))]
    assert opening_month(book, date(2026, 12, 10)) == Opening(Month(2026, 12), 2, 1)
    assert opening_month(book, date(2027, 2, 20)) == Opening(Month(2026, 12), 2, 0)


def test_with_no_work_the_1st_to_the_4th_belong_to_the_month_being_paid() -> None:
    assert opening_month([], date(2026, 12, 1)).month == Month(2026, 12)
    assert opening_month([], date(2026, 12, 4)).month == Month(2026, 12)
    assert opening_month([], date(2026, 12, 5)).month == Month(2027, 1)
    assert opening_month([MonthWork(Month(2026, 11))], date(2026, 11, 20)).month == Month(2026, 12)
