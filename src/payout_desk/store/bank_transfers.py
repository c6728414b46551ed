"""The office's bank transfers (transfer_lines, transfer_batches, transfer_batch_files; issue 17): the
month's lines stored by the register import, the lines a batch takes, the batches and their files.

Not `store/transfers.py`: that module is issue 15's moves of a person between points."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from payout_desk.store.bank_models import LISTED, SENT, TransferBatch, TransferBatchFile, TransferLine
from payout_desk.store.bulk import bulk_insert

LINE_COLUMNS = (
    "month",
    "code",
    "name",
    "point_code",
    "point_name",
    "amount",
    "account",
    "account_problem",
    "bank_bin",
    "bank_text",
    "holder",
    "register_import_id",
    "register_row",
    "state",
    "person_json",  # 0009_results17
)


def month_lines(session: Session, month: str) -> list[TransferLine]:
    """Every transfer line of the month, in register order (row), whatever its state."""
    return list(
        session.scalars(
            select(TransferLine).where(TransferLine.month == month).order_by(TransferLine.register_row)
        )
    )


def lines_by_code(session: Session, month: str) -> dict[str, TransferLine]:
    return {line.code: line for line in month_lines(session, month)}


def replace_listed(session: Session, month: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """The month's lines not yet in a batch dropped, and `rows` (values in LINE_COLUMNS order) inserted:
    the caller leaves out the codes whose line is already sent."""
    session.execute(delete(TransferLine).where(TransferLine.month == month, TransferLine.state == LISTED))
    session.flush()
    bulk_insert(session.connection(), TransferLine.__table__, LINE_COLUMNS, rows)  # type: ignore[arg-type]


def batchable(session: Session, month: str, bank_bins: Iterable[str] | None = None) -> list[TransferLine]:
    """The month's lines still `listed` with a valid account and a known bank, by bank then register row."""
    query = select(TransferLine).where(
        TransferLine.month == month,
        TransferLine.state == LISTED,
        TransferLine.account_problem.is_(None),
        TransferLine.bank_bin.is_not(None),
    )
    if bank_bins is not None:
        query = query.where(TransferLine.bank_bin.in_(list(bank_bins)))
    return list(session.scalars(query.order_by(TransferLine.bank_bin, TransferLine.register_row)))


def next_batch_number(session: Session, month: str, bank_bin: str) -> int:
    found = session.scalar(
        select(func.max(TransferBatch.number)).where(
            TransferBatch.month == month, TransferBatch.bank_bin == bank_bin
        )
    )
    return int(found or 0) + 1


def add_batch(session: Session, **values: Any) -> TransferBatch:
    batch = TransferBatch(**values)
    session.add(batch)
    session.flush()
    return batch


def add_batch_files(session: Session, batch_id: int, files: Sequence[tuple[str, str, bytes]]) -> None:
    """The batch's files as written: (name, sha256, bytes)."""
    session.add_all(
        TransferBatchFile(batch_id=batch_id, name=name, sha256=sha, body=body) for name, sha, body in files
    )
    session.flush()


def mark_sent(session: Session, line_ids: Sequence[int], batch_id: int, at: str) -> None:
    """The lines written in a batch: `sent`, with the batch and the time (only lines still `listed`)."""
    session.execute(
        update(TransferLine)
        .where(TransferLine.id.in_(list(line_ids)), TransferLine.state == LISTED)
        .values(state=SENT, batch_id=batch_id, sent_at=at)
        .execution_options(synchronize_session=False)  # the caller reads no line of the batch after this
    )


def batch(session: Session, batch_id: int) -> TransferBatch | None:
    return session.get(TransferBatch, batch_id)


def month_batches(session: Session, month: str) -> list[TransferBatch]:
    return list(
        session.scalars(
            select(TransferBatch)
            .where(TransferBatch.month == month)
            .order_by(TransferBatch.bank_bin, TransferBatch.number)
        )
    )


def batch_files(session: Session, batch_id: int) -> list[TransferBatchFile]:
    return list(
        session.scalars(
            select(TransferBatchFile)
            .where(TransferBatchFile.batch_id == batch_id)
            .order_by(TransferBatchFile.id)
        )
    )


def batch_lines(session: Session, batch_id: int) -> list[TransferLine]:
    return list(
        session.scalars(
            select(TransferLine).where(TransferLine.batch_id == batch_id).order_by(TransferLine.register_row)
        )
    )
