from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.clock import iso_utc, parse_iso_utc, to_local, utc_now
from payout_desk.domain.month import Month


def test_month_parses_prints_and_labels() -> None:
    month = Month.parse("2026-12")
    assert str(month) == "2026-12"
    assert month.label_vi == "Tháng 12/2026"
    assert month.label_en == "December 2026"
    assert month.deadline == date(2026, 12, 5)
    assert month.next() == Month(2027, 1)
    assert Month(2027, 1).previous() == month


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "December", "2026-1", "26-12", ""])
def test_bad_months_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM"):
        Month.parse(text)


@given(st.integers(min_value=2001, max_value=2198), st.integers(min_value=1, max_value=12))
def test_next_and_previous_are_inverse_and_ordered(year: int, number: int) -> None:
    month = Month(year, number)
    assert month.next().previous() == month
    assert month < month.next()
    assert Month.parse(str(month)) == month


def test_times_are_stored_in_utc_and_shown_in_vietnam_time() -> None:
    moment = datetime(2026, 12, 1, 20, 30, tzinfo=UTC)
    assert iso_utc(moment) == "2026-12-01T20:30:00.000000Z"
    assert to_local(moment).strftime("%Y-%m-%d %H:%M %Z") == "2026-12-02 03:30 ICT"
    assert parse_iso_utc(iso_utc(moment)) == moment
    assert utc_now().tzinfo is not None
    with pytest.raises(ValueError, match="time zone"):
        iso_utc(datetime(2026, 12, 1))
