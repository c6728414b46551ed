"""The desk's settings (`settings`: one value per key)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.store.models import Setting


def setting(session: Session, key: str) -> str | None:
    """The value stored under `key`, or None."""
    return session.scalar(select(Setting.value).where(Setting.key == key))


def put_setting(session: Session, key: str, value: str) -> None:
    session.merge(Setting(key=key, value=value))
