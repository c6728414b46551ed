"""A transfer (issue 15 item 6) and the next month's register (item 2): the move's stop at the old point does
not hold the person the register now lists at the new point; listed at the old point still, they are held."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.roundkit import MONTH, Round, default_rows, person_row, write_register

JANUARY = "2027-01"


def january_rows(point: str) -> list[str]:
    rows = [r for r in default_rows() if ",NCC005," not in r]
    return [*rows, person_row(5, point=point, amount=2_794_000)]


@pytest.mark.devices(1)
@pytest.mark.parametrize(("point", "held"), [("Bưu cục Mỹ An", set()), ("Điểm BĐVHX An Phước", {"NCC005"})])
def test_the_month_after_a_transfer(game: Round, tmp_path: Path, point: str, held: set[str]) -> None:
    game.office.transfers.transfer("NCC005", "P02", MONTH, tmp_path / "move", day="2026-12-01")
    register = write_register(tmp_path / "jan.csv", january_rows(point))
    report = game.office.registers.import_file(register, JANUARY, confirm_month=True)
    assert {h.code for h in game.office.holds.month(JANUARY)} == held
    assert report.committed and report.held == len(held)
