"""What the office took in: sync files (`sync_imports`) and registers (`register_imports`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.store.models import RegisterImport, SyncImport


def imported_files(session: Session) -> set[str]:
    """The SHA-256 of every sync file whose events were taken in (a repeat of one adds nothing)."""
    return set(session.scalars(select(SyncImport.file_sha256)))


def lists_heard_from(session: Session, list_ids: list[str]) -> set[str]:
    """The lists among `list_ids` some sync file was taken in for."""
    return set(session.scalars(select(SyncImport.list_id).where(SyncImport.list_id.in_(list_ids))))


def sync_heads(session: Session) -> Iterable[Any]:
    """Rows (device_id, list_id, last_seq, head, file_sha256) of every sync file taken in."""
    return session.execute(
        select(
            SyncImport.device_id,
            SyncImport.list_id,
            SyncImport.last_seq,
            SyncImport.head,
            SyncImport.file_sha256,
        )
    )


def register_months(session: Session) -> set[str]:
    """Every month a register was imported for."""
    return set(session.scalars(select(RegisterImport.month).distinct()))
