"""Bulk inserts at driver speed: list entries come 5,000 to 50,000 at a time.

Values are passed as the database stores them (JSON columns as JSON text): the ORM's per-row parameter
processing would cost more than the insert itself.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite

_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def bulk_insert(
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    *,
    upsert_key: Sequence[str] = (),
) -> None:
    """Insert `rows`; with `upsert_key`, a row whose key exists replaces the stored one's other columns
    (INSERT … ON CONFLICT … DO UPDATE, which SQLite and PostgreSQL both understand)."""
    if not rows:
        return
    mark = _PLACEHOLDERS.get(connection.dialect.paramstyle)
    if mark is None and not upsert_key:  # an unusual driver: let SQLAlchemy do it
        connection.execute(table.insert(), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    quote = connection.dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join([mark or '?'] * len(columns))})"
    )
    if upsert_key:
        updates = ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in columns if c not in upsert_key)
        sql += f" ON CONFLICT ({', '.join(quote(c) for c in upsert_key)}) DO UPDATE SET {updates}"
    connection.exec_driver_sql(sql, list(rows))


def bulk_update(
    connection: Connection, table: Table, key: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Set `columns` of the rows whose `key` is given: each row is (column values…, key value)."""
    if not rows:
        return
    mark = _PLACEHOLDERS[connection.dialect.paramstyle]  # SQLite's and PostgreSQL's drivers
    quote = connection.dialect.identifier_preparer.quote
    sets = ", ".join(f"{quote(c)} = {mark}" for c in columns)
    connection.exec_driver_sql(
        f"UPDATE {quote(table.name)} SET {sets} WHERE {quote(key)} = {mark}", list(rows)
    )


def insert_missing(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows`, skipping any whose primary key is already stored (INSERT … ON CONFLICT DO NOTHING):
    a row another clerk's transaction has just stored is not an error."""
    if not rows:
        return
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    connection.execute(dialect.insert(table).on_conflict_do_nothing(), list(rows))


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a bulk step runs (a register of 50,000 rows, the lists cut from
    it, a list loaded at a point). Such a step makes millions of objects and no cycles; the collector,
    triggered every 700 allocations, would walk the whole growing heap again and again (a fifth of the
    import's time). Reference counting still frees everything; collection resumes, as it was, after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
