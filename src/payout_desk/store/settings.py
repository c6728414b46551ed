"""The desk's settings (`settings`: one value per key)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.store.models import Setting

if TYPE_CHECKING:
    from payout_desk.store.database import Database


def setting(session: Session, key: str) -> str | None:
    """The value stored under `key`, or None."""
    return session.scalar(select(Setting.value).where(Setting.key == key))


def read_setting(db: Database, key: str) -> str | None:
    """`setting` in a read of its own: on SQLite one statement on the driver's cursor (a payout reads the
    staff book each time, and a read session cost more than the rest of its Python work), else a session."""
    if db.engine.dialect.name != "sqlite":
        with db.reading() as session:
            return setting(session, key)
    with db.raw_reading() as cursor:
        row = cursor.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def put_setting(session: Session, key: str, value: str) -> None:
    session.merge(Setting(key=key, value=value))
