"""The month-to-month settings together (`office.month_settings`, issue 15 loose ends): read and saved in one
step, each checked before anything is written; the amount-change threshold the register import uses."""

from __future__ import annotations

import pytest

from payout_desk.services.common.errors import InvalidInput, UsageError
from payout_desk.services.office.month_settings import MonthSettings
from tests.roundkit import Round, default_rows, person_row
from tests.services.test_holds import JANUARY, import_month, issues


@pytest.mark.devices(1)
def test_saved_together_and_read_back(game: Round) -> None:
    settings = game.office.month_settings
    assert settings.current() == MonthSettings(2, 6, "carry", 0)
    saved = settings.save(flag="3", suspend="4", mode="list", threshold="200.000 đ")
    assert saved == MonthSettings(3, 4, "list", 200_000) == settings.current()
    assert game.office.unclaimed.thresholds().suspend == 4 and game.office.closing.mode() == "list"

    rows = default_rows()
    rows[5] = person_row(6, amount=2_900_000)  # 105.000 đ more than December
    assert not issues(import_month(game, JANUARY, rows), "amount_changed")
    settings.save(threshold="0")
    assert issues(import_month(game, JANUARY, rows), "amount_changed")


@pytest.mark.devices(1)
def test_one_bad_value_changes_nothing(game: Round) -> None:
    settings = game.office.month_settings
    before = settings.current()
    for bad in (
        {"flag": "7", "threshold": "1000"},  # flag over the suspension (6)
        {"flag": "0", "mode": "list"},
        {"suspend": "x"},
        {"threshold": "-5"},
        {"threshold": "12,5"},
        {"threshold": "10000000000000000"},
        {"flag": "3", "mode": "both"},
    ):
        with pytest.raises((InvalidInput, UsageError)):
            settings.save(**bad)
        assert settings.current() == before
