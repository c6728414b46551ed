"""Backups of a desk's SQLite database (the SQLite backup API: a consistent copy while the desk is open),
kept rotating in the data folder's `backups/`, and restoring one.

A restored point laptop has forgotten what it recorded after the backup. Those events are not lost if the
laptop exported a sync file since: `point recover FILE.pdsync` takes its own newest export back in, so its
chain continues where the office last saw it (no fork). Whatever was recorded after that export exists
only on paper; the restore says so."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from payout_desk.domain.clock import iso_utc, to_local, utc_now
from payout_desk.domain.roles import Role
from payout_desk.lang import t
from payout_desk.services.common.desk import Desk
from payout_desk.services.common.errors import DeskError, InvalidInput, UsageError
from payout_desk.services.common.inputs import BACKUP_LIMIT, check_input_file
from payout_desk.store.backup_file import health_and_settings, stamp_setting, stored_setting
from payout_desk.store.database import DB_FILE_NAME, copy_database, sqlite_url
from payout_desk.store.settings import put_setting, setting

BACKUP_DIR = "backups"
KEEP = 14  # the newest backups kept (older ones are removed, oldest first)
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    size: int
    at: str  # UTC


@dataclass(frozen=True, slots=True)
class RestoreReport:
    restored_from: Path
    previous_saved_as: Path
    backup_made_at: str | None  # when the restored copy was made (from its own record), UTC
    last_export: dict[str, object] | None  # the newest sync export the desk knew before the restore


def _identity_of(path: Path) -> tuple[str | None, str | None, str | None]:
    """(role, public key, backup time) recorded in a database file; refuses what is not one of ours."""
    with open(path, "rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise InvalidInput(t("office.not_a_backup", name=path.name))
    problem, settings = health_and_settings(path)
    if problem != "ok":
        raise InvalidInput(t("office.backup_damaged", name=path.name, problem=problem))
    return settings.get("role"), settings.get("public_key"), settings.get("backup_made_at")


def _last_export(path: Path) -> dict[str, object] | None:
    stored = stored_setting(path, "last_export")
    return json.loads(stored) if stored is not None else None


class Backups:
    """The desk's backups (`desk.backups`): copies of its SQLite database, and restoring one."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def folder(self) -> Path:
        return self.desk.data_dir / BACKUP_DIR

    def _sqlite_path(self) -> Path:
        if self.desk.db.engine.dialect.name != "sqlite":
            raise UsageError(t("office.backup_on_server"))
        return self.desk.data_dir / DB_FILE_NAME

    def now(self, reason: str = "manual", out: Path | None = None) -> BackupInfo:
        """Copy the database now (a consistent snapshot, even while in use) and keep the newest KEEP."""
        self._sqlite_path()
        now = utc_now()
        folder = self.folder() if out is None else out.parent
        target = out or folder / f"payout-desk-{to_local(now).strftime('%Y%m%d-%H%M%S-%f')}-{reason}.sqlite3"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with self.desk.db.engine.connect() as connection:
                source = connection.connection.driver_connection
                assert isinstance(source, sqlite3.Connection)
                copy_database(source, target)
            stamp_setting(target, "backup_made_at", iso_utc(now))
        except OSError as exc:
            raise DeskError(
                t("office.cannot_write_backup", target=target, value=exc.strerror or exc)
            ) from exc
        if out is None:
            self._rotate()
        return BackupInfo(target, target.stat().st_size, iso_utc(now))

    def _rotate(self) -> None:
        kept = sorted(self.folder().glob("payout-desk-*.sqlite3"), key=lambda p: p.name, reverse=True)
        for old in kept[KEEP:]:
            with contextlib.suppress(OSError):
                old.unlink()

    def all(self) -> list[BackupInfo]:
        found = sorted(self.folder().glob("*.sqlite3"), key=lambda p: p.name, reverse=True)
        return [BackupInfo(p, p.stat().st_size, iso_utc(utc_now())) for p in found]

    def restore(self, path: Path) -> RestoreReport:
        """Put a backup in place of the database. The current one is kept beside the backups first."""
        live = self._sqlite_path()
        check_input_file(path, BACKUP_LIMIT)  # a clear message when it is missing, odd or too large
        role, public_key, made_at = _identity_of(path)
        ident = self.desk.identity()
        if ident is not None and (role != ident.role or public_key != ident.public_key.b64):
            raise InvalidInput(t("office.backup_other_desk", name=path.name, value=role or "unknown"))
        saved = self.now("before-restore")
        with self.desk.db.reading() as session:
            live_epoch = int(setting(session, "chain_epoch") or 1)
        self.desk.close()
        try:
            source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                copy_database(source, live)
            finally:
                source.close()
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    (live.parent / (live.name + suffix)).unlink()
        finally:
            self.desk.reopen(sqlite_url(live))
        if role == Role.POINT:  # a new event chain: nothing recorded from now on reuses a number from before
            with self.desk.db.transaction() as session:
                restored_epoch = int(setting(session, "chain_epoch") or 1)
                put_setting(session, "chain_epoch", str(max(live_epoch, restored_epoch) + 1))
        export = _last_export(saved.path)  # the replaced database knows the newest export
        if export is None:
            with self.desk.db.reading() as session:
                stored = setting(session, "last_export")
            export = json.loads(stored) if stored else None
        self.desk.attribute("restore-backup", None, file=path.name, made_at=made_at, saved=saved.path.name)
        return RestoreReport(path, saved.path, made_at, export)
