"""Sign-ups for payment by bank account (issue 17 item 5, migration 0008_signups17): a model of the one
schema (store/models.py imports it, so Base.metadata holds it). The same table on both desks: a point keeps
its own laptop's sign-ups; the office keeps every laptop's, as their sync files brought them."""

from __future__ import annotations

from sqlalchemy import Boolean, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from payout_desk.store.models import Base


class AccountSignup(Base):
    """One beneficiary's request to be paid by account, signed (or thumbprinted) at the point. Never updated
    or deleted: a later sign-up of the same person on the same laptop names the one it `replaces`, with a
    reason. `body` is the sign-up's canonical JSON as the laptop wrote it (and sends it)."""

    __tablename__ = "account_signups"
    __table_args__ = (Index("ix_account_signups_month_code", "month", "code"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    list_id: Mapped[str] = mapped_column(String(36), index=True)
    month: Mapped[str] = mapped_column(String(7))
    point_code: Mapped[str] = mapped_column(String(32))
    device_id: Mapped[str] = mapped_column(String(32))
    device_name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    bank_bin: Mapped[str] = mapped_column(String(6))
    account: Mapped[str] = mapped_column(String(19))
    holder: Mapped[str] = mapped_column(String(200))
    holder_mismatch: Mapped[bool] = mapped_column(Boolean)
    phone: Mapped[str] = mapped_column(String(10))
    signature: Mapped[str | None] = mapped_column(String(64))
    thumbprint: Mapped[bool] = mapped_column(Boolean)
    staff: Mapped[str] = mapped_column(String(200))
    at_utc: Mapped[str] = mapped_column(String(32))
    at_local: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(8))
    normalised: Mapped[bool] = mapped_column(Boolean)
    replaces: Mapped[str | None] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    received_at: Mapped[str | None] = mapped_column(String(32))  # office: when a sync file brought it
