"""Alembic migrations run programmatically: every open brings the schema to head."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from payout_desk.store.locks import hold

# Alembic reads the migration scripts as files: beside this module from source or an installed wheel; in
# the built app they are data files at the same place inside the bundle (packaging/payout-desk.spec).
_BUNDLE = getattr(sys, "_MEIPASS", None)
MIGRATIONS_DIR = (
    Path(_BUNDLE) / "payout_desk" / "store" / "migrations"
    if _BUNDLE
    else Path(__file__).with_name("migrations")
)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@cache
def head_revision() -> str:
    """The newest migration shipped with this version (read from the scripts once per process: every open
    of a database asks)."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine, target: str = "head") -> None:
    """Run every migration not yet applied (`target` lets tests stop at an older schema). Two clerks
    opening a new shared database at once: the second waits for the first's migrations, then finds none
    left to run (Alembic reads the revision again inside the locked transaction)."""
    if target == "head" and current_revision(engine) == head_revision():
        return
    config = alembic_config()
    with engine.begin() as connection:
        hold(connection, "payout-desk:migrations")
        config.attributes["connection"] = connection
        command.upgrade(config, target)
