"""SQLAlchemy 2 typed models: one schema for office and point desks.

A *payout list* row is one revision of one point's list for one month. On the office it is the list as
issued (or a draft awaiting issue); on a point device it is the list as loaded from a signed file. Old
revisions are kept: payouts recorded against them must stay explainable.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Setting(Base):
    """Key/value facts about this desk (role, name, key id, where the key is kept...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Point(Base):
    """A payout point (điểm chi trả)."""

    __tablename__ = "points"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200), index=True)
    created_at: Mapped[str] = mapped_column(String(32))

    lists: Mapped[list[PayoutList]] = relationship(back_populates="point")


class RegisterImport(Base):
    """One import of the month's register at the office, with what it reported."""

    __tablename__ = "register_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    file_name: Mapped[str] = mapped_column(String(260))
    file_sha256: Mapped[str] = mapped_column(String(64))
    sheet: Mapped[str] = mapped_column(String(200))
    imported_at: Mapped[str] = mapped_column(String(32))
    rows_read: Mapped[int] = mapped_column(Integer)
    imported: Mapped[int] = mapped_column(Integer)
    non_cash: Mapped[int] = mapped_column(Integer)
    skipped_invalid: Mapped[bool] = mapped_column(Boolean)
    errors: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    warnings: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


class PayoutList(Base):
    """One revision of one point's list for one month."""

    __tablename__ = "payout_lists"
    __table_args__ = (
        UniqueConstraint("list_id", "revision", name="uq_payout_lists_list_revision"),
        Index("ix_payout_lists_month_point", "month", "point_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[str] = mapped_column(String(36))
    month: Mapped[str] = mapped_column(String(7))
    point_id: Mapped[int] = mapped_column(ForeignKey("points.id"))
    revision: Mapped[int] = mapped_column(Integer)
    # a ListStatus: office "draft" (imported, not yet issued) or "issued"; point "loaded"
    status: Mapped[str] = mapped_column(String(16))
    # office: hash of month, point and beneficiaries (spots a changed list); point: hash of list.json as loaded
    content_sha256: Mapped[str] = mapped_column(String(64))
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    issued_at: Mapped[str | None] = mapped_column(String(32))
    loaded_at: Mapped[str | None] = mapped_column(String(32))
    office_name: Mapped[str] = mapped_column(String(200))
    office_key_id: Mapped[str | None] = mapped_column(String(32))
    register_import_id: Mapped[int | None] = mapped_column(ForeignKey("register_imports.id"))
    beneficiaries: Mapped[int] = mapped_column(Integer)
    cash_total: Mapped[int] = mapped_column(Integer)
    home_visits: Mapped[int] = mapped_column(Integer)
    proxies: Mapped[int] = mapped_column(Integer)
    # the point's enrolled devices the list carries: JSON [{"name", "public_key", "key_id"}], by key id
    devices: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    # the office's opening key (issue 16: sync files sealed to it too, opened without the signing key)
    import_key: Mapped[str | None] = mapped_column(String(64))

    point: Mapped[Point] = relationship(back_populates="lists")


class ListBody(Base):
    """The beneficiaries of an office list revision as canonical JSON, ready to be signed into a file."""

    __tablename__ = "list_bodies"

    payout_list_id: Mapped[int] = mapped_column(
        ForeignKey("payout_lists.id", ondelete="CASCADE"), primary_key=True
    )
    beneficiaries_json: Mapped[str] = mapped_column(Text)


class ListEntry(Base):
    """One beneficiary on one list revision, with the lines to pay."""

    __tablename__ = "list_entries"
    __table_args__ = (UniqueConstraint("payout_list_id", "code", name="uq_list_entries_list_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payout_list_id: Mapped[int] = mapped_column(ForeignKey("payout_lists.id", ondelete="CASCADE"))
    # no index of its own on code or CCCD (migration 0010): a person is looked up list by list, through the
    # unique (payout_list_id, code) index
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    birth_date: Mapped[str | None] = mapped_column(String(10))
    sex: Mapped[str | None] = mapped_column(String(1))
    cccd: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str] = mapped_column(Text)
    village: Mapped[str] = mapped_column(String(200))
    commune: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(200))
    home_visit: Mapped[bool] = mapped_column(Boolean)
    proxy_name: Mapped[str | None] = mapped_column(String(200))
    proxy_relation: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str] = mapped_column(Text)
    lines: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    total: Mapped[int] = mapped_column(Integer)
    source_row: Mapped[int | None] = mapped_column(Integer)
    # the person's last months as the office knew them when it issued the list (JSON, list.json's "history")
    history: Mapped[str | None] = mapped_column(Text, nullable=True)


class TrustedKey(Base):
    """A public key this desk trusts: the pinned office key on a point device."""

    __tablename__ = "trusted_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role: Mapped[str] = mapped_column(String(16))  # "office"
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw 32 bytes
    name: Mapped[str] = mapped_column(String(200))
    pinned_at: Mapped[str] = mapped_column(String(32))


class Device(Base):
    """A point device enrolled at the office: its public key may sign sync files for that point."""

    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("points.id"))
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    public_key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    enrolled_at: Mapped[str] = mapped_column(String(32))
    revoked_at: Mapped[str | None] = mapped_column(String(32))

    point: Mapped[Point] = relationship()


class LedgerEvent(Base):
    """One recorded event (append-only), from this device or imported from another; `body` is the exact
    canonical JSON line its hash covers."""

    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("device_id", "list_id", "seq", name="uq_events_device_list_seq"),
        Index("ix_events_list_beneficiary", "list_id", "beneficiary"),
        Index("ix_events_list_device_kind", "list_id", "device_id", "kind", "amount", "seq"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # not unique: an event is its chain's (device, list, seq) and hash; an id two chains use is flagged
    event_id: Mapped[str] = mapped_column(String(36), index=True)
    device_id: Mapped[str] = mapped_column(String(32))
    list_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    beneficiary: Mapped[str | None] = mapped_column(String(64))
    amount: Mapped[int] = mapped_column(Integer)
    at_utc: Mapped[str] = mapped_column(String(32))
    body: Mapped[str] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(String(36), index=True)  # a void: the event id it cancels
    signature: Mapped[str | None] = mapped_column(String(64), index=True)  # a payout: its signature image


class SignatureImage(Base):
    """A drawn signature (PNG), named by the SHA-256 of its bytes; payout events refer to it."""

    __tablename__ = "signature_images"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    png: Mapped[bytes] = mapped_column(LargeBinary)


class AmendmentRow(Base):
    """One change to an issued list (stop or add), made at the office or loaded from a .pdamend."""

    __tablename__ = "amendments"
    __table_args__ = (UniqueConstraint("list_id", "seq", name="uq_amendments_list_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[str] = mapped_column(String(36), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # a ChangeKind: "stop" | "add"
    code: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(String(16))
    effective_date: Mapped[str | None] = mapped_column(String(10))
    beneficiary_json: Mapped[str | None] = mapped_column(Text)  # add: the beneficiary as in list.json
    issued_at: Mapped[str] = mapped_column(String(32))
    file_sha256: Mapped[str | None] = mapped_column(String(64))  # point: the .pdamend it came from


class SyncImport(Base):
    """A sync file accepted (imported, or nothing new) at the office or from a peer device."""

    __tablename__ = "sync_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    device_id: Mapped[str] = mapped_column(String(32))
    list_id: Mapped[str] = mapped_column(String(36))
    last_seq: Mapped[int] = mapped_column(Integer)
    head: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(32))  # when the device wrote the file
    imported_at: Mapped[str] = mapped_column(String(32))
    new_events: Mapped[int] = mapped_column(Integer)


class DeviceFork(Base):
    """A device that showed two different histories under the same sequence number (never merged)."""

    __tablename__ = "device_forks"
    __table_args__ = (
        UniqueConstraint("device_id", "list_id", "seq", "presented_hash", name="uq_device_forks_seen"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(32))
    list_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    known_hash: Mapped[str] = mapped_column(String(64))
    presented_hash: Mapped[str] = mapped_column(String(64))
    file_sha256: Mapped[str] = mapped_column(String(64))
    detected_at: Mapped[str] = mapped_column(String(32))


class BeneficiaryStateRow(Base):
    """Cache: each beneficiary's derived state per list. Rebuilt from entries, amendments and events."""

    __tablename__ = "beneficiary_states"

    list_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    listed: Mapped[bool] = mapped_column(Boolean)
    amount: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    payouts: Mapped[int] = mapped_column(Integer)
    paid_amount: Mapped[int] = mapped_column(Integer)
    payout_event_id: Mapped[str | None] = mapped_column(String(36))
    exception: Mapped[str | None] = mapped_column(String(16))
    stopped: Mapped[bool] = mapped_column(Boolean)
    conflicts: Mapped[int] = mapped_column(Integer)


class ConflictRow(Base):
    """Cache: a conflict found by the fold (two records that cannot both be right)."""

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(20), primary_key=True)
    list_id: Mapped[str] = mapped_column(String(36), index=True)
    code: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(24))
    event_ids: Mapped[str] = mapped_column(Text)  # JSON array


class Resolution(Base):
    """The office's decision on a conflict; never deleted (a later one supersedes an earlier one)."""

    __tablename__ = "resolutions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conflict_id: Mapped[str] = mapped_column(String(20), index=True)
    note: Mapped[str] = mapped_column(Text)
    resolved_by: Mapped[str] = mapped_column(String(200))
    resolved_at: Mapped[str] = mapped_column(String(32))


# Month after month (issue 15, migration 0006) ------------------------------------------------------------


class Hold(Base):
    """Office: a person kept off a month's lists until the office decides — held at the register import
    (an earlier death report or stop) or by hand; then released (back on the list, by amendment once the
    list is issued) or confirmed (the stop stands). Rows are never deleted: the newest per month and code
    is the person's state, the older ones its history."""

    __tablename__ = "holds"
    __table_args__ = (Index("ix_holds_month_code", "month", "code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7))
    code: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(24))  # why: reported_deceased | stopped_earlier | by_hand
    evidence: Mapped[str] = mapped_column(Text)  # JSON: the month, source, date, who reported, record ids
    state: Mapped[str] = mapped_column(String(16))  # held | released | confirmed
    held_at: Mapped[str] = mapped_column(String(32))
    held_by: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[str | None] = mapped_column(String(32))
    decided_by: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)  # the office's reason for the hold or the decision


class MonthClosing(Base):
    """Office: a closed month — its settlement frozen as printed, and the people neither paid nor stopped."""

    __tablename__ = "month_closings"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    closed_at: Mapped[str] = mapped_column(String(32))
    closed_by: Mapped[str] = mapped_column(String(200))
    settlement_json: Mapped[str] = mapped_column(Text)
    unpaid_json: Mapped[str] = mapped_column(Text)


class Arrears(Base):
    """Office: what one person was not paid in a closed month (truy lĩnh), carried to a later month's list
    or only listed for the welfare office; one row per person and month, so nothing is carried twice."""

    __tablename__ = "arrears"
    __table_args__ = (UniqueConstraint("code", "from_month", name="uq_arrears_code_from_month"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), index=True)
    from_month: Mapped[str] = mapped_column(String(7))
    to_month: Mapped[str] = mapped_column(String(7))
    amount: Mapped[int] = mapped_column(Integer)
    months: Mapped[str] = mapped_column(Text)  # JSON list of the months the amount covers
    mode: Mapped[str] = mapped_column(String(8))  # carry | list
    list_id: Mapped[str | None] = mapped_column(String(36))  # the list it was added to (carry)
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(200))


class PersonLink(Base):
    """Office: one person under a new register code — the same CCCD as an earlier month's code."""

    __tablename__ = "person_links"
    __table_args__ = (UniqueConstraint("code", "previous_code", name="uq_person_links_code_previous"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7))
    code: Mapped[str] = mapped_column(String(64), index=True)
    previous_code: Mapped[str] = mapped_column(String(64), index=True)
    cccd: Mapped[str] = mapped_column(String(32))
    found_at: Mapped[str] = mapped_column(String(32))


# Office clerks and roles, the office's cash issues (issue 16, migrations 0007_roles16, 0007_cash16):
# store/office_models.py; bank transfers (issue 17, migration 0008_bank17): store/bank_models.py — part of
# this schema
from payout_desk.store import bank_models, bank_result_models  # noqa: E402, F401  (by module: may come first)
from payout_desk.store.office_models import (  # noqa: E402, F401
    CashIssueRow,
    KeptHistories,
    OfficeAction,
    OfficeClerk,
    PendingItem,
)
from payout_desk.store.signup_models import AccountSignup  # noqa: E402, F401
