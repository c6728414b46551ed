"""A point's cash day by day, as the office reads it from the laptops' records (issue 16, item 2): what each
laptop received, paid, returned each day, its count by banknote and the difference from its books, the
reason given at the day's close, the clerk's notes; and the flags — a negative balance, a count short or
over, a day with payouts but no count, receipts declared that differ from the cash the office issued."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from payout_desk.domain.cash_office import (
    FLAG_KEYS,
    FLAG_NEGATIVE,
    FLAG_NO_COUNT,
    FLAG_OVER,
    FLAG_RECEIPTS,
    FLAG_SHORT,
    CashIssue,
)
from payout_desk.domain.ledger import Kind, chain_epoch, chain_key
from payout_desk.lang import Text


@dataclass(frozen=True, slots=True)
class Move:
    """One record of a laptop that tells about its cash: a payout, cash received or returned, a count, the
    day's close, a note, a void. `data` only for counts, closes, notes and voids."""

    chain: str
    seq: int
    kind: str
    amount: int
    date: str  # the local day (YYYY-MM-DD)
    event_id: str
    target: str | None = None
    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class CashDay:
    """One laptop's day: its moves, its last count and the difference from its books then, its close."""

    device: str  # the laptop's key id
    date: str
    received: int = 0
    paid: int = 0
    returned: int = 0
    payouts: int = 0
    balance: int = 0  # on hand by the books at the end of the day (all days so far)
    counted: int | None = None
    notes_counted: dict[str, int] = field(default_factory=dict)  # banknote → pieces, of the last count
    difference: int | None = None  # counted − books (the close's when the day was closed)
    reason: str = ""
    closed: bool = False
    notes: list[str] = field(default_factory=list)  # the clerks' notes of the day
    flags: list[str] = field(default_factory=list)


@dataclass(slots=True)
class PointCash:
    """A point's cash for a month: the office's issues against what its laptops declare, day by day."""

    code: str
    name: str
    issued: int  # cash the office recorded handing out (voided issues left out)
    received: int = 0  # cash the laptops declare received
    paid: int = 0
    returned: int = 0
    days: list[CashDay] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)

    @property
    def on_hand(self) -> int:
        return self.received - self.paid - self.returned

    @property
    def receipts_differ(self) -> int:
        """What the laptops declare received minus what the office issued (0: they agree)."""
        return self.received - self.issued


def _int(value: Any) -> int | None:
    return value if type(value) is int else None


def _text(value: Any) -> str:
    return value if type(value) is str else ""


def _cancelled(moves: Sequence[Move]) -> set[tuple[str, str]]:
    """(chain, event id) of the records a void of the same chain cancels (a void is final)."""
    return {(m.chain, m.target) for m in moves if m.kind == Kind.VOID and m.target}


def laptop_days(device: str, moves: Iterable[Move]) -> list[CashDay]:
    """One laptop's days (all its chains, in the order it recorded them), with each day's flags."""
    ordered = sorted(moves, key=lambda m: (chain_epoch(m.chain), m.seq))
    cancelled = _cancelled(ordered)
    days: dict[str, CashDay] = {}
    received = paid = returned = 0
    for move in ordered:
        if move.kind == Kind.VOID or (move.chain, move.event_id) in cancelled:
            continue
        day = days.get(move.date)
        if day is None:
            day = days[move.date] = CashDay(device, move.date)
        if move.kind == Kind.CASH_RECEIVED:
            received += move.amount
            day.received += move.amount
        elif move.kind == Kind.CASH_RETURNED:
            returned += move.amount
            day.returned += move.amount
        elif move.kind == Kind.PAYOUT:
            paid += move.amount
            day.paid += move.amount
            day.payouts += 1
        elif move.kind == Kind.CASH_COUNT:
            counted = dict(move.data.get("denominations") or {})
            day.counted, day.notes_counted = move.amount, counted
            if not day.closed:
                day.difference = move.amount - (received - paid - returned)
        elif move.kind == Kind.DAY_CLOSED:
            _close(day, move.data)
        elif move.kind == Kind.NOTE:
            day.notes.append(_text(move.data.get("text")))
        day.balance = received - paid - returned
    for day in days.values():
        day.flags = day_flags(day)
    return sorted(days.values(), key=lambda d: d.date)


def _close(day: CashDay, data: Mapping[str, Any]) -> None:
    day.closed = True
    counted, difference = _int(data.get("counted")), _int(data.get("difference"))
    if counted is not None:
        day.counted, day.difference = counted, difference
    day.reason = _text(data.get("reason"))


def day_flags(day: CashDay) -> list[str]:
    flags = []
    if day.balance < 0:
        flags.append(FLAG_NEGATIVE)
    if day.difference is not None and day.difference < 0:
        flags.append(FLAG_SHORT)
    if day.difference is not None and day.difference > 0:
        flags.append(FLAG_OVER)
    if day.payouts and day.counted is None:
        flags.append(FLAG_NO_COUNT)
    return flags


def point_cash(code: str, name: str, issued: int, moves: Iterable[Move]) -> PointCash:
    """A point's month from all its laptops' moves and the office's issued total."""
    by_device: dict[str, list[Move]] = defaultdict(list)
    for move in moves:
        by_device[chain_key(move.chain)].append(move)
    found = PointCash(code, name, issued)
    for device, device_moves in sorted(by_device.items()):
        days = laptop_days(device, device_moves)
        found.days.extend(days)
        for day in days:
            found.received += day.received
            found.paid += day.paid
            found.returned += day.returned
    found.days.sort(key=lambda d: (d.date, d.device))
    flags = {flag for day in found.days for flag in day.flags}
    if found.on_hand < 0:
        flags.add(FLAG_NEGATIVE)
    if found.receipts_differ and found.days:  # a point not heard from yet has declared nothing so far
        flags.add(FLAG_RECEIPTS)
    found.flags = [
        f for f in (FLAG_NEGATIVE, FLAG_SHORT, FLAG_OVER, FLAG_NO_COUNT, FLAG_RECEIPTS) if f in flags
    ]
    return found


@dataclass(slots=True)
class CashBook:
    """What the settlement's papers show of the cash (the workbook's sheet, the PDF's section): the month's
    points' cash, the laptops' names, the office's issues."""

    points: Sequence[PointCash]
    device_names: Mapping[str, str] = field(default_factory=dict)
    issues: Sequence[CashIssue] = ()


def flags_vi(flags: Sequence[str]) -> str:
    return "; ".join(Text(FLAG_KEYS[f]).vi for f in flags if f in FLAG_KEYS)


def banknotes(counted: Mapping[str, int]) -> str:
    """'500.000 × 14; 200.000 × 1' (largest first)."""
    pairs = sorted(((int(k), v) for k, v in counted.items() if str(k).isdigit()), reverse=True)
    return "; ".join(f"{note:,} × {pieces}".replace(",", ".") for note, pieces in pairs if pieces)
