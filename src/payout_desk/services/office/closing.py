"""Closing a month at the office (`office.closing`, issue 15 item 3): its settlement frozen as it stands —
the status figures per point and in total — and the people neither paid nor stopped listed; later events
show as late lines (services/office/frozen.py), never changing the frozen figures. Carrying the unpaid
as arrears (truy lĩnh) onto a later month: services/office/arrears.py."""

from __future__ import annotations

from dataclasses import asdict

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.history import Outcome
from payout_desk.lang import t
from payout_desk.services.common.desk import OFFICE_LOCK, Desk, parse_month
from payout_desk.services.common.errors import Refused
from payout_desk.services.office.arrears import (
    ARREARS_MODES,
    CarryResult,
    arrears_mode,
    carry,
    set_arrears_mode,
)
from payout_desk.services.office.frozen import MonthClosed, UnpaidLine, closed_month
from payout_desk.services.office.status import Status
from payout_desk.store.closing import add_closing, closing_of, event_heads
from payout_desk.store.month_history import month_lines


class Closing:
    """Closing months (`close`, `closed`) and carrying their unpaid onward (`carry`, `mode`)."""

    def __init__(self, desk: Desk, status: Status) -> None:
        self.desk = desk
        self.status = status

    def close(self, month_text: str) -> MonthClosed:
        """Freeze the month's settlement as it stands and list its unpaid. Refused for a month with no
        issued list or one already closed; nothing is changed then."""
        month = str(parse_month(month_text))
        who = self.desk.require_identity("office").name
        with self.desk.db.reading() as session:
            if closing_of(session, month) is not None:
                raise Refused(t("closing.already_closed", month=month))
            ids = [row.list_id for row in self.status.month_lists(session, month)]
            if not ids:
                raise Refused(t("closing.not_issued", month=month))
            heads = event_heads(session, ids)  # first: an event arriving meanwhile shows as late, not lost
        report = self.status.month(month)
        settlement = {
            "points": [
                {
                    "code": p.code,
                    "name": p.name,
                    "list_id": p.list_id,
                    "revision": p.revision,
                    "figures": asdict(p.figures),
                    "cash": asdict(p.cash),
                    "conflicts": p.conflicts,
                }
                for p in report.points
            ],
            "totals": asdict(report.totals),
            "cash": asdict(report.cash),
            "heads": heads,
        }
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            if closing_of(session, month) is not None:  # closed by another desk meanwhile
                raise Refused(t("closing.already_closed", month=month))
            lines = month_lines(session, month)
            unpaid = [
                asdict(UnpaidLine(m.code, m.name, m.point_code, m.amount, m.exception))
                for m in sorted(lines.values(), key=lambda m: (m.point_code, m.code))
                if m.outcome == Outcome.UNPAID
            ]
            add_closing(
                session,
                month,
                closed_at=iso_utc(utc_now()),
                closed_by=who,
                settlement=settlement,
                unpaid=unpaid,
            )
        found = self.closed(month)
        assert found is not None
        self.desk.attribute("close-month", month, unpaid=len(found.unpaid), paid=found.totals.paid_amount)
        return found

    def closed(self, month_text: str) -> MonthClosed | None:
        """The month's closing as frozen (with the late events since), or None while it is open."""
        month = str(parse_month(month_text))
        self.desk.require_identity("office")
        with self.desk.db.reading() as session:
            return closed_month(session, month)

    def carry(self, from_text: str, to_text: str) -> CarryResult:
        """The unpaid of closed month `from_text` onto month `to_text` (services/office/arrears.py)."""
        done = carry(self.desk, str(parse_month(from_text)), str(parse_month(to_text)))
        self.desk.attribute(
            "carry-arrears",
            done.to_month,
            from_month=done.from_month,
            mode=done.mode,
            carried=len(done.carried),
            skipped=len(done.skipped),
            revised=done.revised,
        )
        return done

    def mode(self) -> str:
        """How arrears go onward: "carry" (a line on the next month's list) or "list" (listed only)."""
        with self.desk.db.reading() as session:
            return arrears_mode(session)

    def set_mode(self, mode: str) -> str:
        self.desk.require_identity("office")
        with self.desk.db.transaction() as session:
            set_arrears_mode(session, mode)
        self.desk.attribute("arrears-mode", None, mode=mode)
        return mode


__all__ = ["ARREARS_MODES", "Closing"]
