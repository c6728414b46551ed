"""The office's clerks and roles (migration 0007_roles16) and its cash issues (0007_cash16), issue 16, and
the histories its list revisions carry (0008_histories15, issue 15): models of the one schema
(store/models.py imports them, so Base.metadata holds them)."""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from payout_desk.store.models import Base


class OfficeClerk(Base):
    """Office: a clerk who signs in (name and PIN, the PIN kept in the staff book like a point's) and what
    they may do: prepare (clerk, lập) or also approve and sign (approver, duyệt và ký)."""

    __tablename__ = "office_clerks"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))  # clerk | approver
    added_at: Mapped[str] = mapped_column(String(32))
    added_by: Mapped[str | None] = mapped_column(String(200))


class OfficeAction(Base):
    """Office: one thing a clerk did (who, when, what), chained by hash like the events: each row's hash is
    the SHA-256 of its canonical line, which carries the previous row's hash. Never updated or deleted."""

    __tablename__ = "office_actions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32))
    clerk: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    month: Mapped[str | None] = mapped_column(String(7), index=True)
    detail: Mapped[str] = mapped_column(Text)  # JSON: what the action named (point, files, item …)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class PendingItem(Base):
    """Office: a signing step a clerk prepared (lists to issue, an amendment, a release) waiting for a
    second person, an approver, to approve and sign it — or to reject it with a reason."""

    __tablename__ = "pending_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # issue | amend | release
    month: Mapped[str] = mapped_column(String(7), index=True)
    payload: Mapped[str] = mapped_column(Text)  # JSON: what the step will do once approved
    prepared_by: Mapped[str] = mapped_column(String(200))
    prepared_at: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16))  # pending | approved | rejected
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(Text)  # why it was rejected
    result: Mapped[str | None] = mapped_column(Text)  # JSON: the files written when approved


class CashIssueRow(Base):
    """Office: cash handed to a point for a month (issue 16), with who and when; never deleted — a wrong
    entry is voided with a reason and stays."""

    __tablename__ = "cash_issues"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    point_code: Mapped[str] = mapped_column(String(32))
    amount: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[str] = mapped_column(String(32))
    issued_by: Mapped[str] = mapped_column(String(200))
    voided_at: Mapped[str | None] = mapped_column(String(32))
    voided_by: Mapped[str | None] = mapped_column(String(200))
    void_reason: Mapped[str | None] = mapped_column(Text)


class KeptHistories(Base):
    """Office: the history each person carries on one issued list revision (issue 15; migration
    0008_histories15), in one row per revision: JSON {history as canonical JSON: [codes]} — people share a
    few distinct histories, so a month of 50,000 people is 200 small rows, not 50,000 rewritten entries."""

    __tablename__ = "list_histories"

    payout_list_id: Mapped[int] = mapped_column(
        ForeignKey("payout_lists.id", ondelete="CASCADE"), primary_key=True
    )
    kept: Mapped[str] = mapped_column(Text)
