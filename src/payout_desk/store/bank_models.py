"""Bank transfers at the office (issue 17, migration 0008_bank17): the month's transfer lines read from the
register, the batches written for each bank and the files of each batch. Models of the one schema
(store/models.py imports them, so Base.metadata holds them)."""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from payout_desk.store.models import Base

# a line's states: listed (read from the register) → sent (written in a batch) → paid | failed (the bank's
# result, issue 17 items 3–4)
LISTED, SENT, PAID, FAILED = "listed", "sent", "paid", "failed"


class TransferLine(Base):
    """Office: one beneficiary paid by bank transfer for one month, as the register gives them: the amount is
    the register's total for the row, to the đồng; the account as banks take it (digits), its bank by NAPAS
    BIN (None when the register's bank is unknown). A re-import replaces a line still `listed`; a line `sent`
    is never rewritten (the import warns when the register changed it)."""

    __tablename__ = "transfer_lines"
    __table_args__ = (UniqueConstraint("month", "code", name="uq_transfer_lines_month_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    point_code: Mapped[str | None] = mapped_column(String(32))
    point_name: Mapped[str] = mapped_column(String(200))
    amount: Mapped[int] = mapped_column(BigInteger)
    account: Mapped[str] = mapped_column(String(64))  # digits once valid; else the cell as written
    account_problem: Mapped[str | None] = mapped_column(String(16))  # domain/accounts.AccountProblem
    bank_bin: Mapped[str | None] = mapped_column(String(6))
    bank_text: Mapped[str] = mapped_column(String(200))  # the register's bank cell as written
    holder: Mapped[str] = mapped_column(String(200))  # "" when the register names none
    register_import_id: Mapped[int] = mapped_column(ForeignKey("register_imports.id"))
    register_row: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(8))  # listed | sent | paid | failed
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("transfer_batches.id"), index=True)
    sent_at: Mapped[str | None] = mapped_column(String(32))
    bank_ref: Mapped[str | None] = mapped_column(String(64))
    result_reason: Mapped[str | None] = mapped_column(Text)
    result_at: Mapped[str | None] = mapped_column(String(32))
    failed_action: Mapped[str | None] = mapped_column(String(8))  # None | cash | carry
    failed_action_at: Mapped[str | None] = mapped_column(String(32))
    # the person as the register listed them (list.json's shape), for the báo tăng of a failed transfer
    # (0009_results17; None for a line stored before it)
    person_json: Mapped[str | None] = mapped_column(Text, nullable=True)


class TransferBatch(Base):
    """Office: one batch written for one bank: its lines (TransferLine.batch_id), count and total, who made
    it and when, and the SHA-256 of its signed manifest; number 1, 2, … per month and bank."""

    __tablename__ = "transfer_batches"
    __table_args__ = (
        UniqueConstraint("month", "bank_bin", "number", name="uq_transfer_batches_month_bank_number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    bank_bin: Mapped[str] = mapped_column(String(6))
    number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(200))
    lines: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(BigInteger)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    files: Mapped[str] = mapped_column(Text)  # JSON: [{"name", "sha256"}], the manifest last


class TransferBatchFile(Base):
    """Office: the exact bytes of one file of a batch, so the batch can be written again unchanged."""

    __tablename__ = "transfer_batch_files"
    __table_args__ = (UniqueConstraint("batch_id", "name", name="uq_transfer_batch_files_batch_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("transfer_batches.id"), index=True)
    name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64))
    body: Mapped[bytes] = mapped_column(LargeBinary)
