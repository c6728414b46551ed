"""SQL on a backup's own SQLite file (not the desk's open database): its health, its settings, its stamp."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def health_and_settings(path: Path) -> tuple[str, dict[str, str]]:
    """(the integrity check's answer — "ok" when sound —, every setting) of the database file at `path`;
    a file SQLite cannot read answers with its error and no settings."""
    connection = _open_read_only(path)
    settings: dict[str, str] = {}
    try:
        problem = connection.execute("PRAGMA integrity_check").fetchone()[0]
        settings = dict(connection.execute("SELECT key, value FROM settings").fetchall())
    except sqlite3.DatabaseError as exc:
        problem = str(exc)
    finally:
        connection.close()
    return problem, settings


def stored_setting(path: Path, key: str) -> str | None:
    """One setting of the database file at `path` (None when it has none, or the file cannot be read)."""
    connection = _open_read_only(path)
    try:
        row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    except sqlite3.DatabaseError:
        row = None
    finally:
        connection.close()
    return row[0] if row else None


def stamp_setting(path: Path, key: str, value: str) -> None:
    """Write one setting into the database file at `path` (the backup's own record of when it was made)."""
    stamp = sqlite3.connect(path)
    try:
        stamp.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))
        stamp.commit()
    finally:
        stamp.close()
