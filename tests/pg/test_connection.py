"""A shared database lost in the middle of a command is one sentence, the password hidden."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from payout_desk.services.common.desk import desk_role
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.store.database import DatabaseError, open_database
from tests.pg.server import on_server
from tests.roundkit import passphrase

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


def test_the_role_of_a_shared_database_is_the_office_once_it_has_its_key(pg_url: str, tmp_path: Path) -> None:
    assert desk_role(tmp_path / "clerk", pg_url) is None
    with OfficeDesk(tmp_path / "clerk", passphrase=passphrase, database_url=pg_url) as desk:
        desk.init_keys("office", "Bưu điện huyện", prefer_keyring=False)
    assert desk_role(tmp_path / "another-clerk", pg_url) == "office"
    assert desk_role(tmp_path / "another-clerk") is None  # no --db: that clerk's own (empty) folder
