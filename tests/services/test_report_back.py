"""The report back to the welfare office (issue 15, item 7): `office.report_back` over two months — the
death with its evidence, the move, the family's payment, the amount to recover, the holds, the arrears
carried in and paid, the people not collecting — and the settlement totals the settlement papers show."""

from __future__ import annotations

from pathlib import Path

import pytest

from payout_desk.services.common.errors import InvalidInput, Refused
from tests.report_back_round import DECEMBER, JANUARY, amount, december, two_months
from tests.roundkit import Round, default_rows, write_register


def test_december_deaths_moves_family_and_recovery(game: Round) -> None:
    december(game)
    report = game.office.report_back.month(DECEMBER)
    death, stopped = report.deaths
    assert (stopped.code, stopped.source, stopped.date, stopped.where, stopped.clerk) == (
        "NCC008", "office", "2026-12-03", "P01", "",
    )  # fmt: skip
    assert (death.code, death.name, death.point_code, death.date, death.source) == (
        "NCC002", "Nguyễn Văn Cúc 2", "P01", "2026-11-20", "point",
    )  # fmt: skip
    assert (death.reported_by, death.clerk) == ("trưởng ấp Ba", "Hùng") and "An Phước máy 2" in death.where
    (move,) = report.moves
    assert (move.code, move.from_point, move.to_point, move.date, move.source) == (
        "NCC005", "P01", "P02", "2026-12-05", "transfer",
    )  # fmt: skip
    (family,) = report.family
    assert (family.code, family.line_code, family.amount, family.recipient, family.paid) == (
        "NCC002", "NCC002#1", 18_000_000, "Lê Thị Hai", True,
    )  # fmt: skip
    (owed,) = report.recover
    assert (owed.code, owed.month, owed.amount, owed.paid_by, owed.death_date) == (
        "NCC002", DECEMBER, amount(2), "Lan", "2026-11-20",
    )  # fmt: skip
    assert report.recover_total == amount(2)
    assert report.closed and report.holds == () and report.arrears_in == ()
    status = game.office.status.month(DECEMBER)  # the closed month: its frozen settlement
    assert status.closed is not None and report.totals == status.totals
    assert report.points == status.settlement.points  # the settlement papers' own figures
    assert {a.code for a in report.arrears_out} == {u.code for u in status.closed.unpaid}
    assert {a.state for a in report.arrears_out} == {"to_carry"}  # not yet carried


def test_january_holds_arrears_unclaimed_and_the_register_move(game: Round) -> None:
    two_months(game)
    report = game.office.report_back.month(JANUARY)
    assert report.deaths == () and not report.closed
    holds = {h.code: h for h in report.holds}
    assert (holds["NCC002"].kind, holds["NCC002"].state) == ("reported_deceased", "held")
    assert "NCC005" not in holds  # listed at the point they moved to: a transfer, not a hold
    assert ("NCC006", "P01", "P02", "register") in [
        (m.code, m.from_point, m.to_point, m.source) for m in report.moves
    ]
    carried = {a.code: a for a in report.arrears_in}
    assert (carried["NCC004"].amount, carried["NCC004"].state, carried["NCC004"].months) == (
        amount(4), "paid", (DECEMBER,),
    )  # fmt: skip
    assert carried["NCC003"].state == "unpaid" and "NCC002" not in carried
    onward = {a.code: a for a in report.arrears_out}
    assert onward["NCC003"].months == (DECEMBER, JANUARY) and onward["NCC003"].amount == 2 * amount(3)
    assert onward["NCC001"].state == "to_carry" and "NCC004" not in onward
    unclaimed = {u.code: u for u in report.unclaimed}
    assert unclaimed["NCC003"].run == 2 and unclaimed["NCC003"].months == (DECEMBER, JANUARY)
    assert "NCC001" not in unclaimed and "NCC004" not in unclaimed
    status = game.office.status.month(JANUARY)
    assert report.totals == status.totals and report.totals.paid_amount == 2 * amount(4)
    assert report.points == status.settlement.points and report.total == status.settlement.total
    assert report.counts()["recover"] == 1  # December's payout after the death is still to recover

    december_again = game.office.report_back.month(DECEMBER)  # carried now
    assert {a.state for a in december_again.arrears_out} <= {"carried", "not_carried"}
    assert any(a.state == "carried" for a in december_again.arrears_out)


def test_a_month_not_imported_or_not_issued_is_refused(game: Round, tmp_path: Path) -> None:
    out = tmp_path / "back.xlsx"
    with pytest.raises(InvalidInput, match="2027-03"):
        game.office.report_back.workbook("2027-03", out)
    game.office.registers.import_file(
        write_register(tmp_path / "feb.csv", default_rows()), "2027-02", confirm_month=True
    )
    with pytest.raises(Refused, match="2027-02"):
        game.office.report_back.workbook("2027-02", out)
    assert not out.exists()
