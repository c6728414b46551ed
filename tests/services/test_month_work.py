"""What the office still has to do per month (open conflicts, points not heard from), from a real round."""

from __future__ import annotations

from datetime import date

from payout_desk.domain.month import Month
from payout_desk.domain.opening import MonthWork, Opening, opening_month
from tests.paykit import signed
from tests.roundkit import Round, default_rows, write_register

DECEMBER, JANUARY = Month(2026, 12), Month(2027, 1)


def test_points_not_heard_from_and_open_conflicts_are_counted_until_decided(game: Round) -> None:
    office = game.office
    assert office.status.month_work() == [MonthWork(DECEMBER, 0, 2)]  # P01 and P02 issued, no file yet

    one, two = game.devices
    one.pay.record(signed("NCC001"))
    two.pay.record(signed("NCC001"))  # the second laptop had not heard: paid twice
    office.imports.files([game.export(0), game.export(1)])
    assert office.status.month_work() == [MonthWork(DECEMBER, 1, 1)]  # P02 still silent

    office.registers.import_file(write_register(game.root / "thang-1.csv", default_rows()), str(JANUARY))
    assert office.status.month_work() == [MonthWork(JANUARY, 0, 0), MonthWork(DECEMBER, 1, 1)]
    assert opening_month(office.status.month_work(), date(2027, 1, 2)) == Opening(DECEMBER, 1, 0)

    [conflict] = office.status.month(str(DECEMBER)).conflicts
    office.conflicts.resolve(
        str(DECEMBER), conflict.conflict_id, "Đã thu lại lần chi thứ hai", "Trần Văn Kế Toán"
    )
    assert office.status.month_work()[1] == MonthWork(DECEMBER, 0, 1)
    assert opening_month(office.status.month_work(), date(2027, 1, 2)) == Opening(JANUARY)
    assert opening_month(office.status.month_work(), date(2026, 12, 20)) == Opening(DECEMBER, 0, 1)
