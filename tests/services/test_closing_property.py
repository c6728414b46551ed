"""A property over random months (issue 15 item 3): whoever is paid, stopped or left unpaid, and whether the
office carries or only lists the arrears, every person's month balances — issued = paid + carried +
stopped + unpaid not carried — and no month of anyone's allowance is paid twice."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from payout_desk.domain.history import Outcome
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.store.models import Arrears
from payout_desk.store.month_history import month_lines
from tests.roundkit import Round, default_rows, make_round, next_month, round_settings

MONTHS = ("2026-12", "2027-01", "2027-02")
PEOPLE = tuple(f"NCC{i:03d}" for i in range(1, 7))
ROWS = default_rows(6)

month_plan = st.tuples(
    st.frozensets(st.sampled_from(PEOPLE)),  # paid
    st.frozensets(st.sampled_from(PEOPLE)),  # stopped (unless paid)
    st.sampled_from(("carry", "list")),  # how this month's unpaid go on
)

EXAMPLE = [
    (frozenset({"NCC001"}), frozenset({"NCC002"}), "carry"),
    (frozenset({"NCC003", "NCC004"}), frozenset(), "carry"),
    (frozenset({"NCC003"}), frozenset({"NCC005"}), "list"),
]


def play(game: Round, plans: list[tuple[frozenset[str], frozenset[str], str]]) -> None:
    office, device = game.office, game.devices[0]
    for n, (month, (paid, stopped, _mode)) in enumerate(zip(MONTHS, plans, strict=True)):
        if n:
            folder = next_month(game, month, ROWS)
            office.closing.set_mode(plans[n - 1][2])
            if office.closing.carry(MONTHS[n - 1], month).revised:
                office.lists.issue(month, folder)
                if (folder / f"P01_{month}.pdlist").exists():
                    device.lists.load(folder / f"P01_{month}.pdlist")
        # someone stopped earlier is held off the list; when everyone is, P01 has no list this month
        here = device.lists.status().month == month
        listed = {r.code for r in device.roster.rows()} if here else set()
        for code in sorted(paid & listed):
            device.pay.record(PayoutRequest(code, thumbprint=True, staff="Lan"))
        if paid & listed:
            office.imports.files([game.export(0, f"{month}.pdsync")])
        for code in sorted((stopped - paid) & listed):
            office.amendments.amend(
                month, "P01", game.root / f"amend-{month}", stop=code, reason="other", day="2026-12-01"
            )
        office.closing.close(month)


@round_settings(max_examples=3)
@example(plans=EXAMPLE)
@example(plans=[(frozenset(), frozenset(PEOPLE), "carry")] * 3)  # all of P01 stopped: held, no list after
@given(plans=st.lists(month_plan, min_size=3, max_size=3))
def test_every_month_balances_and_nothing_is_paid_twice(
    tmp_path_factory: object, plans: list[tuple[frozenset[str], frozenset[str], str]]
) -> None:
    root = Path(tmp_path_factory.mktemp("round"))  # type: ignore[attr-defined]
    game = make_round(root, devices=1, rows=ROWS)
    try:
        play(game, plans)
        with game.office.db.reading() as session:
            lines = {month: month_lines(session, month) for month in MONTHS}
            rows = {
                (a.code, a.from_month): (a.amount, a.mode, json.loads(a.months))
                for a in session.query(Arrears)
            }
        covered: dict[str, list[str]] = defaultdict(list)  # code → every month a payout stood for
        for month in MONTHS:
            unpaid = {u.code for u in game.office.closing.closed(month).unpaid}  # type: ignore[union-attr]
            for code, line in lines[month].items():
                row = rows.get((code, month))
                carried = row[0] if row is not None and row[1] == "carry" else 0
                paid = line.amount if line.outcome == Outcome.PAID else 0
                stopped = line.amount if line.outcome == Outcome.STOPPED else 0
                left = line.amount if line.outcome == Outcome.UNPAID and not carried else 0
                assert line.amount == paid + carried + stopped + left, (code, month)
                assert (code in unpaid) == (line.outcome == Outcome.UNPAID)
                if row is not None:  # only the unpaid are carried or listed, each month once
                    assert line.outcome == Outcome.UNPAID and row[0] == line.amount
                if paid:
                    covered[code].append(month)
                    for kind, _label, _amount in line.lines:
                        if kind == "arrears":
                            arrears = rows[(code, MONTHS[MONTHS.index(month) - 1])]
                            covered[code].extend(arrears[2])
        if plans[0] == EXAMPLE[0]:  # the example pays December's arrears in January, months named once
            assert sorted(covered["NCC004"]) == ["2026-12", "2027-01"]
        for code, months in covered.items():
            assert len(months) == len(set(months)), code  # no month paid twice
    finally:
        game.close()
