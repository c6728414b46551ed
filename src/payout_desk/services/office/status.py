"""The office's reconciliation of a month: per point and list, what was issued, paid, unpaid, stopped, the
cash position, every conflict with both records, and the resolutions the office recorded."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from payout_desk.domain.figures import ListFigures
from payout_desk.domain.fold import CashPosition, Conflict, ConflictKind, sum_positions
from payout_desk.domain.ledger import Event, Kind, chain_key
from payout_desk.domain.month import Month
from payout_desk.domain.opening import MonthWork
from payout_desk.domain.settlement import MonthSettlement, point_figures
from payout_desk.domain.transfer_figures import TransferFact, with_transfers
from payout_desk.services.common.desk import Desk, parse_month
from payout_desk.services.office.frozen import MonthClosed, closed_month, freeze
from payout_desk.services.office.transfer_status import bank_name, transfer_facts
from payout_desk.services.office.transfers import LISTED, on_two_lists
from payout_desk.store.conflicts import conflict_count, fork_count, forks_of, resolutions_of
from payout_desk.store.devices import devices_by_name
from payout_desk.store.events import bodies_with_ids
from payout_desk.store.imports import lists_heard_from, register_months
from payout_desk.store.ledger import stored_event
from payout_desk.store.lists import issued_lists_of_month, list_months, names_on_lists
from payout_desk.store.models import (
    Device,
    DeviceFork,
    PayoutList,
)
from payout_desk.store.month_figures import Flag, conflict_rows, month_totals


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
    flags: list[Flag] = field(default_factory=list)  # stored oddities the figures leave out (see Flag)


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
    closed: MonthClosed | None = None  # a closed month: the figures above are the frozen ones (frozen.py)
    settlement: MonthSettlement = field(default_factory=lambda: MonthSettlement(""))  # what papers print
    transfers: list[TransferFact] = field(default_factory=list)  # issue 17: the month's bank transfers

    def settle(self) -> None:
        """The one settlement every paper prints, from the points' figures and cash as they now stand, and
        the month's bank transfers beside them."""
        cash = MonthSettlement(
            self.month,
            tuple(point_figures(p.code, p.name, p.figures, p.cash, p.conflicts) for p in self.points),
        )
        self.settlement = with_transfers(cash, self.transfers, bank_name)


def _chunks(values: list[str], size: int = 500) -> list[list[str]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def fork_id(fork: DeviceFork) -> str:
    text = f"fork\n{fork.device_id}\n{fork.list_id}\n{fork.seq}\n{fork.presented_hash}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def conflict_labels(kind: str) -> tuple[str, str]:
    """(Vietnamese, English) label of a stored conflict kind; a kind this version does not know (stored
    by a newer one) is shown as its stored name rather than crash the view."""
    known = {k.value: k for k in ConflictKind}
    return (known[kind].label_vi, known[kind].label_en) if kind in known else (kind, kind)


def event_summary(event: Event, device_names: dict[str, str]) -> dict[str, Any]:
    data = event.data if isinstance(event.data, Mapping) else {}
    proxy = data.get("proxy")
    proxy_name = proxy.get("name") if isinstance(proxy, Mapping) else None
    return {
        "event_id": event.event_id,
        "kind": event.kind,
        "device": event.device_id,
        "device_name": device_names.get(event.device_id)
        or device_names.get(chain_key(event.device_id), event.device_id),
        "seq": event.seq,
        "staff": event.staff,
        "at_local": event.at_local,
        "revision": event.revision,
        "amount": event.amount,
        "recipient": (str(proxy_name or "") or "self") if event.kind == Kind.PAYOUT else None,
        "at_home": bool(data.get("at_home")),
        "report": data.get("report"),
        **({"target": event.target, "reason": data.get("reason")} if event.kind == Kind.VOID else {}),
    }


class Status:
    """A month's reconciliation (`office.status`): lists, figures, cash, conflicts and their resolutions."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def month_lists(self, session: Session, month: str) -> list[PayoutList]:
        """The newest issued revision of each point's list for the month, by point code."""
        return issued_lists_of_month(session, month)

    def months(self) -> list[str]:
        """Every month this office has a register or lists for, newest first."""
        with self.desk.db.reading() as session:
            found = list_months(session) | register_months(session)
        return sorted(found, reverse=True)

    def month_work(self) -> list[MonthWork]:
        """Per month this office has a register or lists for: its open conflicts (forks included) and its
        points with an issued list and no sync file taken in yet — what `domain.opening` decides on."""
        found, months = [], self.months()
        with self.desk.db.reading() as session:
            for month in months:
                ids = [row.list_id for row in self.month_lists(session, month)]
                conflicts = [c.id for c in conflict_rows(session, ids)]
                conflicts += [fork_id(f) for f in forks_of(session, ids)]
                decided = self._resolutions(session, conflicts)
                heard = lists_heard_from(session, ids)
                found.append(
                    MonthWork(
                        Month.parse(month),
                        sum(1 for c in set(conflicts) if c not in decided),
                        sum(1 for list_id in ids if list_id not in heard),
                    )
                )
        return found

    def conflict_count(self, month_text: str) -> int:
        """How many conflicts (open or resolved, forks included, and a line on each list of a person on two
        lists) the month's lists have — as many as `month(…).conflicts`."""
        month = str(parse_month(month_text))
        with self.desk.db.reading() as session:
            rows = self.month_lists(session, month)
            ids = [row.list_id for row in rows]
            found = conflict_count(session, ids)
            forks = fork_count(session, ids)
            twice = sum(len(lists) for lists in on_two_lists(session, rows).values())
        return found + forks + twice

    def month(self, month_text: str) -> OfficeStatus:
        month = str(parse_month(month_text))
        self.desk.require_identity("office")
        with self.desk.db.reading() as session:
            devices: dict[int, list[Device]] = defaultdict(list)
            for device in devices_by_name(session):
                devices[device.point_id].append(device)
            names = {d.key_id: d.name for point in devices.values() for d in point}
            rows = self.month_lists(session, month)
            totals = month_totals(session, rows)
            by_list: dict[str, list[ConflictReport]] = defaultdict(list)
            for conflict in self._conflicts(session, rows, names):
                by_list[conflict.list_id].append(conflict)
            report = OfficeStatus(month, [], [])
            for row in rows:
                found = totals[row.list_id]
                mine = by_list[row.list_id]
                report.points.append(
                    PointReport(
                        row.point.code,
                        row.point.name,
                        row.list_id,
                        row.revision,
                        found.figures,
                        sum_positions(list(found.cash.values())),
                        [
                            DeviceSync(
                                d.name,
                                d.key_id,
                                found.last_sync.get(d.key_id),
                                found.last_seq.get(d.key_id, 0),
                            )
                            for d in devices[row.point_id]
                        ],
                        len(mine),
                        found.flags,
                    )
                )
                report.conflicts.extend(mine)
                report.totals.add(found.figures)
            report.cash = sum_positions([p.cash for p in report.points])
            report.totals.conflicts = len(report.conflicts)
            if (closed := closed_month(session, month)) is not None:
                freeze(report, closed)
            report.transfers = transfer_facts(session, month, rows)
            report.settle()
            return report

    def _conflicts(
        self, session: Session, rows: list[PayoutList], names: dict[str, str]
    ) -> list[ConflictReport]:
        """Every conflict of the month's lists (with both records) and every fork, by point: a few
        queries for all of them, however many there are."""
        by_list = {row.list_id: row for row in rows}
        conflicts = conflict_rows(session, list(by_list))
        forks = forks_of(session, list(by_list))
        event_ids = {e for c in conflicts for e in json.loads(c.event_ids)}
        events: dict[str, list[Event]] = defaultdict(list)  # two laptops may present one id: both shown
        for chunk in _chunks(sorted(event_ids)):
            for body in bodies_with_ids(session, chunk):
                event = stored_event(body)
                events[event.event_id].append(event)
        people = self._conflict_names(session, rows, {c.code for c in conflicts})
        decided = self._resolutions(session, [c.id for c in conflicts] + [fork_id(f) for f in forks])
        found: list[ConflictReport] = []
        for conflict in conflicts:
            row = by_list[conflict.list_id]
            records = sorted(
                (event for e in dict.fromkeys(json.loads(conflict.event_ids)) for event in events.get(e, [])),
                key=lambda e: (e.at_utc, e.device_id, e.seq),
            )
            found.append(
                ConflictReport(
                    conflict.id,
                    conflict.kind,
                    row.point.code,
                    row.list_id,
                    conflict.code,
                    people.get((row.list_id, conflict.code)),
                    [event_summary(e, names) for e in records],
                    decided.get(conflict.id),
                )
            )
        for fork in forks:
            found.append(
                ConflictReport(
                    fork_id(fork),
                    ConflictKind.FORK.value,
                    by_list[fork.list_id].point.code,
                    fork.list_id,
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
                    decided.get(fork_id(fork)),
                )
            )
        found += self._on_two_lists(session, rows)
        order = {row.list_id: i for i, row in enumerate(rows)}
        found.sort(key=lambda c: order[c.list_id])  # stable: each list's conflicts, then its forks
        return found

    def _on_two_lists(self, session: Session, rows: list[PayoutList]) -> list[ConflictReport]:
        """A person standing on two points' lists of the month (a move without its stop): one line on each
        list, naming every list they stand on (issue 15, item 6)."""
        found = []
        for code, lists in on_two_lists(session, rows).items():
            places = [
                {"kind": LISTED, "point_code": r.point.code, "device_name": f"{r.point.code} {r.point.name}",
                 "list_id": r.list_id, "revision": r.revision, "seq": r.revision}
                for r in lists
            ]  # fmt: skip
            ids = tuple(r.list_id for r in lists)
            for row in lists:
                key = Conflict(ConflictKind.ON_TWO_LISTS, row.list_id, code, ids).conflict_id
                name = self._conflict_names(session, [row], {code}).get((row.list_id, code))
                decided = self._resolutions(session, [key]).get(key)
                found.append(
                    ConflictReport(key, ConflictKind.ON_TWO_LISTS.value, row.point.code, row.list_id, code, name,
                                   places, decided)
                )  # fmt: skip
        return found

    @staticmethod
    def _conflict_names(
        session: Session, rows: list[PayoutList], codes: set[str]
    ) -> dict[tuple[str, str], str]:
        """(list id, code) → the name on the list (its newest revision naming them), for the people in
        conflicts."""
        found: dict[tuple[str, str], str] = {}
        list_ids = [row.list_id for row in rows]
        for chunk in _chunks(sorted(codes)):
            for list_id, code, name in names_on_lists(session, list_ids, chunk):
                found[(list_id, code)] = name
        return found

    @staticmethod
    def _resolutions(session: Session, conflict_ids: list[str]) -> dict[str, dict[str, str]]:
        """Each conflict's latest decision (a later one supersedes, nothing is deleted)."""
        found: dict[str, dict[str, str]] = {}
        for chunk in _chunks(sorted(set(conflict_ids))):
            for latest in resolutions_of(session, chunk):
                found[latest.conflict_id] = {
                    "note": latest.note,
                    "by": latest.resolved_by,
                    "at": latest.resolved_at,
                }
        return found
