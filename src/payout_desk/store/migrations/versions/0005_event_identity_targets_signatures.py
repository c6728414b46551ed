"""An event is its chain's (device, list, seq) and hash, not its id: another laptop may present an id
already used (a forgery the office flags, never a reason to refuse the honest laptop's files), so the id
is indexed, not unique. Voids' targets and payouts' signature images get their own indexed columns, so
the office finds a void whose target arrives later, and one signature image used for several people,
without reading the events' bodies; list entries' codes and CCCDs are indexed, so one person on two lists of a
month (under one code or one CCCD) is found without reading the month's lists.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 22:00:00
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_BATCH = 1000


def _backfill() -> None:
    """The new columns of the events already stored, from their bodies (voids and payouts only)."""
    bind = op.get_bind()
    events = sa.table(
        "events",
        sa.column("id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("body", sa.Text),
        sa.column("target", sa.String),
        sa.column("signature", sa.String),
    )
    rows = bind.execute(
        sa.select(events.c.id, events.c.body).where(events.c.kind.in_(["void", "payout"]))
    ).all()
    update = (
        events.update()
        .where(events.c.id == sa.bindparam("row_id"))
        .values(target=sa.bindparam("new_target"), signature=sa.bindparam("new_signature"))
    )
    for start in range(0, len(rows), _BATCH):
        values = []
        for row_id, body in rows[start : start + _BATCH]:
            event = json.loads(body)
            signature = (event.get("data") or {}).get("signature")
            values.append(
                {
                    "row_id": row_id,
                    "new_target": event.get("target") if isinstance(event.get("target"), str) else None,
                    "new_signature": signature if isinstance(signature, str) else None,
                }
            )
        bind.execute(update, values)


def upgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_constraint("uq_events_event_id", type_="unique")
        batch_op.add_column(sa.Column("target", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("signature", sa.String(length=64), nullable=True))
        batch_op.create_index("ix_events_event_id", ["event_id"], unique=False)
        batch_op.create_index("ix_events_target", ["target"], unique=False)
        batch_op.create_index("ix_events_signature", ["signature"], unique=False)
    with op.batch_alter_table("list_entries", schema=None) as batch_op:
        batch_op.create_index("ix_list_entries_code", ["code"], unique=False)
        batch_op.create_index("ix_list_entries_cccd", ["cccd"], unique=False)
    if op.get_bind().dialect.name == "postgresql":  # byte order, as every text column (0004)
        for column, kind in (("target", "VARCHAR(36)"), ("signature", "VARCHAR(64)")):
            op.execute(f'ALTER TABLE "events" ALTER COLUMN "{column}" TYPE {kind} COLLATE "C"')
    _backfill()


def downgrade() -> None:
    with op.batch_alter_table("list_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_list_entries_cccd")
        batch_op.drop_index("ix_list_entries_code")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_signature")
        batch_op.drop_index("ix_events_target")
        batch_op.drop_index("ix_events_event_id")
        batch_op.drop_column("signature")
        batch_op.drop_column("target")
        batch_op.create_unique_constraint("uq_events_event_id", ["event_id"])
