"""The unclaimed watch is kept while nothing it reads has changed (issue 15 loose ends: the dashboard asks
on every refresh) and read again as soon as something has: a sync file, an amendment, an issue, a
threshold."""

from __future__ import annotations

from pathlib import Path

import pytest

from payout_desk.services.point.pay import PayoutRequest
from tests.roundkit import Round, next_month
from tests.services.test_unclaimed import FEBRUARY, three_months


@pytest.mark.devices(1)
def test_the_watch_is_kept_until_the_data_changes(game: Round, tmp_path: Path) -> None:
    three_months(game)
    watch = game.office.unclaimed.watch
    first = watch(None, FEBRUARY)
    assert watch(None, FEBRUARY) is first  # nothing changed: the same answer, not read again
    assert "NCC005" in {p.code for p in first.people}

    game.devices[0].pay.record(PayoutRequest("NCC005", thumbprint=True, staff="Lan"))
    game.office.imports.files([game.export(0, "late.pdsync")])  # a sync file taken in
    paid = watch(None, FEBRUARY)
    assert paid is not first and "NCC005" not in {p.code for p in paid.people}
    assert watch(None, FEBRUARY) is paid

    game.office.amendments.amend(
        FEBRUARY, "P01", tmp_path / "amend", stop="NCC006", reason="moved", day="2027-02-01"
    )
    stopped = watch(None, FEBRUARY)
    assert stopped is not paid and "NCC006" not in {p.code for p in stopped.people}

    game.office.unclaimed.set_thresholds(flag=3)  # a threshold: another answer
    three = watch(None, FEBRUARY)
    assert three.months == 3 and watch(2, FEBRUARY).thresholds.flag == 3 and watch(None, FEBRUARY) is three

    next_month(game, "2027-03")  # a new month imported and issued
    assert watch().month == "2027-03" and watch(None, FEBRUARY) is not three


@pytest.mark.devices(1)
def test_a_reopened_database_is_read_again(game: Round) -> None:
    three_months(game)
    first = game.office.unclaimed.watch(None, FEBRUARY)
    game.office.reopen(game.office.db.engine.url.render_as_string(hide_password=False))  # as after a restore
    again = game.office.unclaimed.watch(None, FEBRUARY)
    assert again is not first and again == first
