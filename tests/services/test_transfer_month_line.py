"""A transfer leaves a person on two lists of the month — stopped at the old point, listed at the new — and
their month is the new point's line (issue 15 items 3, 4, 6): what a month's closing lists as unpaid, the
arrears carried, the unclaimed watch and the next import read. It was whichever list happened to be read
last (lists are read in list_id order: random UUIDs), so both orders are forced here (store/month_read)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from payout_desk.domain.history import Outcome
from payout_desk.store import month_outcomes as outcomes_module
from payout_desk.store import month_read, prior_month
from payout_desk.store.month_history import month_lines
from payout_desk.store.month_outcomes import outcome_sets
from payout_desk.store.prior_month import prior_lines
from payout_desk.store.unclaimed import month_outcomes
from tests.roundkit import MONTH, Round


def ordered(read: Callable[..., list[Any]], backwards: bool) -> Callable[..., list[Any]]:
    def wrapped(*args: Any) -> list[Any]:
        return sorted(read(*args), key=lambda row: row.point_id, reverse=backwards)

    return wrapped


@pytest.mark.devices(1)
@pytest.mark.parametrize("backwards", [False, True])
def test_the_month_of_a_transferred_person_is_the_new_points_line(
    game: Round, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backwards: bool
) -> None:
    monkeypatch.setattr(month_read, "newest_issued", ordered(month_read.newest_issued, backwards))
    monkeypatch.setattr(outcomes_module, "issued_rows", ordered(outcomes_module.issued_rows, backwards))
    monkeypatch.setattr(prior_month, "newest_issued", ordered(prior_month.newest_issued, backwards))
    game.office.transfers.transfer("NCC005", "P02", MONTH, tmp_path / "move", day="2026-12-01")
    with game.office.db.reading() as session:
        line, seen = month_lines(session, MONTH)["NCC005"], month_outcomes(session, MONTH)["NCC005"]
        outcome = next(o for o, codes in outcome_sets(session, MONTH).items() if "NCC005" in codes)
        prior = prior_lines(session, MONTH)["NCC005"]  # what next month's import compares with
    assert (line.point_code, line.outcome) == ("P02", Outcome.UNPAID)
    assert (seen.point_code, seen.outcome) == ("P02", Outcome.UNPAID)
    assert outcome == Outcome.UNPAID  # the histories read this: not the old point's stop
    assert (prior.point_code, prior.stop_reason) == ("P02", None)
    closed = game.office.closing.close(MONTH)
    assert ("NCC005", "P02") in {(u.code, u.point_code) for u in closed.unpaid}
