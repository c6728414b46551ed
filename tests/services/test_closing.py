"""Closing a month and carrying arrears (issue 15 item 3): `office.closing` close, closed, carry, the frozen
settlement through status and papers, the late lines."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from payout_desk.domain.history import Outcome
from payout_desk.services.common.errors import Refused, UsageError
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.store.models import Arrears
from tests.roundkit import Round, next_month

DECEMBER, JANUARY, FEBRUARY = "2026-12", "2027-01", "2027-02"


def amount(i: int) -> int:
    return 2_789_000 + 1000 * i


def december(game: Round) -> None:
    one = game.devices[0]
    one.pay.record(PayoutRequest("NCC001", thumbprint=True, staff="Lan"))
    one.records.report("NCC002", "deceased", day="2026-11-28", reported_by="trưởng ấp Ba", staff="Lan")
    one.records.report("NCC005", "absent", staff="Lan")
    game.office.imports.files([game.export(0)])
    game.office.amendments.amend(
        DECEMBER, "P01", game.root / "amend", stop="NCC007", reason="moved", day="2026-12-01"
    )


def arrears_rows(game: Round) -> list[tuple[str, str, str | None, str]]:
    """(code, mode, list id, months JSON) of every arrears row."""
    with game.office.db.reading() as session:
        return [(a.code, a.mode, a.list_id, a.months) for a in session.query(Arrears).order_by(Arrears.code)]


@pytest.mark.devices(1)
def test_closing_freezes_the_settlement_and_lists_the_unpaid(game: Round) -> None:
    december(game)
    closed = game.office.closing.close(DECEMBER)
    unpaid = {u.code: u for u in closed.unpaid}
    assert set(unpaid) == {f"NCC{i:03d}" for i in range(2, 13) if i != 7} | {"NCC099"}
    assert unpaid["NCC005"].exception == "absent" and unpaid["NCC005"].amount == amount(5)
    assert unpaid["NCC002"].exception == "deceased" and unpaid["NCC099"].point_code == "P02"
    assert closed.totals.paid_count == 1 and closed.totals.stopped_count == 1
    assert closed.totals.unpaid_count == len(unpaid) and closed.late == ()
    before = game.office.status.month(DECEMBER)
    assert before.closed is not None and before.closed.closed_at == closed.closed_at

    game.devices[0].pay.record(PayoutRequest("NCC003", thumbprint=True, staff="Hùng"))  # after the close
    game.office.imports.files([game.export(0, "late.pdsync")])

    after = game.office.status.month(DECEMBER)
    assert after.totals == before.totals and after.cash == before.cash
    assert [p.figures for p in after.points] == [p.figures for p in before.points]
    late = [f for f in after.points[0].flags if f.kind == "late"]
    assert len(late) == 1 and "NCC003" in late[0].detail and "payout" in late[0].detail
    assert game.office.closing.closed(DECEMBER).late[0].code == "NCC003"  # type: ignore[union-attr]

    book = game.office.papers.settlement(DECEMBER, game.root / "s.xlsx")
    assert book.paid_amount == amount(1)
    sheets = load_workbook(game.root / "s.xlsx", read_only=True)
    assert "Ghi nhận muộn" in sheets.sheetnames
    texts = [str(c) for row in sheets["Ghi nhận muộn"].iter_rows(values_only=True) for c in row if c]
    assert "NCC003" in texts and any("khóa" in x for x in texts)
    details = {row[1]: row for row in sheets["Chi tiết"].iter_rows(values_only=True) if row and len(row) > 8}
    assert details["NCC003"][7] == "Chưa chi" and "khóa sổ" in str(details["NCC003"][16])
    assert details["NCC001"][7] == "Đã chi"
    pdf = game.office.papers.settlement_report(DECEMBER, game.root / "s.pdf")
    assert pdf.total == amount(1)  # the frozen figures: the late payout is not in them


@pytest.mark.devices(1)
def test_bad_closings_change_nothing(game: Round) -> None:
    with pytest.raises(Refused, match="no issued list"):
        game.office.closing.close(JANUARY)
    game.office.closing.close(DECEMBER)
    with pytest.raises(Refused, match="already closed"):
        game.office.closing.close(DECEMBER)
    with pytest.raises(Refused, match="still open"):
        game.office.closing.carry(JANUARY, FEBRUARY)
    with pytest.raises(Refused, match="no register imported for 2027-01"):
        game.office.closing.carry(DECEMBER, JANUARY)
    with pytest.raises(UsageError):
        game.office.closing.carry(DECEMBER, DECEMBER)
    with pytest.raises(UsageError):
        game.office.closing.set_mode("both")
    assert arrears_rows(game) == [] and game.office.closing.closed(JANUARY) is None


@pytest.mark.devices(1)
def test_carrying_arrears_onto_the_next_month(game: Round) -> None:
    december(game)
    game.office.closing.close(DECEMBER)
    next_month(game, JANUARY)
    result = game.office.closing.carry(DECEMBER, JANUARY)
    carried = {c.code: c for c in result.carried}
    assert dict((s.code, s.reason) for s in result.skipped) == {"NCC002": "deceased"}
    assert set(carried) == {f"NCC{i:03d}" for i in (3, 4, 5, 6, 8, 9, 10, 11, 12, 99)}
    assert carried["NCC005"].amount == amount(5) and carried["NCC005"].months == (DECEMBER,)
    assert result.revised == ["P01", "P02"] and result.mode == "carry"

    again = game.office.closing.carry(DECEMBER, JANUARY)  # nothing twice
    assert again.carried == [] and {s.reason for s in again.skipped} == {"already_carried", "deceased"}
    assert len(arrears_rows(game)) == 10

    issued = {f.point_code: f for f in game.office.lists.issue(JANUARY, game.root / "jan2")}
    assert issued["P01"].new_revision and issued["P01"].revision == 2
    held = (2, 7)  # NCC002 (reported deceased) and NCC007 (stopped) are held off January's lists
    assert issued["P01"].cash_total == sum(amount(i) for i in range(1, 13) if i not in held) + sum(
        c.amount for c in result.carried if c.point_code == "P01"
    )
    game.devices[0].lists.load(game.root / "jan2" / "P01_2027-01.pdlist")
    line = game.office.people.person("NCC005").months[-1]
    assert line.amount == 2 * amount(5)
    assert ("arrears", "Truy lĩnh tháng 12/2026", amount(5)) in line.lines
    game.devices[0].pay.record(PayoutRequest("NCC005", thumbprint=True, staff="Lan"))
    game.office.imports.files([game.export(0, "jan.pdsync")])
    paid = game.office.people.person("NCC005")
    assert paid.months[-1].outcome == Outcome.PAID and paid.paid == 2 * amount(5)
    assert [(a.from_month, a.to_month, a.amount, a.mode) for a in paid.arrears] == [
        (DECEMBER, JANUARY, amount(5), "carry")
    ]

    # NCC004 is unpaid again in January: its arrears go on only inside January's unpaid amount
    game.office.closing.close(JANUARY)
    next_month(game, FEBRUARY)
    february = {c.code: c for c in game.office.closing.carry(JANUARY, FEBRUARY).carried}
    assert "NCC005" not in february and "NCC001" in february  # paid arrears are never carried again
    assert february["NCC004"].amount == 2 * amount(4)
    assert february["NCC004"].months == (DECEMBER, JANUARY)
    assert february["NCC001"].months == (JANUARY,)
    assert "NCC002" not in february
    game.office.closing.close(FEBRUARY)
    with pytest.raises(Refused, match="is closed"):
        game.office.closing.carry(JANUARY, FEBRUARY)


@pytest.mark.devices(1)
def test_list_mode_only_lists_the_arrears(game: Round) -> None:
    december(game)
    game.office.closing.close(DECEMBER)
    next_month(game, JANUARY)
    assert game.office.closing.set_mode("list") == "list" and game.office.closing.mode() == "list"
    result = game.office.closing.carry(DECEMBER, JANUARY)
    assert result.mode == "list" and len(result.carried) == 10 and result.revised == []
    rows = arrears_rows(game)
    assert {r[1] for r in rows} == {"list"} and all(r[2] is None for r in rows)
    assert json.loads(rows[0][3]) == [DECEMBER]
    issued = game.office.lists.issue(JANUARY, game.root / "jan2")
    assert not any(f.new_revision for f in issued)  # nothing added to January's lists


@pytest.mark.devices(1)
def test_a_register_imported_again_keeps_the_arrears_carried(game: Round) -> None:
    december(game)
    game.office.closing.close(DECEMBER)
    next_month(game, JANUARY)
    game.office.closing.carry(DECEMBER, JANUARY)
    register = game.root / f"register-{JANUARY}.csv"
    game.office.registers.import_file(register, JANUARY, confirm_month=True)  # its drafts start anew
    issued = {f.point_code: f for f in game.office.lists.issue(JANUARY, game.root / "jan2")}
    assert issued["P01"].new_revision and issued["P01"].revision == 2
    game.devices[0].lists.load(game.root / "jan2" / "P01_2027-01.pdlist")
    assert game.office.people.person("NCC005").months[-1].amount == 2 * amount(5)

    game.office.registers.import_file(register, JANUARY, confirm_month=True)  # the same again: no change
    again = {f.point_code: f for f in game.office.lists.issue(JANUARY, game.root / "jan3")}
    assert not again["P01"].new_revision and again["P01"].revision == 2
    assert again["P01"].cash_total == issued["P01"].cash_total
