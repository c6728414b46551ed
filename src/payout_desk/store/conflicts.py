"""What the office found wrong and decided: flags (`conflicts`), forks (`device_forks`) and the office's
decisions on them (`resolutions`)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from payout_desk.store.models import ConflictRow, DeviceFork, Resolution


def flags_of_kind(session: Session, kind: str, list_ids: list[str]) -> list[Any]:
    """Rows (id, event_ids) of the flags of `kind` on these lists."""
    query = select(ConflictRow.id, ConflictRow.event_ids).where(
        ConflictRow.kind == kind, ConflictRow.list_id.in_(list_ids)
    )
    return list(session.execute(query))


def delete_flags(session: Session, ids: list[str]) -> None:
    session.execute(delete(ConflictRow).where(ConflictRow.id.in_(ids)))


def delete_flags_of_people(session: Session, kind: str, list_ids: list[str], codes: list[str]) -> None:
    """Delete the flags of `kind` on these lists about these people."""
    session.execute(
        delete(ConflictRow).where(
            ConflictRow.kind == kind,
            ConflictRow.list_id.in_(list_ids),
            ConflictRow.code.in_(codes),
        )
    )


def conflict_count(session: Session, list_ids: list[str]) -> int:
    """How many flags the lists have."""
    return session.scalar(select(func.count(ConflictRow.id)).where(ConflictRow.list_id.in_(list_ids))) or 0


def fork_count(session: Session, list_ids: list[str]) -> int:
    """How many forks the lists have."""
    return session.scalar(select(func.count(DeviceFork.id)).where(DeviceFork.list_id.in_(list_ids))) or 0


def forks_of(session: Session, list_ids: list[str]) -> list[DeviceFork]:
    """The lists' forks, by device, seq and presented hash (not by id: which clerk's import found a fork
    first is chance)."""
    query = (
        select(DeviceFork)
        .where(DeviceFork.list_id.in_(list_ids))
        .order_by(DeviceFork.device_id, DeviceFork.seq, DeviceFork.presented_hash)
    )
    return list(session.scalars(query))


def fork_recorded(session: Session, device_id: str, list_id: str, seq: int, presented: str) -> bool:
    """Whether this fork (the device's chain on the list showing `presented` at `seq`) is recorded."""
    query = select(DeviceFork.id).where(
        DeviceFork.device_id == device_id,
        DeviceFork.list_id == list_id,
        DeviceFork.seq == seq,
        DeviceFork.presented_hash == presented,
    )
    return session.scalar(query) is not None


def resolutions_of(session: Session, conflict_ids: Collection[str]) -> list[Resolution]:
    """The decisions on these conflicts, oldest first."""
    query = select(Resolution).where(Resolution.conflict_id.in_(conflict_ids)).order_by(Resolution.id)
    return list(session.scalars(query))
