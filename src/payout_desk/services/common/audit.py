"""Re-check, from the database alone, everything that was signed or chained when it arrived.

Every stored event is checked against its own hash, parsed again as strictly as a sync file's line, and
linked to the device's previous event for the same list (sequence 1, 2, 3 … and the `prev` hash); every
signature image against the SHA-256 it is named by; every payout's signature image must be there; and every
accepted sync file's head (sequence and hash) must still be in the chain. At the office, each list
revision's stored beneficiaries (what its next file is signed from) must still have the content hash
recorded when they were imported. Signed list and amendment files are not stored (only their SHA-256), so
there is no signature of theirs left to check here.

A break names the event (its UUID, device and sequence number) where the stored history stops agreeing
with itself: an edited body, an edited hash, a deleted or inserted event, a changed image.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from sqlalchemy.orm import Session

from payout_desk.domain.ledger import GENESIS, Event, Kind, event_hash
from payout_desk.exchange.container import FileRejected
from payout_desk.exchange.syncfile import parse_event
from payout_desk.services.common.desk import Desk
from payout_desk.store.events import events_in_chain_order
from payout_desk.store.imports import sync_heads
from payout_desk.store.lists import content_sha256, list_bodies_with_hash
from payout_desk.store.signatures import all_images


@dataclass(frozen=True, slots=True)
class Break:
    # "event-hash" | "event-body" | "chain" | "signature-image" | "missing-signature" | "sync-head" | "list-body"
    kind: str
    reason: str
    event_id: str | None = None
    what: str | None = None  # what else broke (an image's hash) when it is not an event
    device: str | None = None
    seq: int | None = None

    def to_json(self) -> dict[str, Any]:
        named = {"event_id": self.event_id} if self.event_id is not None else {"what": self.what}
        return {"kind": self.kind, **named, "device": self.device, "seq": self.seq, "reason": self.reason}


@dataclass(slots=True)
class AuditReport:
    checked: dict[str, int] = field(default_factory=dict)
    breaks: list[Break] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.breaks

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "checked": self.checked, "breaks": [b.to_json() for b in self.breaks]}


def _columns_problem(row: Any, event: Event) -> str | None:
    """The indexed columns must say what the body says (the fold reads the body, queries the columns)."""
    pairs = {
        "id": (row.event_id, event.event_id),
        "device": (row.device_id, event.device_id),
        "list": (row.list_id, event.list_id),
        "sequence number": (row.seq, event.seq),
        "kind": (row.kind, event.kind),
        "beneficiary": (row.beneficiary, event.beneficiary),
        "amount": (row.amount, event.amount),
    }
    changed = [name for name, (column, body) in pairs.items() if column != body]
    return f"its stored {', '.join(changed)} disagree(s) with its body" if changed else None


class _ChainAudit:
    def __init__(self, images: set[str], report: AuditReport) -> None:
        self.images, self.report = images, report
        self.heads: dict[tuple[str, str], dict[int, str]] = {}

    def add(self, kind: str, row: Any, reason: str) -> None:
        self.report.breaks.append(Break(kind, reason, row.event_id, None, row.device_id, row.seq))

    def chain(self, key: tuple[str, str], rows: Iterable[Any]) -> None:
        """One device's history for one list, in stored sequence order."""
        prev, expected, hashes = GENESIS, 1, self.heads.setdefault(key, {})
        for row in rows:
            self.report.checked["events"] += 1
            digest = event_hash(row.body.encode("utf-8"))
            if digest != row.hash:
                self.add(
                    "event-hash", row, "the stored hash does not match the event's body (one was changed)"
                )
            hashes[row.seq] = row.hash
            try:
                event = parse_event(row.body.encode("utf-8"), f"event #{row.seq}")
            except FileRejected as exc:
                self.add("event-body", row, f"the event's body cannot be read: {exc}")
                prev, expected = digest, row.seq + 1
                continue
            problem = _columns_problem(row, event)
            if problem:
                self.add("event-body", row, problem)
            if row.seq != expected:
                self.add(
                    "chain",
                    row,
                    f"the history jumps from event #{expected - 1} to #{row.seq}: "
                    f"event{'s' if row.seq - expected > 1 else ''} #{expected}"
                    f"{f'–#{row.seq - 1}' if row.seq - expected > 1 else ''} missing",
                )
            elif event.prev != prev:
                self.add(
                    "chain",
                    row,
                    f"event #{row.seq} does not follow event #{row.seq - 1} (its prev hash differs)",
                )
            wanted = event.data.get("signature") if event.kind == Kind.PAYOUT else None
            if wanted and wanted not in self.images:
                self.add("missing-signature", row, f"the payout's signature image {wanted} is not stored")
            prev, expected = digest, row.seq + 1


def _images(session: Session, report: AuditReport) -> set[str]:
    present: set[str] = set()
    for sha, png in all_images(session):
        report.checked["signature_images"] += 1
        present.add(sha)
        if hashlib.sha256(png).hexdigest() != sha:
            report.breaks.append(
                Break(
                    "signature-image", "the image's bytes do not match the SHA-256 it is named by", what=sha
                )
            )
    return present


def _sync_heads(session: Session, audit: _ChainAudit, report: AuditReport) -> None:
    """Each accepted sync file's last event must still be in the chain with the hash it had."""
    for device, list_id, last_seq, head, file_sha in sync_heads(session):
        report.checked["sync_imports"] += 1
        stored = audit.heads.get((device, list_id), {}).get(last_seq)
        if stored != head:
            missing = "is missing" if stored is None else "has another hash"
            report.breaks.append(
                Break(
                    "sync-head",
                    f"event #{last_seq}, the head of sync file {file_sha[:12]}…, {missing} now",
                    what=file_sha,
                    device=device,
                    seq=last_seq,
                )
            )


def _list_bodies(session: Session, report: AuditReport) -> None:
    """The office's list contents against the hash taken when they came from the register."""
    for list_id, revision, month, point_code, recorded, body in list_bodies_with_hash(session):
        report.checked["list_bodies"] += 1
        if content_sha256(month, point_code, body.encode("utf-8")) != recorded:
            report.breaks.append(
                Break(
                    "list-body",
                    f"the beneficiaries stored for {point_code} {month} revision {revision} no longer match the "
                    "hash recorded when they were imported (a list file issued from them would carry the change)",
                    what=f"list {list_id} revision {revision}",
                )
            )


def _grouped(rows: Iterable[Any]) -> Iterator[tuple[tuple[str, str], Iterator[Any]]]:
    return groupby(rows, key=lambda row: (row.device_id, row.list_id))


def audit_session(session: Session) -> AuditReport:
    report = AuditReport(
        {"events": 0, "chains": 0, "signature_images": 0, "sync_imports": 0, "list_bodies": 0}
    )
    audit = _ChainAudit(_images(session, report), report)
    for key, rows in _grouped(events_in_chain_order(session)):
        report.checked["chains"] += 1
        audit.chain(key, rows)
    _sync_heads(session, audit, report)
    _list_bodies(session, report)
    return report


def audit_desk(desk: Desk) -> AuditReport:
    """Check this desk's database (point or office) and list every break; changes nothing."""
    with desk.db.reading() as session:
        return audit_session(session)
