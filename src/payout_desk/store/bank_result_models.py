"""Bank results at the office (issue 17 items 3–4, migration 0009_results17): each import of a bank's result
file. Part of the one schema (store/models.py imports it, so Base.metadata holds it)."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from payout_desk.store.models import Base


class TransferResultImport(Base):
    """Office: one bank result file taken in for a month: the file (name, SHA-256), when and by whom, the
    banks it named, what was done with the failures (cash | carry | list) and the counts of its lines."""

    __tablename__ = "transfer_result_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    file_name: Mapped[str] = mapped_column(String(260))
    file_sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[str] = mapped_column(String(32))
    imported_by: Mapped[str] = mapped_column(String(200))
    banks: Mapped[str] = mapped_column(String(200))  # the BINs, comma-separated ("" when the file names none)
    failed_action: Mapped[str] = mapped_column(String(8))
    lines: Mapped[int] = mapped_column(Integer)
    paid: Mapped[int] = mapped_column(Integer)
    failed: Mapped[int] = mapped_column(Integer)
    flagged: Mapped[int] = mapped_column(Integer)
    unchanged: Mapped[int] = mapped_column(Integer)
    counts: Mapped[str] = mapped_column(Text)  # JSON: every outcome's count, the amounts paid and failed
