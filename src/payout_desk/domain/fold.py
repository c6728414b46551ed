"""The fold: each beneficiary's state and conflicts, and each device's cash, derived from events.

Order-independent by construction: the same events in any order give the same state.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from payout_desk.domain.ledger import Event, Kind, ReportKind, chain_key


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
    REPORT_OVERRIDDEN = "report-overridden"
    # found by the office's checks across files and lists (services.ledger_checks), not by the fold
    VOID_MISMATCH = "void-mismatch"
    EVENT_ID_REUSED = "event-id-reused"
    PAID_ON_TWO_LISTS = "paid-on-two-lists"
    OUTSIDE_MONTH = "outside-month"
    SIGNATURE_REUSED = "signature-reused"
    # found when the office reads a month (services/office/transfers.on_two_lists), never stored
    ON_TWO_LISTS = "on-two-lists"

    @property
    def label_en(self) -> str:
        return _CONFLICT_TEXT[self][1]

    @property
    def label_vi(self) -> str:
        return _CONFLICT_TEXT[self][0]


FLAG_KINDS = (
    ConflictKind.VOID_MISMATCH.value,
    ConflictKind.EVENT_ID_REUSED.value,
    ConflictKind.PAID_ON_TWO_LISTS.value,
    ConflictKind.OUTSIDE_MONTH.value,
    ConflictKind.SIGNATURE_REUSED.value,
)
"""Conflicts the office's checks across files write (the fold's refresh leaves them alone)."""

_CONFLICT_TEXT = {
    ConflictKind.DOUBLE_PAYOUT: ("Chi trùng", "Paid more than once"),
    ConflictKind.PAYOUT_AFTER_STOP: ("Chi cho người đã báo giảm", "Paid although stopped by the office"),
    ConflictKind.SUPERSEDED_REVISION: ("Chi theo danh sách cũ", "Paid from a superseded list revision"),
    ConflictKind.PAID_DECEASED: ("Chi cho người được báo đã mất", "Paid although reported deceased"),
    ConflictKind.NOT_ON_LIST: ("Chi cho người không có trong danh sách", "Paid someone not on the list"),
    ConflictKind.WRONG_AMOUNT: ("Chi sai số tiền", "Paid an amount other than the list's"),
    ConflictKind.FORK: ("Máy có hai lịch sử khác nhau", "A device presented two different histories"),
    ConflictKind.REPORT_OVERRIDDEN: (
        "Báo cáo bị máy khác hủy",
        "A report voided by another laptop of the point",
    ),
    ConflictKind.VOID_MISMATCH: (
        "Lần hủy nhắm sai lần ghi (khác danh sách, khác người hoặc không hủy được) — không tính",
        "A void names a record of another list or person, or one that cannot be voided — ignored",
    ),
    ConflictKind.EVENT_ID_REUSED: (
        "Hai máy dùng cùng một mã lần ghi",
        "Two laptops used the same record id",
    ),
    ConflictKind.PAID_ON_TWO_LISTS: (
        "Một người có mặt ở hai danh sách trong tháng, đã chi (hoặc báo) ở cả hai",
        "One person on two lists of the month, paid (or reported) at both",
    ),
    ConflictKind.OUTSIDE_MONTH: (
        "Lần ghi có thời gian ngoài đợt chi của tháng",
        "A record whose time is outside the month's round",
    ),
    ConflictKind.SIGNATURE_REUSED: (
        "Một chữ ký dùng cho nhiều người khác nhau",
        "One signature image used for several different people",
    ),
    ConflictKind.ON_TWO_LISTS: (
        "Một người có tên trong danh sách của hai điểm chi trả cùng tháng (chưa báo giảm ở điểm nào)",
        "One person on the lists of two points in the month (stopped at neither)",
    ),
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


UNVOIDABLE = (Kind.VOID, Kind.DAY_CLOSED)
"""Records a void cannot cancel."""


def void_fits(void: Event, target: Event) -> bool:
    """Whether `void` may cancel `target`: the same list, the same beneficiary (or none, for cash), a kind
    a void can cancel, recorded by the void's own device — or a sibling laptop's exception report (kind
    REPORT) about the same person: the clerk overriding a report that blocks a payout, with a reason; the
    office sees both (REPORT_OVERRIDDEN). Any other void changes no figure."""
    if target.list_id != void.list_id or target.beneficiary != void.beneficiary:
        return False
    if target.device_id == void.device_id:
        return target.kind not in UNVOIDABLE
    return target.kind == Kind.REPORT and target.beneficiary is not None


def by_sibling(void: Event, target: Event) -> bool:
    """A void recorded by another laptop than the one that recorded its target (not a later chain of the
    same laptop after a restore)."""
    return chain_key(void.device_id) != chain_key(target.device_id)


def voided_ids(events: Iterable[Event]) -> dict[str, Event]:
    """Event id → the void that cancels it (see `void_fits`; a void is final). Two chains may present one
    id: ask `is_cancelled` about a given event."""
    by_id: dict[str, list[Event]] = {}
    voids = []
    for event in events:
        by_id.setdefault(event.event_id, []).append(event)
        if event.kind == Kind.VOID and event.target:
            voids.append(event)
    cancelled: dict[str, Event] = {}
    for void in sorted(voids, key=_order):
        target = next((e for e in by_id.get(void.target or "", ()) if void_fits(void, e)), None)
        if target is not None:
            cancelled.setdefault(target.event_id, void)
    return cancelled


def is_cancelled(event: Event, cancelled: dict[str, Event]) -> bool:
    """Whether `event` itself (not another chain's event under the same id) is cancelled."""
    void = cancelled.get(event.event_id)
    return void is not None and void_fits(void, event)


def fold_beneficiary(
    list_id: str, entitlement: Entitlement, events: Iterable[Event], latest_revision: int
) -> BeneficiaryState:
    """One beneficiary's state from every event known about them (all devices, any order)."""
    events = list(events)
    overridden: list[tuple[str, str]] = []  # (report, void) pairs: a sibling laptop voided the report
    if len(events) == 1:  # the common case (one payout), without sorting and void matching
        live = events
    else:
        events.sort(key=_order)
        cancelled = voided_ids(events)
        live = [e for e in events if not is_cancelled(e, cancelled)]
        overridden = [
            (e.event_id, cancelled[e.event_id].event_id)
            for e in events
            if is_cancelled(e, cancelled) and by_sibling(cancelled[e.event_id], e)
        ]
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
    conflicts += tuple(
        Conflict(ConflictKind.REPORT_OVERRIDDEN, list_id, entitlement.code, pair)
        for pair in sorted(overridden)
    )
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


def sum_cash(moves: Iterable[tuple[str, int, int]]) -> CashPosition:
    """A device's cash from its (kind, amount, events) moves that stand (voided ones already left out):
    one event each, or sums of many; a cancelled event can come as a negative move."""
    received = paid = returned = payouts = 0
    for kind, amount, events in moves:
        if kind == Kind.CASH_RECEIVED:
            received += amount
        elif kind == Kind.CASH_RETURNED:
            returned += amount
        elif kind == Kind.PAYOUT:
            paid += amount
            payouts += events
    return CashPosition(received, paid, returned, payouts)


def sum_positions(positions: Iterable[CashPosition]) -> CashPosition:
    """Several devices' (or one device's chains') cash together."""
    positions = list(positions)
    return CashPosition(
        sum(p.received for p in positions),
        sum(p.paid for p in positions),
        sum(p.returned for p in positions),
        sum(p.payouts for p in positions),
    )


def fold_cash(events: Iterable[Event]) -> CashPosition:
    """A device's cash from its own events (voided events count for nothing)."""
    events = list(events)
    cancelled = voided_ids(events)
    return sum_cash((e.kind, e.amount, 1) for e in events if not is_cancelled(e, cancelled))
