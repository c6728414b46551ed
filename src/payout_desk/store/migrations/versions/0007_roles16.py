"""Office clerks and roles (issue 16): the clerks who sign in and their role, the chain of office actions
(who did what, when), the signing steps waiting for an approver (maker–checker), and each list
revision's office opening key (payout_lists.import_key: a sync file sealed to it opens without the office's
signing key).

Revision ID: 0007_roles16
Revises: 0006
Create Date: 2026-12-02 07:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_roles16"
down_revision = "0006"
branch_labels = None
depends_on = None

# (table, column, type) of the new text columns: byte order on PostgreSQL, as every text column (0004)
_TEXT = (
    ("office_clerks", "name", "VARCHAR(200)"),
    ("office_clerks", "role", "VARCHAR(16)"),
    ("office_clerks", "added_at", "VARCHAR(32)"),
    ("office_clerks", "added_by", "VARCHAR(200)"),
    ("office_actions", "at", "VARCHAR(32)"),
    ("office_actions", "clerk", "VARCHAR(200)"),
    ("office_actions", "action", "VARCHAR(40)"),
    ("office_actions", "month", "VARCHAR(7)"),
    ("office_actions", "detail", "TEXT"),
    ("office_actions", "prev_hash", "VARCHAR(64)"),
    ("office_actions", "hash", "VARCHAR(64)"),
    ("pending_items", "kind", "VARCHAR(16)"),
    ("pending_items", "month", "VARCHAR(7)"),
    ("pending_items", "payload", "TEXT"),
    ("pending_items", "prepared_by", "VARCHAR(200)"),
    ("pending_items", "prepared_at", "VARCHAR(32)"),
    ("pending_items", "state", "VARCHAR(16)"),
    ("pending_items", "decided_by", "VARCHAR(200)"),
    ("pending_items", "decided_at", "VARCHAR(32)"),
    ("pending_items", "reason", "TEXT"),
    ("pending_items", "result", "TEXT"),
    ("payout_lists", "import_key", "VARCHAR(64)"),
)


def upgrade() -> None:
    op.create_table(
        "office_clerks",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_office_clerks")),
    )
    op.create_table(
        "office_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("clerk", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_actions")),
    )
    op.create_index(op.f("ix_office_actions_month"), "office_actions", ["month"], unique=False)
    op.create_table(
        "pending_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("prepared_by", sa.String(length=200), nullable=False),
        sa.Column("prepared_at", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        sa.Column("decided_at", sa.String(length=32), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("result", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_items")),
    )
    op.create_index(op.f("ix_pending_items_month"), "pending_items", ["month"], unique=False)
    with op.batch_alter_table("payout_lists", schema=None) as batch_op:
        batch_op.add_column(sa.Column("import_key", sa.String(length=64), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        for table, column, kind in _TEXT:
            op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE {kind} COLLATE "C"')


def downgrade() -> None:
    with op.batch_alter_table("payout_lists", schema=None) as batch_op:
        batch_op.drop_column("import_key")
    op.drop_index(op.f("ix_pending_items_month"), table_name="pending_items")
    op.drop_table("pending_items")
    op.drop_index(op.f("ix_office_actions_month"), table_name="office_actions")
    op.drop_table("office_actions")
    op.drop_table("office_clerks")
