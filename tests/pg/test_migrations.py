"""The same Alembic migrations bring a PostgreSQL database to the models' schema; two clerks opening a
new shared database at once do not trip over each other."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from payout_desk.store.database import open_database
from payout_desk.store.migrate import current_revision, head_revision
from payout_desk.store.models import Base

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
