"""Cash from the office (issue 16): the cash the office hands each point for a month, with who and when,
voided only with a reason.

Revision ID: 0007_cash16
Revises: 0006
Create Date: 2026-12-02 06:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_cash16"
down_revision = "0007_roles16"  # after the roles (both issue 16)
branch_labels = None
depends_on = None

# the new text columns: byte order on PostgreSQL, as every text column (0004)
_TEXT = (
    ("month", "VARCHAR(7)"),
    ("point_code", "VARCHAR(32)"),
    ("note", "TEXT"),
    ("issued_at", "VARCHAR(32)"),
    ("issued_by", "VARCHAR(200)"),
    ("voided_at", "VARCHAR(32)"),
    ("voided_by", "VARCHAR(200)"),
    ("void_reason", "TEXT"),
)


def upgrade() -> None:
    op.create_table(
        "cash_issues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("point_code", sa.String(length=32), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("issued_at", sa.String(length=32), nullable=False),
        sa.Column("issued_by", sa.String(length=200), nullable=False),
        sa.Column("voided_at", sa.String(length=32), nullable=True),
        sa.Column("voided_by", sa.String(length=200), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_issues")),
    )
    op.create_index(op.f("ix_cash_issues_month"), "cash_issues", ["month"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        for column, kind in _TEXT:
            op.execute(f'ALTER TABLE "cash_issues" ALTER COLUMN "{column}" TYPE {kind} COLLATE "C"')


def downgrade() -> None:
    op.drop_index(op.f("ix_cash_issues_month"), table_name="cash_issues")
    op.drop_table("cash_issues")
