"""The printed reports of both desks: on the office desk, for a month and every point (or one); on a point
laptop, for the list it holds and for one person paid there."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from payout_desk.domain.clock import to_local, utc_now, vn_datetime
from payout_desk.domain.month import Month
from payout_desk.domain.payout_list import PayLine
from payout_desk.lang import t
from payout_desk.reports.posting_list import posting_list_pdf
from payout_desk.reports.receipt import Receipt, Recipient, receipt_pdf
from payout_desk.reports.settlement_pdf import SettlementDoc, settlement_pdf
from payout_desk.reports.signature_sheet import signature_sheets_pdf
from payout_desk.services.desk import parse_month
from payout_desk.services.errors import DeskError, Refused, UsageError
from payout_desk.services.office_amend import find_point
from payout_desk.services.point_roster import PointRoster
from payout_desk.services.report_data import (
    ReportFile,
    category_label,
    entry_lines,
    point_header,
    point_settlement,
    posting_section,
    proxy_of,
    sheet_rows,
    signature_images,
    write_report,
)
from payout_desk.services.settlement import SettlementDesk
from payout_desk.store.models import PayoutList


class OfficeReports(SettlementDesk):
    """The office's PDFs for a month: all points, one section each, or just `point`."""

    def _report_lists(self, session: Session, month: str, point: str | None) -> list[PayoutList]:
        self.require_identity("office")
        rows = self.month_lists(session, month)
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
        with self.db.reading() as session:
            lists = self._report_lists(session, month, point)
            sections = [(point_header(row), sheet_rows(session, row)) for row in lists]
        rows = [r for _h, section in sections for r in section]
        return write_report(
            out,
            signature_sheets_pdf(sections),
            len(rows),
            sum(r.amount for r in rows),
            [h.point_code for h, _r in sections],
        )

    def posting_list(self, month_text: str, out: Path, point: str | None = None) -> ReportFile:
        month = str(parse_month(month_text))
        with self.db.reading() as session:
            sections = [posting_section(session, row) for row in self._report_lists(session, month, point)]
        rows = [r for s in sections for r in s.rows]
        return write_report(
            out,
            posting_list_pdf(sections),
            len(rows),
            sum(r.amount for r in rows),
            [s.header.point_code for s in sections],
        )

    def settlement_report(self, month_text: str, out: Path, point: str | None = None) -> ReportFile:
        """The settlement PDF; its figures are the office status's, point by point."""
        month = str(parse_month(month_text))
        status = self.status(month)
        reports = {p.list_id: p for p in status.points}
        with self.db.reading() as session:
            lists = self._report_lists(session, month, point)
            points = [point_settlement(session, row, reports[row.list_id], status.conflicts) for row in lists]
        doc = SettlementDoc(
            self.require_identity("office").name,
            Month.parse(month),
            to_local(utc_now()).strftime("%d/%m/%Y %H:%M"),
            points,
        )
        return write_report(
            out, settlement_pdf(doc), len(points), sum(p.paid_out for p in points), [p.code for p in points]
        )


class PointReports(PointRoster):
    """A point laptop's PDFs: the signature sheet of its list, a receipt for someone paid."""

    def _month_list(self, session: Session, month_text: str | None) -> PayoutList:
        self.require_identity("point")
        row = self._list(session)
        if month_text is not None and str(parse_month(month_text)) != row.month:
            raise UsageError(
                t(
                    "office.laptop_other_list",
                    code=row.point.code,
                    month=row.month,
                    value=parse_month(month_text),
                )
            )
        return row

    def signature_sheet(self, out: Path, month_text: str | None = None) -> ReportFile:
        with self.db.reading() as session:
            row = self._month_list(session, month_text)
            header, rows = point_header(row), sheet_rows(session, row)
        return write_report(
            out,
            signature_sheets_pdf([(header, rows)]),
            len(rows),
            sum(r.amount for r in rows),
            [header.point_code],
        )

    def receipt(self, code: str, out: Path) -> ReportFile:
        """The receipt of a payout made (on any laptop of the point this one knows of)."""
        with self.db.reading() as session:
            row = self._month_list(session, None)
            entry = self._entry(session, row, code)
            state = self.beneficiary_state(session, row.list_id, entry.code)
            if not state.payouts:
                raise Refused(t("office.no_receipt", code=entry.code, name=entry.name, month=row.month))
            paid = state.payouts[0]
            signature = str(paid.data.get("signature") or "")
            image = signature_images(session, [signature]).get(signature) if signature else None
            names = self.device_names(row.devices)
            names[self.device_id()] = self.require_identity("point").name
            proxy = proxy_of(paid)
            lines = entry_lines(entry.lines)
            if sum(line.amount for line in lines) != paid.amount:  # paid from another revision of the list
                lines = [PayLine("other", f"Số tiền đã chi (danh sách lần {paid.revision})", paid.amount)]
            receipt = Receipt(
                header=point_header(row),
                code=entry.code,
                name=entry.name,
                birth_year=entry.birth_year,
                village=entry.village,
                category=category_label(entry.category),
                lines=lines,
                recipient=Recipient(
                    str(proxy.get("name") or ""),
                    str(proxy.get("relation") or ""),
                    str(proxy.get("id_number") or ""),
                    str(proxy.get("authorisation") or ""),
                ),
                paid_at=vn_datetime(paid.at_local),
                at_home=bool(paid.data.get("at_home")),
                device=names.get(paid.device_id, paid.device_id),
                staff=paid.staff,
                event_id=paid.event_id,
                signature_png=image,
                thumbprint=bool(paid.data.get("thumbprint")),
            )
        return write_report(
            out, receipt_pdf(receipt), len(receipt.lines), receipt.total, [receipt.header.point_code]
        )
