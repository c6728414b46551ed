"""The same Alembic migrations bring a PostgreSQL database to the models' schema; two clerks opening a
new shared database at once do not trip over each other."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from payout_desk.store.database import open_database
from payout_desk.store.migrate import current_revision, head_revision
from payout_desk.store.models import Base
from tests.pg.server import scratch_database

pytestmark = pytest.mark.pg


def test_migrations_reach_head_and_match_the_models(pg_url: str) -> None:
    database = open_database(pg_url)
    try:
        assert database.engine.dialect.name == "postgresql"
        assert current_revision(database.engine) == head_revision()
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.close()


def test_desks_opening_a_new_database_together_migrate_it_once(pg_url: str) -> None:
    with ThreadPoolExecutor(4) as pool:
        databases = list(pool.map(lambda _i: open_database(pg_url), range(4)))
    try:
        assert {current_revision(d.engine) for d in databases} == {head_revision()}
    finally:
        for database in databases:
            database.close()


def test_text_sorts_byte_by_byte_as_on_sqlite_whatever_the_servers_locale(pg_server: str) -> None:
    names = ["bến đò", "Ấp 2", "ấp 1", "Ấp 10", "Z", "a"]
    vietnamese = "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'vi-VN'"
    with scratch_database(pg_server, options=vietnamese) as url:
        database = open_database(url)
        try:
            with database.transaction() as session:
                assert (
                    session.scalar(text("SELECT 'Ấp' < 'b' COLLATE \"default\"")) is True
                )  # the locale's way
                for i, name in enumerate(names):
                    session.execute(
                        text(
                            "INSERT INTO points (code, name, name_folded, created_at) VALUES (:c, :n, :n, '')"
                        ),
                        {"c": f"P{i}", "n": name},
                    )
            with database.reading() as session:
                stored = list(session.scalars(text("SELECT name FROM points ORDER BY name")))
        finally:
            database.close()
    assert stored == sorted(names)  # code point order, which is SQLite's
