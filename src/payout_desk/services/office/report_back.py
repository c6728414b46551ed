"""The report back to the welfare office (`office.report_back`, issue 15 item 7): for a month, the deaths
with their evidence, the moves between points, the people not collecting, the arrears carried in and the
month's unpaid going on, the amounts to recover, the holds, the families' one-off payments, and the
settlement totals — those taken from the office status the settlement papers use (frozen once the month is
closed), never counted a second way. Written as a workbook (exchange/report_back_xlsx.py) or a PDF
(reports/report_back_pdf.py)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.orm import Session

from payout_desk.domain.clock import to_local, utc_now
from payout_desk.domain.history import DeathRecord, Outcome, PersonMonth
from payout_desk.domain.month import Month
from payout_desk.domain.report_back import (
    ArrearsLine,
    DeathLine,
    FamilyLine,
    HoldLine,
    MoveLine,
    RecoverLine,
    ReportBack,
    UnclaimedLine,
)
from payout_desk.exchange.report_back_xlsx import write_report_back
from payout_desk.lang import t
from payout_desk.reports.report_back_pdf import report_back_pdf
from payout_desk.services.common.desk import Desk, parse_month
from payout_desk.services.common.errors import DeskError, InvalidInput, Refused
from payout_desk.services.common.report_data import ReportFile, write_report
from payout_desk.services.office.arrears import CARRY, arrears_mode
from payout_desk.services.office.deaths import Deaths
from payout_desk.services.office.holds import Holds
from payout_desk.services.office.status import OfficeStatus, Status
from payout_desk.services.office.unclaimed import UnclaimedWatchPart
from payout_desk.store.closing import arrears_from, arrears_into
from payout_desk.store.family import family_payments
from payout_desk.store.holds import month_imported
from payout_desk.store.month_history import death_records, month_lines
from payout_desk.store.report_back import family_codes, moves_of, register_findings, report_clerks
from payout_desk.store.unclaimed import has_issued
from payout_desk.trust.atomic import write_atomic


def _deaths(session: Session, month: str, lines: dict[str, PersonMonth]) -> tuple[DeathLine, ...]:
    records: list[DeathRecord] = [
        r
        for found in death_records(session, str(Month.parse(month).next())).values()
        for r in found
        if r.month == month
    ]
    clerks = report_clerks(session, [r.record_id for r in records if r.source == "point"])
    return tuple(
        DeathLine(
            r.code,
            lines[r.code].name if r.code in lines else "",
            lines[r.code].point_code if r.code in lines else r.where.split(" · ")[0],
            r.date,
            r.source,
            r.reported_by,
            r.where,
            clerks.get(r.record_id, "") if r.source == "point" else "",
            r.record_id,
            r.recorded_at,
        )
        for r in sorted(records, key=lambda r: (r.code, r.recorded_at))
    )


def _moves(
    session: Session, month: str, status: OfficeStatus, lines: dict[str, PersonMonth]
) -> tuple[MoveLine, ...]:
    point_of = {p.list_id: p.code for p in status.points}
    found = [
        MoveLine(
            code,
            lines[code].name if code in lines else "",
            point_of.get(left, ""),
            point_of.get(joined or "", ""),
            day,
            "transfer",
        )
        for code, left, day, joined in moves_of(session, list(point_of))
    ]
    for w in register_findings(session, month, "moved_point"):
        code, ev = str(w.get("person") or ""), w.get("evidence") or {}
        found.append(
            MoveLine(
                code,
                lines[code].name if code in lines else "",
                str(ev.get("from_point") or ""),
                str(ev.get("to_point") or ""),
                None,
                "register",
            )
        )
    return tuple(found)


def _arrears_in(session: Session, month: str, lines: dict[str, PersonMonth]) -> tuple[ArrearsLine, ...]:
    found = []
    for code, rows in sorted(arrears_into(session, month).items()):
        line = lines.get(code)
        for a in rows:
            if a.mode != CARRY:
                state = "listed"
            elif line is None:
                state = "not_listed"
            else:
                state = "paid" if line.outcome == Outcome.PAID else "unpaid"
            found.append(
                ArrearsLine(
                    code,
                    line.name if line else "",
                    line.point_code if line else "",
                    tuple(json.loads(a.months)),
                    a.amount,
                    a.mode,
                    state,
                )
            )
    return tuple(found)


def _arrears_out(
    session: Session, month: str, status: OfficeStatus, lines: dict[str, PersonMonth]
) -> tuple[ArrearsLine, ...]:
    """The month's unpaid (as frozen at the close, or as it stands) and what comes of it."""
    mode = arrears_mode(session)
    if status.closed is not None:
        unpaid = [(u.code, u.name, u.point_code, u.amount) for u in status.closed.unpaid]
    else:
        unpaid = [
            (m.code, m.name, m.point_code, m.amount)
            for m in sorted(lines.values(), key=lambda m: (m.point_code, m.code))
            if m.outcome == Outcome.UNPAID
        ]
    done, earlier = arrears_from(session, month), arrears_into(session, month)
    found = []
    for code, name, point, amount in unpaid:
        carried = done.get(code)
        if carried is not None:
            months = tuple(json.loads(carried.months))
            state = "carried" if carried.mode == CARRY else "listed"
            found.append(ArrearsLine(code, name, point, months, carried.amount, carried.mode, state))
            continue
        covered = {m for a in earlier.get(code, []) for m in json.loads(a.months)}
        # once the month was carried, the others were left (dead, held, stopped or no longer listed)
        state = "not_carried" if done else "to_carry" if mode == CARRY else "to_list"
        found.append(ArrearsLine(code, name, point, tuple(sorted({month, *covered})), amount, mode, state))
    return tuple(found)


def _family(session: Session, month: str, list_ids: list[str]) -> tuple[FamilyLine, ...]:
    return tuple(
        FamilyLine(
            f.line_code.split("#", 1)[0],
            f.line_code,
            f.point_code,
            f.label,
            f.amount,
            f.recipient_name,
            f.relation,
            f.paid is not None,
            f.paid.at_local if f.paid else "",
        )
        for f in family_payments(session, sorted(family_codes(session, list_ids)))
        if f.month == month
    )


class ReportBackPart:
    """`office.report_back`: the month's report to the welfare office, as values, a workbook or a PDF."""

    def __init__(
        self, desk: Desk, status: Status, deaths: Deaths, unclaimed: UnclaimedWatchPart, holds: Holds
    ) -> None:
        self.desk = desk
        self.status = status
        self.deaths = deaths
        self.unclaimed = unclaimed
        self.holds = holds

    def month(self, month_text: str) -> ReportBack:
        """The report back for a month with issued lists; a month not imported or not issued is refused
        with one sentence."""
        month = str(parse_month(month_text))
        office = self.desk.require_identity("office").name
        with self.desk.db.reading() as session:
            if not month_imported(session, month):
                raise InvalidInput(t("reportback.month_not_imported", month=month))
            if not has_issued(session, month):
                raise Refused(t("reportback.month_not_issued", month=month))
        status = self.status.month(month)  # the settlement papers' own figures (frozen when closed)
        recover = self.deaths.recover(month).rows
        unclaimed = self.unclaimed.watch(month=month)
        holds = self.holds.month(month)
        with self.desk.db.reading() as session:
            lines = month_lines(session, month)
            report = ReportBack(
                month=month,
                office_name=office,
                made_at=to_local(utc_now()).strftime("%d/%m/%Y %H:%M"),
                closed=status.closed is not None,
                arrears_mode=arrears_mode(session),
                points=status.settlement.points,
                totals=status.totals,
                deaths=_deaths(session, month, lines),
                moves=_moves(session, month, status, lines),
                unclaimed=tuple(
                    UnclaimedLine(u.code, u.name, u.point_code, u.run, u.months, u.total, u.suspend)
                    for u in unclaimed.people
                ),
                arrears_in=_arrears_in(session, month, lines),
                arrears_out=_arrears_out(session, month, status, lines),
                recover=tuple(
                    RecoverLine(
                        r.code,
                        r.name,
                        r.point_code,
                        r.month,
                        r.amount,
                        r.paid_at,
                        r.paid_by,
                        r.death.date,
                        r.death.source,
                    )
                    for r in recover
                ),
                holds=tuple(
                    HoldLine(h.code, h.name, h.point_code, h.kind, h.state, h.amount, h.decided_by or "")
                    for h in holds
                ),
                family=_family(session, month, [p.list_id for p in status.points]),
            )
        return report

    def workbook(self, month_text: str, out: Path) -> ReportBack:
        """The report back written as an xlsx workbook at `out`."""
        report = self.month(month_text)
        if out.is_dir():
            raise DeskError(t("office.out_is_folder", out=out))
        try:
            write_atomic(out, write_report_back(report))
        except OSError as exc:
            raise DeskError(t("office.cannot_write", out=out, value=exc.strerror or exc)) from exc
        self.desk.attribute("export-report-back", report.month, file=out.name, paid=report.totals.paid_amount)
        return report

    def pdf(self, month_text: str, out: Path) -> ReportFile:
        """The report back printed as a PDF at `out`."""
        report = self.month(month_text)
        done = write_report(
            out,
            report_back_pdf(report),
            sum(report.counts().values()) - len(report.points),
            report.total.paid_out,
            [p.code for p in report.points],
        )
        self.desk.attribute(
            "print-report-back", report.month, file=out.name, rows=done.rows, total=done.total
        )
        return done
