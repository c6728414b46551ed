"""A point laptop's printed reports: the signature sheet of the list it holds, a receipt for one person
paid there."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from payout_desk.domain.clock import vn_datetime
from payout_desk.domain.payout_list import PayLine
from payout_desk.lang import t
from payout_desk.reports.receipt import Receipt, Recipient, receipt_pdf
from payout_desk.reports.signature_sheet import signature_sheets_pdf
from payout_desk.services.common.desk import parse_month
from payout_desk.services.common.errors import Refused, UsageError
from payout_desk.services.common.report_data import (
    ReportFile,
    category_label,
    entry_lines,
    point_header,
    proxy_of,
    signature_images,
    write_report,
)
from payout_desk.services.common.sheet_record import record_rows
from payout_desk.services.point.ledger import PointLedger
from payout_desk.store.models import PayoutList


class Papers:
    """A point laptop's PDFs (`desk.papers`): the signature sheet of its list, a receipt for someone paid."""

    def __init__(self, ledger: PointLedger) -> None:
        self.ledger = ledger
        self.desk = ledger.desk

    def _month_list(self, session: Session, month_text: str | None) -> PayoutList:
        self.desk.require_identity("point")
        row = self.ledger.list_of(session)
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
        with self.desk.db.reading() as session:
            row = self._month_list(session, month_text)
            header, rows = point_header(row), record_rows(session, row)
        return write_report(
            out,
            signature_sheets_pdf([(header, rows)]),
            len(rows),
            sum(r.amount for r in rows),
            [header.point_code],
        )

    def receipt(self, code: str, out: Path) -> ReportFile:
        """The receipt of a payout made (on any laptop of the point this one knows of)."""
        with self.desk.db.reading() as session:
            row = self._month_list(session, None)
            entry = self.ledger.entry(session, row, code)
            state = self.ledger.beneficiary_state(session, row.list_id, entry.code)
            if not state.payouts:
                raise Refused(t("office.no_receipt", code=entry.code, name=entry.name, month=row.month))
            paid = state.payouts[0]
            signature = str(paid.data.get("signature") or "")
            image = signature_images(session, [signature]).get(signature) if signature else None
            names = self.ledger.device_names(row.devices)
            names[self.ledger.device_id()] = self.desk.require_identity("point").name
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
