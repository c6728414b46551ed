"""The office takes in sync files: verify everything first, then one transaction per file, idempotent and
order-independent; a device showing two histories is flagged as a fork, never merged."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.ledger import chain_key
from payout_desk.domain.payout_list import FileKind
from payout_desk.exchange.container import FileRejected, SignedFile, open_signed
from payout_desk.exchange.syncfile import SyncDoc, parse_sync
from payout_desk.lang import Explained, Text, t, text_of
from payout_desk.services.common.desk import Desk, list_lock, read_input_file
from payout_desk.services.common.errors import DeskError
from payout_desk.services.common.ledger_checks import SyncRefused
from payout_desk.services.common.outcomes import ImportStatus
from payout_desk.services.common.signup_import import SignupChanged, take_signups
from payout_desk.services.common.sync_apply import ForkFound, apply_sync
from payout_desk.services.office.status import Status
from payout_desk.store.conflicts import fork_recorded
from payout_desk.store.devices import enrolled_device
from payout_desk.store.events import newest_seq
from payout_desk.store.imports import imported_files
from payout_desk.store.ledger import latest_list
from payout_desk.store.lists import issued_revision
from payout_desk.store.models import DeviceFork
from payout_desk.trust.keys import same_key


@dataclass(frozen=True, slots=True)
class FileOutcome:
    path: str
    status: ImportStatus
    new_events: int = 0
    why: Text | None = None  # why the file was rejected, in either language
    device: str = ""
    point_code: str = ""
    list_id: str = ""
    new_signups: int = 0  # sign-ups for payment by account taken in (issue 17)

    @property
    def reason(self) -> str:
        """Why the file was rejected, in English (logs, tests); "" when it was not. `why` says it in
        the reader's language."""
        return self.why.en if self.why else ""


class Rejected(Explained):
    """A sync file the office does not take; its Text says why."""


def _authorise(session: Session, signed: SignedFile, doc: SyncDoc) -> None:
    """The device is enrolled (not revoked) for the point, and the list was issued to that point."""
    header = doc.header
    device = enrolled_device(session, chain_key(doc.device_id))
    if device is None:
        raise Rejected(
            t("office.sync_unknown_device", device_id=doc.device_id, fingerprint=signed.signer.fingerprint)
        )
    name, revoked_at, point_id, point_code, public_key = device
    if not same_key(public_key, signed.signer):  # the id found the row; the whole key must match
        raise Rejected(
            t(
                "keys.other_key_same_id",
                name=name,
                key_id=signed.signer.key_id,
                fingerprint=signed.signer.fingerprint,
            )
        )
    if revoked_at is not None:
        kept = newest_seq(session, doc.device_id, header.list_id) or 0
        if doc.last_seq > kept:  # what the office had before the revocation stays; nothing after it
            raise Rejected(
                t(
                    "office.sync_revoked_device",
                    name=name,
                    value=revoked_at[:10],
                    kept=kept,
                    value2=kept + 1,
                    last_seq=doc.last_seq,
                )
            )
    if point_code != header.point_code:
        raise Rejected(
            t("office.sync_other_point", name=name, point_code=point_code, point_code2=header.point_code)
        )
    issued = issued_revision(session, header.list_id)
    if issued is None:
        raise Rejected(t("office.sync_unknown_list", list_id=header.list_id))
    if issued.point_id != point_id or issued.month != header.month:
        raise Rejected(
            t(
                "office.sync_list_mismatch",
                list_id=header.list_id,
                code=issued.code,
                month=issued.month,
                point_code=header.point_code,
                month2=header.month,
            )
        )
    if header.revision > issued.revision:
        raise Rejected(t("office.sync_unknown_revision", revision=header.revision))


@dataclass(slots=True)
class ImportResult:
    files: list[FileOutcome]
    conflicts: int  # conflicts (open or resolved) in the months the files are for


class Imports:
    """Sync files from the points' laptops taken in, each on its own."""

    def __init__(self, desk: Desk, status: Status) -> None:
        self.desk = desk
        self.status = status

    def sync_files(self, paths: list[Path]) -> list[FileOutcome]:
        """Import each file on its own: a refused file changes nothing and does not stop the others."""
        self.desk.require_identity("office")
        seen: set[str] = set()
        with self.desk.db.reading() as session:
            seen.update(imported_files(session))
        return [self._attributed(self._import_one(path, seen)) for path in paths]

    def _attributed(self, done: FileOutcome) -> FileOutcome:
        """The file's outcome in the office's actions (refused ones too: an inspector asks what came in)."""
        month = None
        if done.list_id:
            with self.desk.db.reading() as session:
                row = latest_list(session, done.list_id)
                month = row.month if row is not None else None
        self.desk.attribute(
            "import-sync",
            month,
            file=Path(done.path).name,
            status=str(done.status),
            new_events=done.new_events,
            new_signups=done.new_signups,
            point=done.point_code,
            device=done.device,
            reason=done.reason,
        )
        return done

    def _import_one(self, path: Path, seen: set[str]) -> FileOutcome:
        try:
            data = self.desk.unsealed(read_input_file(path), path)
            signed = open_signed(data, expected_kind=FileKind.SYNC)
        except (DeskError, FileRejected) as exc:
            return FileOutcome(str(path), ImportStatus.REJECTED, why=text_of(exc))
        if signed.sha256 in seen:  # the very bytes were checked and taken in before
            return FileOutcome(str(path), ImportStatus.NOTHING_NEW, device=signed.signer.key_id)
        try:
            doc = parse_sync(signed)
        except FileRejected as exc:
            return FileOutcome(
                str(path), ImportStatus.REJECTED, why=text_of(exc), device=signed.signer.key_id
            )

        def rejected(why: Text) -> FileOutcome:
            return FileOutcome(
                str(path),
                ImportStatus.REJECTED,
                0,
                why,
                doc.device_id,
                doc.header.point_code,
                doc.header.list_id,
            )

        try:
            with self.desk.db.transaction(list_lock(doc.header.list_id)) as session:
                _authorise(session, signed, doc)
                try:
                    applied = apply_sync(session, signed, doc)
                except ForkFound as fork:
                    self._record_fork(session, doc, signed, fork)
                    return rejected(t("office.sync_fork", detail=fork.text))
                signups = take_signups(session, doc)
        except (Rejected, SyncRefused, SignupChanged) as exc:
            return rejected(exc.text)
        except IntegrityError:
            return rejected(t("office.sync_repeats_ids"))
        if applied.new_events:
            seen.add(signed.sha256)
        return FileOutcome(
            str(path),
            ImportStatus.IMPORTED if signups else applied.status,
            applied.new_events,
            None,
            doc.device_id,
            doc.header.point_code,
            doc.header.list_id,
            signups,
        )

    @staticmethod
    def _record_fork(session: Session, doc: SyncDoc, signed: SignedFile, fork: ForkFound) -> None:
        if not fork_recorded(session, doc.device_id, doc.header.list_id, fork.seq, fork.presented):
            session.add(
                DeviceFork(
                    device_id=doc.device_id,
                    list_id=doc.header.list_id,
                    seq=fork.seq,
                    known_hash=fork.known,
                    presented_hash=fork.presented,
                    file_sha256=signed.sha256,
                    detected_at=iso_utc(utc_now()),
                )
            )

    def files(self, paths: list[Path]) -> ImportResult:
        """Import sync files (each on its own), then count the conflicts of the months they concern."""
        outcomes = self.sync_files(paths)
        with self.desk.db.reading() as session:
            months = {
                row.month
                for row in (latest_list(session, o.list_id) for o in outcomes if o.list_id)
                if row is not None
            }
        return ImportResult(outcomes, sum(self.status.conflict_count(month) for month in sorted(months)))
