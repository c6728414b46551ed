"""Month after month (issue 15): holds (people kept off a month's lists until the office decides),
closed months (the settlement frozen, the unpaid listed), arrears carried (truy lĩnh, never twice), links
between a person's old and new register codes (one CCCD), and each list entry's recent history as the
office knew it when it issued the list.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# (table, column, type) of the new text columns: byte order on PostgreSQL, as every text column (0004)
_TEXT = (
    ("holds", "month", "VARCHAR(7)"),
    ("holds", "code", "VARCHAR(64)"),
    ("holds", "kind", "VARCHAR(24)"),
    ("holds", "evidence", "TEXT"),
    ("holds", "state", "VARCHAR(16)"),
    ("holds", "held_at", "VARCHAR(32)"),
    ("holds", "held_by", "VARCHAR(200)"),
    ("holds", "decided_at", "VARCHAR(32)"),
    ("holds", "decided_by", "VARCHAR(200)"),
    ("holds", "reason", "TEXT"),
    ("month_closings", "month", "VARCHAR(7)"),
    ("month_closings", "closed_at", "VARCHAR(32)"),
    ("month_closings", "closed_by", "VARCHAR(200)"),
    ("month_closings", "settlement_json", "TEXT"),
    ("month_closings", "unpaid_json", "TEXT"),
    ("arrears", "code", "VARCHAR(64)"),
    ("arrears", "from_month", "VARCHAR(7)"),
    ("arrears", "to_month", "VARCHAR(7)"),
    ("arrears", "months", "TEXT"),
    ("arrears", "mode", "VARCHAR(8)"),
    ("arrears", "list_id", "VARCHAR(36)"),
    ("arrears", "created_at", "VARCHAR(32)"),
    ("arrears", "created_by", "VARCHAR(200)"),
    ("person_links", "month", "VARCHAR(7)"),
    ("person_links", "code", "VARCHAR(64)"),
    ("person_links", "previous_code", "VARCHAR(64)"),
    ("person_links", "cccd", "VARCHAR(32)"),
    ("person_links", "found_at", "VARCHAR(32)"),
    ("list_entries", "history", "TEXT"),
)


def upgrade() -> None:
    op.create_table(
        "holds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("held_at", sa.String(length=32), nullable=False),
        sa.Column("held_by", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.String(length=32), nullable=True),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holds")),
    )
    op.create_index("ix_holds_month_code", "holds", ["month", "code"], unique=False)
    op.create_table(
        "month_closings",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("closed_at", sa.String(length=32), nullable=False),
        sa.Column("closed_by", sa.String(length=200), nullable=False),
        sa.Column("settlement_json", sa.Text(), nullable=False),
        sa.Column("unpaid_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("month", name=op.f("pk_month_closings")),
    )
    op.create_table(
        "arrears",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("from_month", sa.String(length=7), nullable=False),
        sa.Column("to_month", sa.String(length=7), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("months", sa.Text(), nullable=False),
        sa.Column("mode", sa.String(length=8), nullable=False),
        sa.Column("list_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arrears")),
        sa.UniqueConstraint("code", "from_month", name="uq_arrears_code_from_month"),
    )
    op.create_index(op.f("ix_arrears_code"), "arrears", ["code"], unique=False)
    op.create_table(
        "person_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("previous_code", sa.String(length=64), nullable=False),
        sa.Column("cccd", sa.String(length=32), nullable=False),
        sa.Column("found_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_links")),
        sa.UniqueConstraint("code", "previous_code", name="uq_person_links_code_previous"),
    )
    op.create_index(op.f("ix_person_links_code"), "person_links", ["code"], unique=False)
    op.create_index(op.f("ix_person_links_previous_code"), "person_links", ["previous_code"], unique=False)
    with op.batch_alter_table("list_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("history", sa.Text(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        for table, column, kind in _TEXT:
            op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE {kind} COLLATE "C"')


def downgrade() -> None:
    with op.batch_alter_table("list_entries", schema=None) as batch_op:
        batch_op.drop_column("history")
    op.drop_index(op.f("ix_person_links_previous_code"), table_name="person_links")
    op.drop_index(op.f("ix_person_links_code"), table_name="person_links")
    op.drop_table("person_links")
    op.drop_index(op.f("ix_arrears_code"), table_name="arrears")
    op.drop_table("arrears")
    op.drop_table("month_closings")
    op.drop_index("ix_holds_month_code", table_name="holds")
    op.drop_table("holds")
