"""The ledger: what a point device records, as append-only events in a hash chain per device and list.

Nothing recorded is ever changed or deleted: a mistake is corrected by a *void* event naming the event it
cancels, with a reason. Each device numbers its events 1, 2, 3 … per list and each event carries the hash
of the device's previous event, so a sync file's history can be checked link by link and two different
histories under the same numbers (a fork) are spotted by comparing one hash.

The event's hash is the SHA-256 of its canonical JSON line, exactly the bytes stored and exported.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from payout_desk.domain.canonical import canonical_json
from payout_desk.domain.clock import iso_utc, to_local
from payout_desk.lang import Explained, t

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
    ReportKind.DECEASED: ("Đã mất", "Deceased"),
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


class LedgerError(Explained, ValueError):
    """A history that must not be accepted (broken chain, wrong device...); the message says where."""


def chain_key(device_id: str) -> str:
    """The key id behind an event chain's id: a device's chain is its key id ("4F0A…"), and after the
    device was restored from a backup, its key id and the chain's epoch ("4F0A….2")."""
    return device_id.split(".", 1)[0]


def chain_epoch(device_id: str) -> int:
    _key, _dot, epoch = device_id.partition(".")
    return int(epoch) if epoch.isdigit() else 1


def chain_of(key_id: str, epoch: int) -> str:
    return key_id if epoch <= 1 else f"{key_id}.{epoch}"


@dataclass(slots=True)
class Event:
    """One recorded fact. Treat it as immutable: its line and hash are what the chain covers (not frozen
    only because a frozen dataclass costs 6× more to build, and imports build one per event)."""

    event_id: str  # UUID
    device_id: str  # the recording device's chain: its key id (and epoch after a restore, see chain_key)
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
            raise LedgerError(t("domain.other_device", where=where, device_id=event.device_id))
        if event.list_id != list_id:
            raise LedgerError(t("domain.other_list", where=where, list_id=event.list_id))
        if event.seq != expected_seq:
            raise LedgerError(t("domain.history_gap", value=expected_seq - 1, seq=event.seq))
        if event.prev != prev:
            raise LedgerError(t("domain.chain_broken", where=where, value=event.seq - 1))
        prev, expected_seq = digest, expected_seq + 1
    return prev


def count_total(denominations: Mapping[int, int]) -> int:
    """The value of a cash count; only Vietnamese banknotes, whole counts."""
    total = 0
    for note, pieces in denominations.items():
        if note not in BANKNOTES:
            raise LedgerError(
                t("domain.not_banknote", note=note, notes=", ".join(f"{b:,}" for b in BANKNOTES))
            )
        if pieces < 0:
            raise LedgerError(t("domain.negative_count", note=note))
        total += note * pieces
    return total


def event_problem(event: Event) -> str | None:
    """Why an event cannot be what it says (None when it is well-formed): the door's check
    (domain/door.py), which knows every kind's exact shape."""
    from payout_desk.domain.door import event_problem as door_problem

    return door_problem(event)


def new_event(
    head: tuple[int, str | None],
    *,
    device_id: str,
    list_id: str,
    revision: int,
    kind: Kind,
    staff: str,
    now: datetime,
    beneficiary: str | None = None,
    amount: int = 0,
    target: str | None = None,
    data: Mapping[str, Any] | None = None,
) -> tuple[Event, bytes, str]:
    """The device's next event after `head` (its last seq and hash), its line and the line's hash."""
    seq, prev = head
    event = Event(
        event_id=str(uuid.uuid4()),
        device_id=device_id,
        list_id=list_id,
        seq=seq + 1,
        prev=prev or GENESIS,
        kind=kind.value,
        staff=staff,
        at_utc=iso_utc(now),
        at_local=to_local(now).isoformat(timespec="seconds"),
        revision=revision,
        beneficiary=beneficiary,
        amount=amount,
        target=target,
        data=dict(data or {}),
    )
    problem = event_problem(event)
    if problem is not None:
        raise ValueError(problem)
    line = event.encode()
    return event, line, event_hash(line)
