"""One writer at a time for a named piece of the database, on whichever database the desk runs.

SQLite needs nothing here: every writing transaction starts with BEGIN IMMEDIATE, which holds the whole
file's write lock until COMMIT, so writers are already one after another. PostgreSQL lets writers run side
by side; `hold(connection, name)` takes a transaction-scoped advisory lock (pg_advisory_xact_lock) on the
name, so a second transaction asking for the same name waits until the first commits or rolls back. Under
READ COMMITTED every statement after the wait sees what the first one committed.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, text

_LOCK = text("SELECT pg_advisory_xact_lock(:key)")


def lock_key(name: str) -> int:
    """A stable signed 64-bit number for a name (advisory locks are numbered, not named)."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


def hold(connection: Connection, name: str) -> None:
    """Wait for, then hold until the transaction ends, the lock called `name` (PostgreSQL only)."""
    if connection.dialect.name == "postgresql":
        connection.execute(_LOCK, {"key": lock_key(name)})
