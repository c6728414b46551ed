"""On PostgreSQL, text columns compare byte by byte (COLLATE "C"), as SQLite does

A PostgreSQL database sorts text by its locale unless told otherwise (vi_VN puts “Á” before “b”, SQLite's
binary order after), so ORDER BY a name or code, and the text primary keys' order, would differ between an
office on SQLite and one on PostgreSQL, and between two PostgreSQL servers. Every text column of the
schema gets the "C" collation: byte order of UTF-8, the same as SQLite. Nothing to do on SQLite.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _text_columns() -> list[tuple[str, str, str]]:
    """(table, column, type without collation) for every text column of the schema's tables."""
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    found = []
    for table in inspector.get_table_names():
        if table == "alembic_version":
            continue
        for column in inspector.get_columns(table):
            kind = column["type"]
            if isinstance(kind, sa.String):
                plain = sa.Text() if isinstance(kind, sa.Text) else sa.String(kind.length)
                found.append((table, column["name"], plain.compile(dialect=bind.dialect)))
    return found


def _collate(collation: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, kind in _text_columns():
        op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE {kind} COLLATE "{collation}"')


def upgrade() -> None:
    _collate("C")


def downgrade() -> None:
    _collate("default")  # back to the database's own collation
