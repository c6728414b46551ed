"""Amounts to recover (issue 15, item 5): payouts made for a month after the month of death."""

from __future__ import annotations

import pytest

from payout_desk.services.common.errors import Refused
from payout_desk.services.point.pay import PayoutRequest
from tests.roundkit import MONTH, Round, next_month

JANUARY = "2027-01"


@pytest.mark.devices(1)
def test_payouts_after_the_month_of_death_are_listed(game: Round) -> None:
    one = game.devices[0]
    for code in ("NCC003", "NCC004"):
        one.pay.record(PayoutRequest(code, thumbprint=True, staff="Lan"))
    one.records.report("NCC002", "deceased", day="2026-12-01", reported_by="trưởng ấp Ba", staff="Lan")
    game.office.imports.files([game.export(0, "dec.pdsync")])
    assert game.office.deaths.recover(MONTH).rows == ()

    next_month(game, JANUARY)
    # the office learns in January that NCC003 died in November: December's payout is to be recovered
    game.office.amendments.amend(
        JANUARY, "P01", game.root / "amend", stop="NCC003", reason="deceased", day="2026-11-20"
    )
    # NCC002, reported deceased in December, is held off January's list (office.holds); NCC005 is paid in
    # January, and only then does the village head report that he died in December
    assert "NCC002" not in {r.code for r in one.roster.rows()}
    one.pay.record(PayoutRequest("NCC005", thumbprint=True, staff="Hùng"))
    one.records.report("NCC005", "deceased", day="2026-12-01", reported_by="trưởng ấp Ba", staff="Lan")
    game.office.imports.files([game.export(0, "jan.pdsync")])

    found = game.office.deaths.recover(JANUARY)
    assert [(r.code, r.month, r.amount, r.paid_by) for r in found.rows] == [
        ("NCC003", MONTH, 2_792_000, "Lan"),
        ("NCC005", JANUARY, 2_794_000, "Hùng"),
    ]
    assert found.total == 2_792_000 + 2_794_000
    dec, jan = found.rows
    assert (dec.death.source, dec.death.date, dec.death.month) == ("office", "2026-11-20", JANUARY)
    assert (jan.death.source, jan.death.reported_by, jan.death.where) == (
        "point",
        "trưởng ấp Ba",
        "P01 · An Phước máy 1",
    )
    assert dec.point_code == "P01" and dec.device == "An Phước máy 1" and dec.name.startswith("Nguyễn Văn")
    # as of December, the January facts are not yet known
    assert game.office.deaths.recover(MONTH).rows == ()


@pytest.mark.devices(1)
def test_a_month_not_issued_is_refused(game: Round) -> None:
    with pytest.raises(Refused, match="2027-03"):
        game.office.deaths.recover("2027-03")
