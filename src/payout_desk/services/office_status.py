"""The office's reconciliation of a month: per point and list, what was issued, paid, unpaid, stopped, the
cash position, every conflict with both records, and the resolutions the office recorded."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.figures import ListFigures
from payout_desk.domain.fold import CashPosition, ConflictKind
from payout_desk.domain.ledger import Event
from payout_desk.services.desk import OFFICE_LOCK, Desk, parse_month
from payout_desk.services.errors import UsageError
from payout_desk.services.ledger_db import cash_positions, list_figures, stored_event
from payout_desk.store.models import (
    ConflictRow,
    Device,
    DeviceFork,
    LedgerEvent,
    ListEntry,
    PayoutList,
    Point,
    Resolution,
    SyncImport,
)


@dataclass(frozen=True, slots=True)
class DeviceSync:
    name: str
    key_id: str
    last_sync: str | None  # when the device wrote the newest file taken in
    last_seq: int


@dataclass(slots=True)
class PointReport:
    code: str
    name: str
    list_id: str
    revision: int
    figures: ListFigures
    cash: CashPosition
    devices: list[DeviceSync]
    conflicts: int


@dataclass(slots=True)
class ConflictReport:
    conflict_id: str
    kind: str
    point_code: str
    list_id: str
    beneficiary_code: str | None
    beneficiary_name: str | None
    events: list[dict[str, Any]]
    resolution: dict[str, str] | None


@dataclass(slots=True)
class OfficeStatus:
    month: str
    points: list[PointReport]
    conflicts: list[ConflictReport]
    totals: ListFigures = field(default_factory=ListFigures)
    cash: CashPosition = field(default_factory=CashPosition)


def fork_id(fork: DeviceFork) -> str:
    text = f"fork\n{fork.device_id}\n{fork.list_id}\n{fork.seq}\n{fork.presented_hash}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def _sum_cash(positions: list[CashPosition]) -> CashPosition:
    return CashPosition(
        sum(p.received for p in positions),
        sum(p.paid for p in positions),
        sum(p.returned for p in positions),
        sum(p.payouts for p in positions),
    )


def event_summary(event: Event, device_names: dict[str, str]) -> dict[str, Any]:
    data = event.data
    return {
        "event_id": event.event_id,
        "kind": event.kind,
        "device": event.device_id,
        "device_name": device_names.get(event.device_id, event.device_id),
        "seq": event.seq,
        "staff": event.staff,
        "at_local": event.at_local,
        "revision": event.revision,
        "amount": event.amount,
        "recipient": ((data.get("proxy") or {}).get("name") or "self") if event.kind == "payout" else None,
        "at_home": bool(data.get("at_home")),
        "report": data.get("report"),
    }


class OfficeStatusDesk(Desk):
    def month_lists(self, session: Session, month: str) -> list[PayoutList]:
        """The newest issued revision of each point's list for the month, by point code."""
        newest = (
            select(PayoutList.list_id, func.max(PayoutList.revision).label("revision"))
            .where(PayoutList.month == month, PayoutList.status == "issued")
            .group_by(PayoutList.list_id)
            .subquery()
        )
        query = (
            select(PayoutList)
            .join(
                newest,
                (PayoutList.list_id == newest.c.list_id) & (PayoutList.revision == newest.c.revision),
            )
            .join(Point)
            .order_by(Point.code)
        )
        return list(session.scalars(query))

    def conflict_count(self, month_text: str) -> int:
        """How many conflicts (open or resolved, forks included) the month's lists have."""
        month = str(parse_month(month_text))
        with self.db.reading() as session:
            ids = [row.list_id for row in self.month_lists(session, month)]
            found = (
                session.scalar(select(func.count(ConflictRow.id)).where(ConflictRow.list_id.in_(ids))) or 0
            )
            forks = session.scalar(select(func.count(DeviceFork.id)).where(DeviceFork.list_id.in_(ids))) or 0
        return found + forks

    def status(self, month_text: str) -> OfficeStatus:
        month = str(parse_month(month_text))
        self.require_identity("office")
        with self.db.reading() as session:
            names = {d.key_id: d.name for d in session.scalars(select(Device))}
            report = OfficeStatus(month, [], [])
            for row in self.month_lists(session, month):
                figures = list_figures(session, row.list_id)
                positions = cash_positions(session, row.list_id)
                conflicts = self._conflicts(session, row, names)
                report.points.append(
                    PointReport(
                        row.point.code,
                        row.point.name,
                        row.list_id,
                        row.revision,
                        figures,
                        _sum_cash(list(positions.values())),
                        self._devices(session, row),
                        len(conflicts),
                    )
                )
                report.conflicts.extend(conflicts)
                report.totals.add(figures)
            report.cash = _sum_cash([p.cash for p in report.points])
            report.totals.conflicts = len(report.conflicts)
            return report

    @staticmethod
    def _devices(session: Session, row: PayoutList) -> list[DeviceSync]:
        found = []
        for device in session.scalars(
            select(Device).where(Device.point_id == row.point_id).order_by(Device.name)
        ):
            last = session.execute(
                select(func.max(SyncImport.created_at), func.max(SyncImport.last_seq)).where(
                    SyncImport.device_id == device.key_id, SyncImport.list_id == row.list_id
                )
            ).one()
            seq = session.scalar(
                select(func.max(LedgerEvent.seq)).where(
                    LedgerEvent.device_id == device.key_id, LedgerEvent.list_id == row.list_id
                )
            )
            found.append(DeviceSync(device.name, device.key_id, last[0], seq or 0))
        return found

    def _conflicts(self, session: Session, row: PayoutList, names: dict[str, str]) -> list[ConflictReport]:
        found: list[ConflictReport] = []
        for conflict in session.scalars(
            select(ConflictRow)
            .where(ConflictRow.list_id == row.list_id)
            .order_by(ConflictRow.code, ConflictRow.kind, ConflictRow.id)
        ):
            ids = json.loads(conflict.event_ids)
            bodies = session.scalars(select(LedgerEvent.body).where(LedgerEvent.event_id.in_(ids)))
            events = sorted((stored_event(b) for b in bodies), key=lambda e: (e.at_utc, e.device_id, e.seq))
            name = session.scalar(
                select(ListEntry.name)
                .where(ListEntry.code == conflict.code)
                .join(PayoutList)
                .where(PayoutList.list_id == row.list_id)
            )
            found.append(
                ConflictReport(
                    conflict.id,
                    conflict.kind,
                    row.point.code,
                    row.list_id,
                    conflict.code,
                    name,
                    [event_summary(e, names) for e in events],
                    self._resolution(session, conflict.id),
                )
            )
        forks = (
            select(DeviceFork)
            .where(DeviceFork.list_id == row.list_id)
            .order_by(DeviceFork.device_id, DeviceFork.seq, DeviceFork.presented_hash)
        )  # not by id: which clerk's import found a fork first is chance
        for fork in session.scalars(forks):
            found.append(
                ConflictReport(
                    fork_id(fork),
                    ConflictKind.FORK.value,
                    row.point.code,
                    row.list_id,
                    None,
                    None,
                    [
                        {
                            "device": fork.device_id,
                            "device_name": names.get(fork.device_id, fork.device_id),
                            "seq": fork.seq,
                            "known_hash": fork.known_hash,
                            "presented_hash": fork.presented_hash,
                            "file_sha256": fork.file_sha256,
                            "detected_at": fork.detected_at,
                        }
                    ],
                    self._resolution(session, fork_id(fork)),
                )
            )
        return found

    @staticmethod
    def _resolution(session: Session, conflict_id: str) -> dict[str, str] | None:
        latest = session.scalar(
            select(Resolution)
            .where(Resolution.conflict_id == conflict_id)
            .order_by(Resolution.id.desc())
            .limit(1)
        )
        if latest is None:
            return None
        return {"note": latest.note, "by": latest.resolved_by, "at": latest.resolved_at}

    def resolve(self, month_text: str, conflict_id: str, note: str, by: str) -> ConflictReport:
        """Record the office's decision on a conflict. Nothing is deleted; a later decision supersedes."""
        if not note.strip() or not by.strip():
            raise UsageError("a resolution needs a note (what was decided) and who decided it (--by)")
        wanted = conflict_id.strip().lower()
        matches = [c for c in self.status(month_text).conflicts if c.conflict_id.startswith(wanted)]
        if len(matches) != 1 or len(wanted) < 6:
            raise UsageError(
                f"no single conflict {conflict_id!r} in {month_text}; see `payout-desk office status`"
            )
        with self.db.transaction(OFFICE_LOCK) as session:
            session.add(
                Resolution(
                    conflict_id=matches[0].conflict_id,
                    note=note.strip(),
                    resolved_by=" ".join(by.split()),
                    resolved_at=iso_utc(utc_now()),
                )
            )
        matches[0].resolution = {"note": note.strip(), "by": " ".join(by.split()), "at": iso_utc(utc_now())}
        return matches[0]
