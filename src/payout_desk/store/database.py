"""Opening a desk's database: engine, SQLite pragmas, migrations to the newest schema."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, InterfaceError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from payout_desk.lang import Explained, t
from payout_desk.store.locks import hold
from payout_desk.store.migrate import current_revision, head_revision, upgrade_to_head

DB_FILE_NAME = "payout-desk.sqlite3"
BUSY_TIMEOUT_MS = 5000
READ_ONLY = "payout_desk_read_only"


class DatabaseError(Explained):
    """The database cannot be opened or used; its catalogue Text (`.text`) says why and what to do."""


def _first_line(exc: BaseException) -> str:
    reason = str(getattr(exc, "orig", None) or exc).strip()
    return reason.splitlines()[0] if reason else type(exc).__name__


def unreachable(url: URL, exc: BaseException) -> DatabaseError:
    """One sentence for a database that cannot be reached or used (a server down, a wrong password, a
    locked file): the URL without its password and the driver's first line."""
    return DatabaseError(t("store.unreachable", url=url.render_as_string(), reason=_first_line(exc)))


# What SQLite says when the disk, the folder or another program is at fault (not the SQL): the sentence
# for the person at the desk. Anything else SQLite raises is a mistake in the code and goes to the log.
SQLITE_FAULTS = (
    ("database or disk is full", t("store.disk_full")),
    ("database is locked", t("store.locked")),
    ("readonly database", t("store.read_only")),
    ("disk i/o error", t("store.io_error")),
    ("unable to open database file", t("store.cannot_open")),
)


def sqlite_fault(exc: BaseException) -> DatabaseError | None:
    """The clear sentence for an SQLite error caused by the disk, the folder or another program."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    for marker, fault in SQLITE_FAULTS:
        if marker in text:
            return DatabaseError(t("store.nothing_recorded", fault=fault))
    return None


CACHE_KIB = 64 * 1024  # per connection; pages are only allocated when used


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Take transaction control away from the driver so BEGIN IMMEDIATE below is what runs.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # a page cache the size of a few months of lists (SQLite's default is 2 MiB): the office reads
        # last months' lines and adds a month of entries to indexes of hundreds of thousands of rows
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    finally:
        cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    # Writers take the lock at BEGIN: no deadlocked read-to-write upgrade between two processes.
    # Read-only sessions begin deferred, so they never wait for (or block) a writer.
    read_only = connection.get_execution_options().get(READ_ONLY, False)
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    """An engine for a SQLite file (pragmas for durability) or another database URL."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """A desk's database: the engine and a way to run one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(
            engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False
        )

    @contextmanager
    def transaction(self, *locks: str) -> Iterator[Session]:
        """One transaction: committed when the block ends normally, rolled back otherwise. On a shared
        database it first waits for and holds the named `locks` (see store/locks.py); on SQLite the
        transaction holds the file's write lock from BEGIN IMMEDIATE on, so they are already held."""
        with self._lost_connection(), self._sessions() as session, session.begin():
            for name in locks:
                hold(session.connection(), name)
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads (it never waits for a writer); nothing it does is committed."""
        with self._lost_connection(), self._read_sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def _lost_connection(self) -> Iterator[None]:
        """A shared database's server gone or refusing mid-command: one sentence. (SQLite's
        OperationalError also means a mistake in SQL, which must reach the log as it is.)"""
        try:
            yield
        except (OperationalError, InterfaceError) as exc:
            if self.engine.dialect.name == "sqlite":
                fault = sqlite_fault(exc)
                if fault is None:
                    raise
                raise fault from exc
            raise unreachable(self.engine.url, exc) from exc

    @contextmanager
    def raw_transaction(self) -> Iterator[sqlite3.Cursor]:
        """A DB-API cursor inside BEGIN IMMEDIATE … COMMIT on a SQLite desk: the hot path of a payout,
        which must cost little more than its durable commit. Rolled back if the block raises."""
        with self.raw_reading() as cursor:
            dbapi = cursor.connection
            cursor.execute("BEGIN IMMEDIATE")
            try:
                yield cursor
                cursor.execute("COMMIT")
            except BaseException:
                if dbapi.in_transaction:  # a failed COMMIT (a full disk) may leave it open
                    with contextlib.suppress(sqlite3.Error):
                        cursor.execute("ROLLBACK")
                raise

    @contextmanager
    def raw_reading(self) -> Iterator[sqlite3.Cursor]:
        """A DB-API cursor on a SQLite desk, in autocommit: a read on the payout's path without a session's
        own cost (a session read costs 15 times the statement). It never waits for a writer (WAL)."""
        if self.engine.dialect.name != "sqlite":
            raise DatabaseError(t("store.raw_needs_sqlite"))
        try:
            with self.engine.connect() as connection:
                dbapi = connection.connection.driver_connection
                assert isinstance(dbapi, sqlite3.Connection)
                yield dbapi.cursor()
        except (sqlite3.OperationalError, OperationalError) as exc:
            fault = sqlite_fault(exc)
            if fault is None:
                raise
            raise fault from exc

    def close(self) -> None:
        self.engine.dispose()


def open_database(url: str) -> Database:
    """Open (creating if needed) and migrate the database at `url`."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(t("store.not_a_url", url=url)) from exc
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        folder = Path(parsed.database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(t("store.cannot_create_folder", folder=folder, reason=exc.strerror)) from exc
    try:
        engine = make_engine(url)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise DatabaseError(t("store.no_driver", driver=parsed.drivername)) from exc
    try:
        if parsed.get_backend_name() == "sqlite" and parsed.database:
            backup_before_upgrade(engine, Path(parsed.database))
        upgrade_to_head(engine)
    except (OperationalError, InterfaceError) as exc:
        engine.dispose()
        raise unreachable(parsed, exc) from exc
    return Database(engine)


BACKUPS = "backups"


def backup_before_upgrade(engine: Engine, path: Path) -> Path | None:
    """Before a newer Payout Desk upgrades an older desk's SQLite file, keep a consistent copy of it in
    the data folder's backups/ (named by the old schema and the time); None when nothing is to upgrade."""
    old = current_revision(engine)
    if old is None or old == head_revision():
        return None
    folder = path.parent / BACKUPS
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-schema-{old}-{stamp}.sqlite3"
    source = sqlite3.connect(path)
    try:
        copy_database(source, target)
    finally:
        source.close()
    return target


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of `source` (SQLite's backup API: safe while in use) at `target`, as one
    self-contained file: written beside it, synced, then renamed into place, so no half copy is left."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        copy = sqlite3.connect(tmp_name)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
        with open(tmp_name, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if os.name == "posix":  # the rename itself survives a power cut only once the folder is synced
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
