"""Bank transfers (issue 17): the month's transfer lines from the register, the batches written for each
bank and the exact files of each batch.

Revision ID: 0008_bank17
Revises: 0007_cash16
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_bank17"
down_revision = "0007_cash16"
branch_labels = None
depends_on = None

# (table, column, type) of the new text columns: byte order on PostgreSQL, as every text column (0004)
_TEXT = (
    ("transfer_batches", "month", "VARCHAR(7)"),
    ("transfer_batches", "bank_bin", "VARCHAR(6)"),
    ("transfer_batches", "created_at", "VARCHAR(32)"),
    ("transfer_batches", "created_by", "VARCHAR(200)"),
    ("transfer_batches", "manifest_sha256", "VARCHAR(64)"),
    ("transfer_batches", "files", "TEXT"),
    ("transfer_batch_files", "name", "VARCHAR(260)"),
    ("transfer_batch_files", "sha256", "VARCHAR(64)"),
    ("transfer_lines", "month", "VARCHAR(7)"),
    ("transfer_lines", "code", "VARCHAR(64)"),
    ("transfer_lines", "name", "VARCHAR(200)"),
    ("transfer_lines", "point_code", "VARCHAR(32)"),
    ("transfer_lines", "point_name", "VARCHAR(200)"),
    ("transfer_lines", "account", "VARCHAR(64)"),
    ("transfer_lines", "account_problem", "VARCHAR(16)"),
    ("transfer_lines", "bank_bin", "VARCHAR(6)"),
    ("transfer_lines", "bank_text", "VARCHAR(200)"),
    ("transfer_lines", "holder", "VARCHAR(200)"),
    ("transfer_lines", "state", "VARCHAR(8)"),
    ("transfer_lines", "sent_at", "VARCHAR(32)"),
    ("transfer_lines", "bank_ref", "VARCHAR(64)"),
    ("transfer_lines", "result_reason", "TEXT"),
    ("transfer_lines", "result_at", "VARCHAR(32)"),
    ("transfer_lines", "failed_action", "VARCHAR(8)"),
    ("transfer_lines", "failed_action_at", "VARCHAR(32)"),
)


def upgrade() -> None:
    op.create_table(
        "transfer_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("bank_bin", sa.String(length=6), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("lines", sa.Integer(), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("files", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer_batches")),
        sa.UniqueConstraint("month", "bank_bin", "number", name="uq_transfer_batches_month_bank_number"),
    )
    op.create_index(op.f("ix_transfer_batches_month"), "transfer_batches", ["month"], unique=False)
    op.create_table(
        "transfer_batch_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=260), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["transfer_batches.id"],
            name=op.f("fk_transfer_batch_files_batch_id_transfer_batches"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer_batch_files")),
        sa.UniqueConstraint("batch_id", "name", name="uq_transfer_batch_files_batch_name"),
    )
    op.create_index(
        op.f("ix_transfer_batch_files_batch_id"), "transfer_batch_files", ["batch_id"], unique=False
    )
    op.create_table(
        "transfer_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("point_code", sa.String(length=32), nullable=True),
        sa.Column("point_name", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("account", sa.String(length=64), nullable=False),
        sa.Column("account_problem", sa.String(length=16), nullable=True),
        sa.Column("bank_bin", sa.String(length=6), nullable=True),
        sa.Column("bank_text", sa.String(length=200), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("register_import_id", sa.Integer(), nullable=False),
        sa.Column("register_row", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("sent_at", sa.String(length=32), nullable=True),
        sa.Column("bank_ref", sa.String(length=64), nullable=True),
        sa.Column("result_reason", sa.Text(), nullable=True),
        sa.Column("result_at", sa.String(length=32), nullable=True),
        sa.Column("failed_action", sa.String(length=8), nullable=True),
        sa.Column("failed_action_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["transfer_batches.id"], name=op.f("fk_transfer_lines_batch_id_transfer_batches")
        ),
        sa.ForeignKeyConstraint(
            ["register_import_id"],
            ["register_imports.id"],
            name=op.f("fk_transfer_lines_register_import_id_register_imports"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer_lines")),
        sa.UniqueConstraint("month", "code", name="uq_transfer_lines_month_code"),
    )
    op.create_index(op.f("ix_transfer_lines_month"), "transfer_lines", ["month"], unique=False)
    op.create_index(op.f("ix_transfer_lines_batch_id"), "transfer_lines", ["batch_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        for table, column, kind in _TEXT:
            op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE {kind} COLLATE "C"')


def downgrade() -> None:
    op.drop_index(op.f("ix_transfer_lines_batch_id"), table_name="transfer_lines")
    op.drop_index(op.f("ix_transfer_lines_month"), table_name="transfer_lines")
    op.drop_table("transfer_lines")
    op.drop_index(op.f("ix_transfer_batch_files_batch_id"), table_name="transfer_batch_files")
    op.drop_table("transfer_batch_files")
    op.drop_index(op.f("ix_transfer_batches_month"), table_name="transfer_batches")
    op.drop_table("transfer_batches")
