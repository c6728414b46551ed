"""The office's printed reports for a month: every point, one section each, or one point."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session

from payout_desk.domain.month import Month
from payout_desk.domain.settlement import PointFigures, total_of
from payout_desk.domain.transfer_figures import BankFigures
from payout_desk.lang import t
from payout_desk.reports.posting_list import posting_list_pdf
from payout_desk.reports.settlement_pdf import SettlementDoc, settlement_pdf
from payout_desk.reports.signature_sheet import signature_sheets_pdf
from payout_desk.services.common.desk import Desk, parse_month
from payout_desk.services.common.errors import DeskError
from payout_desk.services.common.report_data import (
    ReportFile,
    point_header,
    posting_section,
    write_report,
)
from payout_desk.services.common.sheet_record import record_rows
from payout_desk.services.office.devices import find_point
from payout_desk.services.office.frozen import closed_month, frozen_reasons, made_at
from payout_desk.services.office.point_cash import PointCashPart, cash_book
from payout_desk.services.office.settlement import SettlementResult, settle
from payout_desk.services.office.settlement_rows import point_settlement
from payout_desk.services.office.status import OfficeStatus, Status
from payout_desk.store.models import PayoutList


class Papers:
    """The office's papers for a month (`office.papers`): the PDFs — signature sheets, posting lists, the
    settlement — for every point, one section each, or just `point`; and the settlement workbook."""

    def __init__(self, desk: Desk, status: Status) -> None:
        self.desk = desk
        self.status = status

    def settlement(self, month_text: str, out: Path) -> SettlementResult:
        done = settle(self.desk, self.status, month_text, out)
        self.desk.attribute("export-settlement", done.month, file=done.path.name, paid=done.paid_amount)
        return done

    def _printed(self, action: str, month: str, point: str | None, done: ReportFile) -> ReportFile:
        """A paper written, in the office's actions: which, for which point, its file, rows and total."""
        self.desk.attribute(action, month, point=point, file=done.path.name, rows=done.rows, total=done.total)
        return done

    def _report_lists(self, session: Session, month: str, point: str | None) -> list[PayoutList]:
        self.desk.require_identity("office")
        rows = self.status.month_lists(session, month)
        if point is not None:
            wanted = find_point(session, point)
            rows = [r for r in rows if r.point_id == wanted.id]
            if not rows:
                raise DeskError(
                    t("office.no_list_for_point", code=wanted.code, name=wanted.name, month=month)
                )
        if not rows:
            raise DeskError(t("office.no_lists", month=month))
        return rows

    def signature_sheet(self, month_text: str, out: Path, point: str | None = None) -> ReportFile:
        month = str(parse_month(month_text))
        with self.desk.db.reading() as session:
            lists = self._report_lists(session, month, point)
            closed = closed_month(session, month)
            late: dict[str, set[str]] = {}  # list → the codes with an event taken in after the close
            for line in closed.late if closed else ():
                late.setdefault(line.list_id, set()).update([line.code] if line.code else [])
            sections = [
                (point_header(row), record_rows(session, row, late.get(row.list_id, set()))) for row in lists
            ]
        rows = [r for _h, section in sections for r in section]
        done = write_report(
            out,
            signature_sheets_pdf(sections),
            len(rows),
            sum(r.amount for r in rows),
            [h.point_code for h, _r in sections],
        )
        return self._printed("print-signature-sheet", month, point, done)

    def posting_list(self, month_text: str, out: Path, point: str | None = None) -> ReportFile:
        month = str(parse_month(month_text))
        with self.desk.db.reading() as session:
            sections = [posting_section(session, row) for row in self._report_lists(session, month, point)]
        rows = [r for s in sections for r in s.rows]
        done = write_report(
            out,
            posting_list_pdf(sections),
            len(rows),
            sum(r.amount for r in rows),
            [s.header.point_code for s in sections],
        )
        return self._printed("print-posting-list", month, point, done)

    @staticmethod
    def _transfers(
        status: OfficeStatus, point: str | None
    ) -> tuple[tuple[PointFigures, ...], tuple[BankFigures, ...]]:
        """The transfer section's figures: every point's and each bank's; one point's alone when asked."""
        settled = status.settlement
        if not settled.banks:
            return (), ()
        if point is None:
            return settled.points, settled.banks
        return tuple(p for p in settled.points if p.code == point.strip().upper()), ()

    def settlement_report(self, month_text: str, out: Path, point: str | None = None) -> ReportFile:
        """The settlement PDF; its figures are the office status's, point by point."""
        month = str(parse_month(month_text))
        status = self.status.month(month)
        reports = {p.list_id: p for p in status.points}
        with self.desk.db.reading() as session:
            lists = self._report_lists(session, month, point)
            late = status.closed.late if status.closed else ()
            points = [
                point_settlement(
                    session, row, reports[row.list_id], status.conflicts, late,
                    figures=status.settlement.point(reports[row.list_id].code),
                )
                for row in lists
            ]  # fmt: skip
            cash = cash_book(
                PointCashPart.of_month(session, month), find_point(session, point).code if point else None
            )
        if status.closed is not None:  # a closed month: its unpaid as they stood at the close
            points = [replace(p, unpaid=frozen_reasons(status.closed, p.code)) for p in points]
        total = total_of(p.figures for p in points)  # the month's total, or the one point's
        doc = SettlementDoc(
            self.desk.require_identity("office").name,
            Month.parse(month),
            made_at(status.closed),
            points,
            total,
            cash,
            *self._transfers(status, point),
        )
        done = write_report(out, settlement_pdf(doc), len(points), total.paid_out, [p.code for p in points])
        return self._printed("print-settlement", month, point, done)
