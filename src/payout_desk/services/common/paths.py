"""Where a desk keeps its data: --data-dir, else $PAYOUT_DESK_DATA_DIR, else the platform's user data dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "payout-desk"
APP_AUTHOR = "PayoutDesk"
DATA_DIR_ENV = "PAYOUT_DESK_DATA_DIR"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def backup_dir(data_dir: Path) -> Path:
    """Where a desk keeps the copies of its database made before an upgrade changes it: backups/ in its
    data folder (see store/database.py backup_before_upgrade)."""
    return data_dir / "backups"
