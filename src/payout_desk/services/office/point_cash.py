"""The points' cash as the office sees it (`office.point_cash`, issue 16 item 2): per point and per day, what
each laptop received, paid and returned, its count by banknote, the difference and its reason, the clerks'
notes — set against the cash the office issued (`office.cash`), with the flags (domain/cash_days.py)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from payout_desk.domain.cash_days import CashBook, Move, PointCash, point_cash
from payout_desk.domain.cash_office import CashIssue, issued_total
from payout_desk.domain.clock import parse_iso_utc, to_local
from payout_desk.services.common.desk import Desk, parse_month
from payout_desk.services.office.cash_issue import CashIssues
from payout_desk.store.devices import device_names
from payout_desk.store.lists import issued_lists_of_month
from payout_desk.store.point_cash import cash_records


@dataclass(slots=True)
class MonthCash:
    """A month's cash at every point with an issued list (and any point the office issued cash to)."""

    month: str
    points: list[PointCash]
    issues: list[CashIssue]
    device_names: dict[str, str] = field(default_factory=dict)  # key id → the laptop's name

    def device_name(self, key_id: str) -> str:
        return self.device_names.get(key_id, key_id[:8])

    @property
    def flagged(self) -> list[PointCash]:
        return [p for p in self.points if p.flags]


def cash_book(cash: MonthCash, point: str | None = None) -> CashBook:
    """What the settlement's papers show of the month's cash (every point, or only `point`)."""
    points = [p for p in cash.points if point is None or p.code == point]
    issues = [i for i in cash.issues if point is None or i.point_code == point]
    return CashBook(points, cash.device_names, issues)


def _local_day(at_utc: str) -> str:
    try:
        return to_local(parse_iso_utc(at_utc)).date().isoformat()
    except (ValueError, OverflowError):  # the door checked the times; a view never crashes on what is stored
        return at_utc[:10]


def _move(row: Any) -> Move:
    _list_id, device, seq, kind, amount, event_id, target, at_utc, body = row
    if body is None:
        return Move(device, seq, kind, amount, _local_day(at_utc), event_id, target)
    try:
        event = json.loads(body)
        data = event.get("data") if isinstance(event, dict) else None
        at_local = event.get("at_local") if isinstance(event, dict) else None
    except ValueError:
        data, at_local = None, None
    day = at_local[:10] if isinstance(at_local, str) and len(at_local) >= 10 else _local_day(at_utc)
    return Move(device, seq, kind, amount, day, event_id, target, data if isinstance(data, dict) else {})


class PointCashPart:
    """The month's cash per point and per day, and the flags on it."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def month(self, month_text: str) -> MonthCash:
        month = str(parse_month(month_text))
        with self.desk.db.reading() as session:
            return self.of_month(session, month)

    @staticmethod
    def of_month(session: Session, month: str) -> MonthCash:
        lists = issued_lists_of_month(session, month)
        issues = CashIssues.of_month(session, month)
        by_list: dict[str, list[Move]] = defaultdict(list)
        for row in cash_records(session, [row.list_id for row in lists]):
            by_list[row[0]].append(_move(row))
        issued: dict[str, list[CashIssue]] = defaultdict(list)
        for issue in issues:
            issued[issue.point_code].append(issue)
        points = [
            point_cash(
                row.point.code,
                row.point.name,
                issued_total(issued.pop(row.point.code, [])),
                by_list[row.list_id],
            )
            for row in lists
        ]
        points += [  # cash issued to a point whose list is no longer the newest issued (kept in view)
            point_cash(code, rows[0].point_name, issued_total(rows), [])
            for code, rows in sorted(issued.items())
        ]
        return MonthCash(month, points, issues, device_names(session))
