"""`payout-desk office unclaimed` and `payout-desk settings unclaimed` (issue 15, item 4)."""

from __future__ import annotations

import json

import pytest

from tests.cli.conftest import Cli
from tests.roundkit import Round
from tests.services.test_unclaimed import three_months


@pytest.mark.devices(1)
def test_the_watch_in_json_and_its_thresholds(game: Round, cli: Cli) -> None:
    three_months(game)
    game.close()
    office = ("--data-dir", game.root / "office")
    done = cli("office", "unclaimed", "--months", "3", "--json", *office)
    assert done.code == 0, done.err
    payload = json.loads(done.out)
    assert payload.keys() == {
        "month",
        "months",
        "flag_months",
        "suspend_months",
        "count",
        "to_suspend",
        "people",
    }
    assert (payload["month"], payload["months"], payload["flag_months"]) == ("2027-02", 3, 2)
    absent = next(p for p in payload["people"] if p["code"] == "NCC005")
    assert absent["months"] == ["2026-12", "2027-01", "2027-02"] and absent["run"] == 3
    assert set(absent) == {
        "code",
        "name",
        "point_code",
        "point_name",
        "run",
        "months",
        "amounts",
        "total",
        "exception",
        "suspend",
    }
    assert absent["suspend"] is False

    assert cli("settings", "unclaimed", "--suspend", "3", *office).code == 0
    shown = json.loads(cli("settings", "unclaimed", "--json", *office).out)
    assert shown == {"flag_months": 2, "suspend_months": 3}
    words = cli("office", "unclaimed", "--month", "2027-01", *office)
    assert words.code == 0 and "up to 2027-01" in words.out and "NCC005" in words.out


@pytest.mark.devices(1)
def test_bad_input_is_one_line_and_exit_3(game: Round, cli: Cli) -> None:
    game.close()
    office = ("--data-dir", game.root / "office")
    for months in ("0", "x", "-2"):
        bad = cli("office", "unclaimed", "--months", months, *office)
        assert bad.code == 3 and "whole number from 1 to 1200" in bad.err
        assert len(bad.err.strip().splitlines()) == 1
    missing = cli("office", "unclaimed", "--month", "2030-01", *office)
    assert missing.code == 3 and "No list has been issued for 2030-01" in missing.err
    over = cli("settings", "unclaimed", "--flag", "9", *office)
    assert over.code == 3 and "cannot be more than" in over.err
    assert json.loads(cli("settings", "unclaimed", "--json", *office).out)["flag_months"] == 2
