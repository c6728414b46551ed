"""The month's aggregate figures (status, dashboard) equal the per-list reference fold, whatever mix of
payouts, voids, cash moves, reports, stops and additions the round holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from payout_desk.domain.fold import CashPosition
from payout_desk.domain.ledger import ReportKind
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.store.ledger import cash_positions, list_figures
from payout_desk.store.month_figures import month_totals
from tests.paykit import signed
from tests.roundkit import MONTH, Round, person_row, write_register


def assert_matches_reference(office: OfficeDesk) -> None:
    with office.db.reading() as session:
        rows = office.status.month_lists(session, MONTH)
        totals = month_totals(session, rows)
        assert rows
        for row in rows:
            assert totals[row.list_id].figures == list_figures(session, row.list_id)
            assert totals[row.list_id].cash == cash_positions(session, row.list_id)


def test_untouched_round_is_all_unpaid(game: Round) -> None:
    assert_matches_reference(game.office)
    point = game.office.status.month(MONTH).points[0]
    f = point.figures
    assert (f.beneficiaries, f.unpaid_count, f.paid_count, f.stopped_count) == (12, 12, 0, 0)
    assert f.unpaid_amount == f.cash_total > 0
    assert point.cash == CashPosition()
    assert [(d.last_sync, d.last_seq) for d in point.devices] == [(None, 0), (None, 0)]


@pytest.mark.cash(0)
def test_stops_additions_voids_and_double_payouts(game: Round, tmp_path: Path) -> None:
    one, two = game.devices
    one.cash.receive(50_000_000)
    wrong = one.cash.receive(1_000_000)
    one.records.void(wrong.event_id, "nhập nhầm")
    one.pay.record(signed("NCC001"))
    voided = one.pay.record(signed("NCC002"))
    one.records.void(voided.event_id, "trả nhầm người")
    one.records.report("NCC003", ReportKind.ABSENT.value)
    two.cash.receive(20_000_000)
    two.pay.record(signed("NCC001"))  # a double payout: a conflict
    two.pay.record(signed("NCC004", at_home=True))
    two.cash.give_back(100_000)
    game.office.imports.files([game.export(0), game.export(1)])
    out = tmp_path / "amend"
    game.office.amendments.amend(
        MONTH, "P01", out, stop="NCC005", reason="deceased", day="2026-12-01"
    )  # untouched
    game.office.amendments.amend(
        MONTH, "P01", out, stop="NCC004", reason="moved", day="2026-12-01"
    )  # already paid
    added = write_register(tmp_path / "bao-tang.csv", [person_row(50, amount=3_000_000)])
    game.office.amendments.amend(MONTH, "P01", out, add_file=added)  # untouched addition
    assert_matches_reference(game.office)

    point = game.office.status.month(MONTH).points[0]
    f = point.figures
    assert (f.beneficiaries, f.paid_count, f.stopped_count, f.unpaid_count) == (13, 2, 1, 10)
    assert f.exceptions == {"absent": 1}
    assert f.payouts == 3 and f.conflicts == point.conflicts == 2  # double payout; paid, then stopped
    assert f.problems() == []
    assert point.cash.received == 70_000_000 and point.cash.returned == 100_000
    assert point.cash.paid == f.paid_amount and point.cash.payouts == 3
    assert sorted(d.last_seq for d in point.devices) == [4, 7]
    assert all(d.last_sync for d in point.devices)
