"""The bank's results at the office (transfer_result_imports; the results on transfer_lines; issue 17 items
3–4): the imports of a month, one stored, the month's lines as the settlement counts them."""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.store.bank_models import FAILED, TransferLine
from payout_desk.store.bank_result_models import TransferResultImport


class SettledLine(NamedTuple):
    """What the settlement needs of one transfer line."""

    code: str
    point_code: str | None
    point_name: str
    bank_bin: str | None
    amount: int
    state: str
    failed_action: str | None


def result_imports(session: Session, month: str) -> list[TransferResultImport]:
    """The month's result imports, oldest first."""
    return list(
        session.scalars(
            select(TransferResultImport)
            .where(TransferResultImport.month == month)
            .order_by(TransferResultImport.id)
        )
    )


def add_result_import(session: Session, **values: Any) -> TransferResultImport:
    row = TransferResultImport(**values)
    session.add(row)
    session.flush()
    return row


def settled_lines(session: Session, month: str) -> list[SettledLine]:
    """The month's transfer lines, each as the settlement counts it, in register order."""
    query = (
        select(
            TransferLine.code,
            TransferLine.point_code,
            TransferLine.point_name,
            TransferLine.bank_bin,
            TransferLine.amount,
            TransferLine.state,
            TransferLine.failed_action,
        )
        .where(TransferLine.month == month)
        .order_by(TransferLine.register_row)
    )
    return [SettledLine(*row) for row in session.execute(query)]


def failed_transfers(session: Session, month: str) -> dict[str, TransferLine]:
    """Code → the month's transfer lines the bank's result said failed."""
    query = select(TransferLine).where(TransferLine.month == month, TransferLine.state == FAILED)
    return {line.code: line for line in session.scalars(query)}


def moved_to_cash(line: TransferLine, at: str) -> None:
    """A failed transfer put on its point's cash list (báo tăng): counted once, as cash."""
    line.failed_action = "cash"
    line.failed_action_at = at
