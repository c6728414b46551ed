"""A PostgreSQL server for tests and benchmarks: throwaway databases, and what an office database holds,
in a form two databases can be compared by. The server comes from $PAYOUT_DESK_TEST_PG (.ci/run sets it)."""

from __future__ import annotations

import dataclasses
import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from payout_desk.services.office.desk import OfficeDesk
from payout_desk.store.database import open_database
from tests.roundkit import passphrase

TEST_PG_ENV = "PAYOUT_DESK_TEST_PG"
SKIP_REASON = (
    f"no PostgreSQL server: set {TEST_PG_ENV}=postgresql+psycopg://USER:PASSWORD@HOST/DB (a role that may "
    "create databases); .ci/run installs and starts one"
)


def server_url() -> str | None:
    return os.environ.get(TEST_PG_ENV) or None


def on_server(server: str, statement: str) -> None:
    engine = create_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


@contextmanager
def scratch_database(server: str, template: str | None = None, options: str = "") -> Iterator[str]:
    """A new, uniquely named database on the server (a copy of `template`'s database, given by URL, which
    nobody may be connected to; or made with CREATE DATABASE `options`), dropped afterwards; yields its
    URL."""
    name = f"payout_test_{uuid.uuid4().hex[:12]}"
    copy = f' TEMPLATE "{make_url(template).database}"' if template else ""
    on_server(server, f'CREATE DATABASE "{name}"{copy} {options}')
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        on_server(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def timed_import(
    data_dir: Path, url: str, paths: list[Path], start: Any = None
) -> tuple[float, float, list[tuple[str, int]]]:
    """One clerk's `office import` (run in its own process by the concurrency test and benchmark): when
    it began and ended (time.time()) and each file's (status, new events). With a barrier `start`, every
    clerk's desk is open before any begins importing."""
    with OfficeDesk(data_dir, database_url=url, passphrase=passphrase) as desk:  # sealed files: the key
        if start is not None:
            start.wait()
        began = time.time()
        outcomes = [(o.status, o.new_events) for o in desk.imports.files(paths).files]
        return began, time.time(), outcomes


def import_in_process(
    data_dir: Path, url: str, paths: list[Path], start: Any = None
) -> list[tuple[str, int]]:
    return timed_import(data_dir, url, paths, start)[2]


_TABLES = {
    "events": "event_id, device_id, list_id, seq, hash, kind, beneficiary, amount, body",
    "beneficiary_states": "list_id, code, listed, amount, status, payouts, paid_amount, payout_event_id, "
    "exception, stopped, conflicts",
    "conflicts": "id, list_id, code, kind, event_ids",
    "device_forks": "device_id, list_id, seq, known_hash, presented_hash",
    "signature_images": "sha256",
}


def office_state(data_dir: Path, url: str, month: str) -> dict[str, Any]:
    """Everything the office knows after imports, independent of the order files came in: the rows of
    the ledger tables (sorted) and the month's status as `office status --json` figures."""
    database = open_database(url)
    try:
        with database.reading() as session:
            rows = {
                table: sorted(tuple(r) for r in session.execute(text(f"SELECT {cols} FROM {table}")))
                for table, cols in _TABLES.items()
            }
    finally:
        database.close()
    with OfficeDesk(data_dir, database_url=url) as desk:
        status = dataclasses.asdict(desk.status.month(month))
    return {"rows": rows, "status": without_clock(status, IMPORT_TIMES)}


IMPORT_TIMES = {"detected_at"}  # when this office happened to take a file in, not what the files say


def without_clock(value: Any, keys: set[str]) -> Any:
    """`value` (dicts and lists) with the named keys' values blanked out, at any depth."""
    if isinstance(value, dict):
        return {k: "…" if k in keys else without_clock(v, keys) for k, v in value.items()}
    if isinstance(value, list):
        return [without_clock(v, keys) for v in value]
    return value
