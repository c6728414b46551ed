"""--db: a point refuses it; a database that cannot be reached or named is one line, password hidden."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Cli


def test_a_point_refuses_a_shared_database(cli: Cli, tmp_path: Path) -> None:
    outcome = cli("point", "status", "--db", "postgresql+psycopg://u:p@localhost/x", "--data-dir", tmp_path)
    assert outcome.code == 2 and "point desk keeps its own SQLite database" in outcome.err
    outcome = cli("keys", "init", "--role", "point", "--name", "máy 1", "--db", f"sqlite:///{tmp_path}/x.db")
    assert outcome.code == 0  # a SQLite URL is still a file of its own


def test_an_unreachable_or_unknown_database_is_one_line(cli: Cli, tmp_path: Path) -> None:
    for url, words in (
        ("postgresql+psycopg://payout:secret@127.0.0.1:9/payout", "Cannot use the database"),
        ("not a url", "is not a database URL"),
        ("mysql://u@localhost/x", "No driver for mysql"),
    ):
        outcome = cli("office", "status", "--month", "2026-12", "--db", url, "--data-dir", tmp_path)
        assert outcome.code == 1, outcome.err
        assert words in outcome.err and outcome.err.count("\n") == 1 and "secret" not in outcome.err


def test_the_database_url_may_come_from_the_environment(cli: Cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PAYOUT_DESK_DB_URL", "postgresql+psycopg://payout:secret@127.0.0.1:9/payout")
    outcome = cli("office", "status", "--month", "2026-12", "--data-dir", tmp_path)
    assert outcome.code == 1 and "127.0.0.1:9" in outcome.err
