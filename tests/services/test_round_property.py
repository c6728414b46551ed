"""The round-wide property of issue 15's acceptance, beside test_closing_property.py: random months where a
point reports deaths (held the next month, then released or confirmed by the office), two laptops of one
point both pay someone (a double payout: a conflict, never two payments of the month), and the office
carries or only lists the unpaid. For every person and month: issued = paid + carried + stopped + returned
(unpaid and not carried: given back to the welfare office), and no month is paid twice, arrears included."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from payout_desk.domain.history import Outcome, PersonMonth
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.store.models import Arrears
from payout_desk.store.month_history import month_lines
from payout_desk.store.prior_month import PriorLine, prior_lines
from payout_desk.store.unclaimed import histories
from tests.monthskit import histories_read_slowly, watch_read_slowly
from tests.roundkit import Round, default_rows, make_round, next_month, round_settings

MONTHS = ("2026-12", "2027-01", "2027-02")
PEOPLE = tuple(f"NCC{i:03d}" for i in range(1, 6))
ROWS = default_rows(5)
Plan = tuple[frozenset[str], frozenset[str], frozenset[str], bool, str, frozenset[str], str | None]

month_plan = st.tuples(
    st.frozensets(st.sampled_from(PEOPLE)),  # paid on laptop 1
    st.frozensets(st.sampled_from(PEOPLE)),  # of those, paid on laptop 2 as well (a double payout)
    st.frozensets(st.sampled_from(PEOPLE), max_size=2),  # reported deceased at the point (unless paid)
    st.booleans(),  # the office releases this month's held people (else confirms their stop)
    st.sampled_from(("carry", "list")),  # how this month's unpaid go on
    st.frozensets(st.sampled_from(PEOPLE), max_size=2),  # stopped by the office (unless paid or reported)
    st.none() | st.sampled_from(PEOPLE),  # transferred to P02 (unless paid or stopped), where no laptop pays
)

NONE: frozenset[str] = frozenset()
EXAMPLE: list[Plan] = [  # a double payout, a death, a stop, a transfer; held ones released; then confirmed
    (frozenset({"NCC001", "NCC002"}), frozenset({"NCC002"}), frozenset({"NCC003"}), True, "carry",
     frozenset({"NCC004"}), "NCC005"),
    (frozenset({"NCC003", "NCC004"}), frozenset({"NCC004"}), frozenset({"NCC001"}), True, "carry", NONE, None),
    (frozenset({"NCC003", "NCC005"}), NONE, NONE, False, "list", NONE, "NCC002"),
]  # fmt: skip


def carry(game: Round, folder: Path, src: str, month: str) -> None:
    """`src`'s unpaid carried onto `month`: a revised list issued again and loaded on every laptop."""
    if game.office.closing.carry(src, month).revised:
        game.office.lists.issue(month, folder)
        if (folder / f"P01_{month}.pdlist").exists():
            for desk in game.devices:
                desk.lists.load(folder / f"P01_{month}.pdlist")


def play(game: Round, plans: list[Plan], *, late: bool = False) -> None:
    """The months of `plans`; `late`: the office releases the held (báo tăng) before carrying the arrears."""
    office, one, two = game.office, game.devices[0], game.devices[1]
    for n, (month, plan) in enumerate(zip(MONTHS, plans, strict=True)):
        paid, double, deaths, release, _mode, stops, moving = plan
        if n:
            folder = next_month(game, month, ROWS)
            office.closing.set_mode(plans[n - 1][4])
            if not late:
                carry(game, folder, MONTHS[n - 1], month)
            for hold in office.holds.month(month):
                if hold.state != "held":
                    continue
                if release:
                    done = office.holds.release(hold.code, month, "báo nhầm", game.root / f"release-{month}")
                    if done.amendment is not None:
                        for desk in game.devices:
                            desk.lists.load(done.amendment.path)
                else:
                    office.holds.confirm(hold.code, month, "đã mất")
            if late:
                carry(game, folder, MONTHS[n - 1], month)
        here = one.lists.status().month == month
        listed = {r.code for r in one.roster.rows()} if here else set()
        for code in sorted(paid & listed):
            one.pay.record(PayoutRequest(code, thumbprint=True, staff="Lan"))
        for code in sorted(paid & double & listed):
            two.pay.record(PayoutRequest(code, thumbprint=True, staff="Hùng"))
        for code in sorted((deaths - paid) & listed):
            one.records.report(code, "deceased", day="2026-12-01", reported_by="trưởng ấp", staff="Lan")
        if here:
            office.imports.files([game.export(0, f"{month}-1.pdsync"), game.export(1, f"{month}-2.pdsync")])
        out = game.root / f"amend-{month}"
        for code in sorted((stops - paid - deaths) & listed):
            office.amendments.amend(month, "P01", out, stop=code, reason="other", day="2026-12-01")
        if moving is not None and moving in listed - paid - deaths - stops:
            moved = office.transfers.transfer(moving, "P02", month, out, day="2026-12-01")
            for desk in game.devices:
                desk.lists.load(moved.stop.path)
        office.closing.close(month)


def prior_line(line: PersonMonth) -> PriorLine:
    return PriorLine(
        line.month,
        line.code,
        line.name,
        line.cccd,
        line.point_code,
        line.point_name,
        line.list_id,
        line.amount,
        line.lines,
        line.stop_reason,
    )


def check(game: Round, plans: list[Plan]) -> None:
    with game.office.db.reading() as session:
        lines = {month: month_lines(session, month) for month in MONTHS}
        prior = {month: prior_lines(session, month) for month in MONTHS}
        carried_on = {month: histories(session, month, 2) for month in (*MONTHS[1:], "2027-03")}
        read_slowly = {month: histories_read_slowly(session, month, 2) for month in carried_on}
        rows = {
            (a.code, a.from_month): (a.amount, a.mode, json.loads(a.months)) for a in session.query(Arrears)
        }
    covered: dict[str, list[str]] = defaultdict(list)  # code → every month a payout stood for
    assert carried_on == read_slowly  # each list's history: what the whole months before it say
    suspend = game.office.unclaimed.thresholds().suspend
    for month in MONTHS:  # the unclaimed watch: what the whole months say
        with game.office.db.reading() as session:
            slowly = watch_read_slowly(session, month, 1, suspend)
        assert list(game.office.unclaimed.watch(1, month).people) == slowly
    for n, month in enumerate(MONTHS):
        # the next import's checks read the month lighter (store/prior_month): the same people, order, lines
        assert prior[month] == {code: prior_line(line) for code, line in lines[month].items()}
        assert list(prior[month]) == list(lines[month])
        status = game.office.status.month(month)
        doubles = {c.beneficiary_code for c in status.conflicts if c.kind == "double-payout"}
        p01 = [line for line in lines[month].values() if line.point_code == "P01"]
        paid_lines = [line for line in p01 if line.outcome == Outcome.PAID]
        point = next((p for p in status.points if p.code == "P01"), None)
        if point is not None:  # a double payout is one payment of the month (the cash out shows it twice)
            f = point.figures
            assert (f.paid_count, f.paid_entitled) == (len(paid_lines), sum(x.amount for x in paid_lines))
            assert f.paid_amount - f.paid_entitled == sum(x.amount * (x.payouts - 1) for x in paid_lines)
        assert doubles == {x.code for x in paid_lines if x.payouts > 1}
        assert doubles <= plans[n][1]
        for code, line in lines[month].items():
            row = rows.get((code, month))
            carried = row[0] if row is not None and row[1] == "carry" else 0
            paid = line.amount if line.outcome == Outcome.PAID else 0
            stopped = line.amount if line.outcome == Outcome.STOPPED else 0
            returned = line.amount if line.outcome == Outcome.UNPAID and not carried else 0
            assert line.amount == paid + carried + stopped + returned, (code, month)
            if row is not None:
                assert line.outcome == Outcome.UNPAID and row[0] == line.amount
            if paid:
                covered[code].append(month)
                for kind, _label, _amount in line.lines:
                    if kind == "arrears":
                        covered[code].extend(rows[(code, MONTHS[n - 1])][2])
    for code, months in covered.items():
        assert len(months) == len(set(months)), code  # no month paid twice
    if plans == EXAMPLE:
        dec, jan, feb = (lines[m] for m in MONTHS)
        assert (dec["NCC002"].outcome, dec["NCC002"].payouts) == (Outcome.PAID, 2)  # two laptops, one payment
        assert (dec["NCC003"].outcome, dec["NCC003"].exception) == (Outcome.UNPAID, "deceased")
        assert (dec["NCC004"].outcome, dec["NCC005"].point_code) == (Outcome.STOPPED, "P02")
        assert jan["NCC003"].outcome == Outcome.PAID  # held after the death report, released, paid
        assert (jan["NCC004"].outcome, jan["NCC004"].payouts) == (Outcome.PAID, 2)  # the stop released
        assert "NCC001" not in feb and feb["NCC002"].point_code == "P02"  # death confirmed; moved


@round_settings(max_examples=4)
@example(plans=EXAMPLE)
@given(plans=st.lists(month_plan, min_size=3, max_size=3))
def test_every_month_balances_with_deaths_holds_and_two_laptops(
    tmp_path_factory: object, plans: list[Plan]
) -> None:
    root = Path(tmp_path_factory.mktemp("round"))  # type: ignore[attr-defined]
    game = make_round(root, devices=2, rows=ROWS)
    try:
        play(game, plans)
        check(game, plans)
    finally:
        game.close()
