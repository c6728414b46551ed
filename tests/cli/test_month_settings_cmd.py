"""`payout-desk settings amount-threshold` (issue 15 loose ends): shown, set, refused in one sentence."""

from __future__ import annotations

import json

import pytest

from tests.cli.conftest import Cli
from tests.roundkit import Round


@pytest.mark.devices(0)
def test_the_amount_threshold_shown_set_and_refused(game: Round, cli: Cli) -> None:
    game.close()
    office = ("--data-dir", game.root / "office")
    assert json.loads(cli("settings", "amount-threshold", "--json", *office).out) == {"amount_threshold": 0}
    done = cli("settings", "amount-threshold", "200.000", *office, "--lang", "vi")
    assert done.code == 0 and "200.000" in done.out and "không bị đánh dấu" in done.out
    assert json.loads(cli("settings", "amount-threshold", "--json", *office).out) == {
        "amount_threshold": 200_000
    }
    bad = cli("settings", "amount-threshold", "-5", *office)
    assert bad.code == 3 and len(bad.err.strip().splitlines()) == 1
    assert json.loads(cli("settings", "amount-threshold", "--json", *office).out) == {
        "amount_threshold": 200_000
    }
