"""A death report the office overrules (issue 15 items 2, 3, 5): the point reported a death in December, the
office released the January hold (báo nhầm: the person is alive) and the person was paid in January. The
report no longer stops December's arrears, and January's payout is not an amount to recover."""

from __future__ import annotations

from pathlib import Path

import pytest

from payout_desk.services.point.pay import PayoutRequest
from tests.roundkit import Round, default_rows, next_month

DECEMBER, JANUARY = "2026-12", "2027-01"


@pytest.mark.devices(1)
def test_a_released_death_report_stops_neither_arrears_nor_counts_as_recoverable(
    game: Round, tmp_path: Path
) -> None:
    device, office = game.devices[0], game.office
    device.records.report("NCC003", "deceased", day="2026-12-01", reported_by="hàng xóm", staff="Lan")
    office.imports.files([game.export(0, "december.pdsync")])
    office.closing.close(DECEMBER)
    folder = next_month(game, JANUARY, default_rows())
    before = office.closing.carry(DECEMBER, JANUARY)
    assert ("NCC003", "deceased") in {(s.code, s.reason) for s in before.skipped}  # not decided yet
    office.holds.release("NCC003", JANUARY, "báo nhầm: còn sống", tmp_path / "release")
    after = office.closing.carry(DECEMBER, JANUARY)
    assert [(c.code, c.months) for c in after.carried] == [("NCC003", (DECEMBER,))]
    office.lists.issue(JANUARY, folder)
    device.lists.load(folder / f"P01_{JANUARY}.pdlist")
    paid = device.pay.record(PayoutRequest("NCC003", thumbprint=True, staff="Lan"))
    assert paid.amount == 2 * 2_792_000  # January and December's arrears line
    office.imports.files([game.export(0, "january.pdsync")])
    assert office.deaths.recover(JANUARY).rows == ()
