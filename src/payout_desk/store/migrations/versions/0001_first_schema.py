"""first schema

Revision ID: 0001
Revises:
Create Date: 2026-11-24 19:42:34.989941
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "points",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_folded", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points")),
        sa.UniqueConstraint("code", name=op.f("uq_points_code")),
    )
    with op.batch_alter_table("points", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_points_name_folded"), ["name_folded"], unique=False)

    op.create_table(
        "register_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("sheet", sa.String(length=200), nullable=False),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("imported", sa.Integer(), nullable=False),
        sa.Column("non_cash", sa.Integer(), nullable=False),
        sa.Column("skipped_invalid", sa.Boolean(), nullable=False),
        sa.Column("errors", sa.JSON(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_imports")),
    )
    with op.batch_alter_table("register_imports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_register_imports_month"), ["month"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "trusted_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("pinned_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_keys")),
        sa.UniqueConstraint("key_id", name=op.f("uq_trusted_keys_key_id")),
    )
    op.create_table(
        "payout_lists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.String(length=36), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("issued_at", sa.String(length=32), nullable=True),
        sa.Column("loaded_at", sa.String(length=32), nullable=True),
        sa.Column("office_name", sa.String(length=200), nullable=False),
        sa.Column("office_key_id", sa.String(length=32), nullable=True),
        sa.Column("register_import_id", sa.Integer(), nullable=True),
        sa.Column("beneficiaries", sa.Integer(), nullable=False),
        sa.Column("cash_total", sa.Integer(), nullable=False),
        sa.Column("home_visits", sa.Integer(), nullable=False),
        sa.Column("proxies", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["point_id"], ["points.id"], name=op.f("fk_payout_lists_point_id_points")),
        sa.ForeignKeyConstraint(
            ["register_import_id"],
            ["register_imports.id"],
            name=op.f("fk_payout_lists_register_import_id_register_imports"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payout_lists")),
        sa.UniqueConstraint("list_id", "revision", name="uq_payout_lists_list_revision"),
    )
    with op.batch_alter_table("payout_lists", schema=None) as batch_op:
        batch_op.create_index("ix_payout_lists_month_point", ["month", "point_id"], unique=False)

    op.create_table(
        "list_bodies",
        sa.Column("payout_list_id", sa.Integer(), nullable=False),
        sa.Column("beneficiaries_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["payout_list_id"],
            ["payout_lists.id"],
            name=op.f("fk_list_bodies_payout_list_id_payout_lists"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("payout_list_id", name=op.f("pk_list_bodies")),
    )
    op.create_table(
        "list_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payout_list_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_folded", sa.String(length=200), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("birth_date", sa.String(length=10), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("cccd", sa.String(length=32), nullable=True),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("village", sa.String(length=200), nullable=False),
        sa.Column("commune", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=200), nullable=False),
        sa.Column("home_visit", sa.Boolean(), nullable=False),
        sa.Column("proxy_name", sa.String(length=200), nullable=True),
        sa.Column("proxy_relation", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("source_row", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["payout_list_id"],
            ["payout_lists.id"],
            name=op.f("fk_list_entries_payout_list_id_payout_lists"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_entries")),
        sa.UniqueConstraint("payout_list_id", "code", name="uq_list_entries_list_code"),
    )


def downgrade() -> None:
    op.drop_table("list_entries")
    op.drop_table("list_bodies")
    with op.batch_alter_table("payout_lists", schema=None) as batch_op:
        batch_op.drop_index("ix_payout_lists_month_point")

    op.drop_table("payout_lists")
    op.drop_table("trusted_keys")
    op.drop_table("settings")
    with op.batch_alter_table("register_imports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_imports_month"))

    op.drop_table("register_imports")
    with op.batch_alter_table("points", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_points_name_folded"))

    op.drop_table("points")
