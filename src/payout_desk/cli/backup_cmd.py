"""`payout-desk backup|restore` on any desk (a restored point laptop then runs `point recover`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from payout_desk.cli.output import emit
from payout_desk.domain.roles import Role
from payout_desk.services.common.backups import Backups
from payout_desk.services.common.desk import Desk


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup", parents=[common], help="copy this desk's database now (kept in the data folder's backups/)"
    )
    backup.add_argument("--out", metavar="FILE", help="write the copy there instead (e.g. a USB stick)")
    backup.set_defaults(handler=run_backup)
    restore = commands.add_parser(
        "restore", parents=[common], help="put a backup of this desk in place of its database"
    )
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    with Desk(args.data_dir) as desk:
        info = Backups(desk).now(out=Path(args.out) if args.out else None)
    emit(
        args.json,
        {"path": str(info.path), "bytes": info.size, "at": info.at},
        [f"Backup written: {info.path}"],
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    with Desk(args.data_dir) as desk:
        report = Backups(desk).restore(Path(args.file))
        role = desk.identity()
    export = report.last_export or {}
    lines = [
        f"Restored {report.restored_from} (made {report.backup_made_at or 'at an unknown time'}); the database it "
        f"replaced is kept as {report.previous_saved_as}.",
    ]
    if role is not None and role.role == Role.POINT:
        lines.append(
            "Anything recorded after that backup is not on this laptop now; it starts a new event chain, so the "
            "office sees no fork. If it exported a sync file since, take the newest one back in before paying "
            "anyone: `payout-desk point recover FILE.pdsync`"
            + (
                f" (the last export known here: {export.get('path')}, event {export.get('seq')})."
                if export
                else "."
            )
        )
    payload = {
        "restored_from": str(report.restored_from),
        "previous_saved_as": str(report.previous_saved_as),
        "backup_made_at": report.backup_made_at,
        "last_export": report.last_export,
    }
    emit(args.json, payload, lines)
    return 0
