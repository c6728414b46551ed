"""Opening the desk a command works on: the office may use a shared database (--db), a point may not."""

from __future__ import annotations

import argparse
import os
from typing import Any

from payout_desk.lang import t
from payout_desk.services.common.desk import Desk
from payout_desk.services.common.errors import UsageError
from payout_desk.services.office.desk import OfficeDesk

DB_URL_ENV = "PAYOUT_DESK_DB_URL"


def database_url(args: argparse.Namespace) -> str | None:
    """--db, else $PAYOUT_DESK_DB_URL, else None (the SQLite file in the data folder)."""
    return args.db or os.environ.get(DB_URL_ENV) or None


def office_desk(args: argparse.Namespace, **options: Any) -> OfficeDesk:
    return OfficeDesk(args.data_dir, database_url=database_url(args), **options)


def any_desk(args: argparse.Namespace, **options: Any) -> Desk:
    return Desk(args.data_dir, database_url=database_url(args), **options)


def key_desk(args: argparse.Namespace, **options: Any) -> Desk:
    return Desk(args.data_dir, database_url=database_url(args), **options)


def refuse_shared_database(args: argparse.Namespace) -> None:
    """A point device keeps its own SQLite file and works offline: --db is for the office's commands."""
    if getattr(args, "db", None) and getattr(args, "point_command", False):
        raise UsageError(t("cli.point_no_db"))
