from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from payout_desk.store.database import DatabaseError, make_engine, open_database, sqlite_url
from payout_desk.store.migrate import current_revision, head_revision, upgrade_to_head
from payout_desk.store.models import Base, Point, Setting, TrustedKey


def test_a_new_database_is_migrated_to_head_with_every_table(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "desk.sqlite3"))
    try:
        assert current_revision(db.engine) == head_revision()
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
    finally:
        db.close()


def test_the_migrations_build_exactly_the_schema_the_models_describe(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "desk.sqlite3"))
    try:
        with db.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert differences == []
    finally:
        db.close()


def test_sqlite_runs_in_wal_with_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "desk.sqlite3"))
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        db.close()


def test_a_committed_transaction_is_on_disk_for_another_connection(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    db = open_database(sqlite_url(path))
    try:
        with db.transaction() as session:
            session.add(Setting(key="name", value="Điểm BĐVHX An Phước"))
        raw = sqlite3.connect(path)
        assert raw.execute("select value from settings where key='name'").fetchone() == (
            "Điểm BĐVHX An Phước",
        )
        raw.close()
    finally:
        db.close()


def test_a_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "desk.sqlite3"))
    try:
        with pytest.raises(RuntimeError), db.transaction() as session:
            session.add(Setting(key="half", value="written"))
            session.flush()
            raise RuntimeError("power cut")
        with db.reading() as session:
            assert session.get(Setting, "half") is None
    finally:
        db.close()


def test_a_database_made_by_the_first_schema_opens_and_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade_to_head(engine, target="0001")
    with engine.begin() as connection:  # what an older build wrote: the desk's role, a point, a trusted key
        connection.execute(text("insert into settings(key, value) values ('role', 'point')"))
        connection.execute(
            text(
                "insert into points(code, name, name_folded, created_at) "
                "values ('P07', 'Điểm BĐVHX An Phước', 'diem bdvhx an phuoc', '2026-11-01T08:00:00+07:00')"
            )
        )
        connection.execute(
            text(
                "insert into trusted_keys(role, key_id, public_key, name, pinned_at) "
                "values ('office', 'k1', 'pk', 'Bưu điện huyện', '2026-11-01T08:00:00+07:00')"
            )
        )
    engine.dispose()
    db = open_database(sqlite_url(path))
    try:
        assert current_revision(db.engine) == head_revision()
        with db.reading() as session:
            assert session.get(Setting, "role").value == "point"  # type: ignore[union-attr]
            point = session.scalars(select(Point).where(Point.code == "P07")).one()
            assert (point.name, point.name_folded) == ("Điểm BĐVHX An Phước", "diem bdvhx an phuoc")
            assert session.scalars(select(TrustedKey.name)).all() == ["Bưu điện huyện"]
    finally:
        db.close()
    backups = list((tmp_path / "backups").glob("old-schema-0001-*.sqlite3"))
    assert len(backups) == 1, "the old file is copied before the upgrade"
    copy = sqlite3.connect(backups[0])
    try:
        assert copy.execute("select code from points").fetchall() == [("P07",)]
    finally:
        copy.close()
    again = open_database(sqlite_url(path))  # already at head: no second copy
    again.close()
    assert len(list((tmp_path / "backups").iterdir())) == 1


def test_an_unusable_data_folder_gives_one_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="Cannot create the data folder"):
        open_database(sqlite_url(blocker / "sub" / "desk.sqlite3"))


def test_a_reader_never_waits_for_a_writer_in_the_same_process(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "desk.sqlite3"))
    try:
        with db.transaction() as writer:
            writer.add(Setting(key="role", value="office"))
            writer.flush()
            with db.reading() as reader:  # would time out if readers took the write lock
                assert reader.get(Setting, "role") is None  # not committed yet
    finally:
        db.close()


def test_events_stored_before_0005_get_their_void_target_and_signature_and_ids_may_repeat(
    tmp_path: Path,
) -> None:
    """0005: a void's target and a payout's signature image come out of the stored bodies; an event id
    is no longer unique (another laptop reusing it is flagged, never refused)."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade_to_head(engine, target="0004")
    insert = text(
        "insert into events(event_id, device_id, list_id, seq, hash, kind, beneficiary, amount, at_utc, body) "
        "values (:id, 'K1', 'L1', :seq, 'h', :kind, 'NCC001', 0, '2026-12-01T01:00:00Z', :body)"
    )
    bodies = [
        ("e1", 1, "payout", {"target": None, "data": {"signature": "a" * 64}}),
        ("e2", 2, "void", {"target": "e1", "data": {"reason": "nhầm"}}),
        ("e3", 3, "note", {"target": None, "data": {}}),
    ]
    with engine.begin() as connection:
        for event_id, seq, kind, body in bodies:
            connection.execute(insert, {"id": event_id, "seq": seq, "kind": kind, "body": json.dumps(body)})
    engine.dispose()
    db = open_database(sqlite_url(path))
    try:
        with db.transaction() as session:
            rows = session.execute(text("select event_id, target, signature from events order by seq")).all()
            assert [tuple(r) for r in rows] == [
                ("e1", None, "a" * 64),
                ("e2", "e1", None),
                ("e3", None, None),
            ]
            session.execute(
                text(
                    "insert into events(event_id, device_id, list_id, seq, hash, kind, amount, at_utc, body) "
                    "values ('e1', 'K2', 'L1', 1, 'h', 'note', 0, '2026-12-01T01:00:00Z', '{}')"
                )
            )
    finally:
        db.close()
