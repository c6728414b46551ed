"""A point's settlement as the office prints it: the status's figures, the fold's reasons, stops and
conflicts (the rows the settlement PDF draws)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from payout_desk.domain.clock import vn_date, vn_datetime
from payout_desk.domain.fold import Status
from payout_desk.domain.payout_list import STOP_REASON_VI
from payout_desk.domain.settlement import PointFigures
from payout_desk.lang import t
from payout_desk.reports.settlement_pdf import ConflictNote, PointSettlement, ReasonLine, StoppedLine
from payout_desk.services.common.report_data import Folded, by_name, folded_list
from payout_desk.services.common.report_override import override_line
from payout_desk.services.office.frozen import LATE, LateLine, event_word, late_sentence, reason_lines
from payout_desk.services.office.status import ConflictReport, PointReport, conflict_labels
from payout_desk.services.office.transfers import listed_text
from payout_desk.store.models import PayoutList


def conflict_records(conflict: ConflictReport) -> str:
    """Both (or all) records of a conflict in one line: laptop, number, what, when, who (and, for a
    sibling laptop's void of a report, who voided whose report and why)."""
    records = "; ".join(
        place.vi
        if (place := listed_text(e)) is not None
        else f"{e.get('device_name')} #{e.get('seq')}: {event_word(str(e.get('kind'))).vi.lower()} "
        f"{vn_datetime(str(e.get('at_local') or ''))} {e.get('staff') or ''}".strip()
        for e in conflict.events
    )
    override = override_line(conflict.events)
    return records if override is None else f"{records} — {override.vi}"


FLAG_VI = "Bản ghi lạ (gắn cờ, không tính)"
FLAG_KIND_VI = {
    "void-elsewhere": "lệnh hủy nhắm bản ghi của danh sách khác hoặc của người khác",
    "figure-absurd": "số tiền vượt mọi mức hợp lý",
    "time-unreadable": "thời gian không đọc được",
}


def _unpaid_reasons(folded: Iterable[Folded]) -> tuple[ReasonLine, ...]:
    """Listed, not stopped and not paid, by the standing exception report (or none at all)."""
    return reason_lines(
        (f.state.exception, f.entitlement.amount)
        for f in folded
        if f.entitlement.listed and f.entitlement.stop is None and f.state.status != Status.PAID
    )


def point_settlement(
    session: Session,
    row: PayoutList,
    point: PointReport,
    conflicts: Iterable[ConflictReport],
    late: Iterable[LateLine] = (),
    *,
    figures: PointFigures,
) -> PointSettlement:
    """A point's settlement: its figures from the month's settlement, and the fold's reasons, stops and conflicts; for
    a closed month, the point's late lines (`late`), each a sentence."""
    folded = folded_list(session, row)
    stopped = [
        StoppedLine(
            x.code,
            x.person.name,
            STOP_REASON_VI.get(x.entitlement.stop.reason, x.entitlement.stop.reason),
            vn_date(x.entitlement.stop.date),
            x.entitlement.amount,
            bool(x.state.payouts),
        )
        for x in by_name(folded)
        if x.entitlement.listed and x.entitlement.stop is not None
    ]
    notes = [
        ConflictNote(
            conflict_labels(c.kind)[0],
            f"{c.beneficiary_code} {c.beneficiary_name or ''}".strip()
            if c.beneficiary_code
            else "máy chi trả",
            conflict_records(c),
            f"{c.resolution['note']} — {c.resolution['by']}" if c.resolution else "",
        )
        for c in conflicts
        if c.point_code == point.code
    ]
    notes += [
        ConflictNote(FLAG_VI, FLAG_KIND_VI.get(x.kind, x.kind), x.detail, "")
        for x in point.flags
        if x.kind != LATE
    ]
    label = t("closing.late_label").vi
    notes += [
        ConflictNote(label, x.code or "", late_sentence(x).vi, "") for x in late if x.list_id == point.list_id
    ]
    return PointSettlement(figures, _unpaid_reasons(folded), tuple(stopped), tuple(notes))
