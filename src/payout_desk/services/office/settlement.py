"""The month's settlement (thanh quyết toán) at the office: per point and per beneficiary, with the
exceptions the welfare office must hear about, and the conflicts with their resolutions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from payout_desk.domain.clock import vn_date, vn_datetime
from payout_desk.domain.ledger import REMOVAL_REPORTS
from payout_desk.domain.payout_list import STOP_REASON_VI
from payout_desk.exchange.settlement_xlsx import (
    BeneficiaryLine,
    ConflictLine,
    ExceptionLine,
    SettlementBook,
    write_settlement,
)
from payout_desk.lang import t
from payout_desk.services.common.desk import Desk, parse_month
from payout_desk.services.common.errors import DeskError
from payout_desk.services.common.report_data import folded_list, proxy_of, proxy_papers
from payout_desk.services.office.frozen import as_closed, late_entries, made_at
from payout_desk.services.office.point_cash import PointCashPart, cash_book
from payout_desk.services.office.settlement_rows import conflict_records
from payout_desk.services.office.status import PointReport, Status
from payout_desk.store.devices import device_names
from payout_desk.store.lists import list_revision
from payout_desk.trust.atomic import write_atomic


@dataclass(frozen=True, slots=True)
class SettlementResult:
    path: Path
    month: str
    points: int
    beneficiaries: int
    exceptions: int
    conflicts: int
    paid_amount: int  # the cash handed out (thực chi)
    cash_out: int  # the cash still held at the points


def settle(desk: Desk, office_status: Status, month_text: str, out: Path) -> SettlementResult:
    """The settlement workbook (xlsx) of a month: every point's figures, beneficiaries, exceptions and
    conflicts, from the office status."""
    month = str(parse_month(month_text))
    status = office_status.month(month)
    if not status.points:
        raise DeskError(t("office.nothing_to_settle", month=month))
    book = SettlementBook(
        month=month,
        office_name=desk.require_identity("office").name,
        made_at=made_at(status.closed),
        points=[],
        beneficiaries=[],
        exceptions=[],
        conflicts=[],
        closed=status.closed is not None,
        late=late_entries(status.closed),
        total=status.settlement.total,
        banks=status.settlement.banks,
    )
    with desk.db.reading() as session:
        names = device_names(session)
        for point in status.points:
            book.points.append(status.settlement.point(point.code))
            _point_details(session, point, names, book)
        listed = {point.code for point in status.points}  # a point paying only by transfer has no list
        book.points += [p for p in status.settlement.points if p.code not in listed]
        book.cash = cash_book(PointCashPart.of_month(session, month))
    if status.closed is not None:  # paid after the close: the line as it stood then (the payout: late)
        book.beneficiaries = as_closed(book.beneficiaries, status.closed)
    for c in status.conflicts:
        book.conflicts.append(
            ConflictLine(
                c.conflict_id,
                c.kind,
                c.point_code,
                c.beneficiary_code or "",
                c.beneficiary_name or "",
                conflict_records(c),
                c.resolution["note"] if c.resolution else "",
                c.resolution["by"] if c.resolution else "",
            )
        )
    try:
        write_atomic(out, write_settlement(book))
    except OSError as exc:
        raise DeskError(t("office.cannot_write", out=out, value=exc.strerror or exc)) from exc
    return SettlementResult(
        out,
        month,
        len(book.points),
        len(book.beneficiaries),
        len(book.exceptions),
        len(book.conflicts),
        status.settlement.total.paid_out,
        status.settlement.total.held,
    )


def _point_details(session: Session, point: PointReport, names: dict[str, str], book: SettlementBook) -> None:
    row = list_revision(session, point.list_id, point.revision)
    assert row is not None
    for folded in folded_list(session, row):
        code, person, state, ent = folded.code, folded.person, folded.state, folded.entitlement
        if not ent.listed and not state.payouts:
            continue
        paid = state.payouts[0] if state.payouts else None
        proxy = proxy_of(paid) if paid else {}
        proxy_id, authorisation = proxy_papers(proxy)
        reason = ""
        if ent.stop is not None:
            reason = f"báo giảm ({STOP_REASON_VI.get(ent.stop.reason, ent.stop.reason)}) từ {vn_date(ent.stop.date)}"
        elif state.exception:
            reason = state.exception
        book.beneficiaries.append(
            BeneficiaryLine(
                point_code=point.code,
                code=code,
                name=person.name,
                birth_year=person.birth_year,
                village=person.village,
                category=person.category,
                amount=ent.amount,
                status=state.status.value,
                paid_amount=state.paid_amount,
                recipient=str(proxy.get("name") or ("chính chủ" if paid else "")),
                relation=str(proxy.get("relation") or ""),
                paid_at=vn_datetime(paid.at_local) if paid else "",
                at_home=bool(paid and paid.data.get("at_home")),
                device=names.get(paid.device_id, paid.device_id) if paid else "",
                staff=paid.staff if paid else "",
                acknowledgement=_acknowledgement(paid.data) if paid else "",
                reason=reason,
                conflicts=len(state.conflicts),
                proxy_id=proxy_id,
                authorisation=authorisation,
            )
        )
        for report in state.reports:
            if report.data.get("report") in REMOVAL_REPORTS:
                book.exceptions.append(
                    ExceptionLine(
                        point.code,
                        code,
                        person.name,
                        str(report.data.get("report")),
                        vn_date(str(report.data.get("date") or report.local_date)),
                        str(report.data.get("reported_by") or ""),
                        str(report.data.get("note") or ""),
                        names.get(report.device_id, report.device_id),
                        report.staff,
                        bool(state.payouts),
                    )
                )


def _acknowledgement(data: Mapping[str, Any]) -> str:
    if data.get("signature"):
        return "chữ ký"
    if data.get("thumbprint"):
        return "điểm chỉ"
    return "ký giấy"
