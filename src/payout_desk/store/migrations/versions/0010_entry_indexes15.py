"""List entries without their indexes on code and CCCD (issue 15, the history benchmark): every month's
import added its 50,000 entries into two indexes that hold every month before it, each new key beside the
same person's keys of earlier months — the whole of both indexes rewritten each month, a cost that grew
with every month kept. Nothing looks a person up by CCCD alone, and every lookup by code goes through a
month's or a person's lists: the unique (payout_list_id, code) index answers it, list by list.

Revision ID: 0010_entry_indexes15
Revises: 0009_results17
Create Date: 2026-12-02 13:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0010_entry_indexes15"
down_revision = "0009_results17"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_list_entries_cccd", table_name="list_entries")
    op.drop_index("ix_list_entries_code", table_name="list_entries")


def downgrade() -> None:
    op.create_index("ix_list_entries_code", "list_entries", ["code"], unique=False)
    op.create_index("ix_list_entries_cccd", "list_entries", ["cccd"], unique=False)
