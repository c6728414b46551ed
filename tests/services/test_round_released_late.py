"""test_round_property.py's round with the office releasing the held people (by báo tăng: their month's list
is issued) BEFORE it carries the earlier month's unpaid: every month still balances, no month is paid twice,
and each person released unpaid from a carried month gets that month as an arrears line."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from payout_desk.domain.history import Outcome
from payout_desk.store.models import Arrears
from payout_desk.store.month_history import month_lines
from tests.roundkit import Round, make_round, round_settings
from tests.services.test_round_property import EXAMPLE, MONTHS, ROWS, Plan, check, month_plan, play


def check_released(game: Round, plans: list[Plan]) -> None:
    """Released after the issue and unpaid in a carried month: the arrears row, onto the release's month."""
    office = game.office
    with office.db.reading() as session:
        rows = {(a.code, a.from_month): (a.to_month, a.amount, a.list_id) for a in session.query(Arrears)}
        lines = {month: month_lines(session, month) for month in MONTHS}
    for n, month in enumerate(MONTHS[1:], start=1):
        if plans[n - 1][4] != "carry":
            continue
        for hold in office.holds.month(month):
            before = lines[MONTHS[n - 1]].get(hold.code)
            if hold.state == "released" and before is not None and before.outcome == Outcome.UNPAID:
                row = rows.get((hold.code, MONTHS[n - 1]))
                assert row is not None and row[:2] == (month, before.amount) and row[2], (hold.code, month)


@round_settings(max_examples=3)
@example(plans=EXAMPLE)
@given(plans=st.lists(month_plan, min_size=3, max_size=3))
def test_released_after_the_issue_then_carried_balances(tmp_path_factory: object, plans: list[Plan]) -> None:
    root = Path(tmp_path_factory.mktemp("round"))  # type: ignore[attr-defined]
    game = make_round(root, devices=2, rows=ROWS)
    try:
        play(game, plans, late=True)
        check(game, plans)
        check_released(game, plans)
        if plans == EXAMPLE:  # NCC003: reported deceased in December, released in January, paid with arrears
            with game.office.db.reading() as session:
                january = month_lines(session, MONTHS[1])["NCC003"]
            assert january.outcome == Outcome.PAID and january.payouts == 1
            assert [kind for kind, _label, _amount in january.lines] == ["monthly", "arrears"]
    finally:
        game.close()
