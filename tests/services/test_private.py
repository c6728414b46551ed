"""A desk's data folder is private on POSIX: the folder 0700, the database (and its -wal/-shm), the key
file and the backups 0600 — made so, and tightened (with a log line) when an older desk is opened."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from payout_desk.services.point.desk import PointDesk
from payout_desk.store.database import DB_FILE_NAME
from tests.roundkit import passphrase

pytestmark = pytest.mark.skipif(os.name != "posix", reason="permissions are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_desk_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    old = os.umask(0o022)  # a usual umask: what is not made private on purpose would be 0644
    try:
        with PointDesk(folder, passphrase=passphrase) as desk:
            desk.init_keys("point", "An Phước máy 1", prefer_keyring=False)
            backup = desk.backups.now().path
            files = [folder / DB_FILE_NAME, folder / "desk-key.enc", backup]
            files += [p for p in folder.iterdir() if p.name.startswith(f"{DB_FILE_NAME}-")]  # -wal, -shm
            assert {f.name for f in files} >= {DB_FILE_NAME, f"{DB_FILE_NAME}-wal", "desk-key.enc"}
            assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
        assert mode(folder) == 0o700 and mode(folder / "backups") == 0o700
    finally:
        os.umask(old)


def test_an_older_desk_is_tightened_when_opened(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "desk"
    with PointDesk(folder, passphrase=passphrase) as desk:
        desk.init_keys("point", "An Phước máy 1", prefer_keyring=False)
    os.chmod(folder, 0o755)
    os.chmod(folder / DB_FILE_NAME, 0o644)
    os.chmod(folder / "desk-key.enc", 0o644)
    with caplog.at_level(logging.WARNING), PointDesk(folder, passphrase=passphrase):
        pass
    assert (mode(folder), mode(folder / DB_FILE_NAME), mode(folder / "desk-key.enc")) == (0o700, 0o600, 0o600)
    tightened = [r.getMessage() for r in caplog.records if "tightened" in r.getMessage()]
    assert len(tightened) == 3 and "from 755 to 700" in tightened[0]
