"""The report back's workbook and PDF are total (issue 15, item 7): any names, notes and amounts the desk
may hold — formulas, control characters, markup, the largest sums — are written, never crash, never turn
into a formula; the workbook's rows are the report's lines and its totals the report's figures."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from payout_desk.domain.figures import ListFigures
from payout_desk.domain.fold import CashPosition
from payout_desk.domain.report_back import DeathLine, RecoverLine, ReportBack
from payout_desk.domain.settlement import point_figures
from payout_desk.exchange.report_back_xlsx import FIRST_ROW, write_report_back
from payout_desk.reports.pdfkit import page_count
from payout_desk.reports.report_back_pdf import report_back_pdf

TEXT = st.text(st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    ["=1+1", "@SUM(A1)", "<b>x</b>", "\u202e"]
)
MONEY = st.integers(0, 10**15)


@st.composite
def reports(draw: st.DrawFn) -> ReportBack:
    figures = ListFigures(
        beneficiaries=draw(st.integers(0, 10**6)), cash_total=draw(MONEY), paid_count=draw(st.integers(0, 10**6)),
        paid_amount=draw(MONEY),
    )  # fmt: skip
    deaths = draw(
        st.lists(
            st.builds(DeathLine, TEXT, TEXT, TEXT, st.none() | st.just("2026-11-20"), st.sampled_from(["point", "office"]),
                      TEXT, TEXT, TEXT, TEXT, TEXT),
            max_size=3,
        )
    )  # fmt: skip
    recover = draw(
        st.lists(
            st.builds(RecoverLine, TEXT, TEXT, TEXT, st.just("2026-12"), MONEY, TEXT, TEXT, st.none(), TEXT),
            max_size=3,
        )
    )
    return ReportBack(
        "2026-12", draw(TEXT), "02/12/2026 10:00", draw(st.booleans()), "carry",
        (point_figures(draw(TEXT), draw(TEXT), figures, CashPosition(), 0),), figures, deaths=tuple(deaths),
        recover=tuple(recover),
    )  # fmt: skip


@given(reports())
@settings(max_examples=30, deadline=None)
def test_any_report_is_written_whole(report: ReportBack) -> None:
    book = load_workbook(io.BytesIO(write_report_back(report)), read_only=True)
    summary = list(book["Tổng hợp"].iter_rows(min_row=FIRST_ROW, values_only=True))
    assert (
        summary[1][1] == "TỔNG CỘNG"
        and summary[1][5] == report.total.paid.money
        and summary[1][6] == report.total.paid_out
    )
    deaths = [r for r in book["Báo tử"].iter_rows(min_row=FIRST_ROW, values_only=True) if any(r)]
    assert len(deaths) == len(report.deaths)
    owed = list(book["Thu hồi"].iter_rows(min_row=FIRST_ROW, values_only=True))
    assert owed[-1][4] == report.recover_total
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            assert not any(isinstance(v, str) and v.startswith("=") for v in row)
    assert page_count(report_back_pdf(report)) >= 1
