"""Opening the desk a command works on: the office may use a shared database (--db), a point may not.

An office with clerks (issue 16) signs its clerk in on every command: --clerk NAME (or $PAYOUT_DESK_CLERK)
and the PIN ($PAYOUT_DESK_PIN, else asked). What the command does is written into the office actions with
that clerk's name by the services themselves (`desk.attribute`, services/office/clerks.py), as for the
window: the CLI writes nothing of its own. An office without clerks works as before: no sign-in."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from payout_desk.cli.prompts import PIN_ENV, pin
from payout_desk.lang import t
from payout_desk.services.common.desk import Desk
from payout_desk.services.common.errors import UsageError
from payout_desk.services.office.desk import OfficeDesk

DB_URL_ENV = "PAYOUT_DESK_DB_URL"
CLERK_ENV = "PAYOUT_DESK_CLERK"


def database_url(args: argparse.Namespace) -> str | None:
    """--db, else $PAYOUT_DESK_DB_URL, else None (the SQLite file in the data folder)."""
    return args.db or os.environ.get(DB_URL_ENV) or None


def clerk_name(args: argparse.Namespace) -> str:
    """--clerk, else $PAYOUT_DESK_CLERK, else ""."""
    return str(getattr(args, "clerk", None) or os.environ.get(CLERK_ENV) or "").strip()


def sign_in(desk: OfficeDesk, args: argparse.Namespace) -> None:
    """With clerks at this office: the clerk named, once their PIN is right."""
    if desk.identity() is None or not desk.clerks.enforced():
        return
    name = clerk_name(args)
    if not name:
        raise UsageError(t("cli.clerk_needed", env=CLERK_ENV))
    desk.clerks.sign_in(name, pin(PIN_ENV, f"Mã PIN của {name} / PIN of {name}: "))


@contextmanager
def office_desk(args: argparse.Namespace, **options: Any) -> Iterator[OfficeDesk]:
    """The office desk, its clerk signed in (the services record what the command does in their name)."""
    with OfficeDesk(args.data_dir, database_url=database_url(args), **options) as desk:
        sign_in(desk, args)
        yield desk


def any_desk(args: argparse.Namespace, **options: Any) -> Desk:
    return Desk(args.data_dir, database_url=database_url(args), **options)


def key_desk(args: argparse.Namespace, **options: Any) -> Desk:
    return Desk(args.data_dir, database_url=database_url(args), **options)


def refuse_shared_database(args: argparse.Namespace) -> None:
    """A point device keeps its own SQLite file and works offline: --db is for the office's commands."""
    if getattr(args, "db", None) and getattr(args, "point_command", False):
        raise UsageError(t("cli.point_no_db"))
