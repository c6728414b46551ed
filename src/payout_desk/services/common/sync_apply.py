"""Taking in a device's sync file (at the office, or from a peer device at the point): the part that is
the same on both desks. The caller has already checked the file and decided the device may speak."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.exchange.container import SignedFile
from payout_desk.exchange.syncfile import SyncDoc
from payout_desk.lang import Explained, t
from payout_desk.services.common.ledger_checks import check_new_events, flag_new_events
from payout_desk.services.common.outcomes import ImportStatus
from payout_desk.store.bulk import bulk_insert, insert_missing
from payout_desk.store.ledger import (
    device_head,
    event_row,
    events_by_code,
    hash_at,
    insert_events,
    refresh_states,
    touched_codes,
)
from payout_desk.store.models import SignatureImage, SyncImport
from payout_desk.store.signatures import stored_digests

IMPORT_COLUMNS = (
    "file_sha256",
    "device_id",
    "list_id",
    "last_seq",
    "head",
    "created_at",
    "imported_at",
    "new_events",
)


class ForkFound(Explained):
    """The file's history differs from the one already recorded for the device under the same numbers."""

    def __init__(self, seq: int, known: str, presented: str) -> None:
        super().__init__(t("office.fork", seq=seq))
        self.seq, self.known, self.presented = seq, known, presented


@dataclass(slots=True)
class Applied:
    new_events: int

    @property
    def status(self) -> ImportStatus:
        return ImportStatus.IMPORTED if self.new_events else ImportStatus.NOTHING_NEW


def store_signatures(session: Session, wanted: set[str], images: Mapping[str, bytes]) -> None:
    """Keep the signature images not stored yet (an image is named by its hash, so equal means same)."""
    if not wanted:
        return
    have = stored_digests(session, wanted)
    rows = [{"sha256": sha, "png": images[sha]} for sha in sorted(wanted - have)]
    # images are shared between lists, whose imports may run side by side on a shared database
    insert_missing(session.connection(), SignatureImage.__table__, rows)  # type: ignore[arg-type]


def apply_sync(session: Session, signed: SignedFile, doc: SyncDoc) -> Applied:
    """Add the events the desk does not have yet; refuse a fork; refresh the touched beneficiaries."""
    list_id = doc.header.list_id
    known_last, _ = device_head(session, doc.device_id, list_id)
    overlap = min(known_last, doc.last_seq)
    if overlap:
        recorded = hash_at(session, doc.device_id, list_id, overlap)
        presented = doc.hashes[overlap - 1]
        if recorded != presented:  # the chain makes equal hashes at `overlap` mean equal histories up to it
            raise ForkFound(overlap, recorded or "", presented)
    new = doc.events[known_last:]
    known_ids = check_new_events(session, doc.device_id, list_id, new)  # refuses before anything is written
    codes = touched_codes(new)
    known = events_by_code(session, list_id, codes) if codes else {}  # read before the new ones go in
    if new:
        rows = zip(new, doc.lines[known_last:], doc.hashes[known_last:], strict=True)
        insert_events(session, [event_row(e, line, digest) for e, line, digest in rows])
        store_signatures(
            session, {str(e.data["signature"]) for e in new if e.data.get("signature")}, doc.signatures
        )
    if codes:
        for event in new:
            if event.beneficiary:
                known[event.beneficiary].append(event)
        refresh_states(session, list_id, codes, known)
    flag_new_events(session, list_id, new, known_ids)
    if new:  # an old or repeated file writes nothing at all
        record = (
            signed.sha256,
            doc.device_id,
            list_id,
            doc.last_seq,
            doc.head,
            doc.header.created_at,
            iso_utc(utc_now()),
            len(new),
        )
        bulk_insert(session.connection(), SyncImport.__table__, IMPORT_COLUMNS, [record])  # type: ignore[arg-type]
    return Applied(len(new))
