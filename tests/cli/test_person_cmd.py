"""`payout-desk office person CODE` (issue 15): one person across months, in words and in JSON."""

from __future__ import annotations

import json

import pytest

from tests.cli.conftest import Cli
from tests.roundkit import Round
from tests.services.test_person_history import december


@pytest.mark.devices(1)
def test_the_command_answers_in_json(game: Round, cli: Cli) -> None:
    december(game)
    game.close()
    done = cli("office", "person", "NCC002", "--json", "--data-dir", game.root / "office")
    assert done.code == 0, done.err
    payload = json.loads(done.out)
    assert payload["death"]["reported_by"] == "trưởng ấp Ba"
    assert payload["months"][0]["outcome"] == "unpaid" and payload["months"][0]["exception"] == "deceased"
    missing = cli("office", "person", "NOPE", "--data-dir", game.root / "office")
    assert missing.code == 2 and "Nobody with the code NOPE" in missing.err
