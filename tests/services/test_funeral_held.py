"""The family's one-off payment in the month after the death (issue 15 item 5 with item 2): the deceased is
held off the month's list, and the payment still goes on the list of the point they would have been on."""

from __future__ import annotations

from pathlib import Path

import pytest

from payout_desk.services.common.errors import Refused
from tests.roundkit import Round, default_rows, write_register
from tests.services.test_family_payment import funeral, reported_deceased

JANUARY = "2027-01"


@pytest.mark.devices(1)
def test_a_funeral_payment_for_a_person_held_after_their_death(game: Round, tmp_path: Path) -> None:
    reported_deceased(game)  # NCC002 at P01, December
    register = write_register(tmp_path / "jan.csv", default_rows())
    assert game.office.registers.import_file(register, JANUARY, confirm_month=True).held == 1
    game.office.lists.issue(JANUARY, tmp_path / "jan")
    report = game.office.amendments.amend(JANUARY, "P01", tmp_path / "amend", payment=funeral())
    (change,) = report.changes
    assert change.code == "NCC002#1" and change.payment is not None
    assert change.payment.name == "Nguyễn Văn Cúc 2"
    with pytest.raises(Refused, match="P02"):  # held at P01: not a line of another point's list
        game.office.amendments.amend(JANUARY, "P02", tmp_path / "amend", payment=funeral())
