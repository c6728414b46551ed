"""The office's cash issues (cash_issues, issue 16): added, voided, read for a month."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.store.models import CashIssueRow, Point


def add_issue(
    session: Session, *, month: str, point_code: str, amount: int, note: str, issued_at: str, issued_by: str
) -> CashIssueRow:
    row = CashIssueRow(
        month=month, point_code=point_code, amount=amount, note=note, issued_at=issued_at, issued_by=issued_by
    )
    session.add(row)
    session.flush()
    return row


def issue_row(session: Session, issue_id: int) -> CashIssueRow | None:
    return session.get(CashIssueRow, issue_id)


def month_issues(session: Session, month: str) -> list[tuple[CashIssueRow, str]]:
    """The month's issues in the order they were made, each with its point's name ("" if unknown)."""
    rows = session.execute(
        select(CashIssueRow, Point.name)
        .outerjoin(Point, Point.code == CashIssueRow.point_code)
        .where(CashIssueRow.month == month)
        .order_by(CashIssueRow.id)
    )
    return [(row, name or "") for row, name in rows]
