"""A point device's sync files: exporting its own history, taking in a peer device's."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.fold import CashPosition
from payout_desk.domain.ledger import GENESIS, Kind, chain_epoch, chain_key
from payout_desk.exchange.container import FileRejected
from payout_desk.exchange.names import sync_file_name
from payout_desk.exchange.syncfile import SyncHeader, build_sync_file, read_sync_file
from payout_desk.lang import t, text_of
from payout_desk.services.common.desk import read_input_file, sealed_for
from payout_desk.services.common.errors import DeskError, FileRefused
from payout_desk.services.common.ledger_checks import SyncRefused
from payout_desk.services.common.outcomes import ImportStatus
from payout_desk.services.common.signup_import import SignupChanged, take_signups
from payout_desk.services.common.sync_apply import ForkFound, apply_sync
from payout_desk.services.point.ledger import PointLedger
from payout_desk.store.devices import trusted_keys
from payout_desk.store.events import bodies_and_hashes
from payout_desk.store.ledger import cash_positions, latest_list, stored_event
from payout_desk.store.settings import put_setting
from payout_desk.store.signatures import images_named, pngs_named
from payout_desk.store.signups import list_signups
from payout_desk.trust.atomic import write_atomic
from payout_desk.trust.keys import PublicKey, same_key


@dataclass(frozen=True, slots=True)
class ExportReport:
    path: Path
    list_id: str
    month: str
    point_code: str
    events: int
    last_seq: int
    head: str
    payouts: int
    paid_amount: int
    signatures: int
    size: int
    earlier: tuple[Path, ...] = ()  # the histories of earlier epochs, written beside it (after a restore)
    signups: int = 0  # sign-ups for payment by account carried (issue 17)


@dataclass(frozen=True, slots=True)
class PeerImport:
    path: Path
    device_id: str
    device_name: str
    status: ImportStatus  # imported or nothing-new
    new_events: int
    last_seq: int


class Sync:
    """Sync files (`desk.sync`): exporting this laptop's events, and taking in a sibling's or its own."""

    def __init__(self, ledger: PointLedger) -> None:
        self.ledger = ledger
        self.desk = ledger.desk

    def suggested_name(self) -> str:
        """The name an export gets in a folder, and the Save dialog suggests: point, month and this laptop
        (`P05_2026-12_may-1.pdsync`)."""
        ident = self.desk.require_identity("point")
        with self.desk.db.reading() as session:
            row = self.ledger.list_of(session)
            return sync_file_name(row.point.code, row.month, ident.name)

    def export(self, out: Path) -> ExportReport:
        """Write this device's whole history for the current list as a signed .pdsync; after a restore,
        the history of each earlier epoch goes beside it (`NAME.epochN.pdsync`), so nothing recorded before
        the restore is left behind."""
        key = self.desk.signing_key()
        ident = self.desk.require_identity("point")
        with self.desk.db.reading() as session:
            row = self.ledger.list_of(session)
            current = self.ledger.device_id()
            chains = [*sorted(set(self.ledger.own_chains(session, row.list_id)) - {current}), current]
            positions = cash_positions(session, row.list_id)
            histories = {chain: self._history(session, row.list_id, chain) for chain in chains}
            signups = [json.loads(s.body) for s in list_signups(session, row.list_id)]
            signed_up = pngs_named(session, {str(s["signature"]) for s in signups if s["signature"]})
            devices = row.devices
            office = [PublicKey.from_b64(k.public_key) for k in trusted_keys(session)]
            office += [PublicKey.from_b64(row.import_key)] if row.import_key else []  # its opening key
            header = SyncHeader(
                row.list_id,
                row.revision,
                row.month,
                row.point.code,
                row.point.name,
                ident.name,
                iso_utc(utc_now()),
            )
        if out.is_dir():
            out = out / sync_file_name(header.point_code, header.month, ident.name)
        files: dict[Path, bytes] = {}
        for chain in chains:
            rows, images = histories[chain]
            ours = signups if chain == current else []  # the sign-ups travel in the current chain's file
            images = {**images, **signed_up} if ours else images
            cash = positions.get(chain, CashPosition())
            totals = {"paid_amount": cash.paid, "payouts": cash.payouts, "received": cash.received,
                      "returned": cash.returned}  # fmt: skip
            signed = build_sync_file(
                header, [body.encode("utf-8") for body, _ in rows], rows[-1][1] if rows else GENESIS, images,
                totals=totals, key=key, chain=chain if chain != key.public.key_id else None, signups=ours,
            )  # fmt: skip
            path = (
                out
                if chain == current
                else out.with_name(f"{out.stem}.epoch{chain_epoch(chain)}{out.suffix}")
            )
            files[path], _sealed = sealed_for(
                signed, key, devices, *office
            )  # the office and the point's laptops
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            for path, data in files.items():
                write_atomic(path, data)
        except OSError as exc:
            raise DeskError(t("point.cannot_export", out=out, value=exc.strerror or exc)) from exc
        rows, images = histories[current]
        with self.desk.db.transaction() as session:
            put_setting(
                session,
                "last_export",
                json.dumps({"at": header.created_at, "path": str(out), "seq": len(rows)}),
            )
        cash = positions.get(current, CashPosition())
        return ExportReport(
            out,
            header.list_id,
            header.month,
            header.point_code,
            len(rows),
            len(rows),
            rows[-1][1] if rows else GENESIS,
            cash.payouts,
            cash.paid,
            len(images),
            len(files[out]),
            tuple(p for p in files if p != out),
            len(signups),
        )

    @staticmethod
    def _history(session: Session, list_id: str, chain: str) -> tuple[list[Any], dict[str, bytes]]:
        rows = bodies_and_hashes(session, list_id, chain)
        events = [stored_event(body) for body, _ in rows]
        wanted = {
            str(e.data["signature"]) for e in events if e.kind == Kind.PAYOUT and e.data.get("signature")
        }
        images = {image.sha256: image.png for image in images_named(session, wanted)}
        return rows, images

    def import_peer(self, path: Path) -> PeerImport:
        """Learn what another device of this point recorded (who it paid, reports), from its sync file."""
        return self._take_in(path, own=False)

    def recover(self, path: Path) -> PeerImport:
        """Take this device's own sync file back in, after a restore from a backup: what it recorded up to
        that export comes back, and its chain goes on from there (the office sees no fork)."""
        return self._take_in(path, own=True)

    def _take_in(self, path: Path, *, own: bool) -> PeerImport:
        data = self.desk.unsealed(read_input_file(path), path)
        try:
            signed, doc = read_sync_file(data)
        except FileRejected as exc:
            raise FileRefused(t("files.named", name=path.name, detail=text_of(exc))) from exc
        key_id = self.desk.require_identity("point").public_key.key_id
        if own and chain_key(doc.device_id) != key_id:
            raise FileRefused(t("point.peer_file", name=path.name))
        if not own and chain_key(doc.device_id) == key_id:
            raise FileRefused(t("point.own_sync_file", name=path.name))
        with self.desk.db.transaction() as session:
            row = latest_list(session, doc.header.list_id)
            if row is None:
                raise FileRefused(
                    t(
                        "point.peer_other_list",
                        name=path.name,
                        point_code=doc.header.point_code,
                        month=doc.header.month,
                    )
                )
            listed = json.loads(row.devices or "[]")
            enrolled = {d["key_id"]: d["name"] for d in listed}
            keys = {d["key_id"]: d.get("public_key") for d in listed}
            if own:
                enrolled.setdefault(key_id, self.desk.require_identity("point").name)
                keys[key_id] = self.desk.require_identity("point").public_key.b64
            if chain_key(doc.device_id) not in enrolled or not same_key(
                keys.get(chain_key(doc.device_id)), signed.signer
            ):
                fingerprint = signed.signer.fingerprint
                raise FileRefused(
                    t(
                        "point.peer_unknown_device",
                        name=path.name,
                        device_id=doc.device_id,
                        fingerprint=fingerprint,
                    )
                )
            try:
                applied = apply_sync(session, signed, doc)
                if own:  # what this laptop signed people up for comes back with its history
                    take_signups(session, doc)
            except (ForkFound, SyncRefused, SignupChanged) as exc:
                raise FileRefused(t("files.named", name=path.name, detail=text_of(exc))) from exc
        return PeerImport(
            path,
            doc.device_id,
            enrolled[chain_key(doc.device_id)],
            applied.status,
            applied.new_events,
            doc.last_seq,
        )
