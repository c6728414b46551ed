"""The histories an office's list revision carries (issue 15), one row per revision instead of one text per
list entry: the issue of a month no longer rewrites every entry it has just imported. The office's histories
kept so far move over; a point keeps its own on its entries (from the list file), untouched.

Revision ID: 0008_histories15
Revises: 0007_cash16
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

from collections import defaultdict

import orjson
import sqlalchemy as sa
from alembic import op

revision = "0008_histories15"
down_revision = "0007_cash16"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "list_histories",
        sa.Column("payout_list_id", sa.Integer(), nullable=False),
        sa.Column("kept", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["payout_list_id"],
            ["payout_lists.id"],
            name=op.f("fk_list_histories_payout_list_id_payout_lists"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("payout_list_id", name=op.f("pk_list_histories")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":  # byte order, as every text column (0004)
        op.execute('ALTER TABLE "list_histories" ALTER COLUMN "kept" TYPE TEXT COLLATE "C"')
    role = bind.execute(sa.text("SELECT value FROM settings WHERE key = 'role'")).scalar()
    if role != "office":
        return
    kept: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    rows = bind.execute(
        sa.text(
            "SELECT payout_list_id, code, history FROM list_entries WHERE history IS NOT NULL ORDER BY id"
        )
    )
    for payout_list_id, code, history in rows:
        kept[payout_list_id][history].append(code)
    if kept:
        bind.execute(
            sa.text("INSERT INTO list_histories (payout_list_id, kept) VALUES (:id, :kept)"),
            [
                {"id": list_id, "kept": orjson.dumps(by_text, option=orjson.OPT_SORT_KEYS).decode()}
                for list_id, by_text in kept.items()
            ],
        )
        bind.execute(sa.text("UPDATE list_entries SET history = NULL WHERE history IS NOT NULL"))


def downgrade() -> None:
    bind = op.get_bind()
    for payout_list_id, text in bind.execute(sa.text("SELECT payout_list_id, kept FROM list_histories")):
        for history, codes in orjson.loads(text).items():
            bind.execute(
                sa.text(
                    "UPDATE list_entries SET history = :history WHERE payout_list_id = :id AND code IN :codes"
                ).bindparams(sa.bindparam("codes", expanding=True)),
                {"history": history, "id": payout_list_id, "codes": codes},
            )
    op.drop_table("list_histories")
