"""Bank results (issue 17 items 3–4): each import of a bank's result file (who, when, the file's SHA-256,
the counts), and on each transfer line the person as the register listed them (for the báo tăng that puts
a failed transfer on the point's cash list).

Revision ID: 0009_results17
Revises: 0008_bank17
Create Date: 2026-12-02 11:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_results17"
down_revision = "0008_bank17"
branch_labels = None
depends_on = None

_TEXT = (
    ("transfer_result_imports", "month", "VARCHAR(7)"),
    ("transfer_result_imports", "file_name", "VARCHAR(260)"),
    ("transfer_result_imports", "file_sha256", "VARCHAR(64)"),
    ("transfer_result_imports", "imported_at", "VARCHAR(32)"),
    ("transfer_result_imports", "imported_by", "VARCHAR(200)"),
    ("transfer_result_imports", "banks", "VARCHAR(200)"),
    ("transfer_result_imports", "failed_action", "VARCHAR(8)"),
    ("transfer_result_imports", "counts", "TEXT"),
    ("transfer_lines", "person_json", "TEXT"),
)


def upgrade() -> None:
    op.create_table(
        "transfer_result_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.Column("imported_by", sa.String(length=200), nullable=False),
        sa.Column("banks", sa.String(length=200), nullable=False),
        sa.Column("failed_action", sa.String(length=8), nullable=False),
        sa.Column("lines", sa.Integer(), nullable=False),
        sa.Column("paid", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("flagged", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer_result_imports")),
    )
    op.create_index(
        op.f("ix_transfer_result_imports_month"), "transfer_result_imports", ["month"], unique=False
    )
    with op.batch_alter_table("transfer_lines") as batch:
        batch.add_column(sa.Column("person_json", sa.Text(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        for table, column, kind in _TEXT:
            op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE {kind} COLLATE "C"')


def downgrade() -> None:
    with op.batch_alter_table("transfer_lines") as batch:
        batch.drop_column("person_json")
    op.drop_index(op.f("ix_transfer_result_imports_month"), table_name="transfer_result_imports")
    op.drop_table("transfer_result_imports")
