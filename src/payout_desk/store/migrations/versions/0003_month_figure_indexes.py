"""A covering index for the office's month figures (status, dashboard): each device's cash and newest
event per list, read from the index instead of the events' rows (a state-cache index was measured too:
10 ms saved on a 200-point status, 5 % added to every import; not worth it)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 07:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

EVENTS = ("list_id", "device_id", "kind", "amount", "seq")


def upgrade() -> None:
    op.create_index("ix_events_list_device_kind", "events", list(EVENTS))


def downgrade() -> None:
    op.drop_index("ix_events_list_device_kind", table_name="events")
