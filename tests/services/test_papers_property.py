"""Issue 16 item 1's property: over random rounds — payouts on two laptops of one point (double payouts),
voids, exceptions reported, cash received and returned, stops after the sync (payouts after a stop), a new
revision of the list that no longer lists someone paid, a closed month and a payout after the close — every
paper is rendered and read back: the settlement PDF and workbook, the status JSON, the report back
(workbook and PDF), the posting list, the signature sheet and a receipt. On each: figures = words, rows sum
to totals, received − paid − returned = held, issued = paid + unpaid + stopped (people and money), per
point and in the summary; and every paper shows the same settlement.

A round is cheap: one round is made once (keys at the lowest scrypt cost the key file accepts), and each
example plays on a copy of its folders. 60 examples by default; PAYOUT_DESK_PAPERS_EXAMPLES=500 for more."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from payout_desk.cli.reportback_cmd import report_json
from payout_desk.cli.round_cmd import status_json
from payout_desk.services.common import staff
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.trust import keystore
from tests.papers_kit import (
    FIGURE_KEYS,
    check_sheet_summaries,
    check_summary,
    check_totalled,
    pdf_summary,
    settlement_sections,
    stopped_tables,
    xlsx_summary,
)
from tests.roundkit import MONTH, Round, default_rows, make_round, next_month, passphrase, round_settings

EXAMPLES = int(os.environ.get("PAYOUT_DESK_PAPERS_EXAMPLES", "60"))
PEOPLE = tuple(f"NCC{i:03d}" for i in range(1, 6))
ROWS = default_rows(5)
CODES = ("P01", "P02")
AMOUNT = {f"NCC{i:03d}": 2_789_000 + 1000 * i for i in range(1, 6)}
people = st.frozensets(st.sampled_from(PEOPLE))
cash = st.integers(0, 40).map(lambda n: n * 250_000)


@dataclass(frozen=True)
class Plan:
    paid: tuple[frozenset[str], frozenset[str]]  # paid on laptop 1, on laptop 2 (both: a double payout)
    voided: frozenset[str]  # laptop 1's payout voided
    reports: tuple[tuple[str, str], ...]  # (code, kind) reported at the point when not paid
    surplus: tuple[int, int]  # cash each laptop receives beyond what it pays
    returned: tuple[int, int]  # cash each laptop gives back (at most its surplus)
    stops: frozenset[str]  # stopped by the office after the sync
    unlisted: str | None  # the register again without them: the list's next revision
    close: bool  # the month closed …
    late: str | None  # … and then paid on laptop 2, taken in after the close


plans = st.builds(
    Plan,
    st.tuples(people, people),
    people,
    st.lists(
        st.tuples(st.sampled_from(PEOPLE), st.sampled_from(("absent", "refused", "hospital"))), max_size=2
    ).map(tuple),
    st.tuples(cash, cash),
    st.tuples(cash, cash),
    st.frozensets(st.sampled_from(PEOPLE), max_size=2),
    st.none() | st.none() | st.sampled_from(PEOPLE),
    st.booleans(),
    st.none() | st.sampled_from(PEOPLE),
)
NONE: frozenset[str] = frozenset()
DOUBLE = Plan(
    (frozenset({"NCC001", "NCC002", "NCC003"}), frozenset({"NCC001"})), frozenset({"NCC003"}),
    (("NCC004", "absent"),), (1_000_000, 0), (500_000, 0), frozenset({"NCC002", "NCC005"}), "NCC001", True, "NCC004",
)  # fmt: skip


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One round's folders (office, two laptops of P01 with their clerks), made once: each example copies
    them. Keys at scrypt 2^14, the least the key file accepts, and cheap PINs: an example unlocks three."""
    memory = Path("/dev/shm")  # in memory where there is one: a round commits often, and fsync is slow
    base = Path(
        tempfile.mkdtemp(prefix="papers-", dir=memory if memory.is_dir() else tmp_path_factory.getbasetemp())
    )
    root = base / "template"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keystore, "SCRYPT_N", 2**14)
        patch.setattr(staff, "PIN_COST", staff.PinCost(n=2**10))
        make_round(root, devices=2, rows=ROWS, cash=0).close()  # each example receives its own
    yield root
    shutil.rmtree(base, ignore_errors=True)


def _open(template: Path, where: Path) -> Round:
    shutil.copytree(template, where, dirs_exist_ok=True)
    game = Round(where, OfficeDesk(where / "office", passphrase=passphrase))
    game.devices = [PointDesk(where / f"device{i}", passphrase=passphrase) for i in range(2)]
    return game


def play(game: Round, plan: Plan) -> None:
    office = game.office
    for laptop, (desk, paid) in enumerate(zip(game.devices, plan.paid, strict=True)):
        clerk = ("Lan", "Hùng")[laptop]
        needed = sum(AMOUNT[code] for code in paid) + plan.surplus[laptop]
        if needed:
            desk.cash.receive(needed, staff=clerk)
        for code in sorted(paid):
            desk.pay.record(PayoutRequest(code, thumbprint=True, staff=clerk))
        if min(plan.returned[laptop], plan.surplus[laptop]):
            desk.cash.give_back(min(plan.returned[laptop], plan.surplus[laptop]), staff=clerk)
    one = game.devices[0]
    for code in sorted(plan.voided & plan.paid[0]):
        payout = one.records.last_voidable(code)
        assert payout is not None
        one.records.void(payout.event_id, "chi nhầm", staff="Lan")
    paid = (plan.paid[0] - plan.voided) | plan.paid[1]
    for code, kind in dict(plan.reports).items():
        if code not in paid:
            one.records.report(code, kind, staff="Lan")
    office.imports.files([game.export(0, "one.pdsync"), game.export(1, "two.pdsync")])
    for code in sorted(plan.stops):
        office.amendments.amend(
            MONTH, "P01", game.root / "amend", stop=code, reason="other", day="2026-12-01"
        )
    if plan.unlisted is not None:
        next_month(game, MONTH, [row for row in ROWS if row.split(",")[1] != plan.unlisted])
    if plan.close:
        office.closing.close(MONTH)
        if plan.late is not None and plan.late not in paid | plan.stops | {plan.unlisted}:
            two = game.devices[1]
            two.cash.receive(AMOUNT[plan.late], staff="Hùng")
            two.pay.record(PayoutRequest(plan.late, thumbprint=True, staff="Hùng"))
            office.imports.files([game.export(1, "late.pdsync")])


def check(game: Round) -> None:
    office, out = game.office, game.root / "papers"
    out.mkdir()
    report = office.status.month(MONTH)
    for point in report.points:  # the cash handed out by the laptops' records = by the people paid
        assert report.settlement.point(point.code).paid_out == point.figures.paid_amount, point.code
    status = status_json(report)
    assert status["problems"] == []
    json_points = {p["code"]: p for p in status["points"]}

    done = office.papers.settlement_report(MONTH, out / "settlement.pdf")
    pdf = (out / "settlement.pdf").read_bytes()
    summary = pdf_summary(pdf, CODES)
    check_summary(summary, "settlement PDF")
    assert settlement_sections(pdf) == summary.points
    assert done.total == summary.total["paid_out"] == status["totals"]["paid_amount"]
    office.papers.settlement(MONTH, out / "settlement.xlsx")
    book = xlsx_summary((out / "settlement.xlsx").read_bytes(), CODES)
    check_summary(book, "settlement workbook")
    assert book.points == summary.points and book.total == summary.total
    for code, line in summary.points.items():
        p = json_points[code]
        assert (line["paid_entitled"], line["paid_out"], line["held"]) == (
            p["paid_entitled"], p["paid_amount"], p["cash_out"]
        )  # fmt: skip
        assert (line["issued"], line["unpaid"], line["stopped"]) == (
            p["cash_total"], p["unpaid_amount"], p["stopped_amount"]
        )  # fmt: skip

    back = office.report_back.workbook(MONTH, out / "report-back.xlsx")
    sheet = xlsx_summary((out / "report-back.xlsx").read_bytes(), CODES, FIGURE_KEYS)
    printed = office.report_back.pdf(MONTH, out / "report-back.pdf")
    paper = pdf_summary((out / "report-back.pdf").read_bytes(), CODES, FIGURE_KEYS)
    for one in (sheet, paper):
        check_summary(one, "report back")
        assert one.total == {k: summary.total[k] for k in FIGURE_KEYS}
        assert one.points == {c: {k: line[k] for k in FIGURE_KEYS} for c, line in summary.points.items()}
    assert printed.total == summary.total["paid_out"]
    assert report_json(back, out)["total"]["paid_entitled"] == summary.total["paid_entitled"]

    posting = office.papers.posting_list(MONTH, out / "posting.pdf")
    posted = check_totalled((out / "posting.pdf").read_bytes(), "TỔNG CỘNG", posting.total)
    for code, (people, money) in stopped_tables(pdf).items():  # to pay = issued less everyone stopped
        line = summary.points[code]
        assert posted[code] == (line["issued_people"] - people, line["issued"] - money), code
    sheets = office.papers.signature_sheet(MONTH, out / "sheet.pdf")
    handed = check_sheet_summaries((out / "sheet.pdf").read_bytes(), sheets.total)
    closed = office.status.month(MONTH).closed
    late = sum(x.amount for x in closed.late if x.kind == "payout") if closed else 0
    # every payout on some point's sheet at the cash handed: the settlement's, frozen at the close, and
    # the payouts taken in after it (on the sheet, marked GM)
    assert handed == summary.total["paid_out"] + late
    one = game.devices[0]
    for code in [r.code for r in one.roster.rows() if r.status == "paid"][:1]:
        receipt = one.papers.receipt(code, out / "receipt.pdf")
        check_totalled((out / "receipt.pdf").read_bytes(), "TỔNG CỘNG", receipt.total)


@round_settings(max_examples=EXAMPLES)
@example(plan=DOUBLE)
@given(plan=plans)
def test_every_paper_shows_one_settlement_that_adds_up(template: Path, plan: Plan) -> None:
    where = Path(tempfile.mkdtemp(prefix="papers-", dir=template.parent))
    game = _open(template, where)
    try:
        play(game, plan)
        check(game)
    finally:
        game.close()
        shutil.rmtree(where, ignore_errors=True)
