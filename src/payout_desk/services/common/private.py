"""A desk's data folder is its own (POSIX): the folder 0700, the files Payout Desk keeps in it (the
database and SQLite's -wal/-shm beside it, the key file, the backups) 0600. They are made so — the database
file is created empty at 0600 before SQLite first opens it, and SQLite gives its -wal and -shm files the
database's mode — and an existing desk whose folder or files are looser (made by an older version, or
copied in) is tightened when it is opened, with a line in the log for each."""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

from payout_desk.services.common.paths import backup_dir
from payout_desk.store.database import DB_FILE_NAME
from payout_desk.trust.keystore import KEY_FILE_NAME

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
log = logging.getLogger(__name__)


def _tighten(path: Path, mode: int) -> None:
    try:
        info = path.lstat()
    except OSError:
        return
    if stat.S_ISLNK(info.st_mode):
        return  # not ours to change: what a link points to may be anything
    now = stat.S_IMODE(info.st_mode)
    if now & ~mode:
        with contextlib.suppress(OSError):
            os.chmod(path, now & mode)
            log.warning("permissions of %s tightened from %o to %o", path, now, now & mode)


def make_private(data_dir: Path, *, sqlite: bool = True) -> None:
    """Create the data folder (and its backups/) private, the database file at 0600 when it is to be
    SQLite's, and tighten what is already there. Does nothing outside POSIX."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        data_dir.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        backup_dir(data_dir).mkdir(exist_ok=True, mode=PRIVATE_FOLDER)
    database = data_dir / DB_FILE_NAME
    if sqlite and not database.exists():
        with contextlib.suppress(OSError):
            os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    _tighten(data_dir, PRIVATE_FOLDER)
    _tighten(backup_dir(data_dir), PRIVATE_FOLDER)
    names = (
        DB_FILE_NAME,
        f"{DB_FILE_NAME}-wal",
        f"{DB_FILE_NAME}-shm",
        f"{DB_FILE_NAME}-journal",
        KEY_FILE_NAME,
    )
    for name in names:
        _tighten(data_dir / name, PRIVATE_FILE)
    with contextlib.suppress(OSError):
        for copy in backup_dir(data_dir).iterdir():
            _tighten(copy, PRIVATE_FILE)
