"""A shared database lost in the middle of a command is one sentence, the password hidden."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from payout_desk.store.database import DatabaseError, open_database
from tests.pg.server import on_server

pytestmark = pytest.mark.pg


def test_a_connection_lost_mid_command_is_one_sentence(pg_server: str, pg_url: str) -> None:
    database = open_database(pg_url)
    try:
        with pytest.raises(DatabaseError) as caught, database.reading() as session:
            pid = session.scalar(text("SELECT pg_backend_pid()"))
            on_server(pg_server, f"SELECT pg_terminate_backend({int(pid)})")
            session.scalar(text("SELECT 1"))
    finally:
        database.close()
    message = str(caught.value)
    assert message.startswith("Cannot use the database postgresql+psycopg://")
    assert "\n" not in message and "***" in message
