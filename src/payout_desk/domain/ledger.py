"""The ledger: what a point device records, as append-only events in a hash chain per device and list.

Nothing recorded is ever changed or deleted: a mistake is corrected by a *void* event naming the event it
cancels, with a reason. Each device numbers its events 1, 2, 3 … per list and each event carries the hash
of the device's previous event, so a sync file's history can be checked link by link and two different
histories under the same numbers (a fork) are spotted by comparing one hash.

The event's hash is the SHA-256 of its canonical JSON line, exactly the bytes stored and exported.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from payout_desk.domain.canonical import canonical_json

GENESIS = "0" * 64
"""The `prev` of a device's first event for a list."""


class Kind(StrEnum):
    PAYOUT = "payout"
    VOID = "void"
    REPORT = "report"
    CASH_RECEIVED = "cash-received"
    CASH_RETURNED = "cash-returned"
    CASH_COUNT = "cash-count"
    DAY_CLOSED = "day-closed"
    NOTE = "note"


class ReportKind(StrEnum):
    """Why a beneficiary was not paid (or must not be): the exception reports a clerk can make."""

    ABSENT = "absent"
    DECEASED = "deceased"
    MOVED = "moved"
    REFUSED = "refused"
    HOSPITAL = "hospital"
    WRONG_DATA = "wrong-data"

    @property
    def label_vi(self) -> str:
        return _REPORT_TEXT[self][0]

    @property
    def label_en(self) -> str:
        return _REPORT_TEXT[self][1]


_REPORT_TEXT = {
    ReportKind.ABSENT: ("Vắng mặt", "Absent"),
    ReportKind.DECEASED: ("Đã chết", "Deceased"),
    ReportKind.MOVED: ("Chuyển đi", "Moved away"),
    ReportKind.REFUSED: ("Từ chối nhận", "Refused"),
    ReportKind.HOSPITAL: ("Đang nằm viện", "In hospital"),
    ReportKind.WRONG_DATA: ("Sai thông tin", "Wrong data"),
}
REMOVAL_REPORTS = (ReportKind.DECEASED, ReportKind.MOVED, ReportKind.WRONG_DATA)
"""Reports the office passes back to the welfare office (báo giảm / corrections)."""

ID_CHECKS = ("card", "qr", "known")
"""How the clerk checked who takes the money: card seen, CCCD QR scanned, known personally."""

BANKNOTES = (500_000, 200_000, 100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000)
"""Vietnamese banknotes in circulation that a cash count uses."""


class LedgerError(ValueError):
    """A history that must not be accepted (broken chain, wrong device...); the message says where."""


@dataclass(slots=True)
class Event:
    """One recorded fact. Treat it as immutable: its line and hash are what the chain covers (not frozen
    only because a frozen dataclass costs 6× more to build, and imports build one per event)."""

    event_id: str  # UUID
    device_id: str  # the recording device's key id
    list_id: str
    seq: int  # 1, 2, 3 … per device and list
    prev: str  # hash of the device's previous event for the list (GENESIS for the first)
    kind: str
    staff: str
    at_utc: str
    at_local: str
    revision: int  # the list revision the device held when it recorded the event
    beneficiary: str | None = None
    amount: int = 0
    target: str | None = None  # a void: the event it cancels
    data: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.event_id,
            "device": self.device_id,
            "list_id": self.list_id,
            "seq": self.seq,
            "prev": self.prev,
            "kind": self.kind,
            "staff": self.staff,
            "at_utc": self.at_utc,
            "at_local": self.at_local,
            "revision": self.revision,
            "beneficiary": self.beneficiary,
            "amount": self.amount,
            "target": self.target,
            "data": dict(self.data),
        }

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> Event:
        """An event from its JSON form as this desk stored it (already checked when it arrived)."""
        return cls(
            obj["id"],
            obj["device"],
            obj["list_id"],
            obj["seq"],
            obj["prev"],
            obj["kind"],
            obj["staff"],
            obj["at_utc"],
            obj["at_local"],
            obj["revision"],
            obj["beneficiary"],
            obj["amount"],
            obj["target"],
            obj["data"],
        )

    def encode(self) -> bytes:
        """The event's line: canonical JSON, the bytes its hash covers."""
        return canonical_json(self.to_json())

    @property
    def local_date(self) -> str:
        return self.at_local[:10]


def event_hash(line: bytes) -> str:
    return hashlib.sha256(line).hexdigest()


def check_chain(events: Iterable[tuple[Event, str]], device_id: str, list_id: str) -> str:
    """Check a device's whole history for a list, given as (event, its hash) in order from seq 1.

    Returns the head hash; raises LedgerError naming the first event that breaks the chain."""
    prev, expected_seq = GENESIS, 1
    for event, digest in events:
        where = f"event #{event.seq}"
        if event.device_id != device_id:
            raise LedgerError(f"{where} was recorded by another device ({event.device_id})")
        if event.list_id != list_id:
            raise LedgerError(f"{where} belongs to another list ({event.list_id})")
        if event.seq != expected_seq:
            raise LedgerError(f"the history jumps from event #{expected_seq - 1} to #{event.seq}")
        if event.prev != prev:
            raise LedgerError(
                f"{where} does not follow event #{event.seq - 1} (the chain of hashes is broken)"
            )
        prev, expected_seq = digest, expected_seq + 1
    return prev


# -- the fold: state derived from events -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stop:
    """A stop order (báo giảm) from the office for one beneficiary."""

    reason: str  # deceased | moved | other
    date: str  # effective date, YYYY-MM-DD
    issued_at: str
    seq: int  # the amendment's number


@dataclass(frozen=True, slots=True)
class Entitlement:
    """What the office says about one beneficiary code of one list right now."""

    code: str
    listed: bool  # on the latest revision, or added by an amendment
    amount: int  # 0 when not listed
    revision: int | None  # the latest revision it is listed on; None if only added by an amendment
    stop: Stop | None = None


class Status(StrEnum):
    UNPAID = "unpaid"
    PAID = "paid"
    STOPPED = "stopped"
    EXCEPTION = "exception"  # not paid, with an exception report


class ConflictKind(StrEnum):
    DOUBLE_PAYOUT = "double-payout"
    PAYOUT_AFTER_STOP = "payout-after-stop"
    SUPERSEDED_REVISION = "superseded-revision"
    PAID_DECEASED = "paid-deceased"
    NOT_ON_LIST = "not-on-list"
    WRONG_AMOUNT = "wrong-amount"
    FORK = "fork"

    @property
    def label_en(self) -> str:
        return _CONFLICT_TEXT[self][1]

    @property
    def label_vi(self) -> str:
        return _CONFLICT_TEXT[self][0]


_CONFLICT_TEXT = {
    ConflictKind.DOUBLE_PAYOUT: ("Chi trùng", "Paid more than once"),
    ConflictKind.PAYOUT_AFTER_STOP: ("Chi cho người đã báo giảm", "Paid although stopped by the office"),
    ConflictKind.SUPERSEDED_REVISION: ("Chi theo danh sách cũ", "Paid from a superseded list revision"),
    ConflictKind.PAID_DECEASED: ("Chi cho người được báo đã chết", "Paid although reported deceased"),
    ConflictKind.NOT_ON_LIST: ("Chi cho người không có trong danh sách", "Paid someone not on the list"),
    ConflictKind.WRONG_AMOUNT: ("Chi sai số tiền", "Paid an amount other than the list's"),
    ConflictKind.FORK: ("Máy có hai lịch sử khác nhau", "A device presented two different histories"),
}


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: str
    list_id: str
    code: str
    event_ids: tuple[str, ...]

    @property
    def conflict_id(self) -> str:
        """Stable across rebuilds: the same records give the same id, so a resolution stays attached."""
        text = "\n".join((self.kind, self.list_id, self.code, *sorted(self.event_ids)))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


@dataclass(slots=True)
class BeneficiaryState:
    code: str
    entitlement: Entitlement
    status: Status
    payouts: tuple[Event, ...]  # not voided, in recording order
    reports: tuple[Event, ...]  # not voided, in recording order
    conflicts: tuple[Conflict, ...]

    @property
    def paid_amount(self) -> int:
        return sum(p.amount for p in self.payouts)

    @property
    def exception(self) -> str | None:
        """The latest standing report's kind, when the beneficiary is not paid."""
        if self.payouts or not self.reports:
            return None
        return str(self.reports[-1].data.get("report"))

    @property
    def deceased_report(self) -> Event | None:
        return next((r for r in reversed(self.reports) if r.data.get("report") == ReportKind.DECEASED), None)


def _order(event: Event) -> tuple[str, str, int]:
    return (event.at_utc, event.device_id, event.seq)


def voided_ids(events: Iterable[Event]) -> dict[str, Event]:
    """Event id → the void that cancels it. A device can void only its own events; a void is final."""
    by_id = {}
    voids = []
    for event in events:
        by_id[event.event_id] = event
        if event.kind == Kind.VOID and event.target:
            voids.append(event)
    cancelled: dict[str, Event] = {}
    for void in sorted(voids, key=_order):
        target = by_id.get(void.target or "")
        if target is not None and target.device_id == void.device_id and target.kind != Kind.VOID:
            cancelled.setdefault(target.event_id, void)
    return cancelled


def fold_beneficiary(
    list_id: str, entitlement: Entitlement, events: Iterable[Event], latest_revision: int
) -> BeneficiaryState:
    """One beneficiary's state from every event known about them (all devices, any order)."""
    events = list(events)
    if len(events) == 1:  # the common case (one payout), without sorting and void matching
        live = events
    else:
        events.sort(key=_order)
        cancelled = voided_ids(events)
        live = [e for e in events if e.event_id not in cancelled]
    payouts = tuple(e for e in live if e.kind == Kind.PAYOUT)
    reports = tuple(e for e in live if e.kind == Kind.REPORT)
    if payouts:
        status = Status.PAID
    elif entitlement.stop is not None or not entitlement.listed:
        status = Status.STOPPED
    elif reports:
        status = Status.EXCEPTION
    else:
        status = Status.UNPAID
    conflicts = _conflicts(list_id, entitlement, payouts, reports, latest_revision)
    return BeneficiaryState(entitlement.code, entitlement, status, payouts, reports, conflicts)


def _conflicts(
    list_id: str,
    entitlement: Entitlement,
    payouts: tuple[Event, ...],
    reports: tuple[Event, ...],
    latest_revision: int,
) -> tuple[Conflict, ...]:
    code = entitlement.code
    found: list[Conflict] = []
    payout_ids = tuple(p.event_id for p in payouts)
    if len(payouts) > 1:
        found.append(Conflict(ConflictKind.DOUBLE_PAYOUT, list_id, code, payout_ids))
    if payouts and entitlement.stop is not None:
        found.append(Conflict(ConflictKind.PAYOUT_AFTER_STOP, list_id, code, payout_ids))
    stale = tuple(
        p.event_id
        for p in payouts
        if p.revision < latest_revision and (not entitlement.listed or p.amount != entitlement.amount)
    )
    if stale:
        found.append(Conflict(ConflictKind.SUPERSEDED_REVISION, list_id, code, stale))
    current = [p for p in payouts if p.revision >= latest_revision]
    if current and not entitlement.listed and entitlement.stop is None:
        found.append(Conflict(ConflictKind.NOT_ON_LIST, list_id, code, tuple(p.event_id for p in current)))
    wrong = tuple(p.event_id for p in current if entitlement.listed and p.amount != entitlement.amount)
    if wrong:
        found.append(Conflict(ConflictKind.WRONG_AMOUNT, list_id, code, wrong))
    deaths = tuple(r.event_id for r in reports if r.data.get("report") == ReportKind.DECEASED)
    if payouts and deaths:
        found.append(Conflict(ConflictKind.PAID_DECEASED, list_id, code, payout_ids + deaths))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class CashPosition:
    """One device's cash for one list: received from the office, paid out, returned, and so on hand."""

    received: int = 0
    paid: int = 0
    returned: int = 0
    payouts: int = 0

    @property
    def on_hand(self) -> int:
        return self.received - self.paid - self.returned


CASH_KINDS = (Kind.PAYOUT, Kind.CASH_RECEIVED, Kind.CASH_RETURNED)
"""The events that move a device's cash."""


def sum_cash(moves: Iterable[tuple[str, int]]) -> CashPosition:
    """A device's cash from its (kind, amount) moves that stand (voided ones already left out)."""
    received = paid = returned = payouts = 0
    for kind, amount in moves:
        if kind == Kind.CASH_RECEIVED:
            received += amount
        elif kind == Kind.CASH_RETURNED:
            returned += amount
        elif kind == Kind.PAYOUT:
            paid += amount
            payouts += 1
    return CashPosition(received, paid, returned, payouts)


def fold_cash(events: Iterable[Event]) -> CashPosition:
    """A device's cash from its own events (voided events count for nothing)."""
    events = list(events)
    cancelled = voided_ids(events)
    return sum_cash((e.kind, e.amount) for e in events if e.event_id not in cancelled)


def count_total(denominations: Mapping[int, int]) -> int:
    """The value of a cash count; only Vietnamese banknotes, whole counts."""
    total = 0
    for note, pieces in denominations.items():
        if note not in BANKNOTES:
            raise ValueError(
                f"{note:,} is not a Vietnamese banknote ({', '.join(f'{b:,}' for b in BANKNOTES)})"
            )
        if pieces < 0:
            raise ValueError(f"a negative count of {note:,} notes")
        total += note * pieces
    return total


def _payout_problem(event: Event) -> str | None:
    data = event.data
    if not event.beneficiary or event.amount <= 0:
        return "a payout names no beneficiary or no amount"
    if data.get("id_check") not in ID_CHECKS:
        return "a payout has no valid ID check method"
    proxy = data.get("proxy")
    if proxy is not None and not (isinstance(proxy, dict) and str(proxy.get("name") or "").strip()):
        return "a payout's proxy has no name"
    signature = data.get("signature")
    if signature is not None and not (isinstance(signature, str) and len(signature) == 64):
        return "a payout's signature reference is malformed"
    if not isinstance(data.get("thumbprint", False), bool) or not isinstance(
        data.get("at_home", False), bool
    ):
        return "a payout's thumbprint or at-home flag is malformed"
    return None


def _report_problem(event: Event) -> str | None:
    if not event.beneficiary:
        return "a report names no beneficiary"
    if event.data.get("report") not in {k.value for k in ReportKind}:
        return "a report is of an unknown kind"
    return None


def _count_problem(event: Event) -> str | None:
    notes = event.data.get("denominations")
    if not isinstance(notes, dict):
        return "a cash count has no denominations"
    try:
        total = count_total({int(k): v for k, v in notes.items() if isinstance(v, int)})
    except ValueError as exc:
        return f"a cash count is wrong: {exc}"
    if len(notes) != sum(1 for v in notes.values() if isinstance(v, int)) or total != event.amount:
        return "a cash count's total does not match its notes"
    return None


def event_problem(event: Event) -> str | None:
    """Why an event cannot be what it says (None when it is well-formed for its kind)."""
    if event.amount < 0:
        return "an event has a negative amount"
    if event.kind == Kind.PAYOUT:
        return _payout_problem(event)
    if event.kind == Kind.REPORT:
        return _report_problem(event)
    if event.kind == Kind.VOID:
        if not event.target or not str(event.data.get("reason") or "").strip():
            return "a void names no event or gives no reason"
        return None
    if event.kind in (Kind.CASH_RECEIVED, Kind.CASH_RETURNED):
        return None if event.amount > 0 else "a cash movement has no amount"
    if event.kind == Kind.CASH_COUNT:
        return _count_problem(event)
    if event.kind in (Kind.DAY_CLOSED, Kind.NOTE):
        return None
    return f"an event of unknown kind {event.kind!r}"


# -- reconciliation: a list's figures from entitlements and derived states ------------------------------


@dataclass(frozen=True, slots=True)
class StateSummary:
    """What the figures need of a beneficiary's derived state (as the state cache keeps it)."""

    status: str
    paid_amount: int
    payouts: int
    exception: str | None
    conflicts: int


@dataclass(slots=True)
class ListFigures:
    """One list's reconciliation. Invariants (checked by `problems`):
    beneficiaries = paid_count + unpaid_count + stopped_count and
    cash_total = paid_entitled + unpaid_amount + stopped_amount; cash paid out = paid_amount, which
    exceeds paid_entitled only by double payouts and payouts no longer on the list (`excess_paid`)."""

    beneficiaries: int = 0
    cash_total: int = 0
    paid_count: int = 0
    paid_entitled: int = 0
    paid_amount: int = 0
    unpaid_count: int = 0
    unpaid_amount: int = 0
    stopped_count: int = 0
    stopped_amount: int = 0
    payouts: int = 0
    exceptions: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0

    @property
    def excess_paid(self) -> int:
        return self.paid_amount - self.paid_entitled

    def add(self, other: ListFigures) -> None:
        for name in (
            "beneficiaries",
            "cash_total",
            "paid_count",
            "paid_entitled",
            "paid_amount",
            "unpaid_count",
            "unpaid_amount",
            "stopped_count",
            "stopped_amount",
            "payouts",
            "conflicts",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for kind, n in other.exceptions.items():
            self.exceptions[kind] = self.exceptions.get(kind, 0) + n

    def problems(self) -> list[str]:
        found = []
        if self.beneficiaries != self.paid_count + self.unpaid_count + self.stopped_count:
            found.append("issued ≠ paid + unpaid + stopped (people)")
        if self.cash_total != self.paid_entitled + self.unpaid_amount + self.stopped_amount:
            found.append("issued ≠ paid + unpaid + stopped (money)")
        return found


UNTOUCHED = StateSummary(Status.UNPAID, 0, 0, None, 0)


def summarise(entitlements: Iterable[Entitlement], states: Mapping[str, StateSummary]) -> ListFigures:
    """A list's figures: every listed beneficiary once, plus payouts to codes no longer listed."""
    figures = ListFigures()
    listed: set[str] = set()
    for ent in entitlements:
        if not ent.listed:
            continue
        listed.add(ent.code)
        state = states.get(ent.code, UNTOUCHED)
        figures.beneficiaries += 1
        figures.cash_total += ent.amount
        figures.conflicts += state.conflicts
        if state.payouts:
            figures.paid_count += 1
            figures.paid_entitled += ent.amount
        elif ent.stop is not None:
            figures.stopped_count += 1
            figures.stopped_amount += ent.amount
        else:
            figures.unpaid_count += 1
            figures.unpaid_amount += ent.amount
            if state.exception:
                figures.exceptions[state.exception] = figures.exceptions.get(state.exception, 0) + 1
    for code, state in states.items():
        figures.paid_amount += state.paid_amount
        figures.payouts += state.payouts
        if code not in listed:
            figures.conflicts += state.conflicts
    return figures
