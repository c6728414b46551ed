"""Issue 16 item 1, the two mismatches an accountant saw, as regression tests: the settlement PDF's summary
printed the entitled money paid in its "paid" column while the amount in words under it (and the workbook)
said the cash handed out, double payouts included — and received − paid ≠ "còn giữ" on the same line.
Here the papers are read back (the PDF with pypdf, the workbook with openpyxl) and held to each other and
to the status JSON: every amount in words is the words of a figure printed on the paper, the cash adds up,
and issued = paid + unpaid + stopped."""

from __future__ import annotations

from pathlib import Path

from payout_desk.cli.round_cmd import status_json
from payout_desk.services.point.pay import PayoutRequest
from tests.papers_kit import check_summary, pdf_summary, settlement_sections, xlsx_summary
from tests.roundkit import MONTH, Round, default_rows, make_round, next_month

CODES = ("P01", "P02")


def _check_papers(game: Round, month: str) -> dict[str, int]:
    """The settlement PDF, workbook and status JSON of `month` agree; the JSON's totals."""
    office, root = game.office, game.root
    office.papers.settlement_report(month, root / f"s-{month}.pdf")
    office.papers.settlement(month, root / f"s-{month}.xlsx")
    totals = status_json(office.status.month(month))["totals"]
    pdf = (root / f"s-{month}.pdf").read_bytes()
    summary = pdf_summary(pdf, CODES)
    book = xlsx_summary((root / f"s-{month}.xlsx").read_bytes(), CODES)
    for paper in (summary, book):
        check_summary(paper, "settlement")
        printed = paper.total
        assert (
            printed["paid_entitled"] == totals["paid_entitled"]
            and printed["paid_out"] == totals["paid_amount"]
        )
        assert printed["held"] == totals["cash_out"] and printed["issued"] == totals["cash_total"]
    assert settlement_sections(pdf) == summary.points == book.points
    return totals


def test_a_double_payout_from_two_laptops_is_cash_out_not_money_paid(tmp_path: Path) -> None:
    game = make_round(tmp_path, devices=2, rows=default_rows(4), cash=0)  # the cash is the test's
    try:
        one, two = game.devices
        one.cash.receive(10_000_000, staff="Lan")
        for code in ("NCC001", "NCC002"):
            one.pay.record(PayoutRequest(code, thumbprint=True, staff="Lan"))
        two.cash.receive(3_000_000, staff="Hùng")
        two.pay.record(PayoutRequest("NCC001", thumbprint=True, staff="Hùng"))  # paid twice: two laptops
        one.cash.give_back(500_000, staff="Lan")
        game.office.imports.files([game.export(0), game.export(1)])
        totals = _check_papers(game, MONTH)
        assert totals["paid_amount"] - totals["paid_entitled"] == 2_790_000 == totals["excess_paid"]
        assert totals["cash_out"] == 13_000_000 - 500_000 - totals["paid_amount"]
    finally:
        game.close()


def test_payouts_stopped_after_payment_and_no_longer_listed(tmp_path: Path) -> None:
    game = make_round(tmp_path, devices=1, rows=default_rows(5), cash=0)
    try:
        (one,) = game.devices
        one.cash.receive(20_000_000, staff="Lan")
        for code in ("NCC001", "NCC002", "NCC003"):
            one.pay.record(PayoutRequest(code, thumbprint=True, staff="Lan"))
        game.office.imports.files([game.export(0)])
        game.office.amendments.amend(
            MONTH, "P01", tmp_path / "amend", stop="NCC002", reason="other", day="2026-12-01"
        )
        # the register again without NCC003: the list's next revision no longer lists someone paid
        next_month(game, MONTH, [r for r in default_rows(5) if r.split(",")[1] != "NCC003"])
        totals = _check_papers(game, MONTH)
        assert (totals["paid_count"], totals["beneficiaries"]) == (2, 5)  # NCC002 paid, then stopped: paid
        assert totals["excess_paid"] == 2_792_000  # NCC003's payout: cash out, off the list
    finally:
        game.close()
