"""Arrears for someone released from hold after their list was issued (issue 15): the release reaches the
point as a báo tăng; carrying the earlier month then puts them on the list's next revision with the
amendment's lines and the arrears line, once, and the laptop pays it once."""

from __future__ import annotations

import pytest

from payout_desk.domain.history import Outcome
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.store.month_history import month_lines
from tests.roundkit import Round, next_month

DECEMBER, JANUARY, FEBRUARY = "2026-12", "2027-01", "2027-02"
AMOUNT = 2_789_000 + 1000 * 3  # NCC003's monthly allowance


def released_after_the_issue(game: Round) -> None:
    """NCC003 reported deceased in December (unpaid), held off January's issued list, then released by a
    báo tăng that every laptop loads."""
    one = game.devices[0]
    one.records.report("NCC003", "deceased", day="2026-12-01", reported_by="trưởng ấp", staff="Lan")
    game.office.imports.files([game.export(0, "dec.pdsync")])
    game.office.closing.close(DECEMBER)
    next_month(game, JANUARY)
    assert "NCC003" not in {r.code for r in one.roster.rows()}
    done = game.office.holds.release("NCC003", JANUARY, "báo nhầm", game.root / "release")
    assert done.listed == "amendment" and done.amendment is not None
    for desk in game.devices:
        desk.lists.load(done.amendment.path)


@pytest.mark.devices(2)
def test_a_person_released_after_the_issue_gets_their_arrears_once(game: Round) -> None:
    released_after_the_issue(game)
    office, one, two = game.office, game.devices[0], game.devices[1]
    result = office.closing.carry(DECEMBER, JANUARY)
    carried = {c.code: c for c in result.carried}
    assert "NCC003" not in {s.code for s in result.skipped}
    assert (carried["NCC003"].amount, carried["NCC003"].months) == (AMOUNT, (DECEMBER,))
    assert "P01" in result.revised

    folder = game.root / "jan2"
    issued = {f.point_code: f for f in office.lists.issue(JANUARY, folder)}
    assert issued["P01"].revision == 2
    for desk in game.devices:
        desk.lists.load(folder / f"P01_{JANUARY}.pdlist")
    codes = [r.code for r in one.roster.rows()]
    assert codes.count("NCC003") == 1  # the revision's entry, not the amendment's again
    assert one.lists.status().cash_total == issued["P01"].cash_total

    one.pay.record(PayoutRequest("NCC003", thumbprint=True, staff="Lan"))
    office.imports.files([game.export(0, "jan-1.pdsync"), game.export(1, "jan-2.pdsync")])
    status = office.status.month(JANUARY)
    kinds = {c.kind for c in status.conflicts if c.beneficiary_code == "NCC003"}
    assert kinds <= {"outside-month"}  # paid today, before January: no double payout, no wrong amount
    with office.db.reading() as session:
        line = month_lines(session, JANUARY)["NCC003"]
    assert (line.outcome, line.payouts, line.amount) == (Outcome.PAID, 1, 2 * AMOUNT)
    assert ("arrears", "Truy lĩnh tháng 12/2026", AMOUNT) in line.lines
    point = next(p for p in status.points if p.code == "P01")
    assert point.figures.paid_amount == point.figures.paid_entitled == 2 * AMOUNT
    again = office.closing.carry(DECEMBER, JANUARY)  # nothing twice
    assert again.carried == [] and ("NCC003", "already_carried") in {
        (s.code, s.reason) for s in again.skipped
    }
    assert two.lists.status().revision == 2


@pytest.mark.devices(1)
def test_paid_in_the_month_before_the_carry_is_carried_to_the_month_after(game: Round) -> None:
    """Paid on the laptop from the báo tăng before the carry: a line added now would stand as paid, so the
    carry leaves them (`paid_in_month`) and the office carries December onto February instead."""
    released_after_the_issue(game)
    office, one = game.office, game.devices[0]
    one.pay.record(PayoutRequest("NCC003", thumbprint=True, staff="Lan"))
    office.imports.files([game.export(0, "jan-1.pdsync")])
    result = office.closing.carry(DECEMBER, JANUARY)
    assert ("NCC003", "paid_in_month") in {(s.code, s.reason) for s in result.skipped}
    assert "NCC003" not in {c.code for c in result.carried}
    with office.db.reading() as session:
        line = month_lines(session, JANUARY)["NCC003"]
    assert (line.outcome, line.amount) == (Outcome.PAID, AMOUNT)  # the payout stands as it was

    office.closing.close(JANUARY)
    next_month(game, FEBRUARY)
    onto = {c.code: c for c in office.closing.carry(DECEMBER, FEBRUARY).carried}
    assert list(onto) == ["NCC003"] and (onto["NCC003"].amount, onto["NCC003"].months) == (
        AMOUNT,
        (DECEMBER,),
    )
    folder = game.root / "feb2"
    office.lists.issue(FEBRUARY, folder)
    one.lists.load(folder / f"P01_{FEBRUARY}.pdlist")
    one.pay.record(PayoutRequest("NCC003", thumbprint=True, staff="Lan"))
    office.imports.files([game.export(0, "feb-1.pdsync")])
    with office.db.reading() as session:
        feb = month_lines(session, FEBRUARY)["NCC003"]
    assert (feb.outcome, feb.payouts, feb.amount) == (Outcome.PAID, 1, 2 * AMOUNT)


@pytest.mark.devices(1)
def test_a_register_imported_again_keeps_the_released_persons_arrears(game: Round) -> None:
    released_after_the_issue(game)
    office, one = game.office, game.devices[0]
    office.closing.carry(DECEMBER, JANUARY)
    register = game.root / f"register-{JANUARY}.csv"
    office.registers.import_file(register, JANUARY, confirm_month=True)  # its drafts start anew
    folder = game.root / "jan2"
    office.lists.issue(JANUARY, folder)
    one.lists.load(folder / f"P01_{JANUARY}.pdlist")
    assert [r.code for r in one.roster.rows()].count("NCC003") == 1
    with office.db.reading() as session:
        line = month_lines(session, JANUARY)["NCC003"]
    assert line.amount == 2 * AMOUNT and ("arrears", "Truy lĩnh tháng 12/2026", AMOUNT) in line.lines


@pytest.mark.devices(1)
def test_a_person_moved_after_the_issue_gets_their_arrears_at_the_new_point(game: Round) -> None:
    """NCC005, absent in December, moved to P02 after January's lists are issued: December is carried onto
    P02's list (where they are paid now), not stopped with them at P01."""
    office = game.office
    game.devices[0].records.report("NCC005", "absent", staff="Lan")
    office.imports.files([game.export(0, "dec.pdsync")])
    office.closing.close(DECEMBER)
    next_month(game, JANUARY)
    office.transfers.transfer("NCC005", "P02", JANUARY, game.root / "move", day="2027-01-05")
    result = office.closing.carry(DECEMBER, JANUARY)
    five = next(c for c in result.carried if c.code == "NCC005")
    assert (five.point_code, five.amount) == ("P02", 2_789_000 + 5000)
    office.lists.issue(JANUARY, game.root / "jan2")
    with office.db.reading() as session:
        line = month_lines(session, JANUARY)["NCC005"]
    assert (line.point_code, line.amount) == ("P02", 2 * five.amount)
    assert ("arrears", "Truy lĩnh tháng 12/2026", five.amount) in line.lines
