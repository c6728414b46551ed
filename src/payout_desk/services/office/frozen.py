"""A closed month as frozen (issue 15 item 3): the settlement figures stored when it closed, its unpaid,
and the events taken in since — late lines, flagged `late` on their point, never in the figures. The
office status (and so every printed settlement) shows a closed month through `freeze`."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from payout_desk.domain.clock import parse_iso_utc, to_local, utc_now, vn_datetime
from payout_desk.domain.figures import ListFigures
from payout_desk.domain.fold import CashPosition
from payout_desk.domain.ledger import ReportKind, chain_key
from payout_desk.domain.money import format_vnd
from payout_desk.exchange.settlement_xlsx import BeneficiaryLine, LateEntry
from payout_desk.lang import Text, t
from payout_desk.reports.settlement_pdf import Figure, ReasonLine
from payout_desk.services.common.report_data import NO_RECORD
from payout_desk.store.closing import closing_of, events_after
from payout_desk.store.devices import device_names
from payout_desk.store.ledger import stored_event
from payout_desk.store.month_figures import Flag

if TYPE_CHECKING:
    from payout_desk.services.office.status import OfficeStatus

LATE = "late"


@dataclass(frozen=True, slots=True)
class UnpaidLine:
    """A person listed in a closed month, neither paid nor stopped."""

    code: str
    name: str
    point_code: str
    amount: int
    exception: str | None


@dataclass(frozen=True, slots=True)
class LateLine:
    """An event of a closed month's list taken in after it closed."""

    point_code: str
    list_id: str
    event_id: str
    kind: str
    code: str | None
    amount: int
    device: str  # the laptop's name (its key id when the office does not know it)
    staff: str
    at_local: str

    @property
    def detail(self) -> str:
        who = f" {self.code}" if self.code else ""
        return f"{self.kind}{who} {self.amount} · {self.device} · {self.staff} · {self.at_local} · {self.event_id}"


@dataclass(frozen=True, slots=True)
class FrozenPoint:
    code: str
    name: str
    list_id: str
    revision: int
    figures: ListFigures
    cash: CashPosition
    conflicts: int


@dataclass(frozen=True, slots=True)
class MonthClosed:
    month: str
    closed_at: str
    closed_by: str
    points: tuple[FrozenPoint, ...]
    totals: ListFigures
    cash: CashPosition
    unpaid: tuple[UnpaidLine, ...]
    late: tuple[LateLine, ...] = field(default=())


def _figures(raw: dict[str, Any]) -> ListFigures:
    return ListFigures(**raw)


def closed_month(session: Session, month: str) -> MonthClosed | None:
    """The month's closing with the late events since, or None while the month is open."""
    row = closing_of(session, month)
    if row is None:
        return None
    settlement = json.loads(row.settlement_json)
    points = tuple(
        FrozenPoint(
            p["code"],
            p["name"],
            p["list_id"],
            int(p["revision"]),
            _figures(p["figures"]),
            CashPosition(**p["cash"]),
            int(p["conflicts"]),
        )
        for p in settlement["points"]
    )
    by_list = {p.list_id: p.code for p in points}
    names = device_names(session)
    late = []
    for body in events_after(session, settlement.get("heads", {}), list(by_list)):
        e = stored_event(body)
        late.append(
            LateLine(
                by_list[e.list_id],
                e.list_id,
                e.event_id,
                e.kind,
                e.beneficiary,
                e.amount,
                names.get(chain_key(e.device_id), e.device_id),
                e.staff,
                e.at_local,
            )
        )
    return MonthClosed(
        month,
        row.closed_at,
        row.closed_by,
        points,
        _figures(settlement["totals"]),
        CashPosition(**settlement["cash"]),
        tuple(UnpaidLine(**u) for u in json.loads(row.unpaid_json)),
        tuple(late),
    )


def freeze(report: OfficeStatus, closed: MonthClosed) -> None:
    """The status of a closed month: each point's figures, cash and conflict count as frozen, its late
    events flagged `late`; the totals as frozen."""
    frozen = {p.list_id: p for p in closed.points}
    for point in report.points:
        was = frozen.get(point.list_id)
        if was is not None:
            point.figures, point.cash, point.conflicts = was.figures, was.cash, was.conflicts
        point.flags.extend(Flag(LATE, x.detail) for x in closed.late if x.list_id == point.list_id)
    report.totals, report.cash = closed.totals, closed.cash
    report.closed = closed


LATE_REASON_VI = "chi sau khi khóa sổ (xem trang Ghi nhận muộn)"
EVENT_WORDS = {
    "payout": "closing.event_payout",
    "report": "closing.event_report",
    "void": "closing.event_void",
    "cash-received": "closing.event_cash_received",
    "cash-returned": "closing.event_cash_returned",
    "cash-count": "closing.event_cash_count",
    "day-closed": "closing.event_day_closed",
    "note": "closing.event_note",
}


def event_word(kind: str) -> Text:
    """What a recorded event is, in words (a kind this version does not know: "another record")."""
    return Text(EVENT_WORDS.get(kind, "closing.event_other"))


def late_sentence(line: LateLine) -> Text:
    """A late line as the printed settlement says it: "Chi trả NCC003 — 2.792.000 đ, ghi nhận sau khi khóa
    sổ (máy …, …, …)." (the status JSON keeps the machine's `detail`)."""
    return t(
        "closing.late_line",
        kind=event_word(line.kind),
        code=f"{line.code} " if line.code else "",
        amount=format_vnd(line.amount, "đ"),
        device=line.device,
        staff=line.staff,
        at=vn_datetime(line.at_local),
    )


def made_at(closed: MonthClosed | None) -> str:
    """When a paper is made (local time) and, for a closed month, when it closed and by whom."""
    now = to_local(utc_now()).strftime("%d/%m/%Y %H:%M")
    if closed is None:
        return now
    at = to_local(parse_iso_utc(closed.closed_at)).strftime("%d/%m/%Y %H:%M")
    return f"{now} — {t('closing.closed_note', at=at, by=closed.closed_by).vi}"


def late_entries(closed: MonthClosed | None) -> list[LateEntry]:
    """The late lines as the settlement workbook lists them."""
    return [
        LateEntry(
            x.point_code,
            x.code or "",
            event_word(x.kind).vi,
            x.amount,
            x.device,
            x.staff,
            vn_datetime(x.at_local),
        )
        for x in (closed.late if closed else ())
    ]


def reason_lines(unpaid: Iterable[tuple[str | None, int]]) -> tuple[ReasonLine, ...]:
    """Unpaid people by reason — their standing report's kind, or none at all — from (kind, amount) pairs,
    as the settlement PDF prints them (no record last)."""
    reasons: dict[str, Figure] = {}
    known = {k.value for k in ReportKind}
    for kind, amount in unpaid:
        label = ReportKind(kind).label_vi if kind in known else (kind or NO_RECORD)
        reasons[label] = reasons.get(label, Figure()) + Figure(1, amount)
    return tuple(
        ReasonLine(label, figure)
        for label, figure in sorted(reasons.items(), key=lambda i: i[0] == NO_RECORD)
    )


def frozen_reasons(closed: MonthClosed, point_code: str) -> tuple[ReasonLine, ...]:
    """A point's unpaid at the close by reason: what the frozen figures count, whatever came later."""
    return reason_lines((u.exception, u.amount) for u in closed.unpaid if u.point_code == point_code)


def as_closed(lines: list[BeneficiaryLine], closed: MonthClosed) -> list[BeneficiaryLine]:
    """The workbook's lines of a closed month: someone unpaid at the close and paid since shows unpaid, as
    the frozen figures count them (the payout is on the late sheet)."""
    unpaid = {(u.point_code, u.code) for u in closed.unpaid}
    return [
        replace(
            line,
            status="unpaid",
            paid_amount=0,
            recipient="",
            relation="",
            paid_at="",
            at_home=False,
            device="",
            staff="",
            acknowledgement="",
            reason=LATE_REASON_VI,
        )
        if line.paid_amount and (line.point_code, line.code) in unpaid
        else line
        for line in lines
    ]
