"""Sign-ups for payment by bank account at the point (issue 17 item 5): account_signups, on both desks.

Revision ID: 0008_signups17
Revises: 0008_histories15
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_signups17"
down_revision = "0008_histories15"  # after the kept histories (issue 15)
branch_labels = None
depends_on = None

_TEXT = (
    ("id", "VARCHAR(36)"),
    ("list_id", "VARCHAR(36)"),
    ("month", "VARCHAR(7)"),
    ("point_code", "VARCHAR(32)"),
    ("device_id", "VARCHAR(32)"),
    ("device_name", "VARCHAR(200)"),
    ("code", "VARCHAR(64)"),
    ("name", "VARCHAR(200)"),
    ("bank_bin", "VARCHAR(6)"),
    ("account", "VARCHAR(19)"),
    ("holder", "VARCHAR(200)"),
    ("phone", "VARCHAR(10)"),
    ("signature", "VARCHAR(64)"),
    ("staff", "VARCHAR(200)"),
    ("at_utc", "VARCHAR(32)"),
    ("at_local", "VARCHAR(40)"),
    ("source", "VARCHAR(8)"),
    ("replaces", "VARCHAR(36)"),
    ("reason", "TEXT"),
    ("body", "TEXT"),
    ("received_at", "VARCHAR(32)"),
)


def _text(name: str, length: int, *, nullable: bool = False) -> sa.Column[str]:
    return sa.Column(name, sa.String(length=length), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "account_signups",
        _text("id", 36),
        _text("list_id", 36),
        _text("month", 7),
        _text("point_code", 32),
        _text("device_id", 32),
        _text("device_name", 200),
        _text("code", 64),
        _text("name", 200),
        _text("bank_bin", 6),
        _text("account", 19),
        _text("holder", 200),
        sa.Column("holder_mismatch", sa.Boolean(), nullable=False),
        _text("phone", 10),
        _text("signature", 64, nullable=True),
        sa.Column("thumbprint", sa.Boolean(), nullable=False),
        _text("staff", 200),
        _text("at_utc", 32),
        _text("at_local", 40),
        _text("source", 8),
        sa.Column("normalised", sa.Boolean(), nullable=False),
        _text("replaces", 36, nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        _text("received_at", 32, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_signups")),
    )
    op.create_index(op.f("ix_account_signups_list_id"), "account_signups", ["list_id"], unique=False)
    op.create_index("ix_account_signups_month_code", "account_signups", ["month", "code"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        for column, kind in _TEXT:
            op.execute(f'ALTER TABLE "account_signups" ALTER COLUMN "{column}" TYPE {kind} COLLATE "C"')


def downgrade() -> None:
    op.drop_index("ix_account_signups_month_code", table_name="account_signups")
    op.drop_index(op.f("ix_account_signups_list_id"), table_name="account_signups")
    op.drop_table("account_signups")
