"""`payout-desk office carry-arrears` (issue 15) for someone released from hold after January's list was
issued (carried onto the list's next revision) and for someone already paid in January (skipped as
`paid_in_month`, with the sentence that sends their arrears to the month after)."""

from __future__ import annotations

import json

import pytest

from payout_desk.services.point.pay import PayoutRequest
from tests.cli.conftest import Cli
from tests.roundkit import Round
from tests.services.test_carry_released import DECEMBER, JANUARY, released_after_the_issue


@pytest.mark.devices(1)
def test_carry_in_json_and_words(game: Round, cli: Cli) -> None:
    released_after_the_issue(game)  # NCC003 on January's list by báo tăng
    game.devices[0].pay.record(PayoutRequest("NCC004", thumbprint=True, staff="Lan"))  # January's, paid
    game.office.imports.files([game.export(0, "jan.pdsync")])
    game.close()
    office = ("--data-dir", game.root / "office")
    done = cli("office", "carry-arrears", "--from", DECEMBER, "--to", JANUARY, *office)
    assert done.code == 0, done.err
    three = next(line for line in done.out.splitlines() if "NCC003" in line)
    assert "P01" in three and "2,792,000" in three.replace(".", ",") and DECEMBER in three
    four = next(line for line in done.out.splitlines() if "NCC004" in line)
    assert "already paid in the later month: carry it to the month after" in four
    again = cli("office", "carry-arrears", "--from", DECEMBER, "--to", JANUARY, "--json", *office)
    assert again.code == 0, again.err
    payload = json.loads(again.out)
    assert payload["carried"] == [] and payload["revised"] == []
    skipped = {s["code"]: s["reason"] for s in payload["skipped"]}
    assert (skipped["NCC003"], skipped["NCC004"]) == ("already_carried", "paid_in_month")
