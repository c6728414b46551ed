"""Three months with the office on PostgreSQL give each person the history the same months give on SQLite:
the issue's histories (the months' outcome sets grouped by the database, kept one row per list revision)
reach the point's list alike, `office person` tells the same months and the unclaimed watch flags the same
people with the same runs and amounts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from payout_desk.services.point.pay import PayoutRequest
from tests.roundkit import make_round, next_month, png

pytestmark = pytest.mark.pg
PAID = ("NCC001", "NCC004", "NCC005")  # paid in December; the others are not collected


def three_months(root: Path, database_url: str | None) -> dict[str, Any]:
    game = make_round(root, devices=1, database_url=database_url)
    try:
        laptop = game.devices[0]
        laptop.cash.receive(50_000_000)
        for i, code in enumerate(PAID):
            laptop.pay.record(PayoutRequest(code, staff="Lan", signature_png=png(shade=i)))
        game.office.imports.files([game.export(0)])
        next_month(game, "2027-01")
        next_month(game, "2027-02")
        codes = [f"NCC{i:03d}" for i in range(1, 13)]
        histories = {code: laptop.roster.detail(code).history for code in codes}
        people = {
            code: [(m.month, m.outcome, m.amount) for m in game.office.people.person(code).months]
            for code in codes
        }
        watch = [(p.code, p.run, p.months, p.amounts) for p in game.office.unclaimed.watch(1).people]
        return {"histories": histories, "people": people, "watch": watch}
    finally:
        game.close()


def test_histories_on_postgresql_are_those_on_sqlite(pg_url: str, tmp_path: Path) -> None:
    on_pg = three_months(tmp_path / "pg", pg_url)
    on_sqlite = three_months(tmp_path / "sqlite", None)
    assert on_pg == on_sqlite
    histories = on_pg["histories"]
    assert all(h is not None for h in histories.values())
    assert histories["NCC002"].unclaimed == 2  # December and January not collected
    assert histories["NCC001"].unclaimed == 1  # paid in December, not in January
    flagged = {code: run for code, run, _months, _amounts in on_pg["watch"]}
    assert flagged["NCC002"] == 3 and flagged["NCC001"] == 2  # up to February
