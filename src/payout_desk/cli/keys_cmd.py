"""`payout-desk keys …`: create and show this desk's key."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from payout_desk.cli.desks import any_desk, key_desk
from payout_desk.cli.output import emit
from payout_desk.cli.prompts import (
    KEY_BACKUP_PASSPHRASE_ENV,
    NEW_PASSPHRASE_ENV,
    other_passphrase,
    passphrase,
)
from payout_desk.lang import t
from payout_desk.services.common.desk import DeskIdentity
from payout_desk.services.common.errors import DeskError
from payout_desk.services.common.key_admin import KeyAdmin


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    keys = commands.add_parser("keys", help="this desk's signing key")
    sub = keys.add_subparsers(
        title="keys commands", metavar="COMMAND", required=True, parser_class=type(keys)
    )
    init = sub.add_parser("init", parents=[common], help="create this desk's key (once)")
    init.add_argument("--role", required=True, choices=["office", "point"])
    init.add_argument("--name", required=True, help="e.g. the office, or the point and laptop")
    init.set_defaults(handler=run_init)
    show = sub.add_parser("show", parents=[common], help="show this desk's public key and fingerprint")
    show.set_defaults(handler=run_show)
    change = sub.add_parser(
        "passphrase",
        parents=[common],
        help=f"change the key file's passphrase (new one: ${NEW_PASSPHRASE_ENV})",
    )
    change.set_defaults(handler=run_passphrase)
    backup = sub.add_parser(
        "backup",
        parents=[common],
        help=f"write the key, encrypted under its own passphrase (${KEY_BACKUP_PASSPHRASE_ENV}), for the safe",
    )
    backup.add_argument("--out", required=True, metavar="FILE")
    backup.set_defaults(handler=run_backup_key)
    restore = sub.add_parser("restore", parents=[common], help="put this desk's key back from a key backup")
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=run_restore_key)


def _identity_json(ident: DeskIdentity) -> dict[str, Any]:
    return {
        "role": ident.role,
        "name": ident.name,
        "fingerprint": ident.fingerprint,
        "public_key": ident.public_key.b64,
        "key_id": ident.public_key.key_id,
        "key_storage": ident.storage,
    }


def _identity_lines(ident: DeskIdentity) -> list[str]:
    where = (
        "the OS keyring" if ident.storage == "keyring" else "a passphrase-protected file in the data folder"
    )
    return [
        f"Desk:        {ident.name} ({ident.role})",
        f"Fingerprint: {ident.fingerprint}",
        f"Key id:      {ident.public_key.key_id}",
        f"Public key:  {ident.public_key.b64}",
        f"Private key: kept in {where}",
    ]


def run_init(args: argparse.Namespace) -> int:
    with any_desk(args, passphrase=passphrase) as desk:
        ident = desk.init_keys(args.role, args.name)
    emit(args.json, _identity_json(ident), ["Key created.", *_identity_lines(ident)])
    return 0


def run_passphrase(args: argparse.Namespace) -> int:
    with key_desk(args, passphrase=passphrase) as desk:
        desk.signing_key()  # the current passphrase first: no new one is asked for a key that will not open
        KeyAdmin(desk).change_passphrase(
            other_passphrase(NEW_PASSPHRASE_ENV, "the new passphrase", twice=True)
        )
    emit(args.json, {"changed": True}, ["The key file now opens with the new passphrase only."])
    return 0


def run_backup_key(args: argparse.Namespace) -> int:
    with key_desk(args, passphrase=passphrase) as desk:
        desk.signing_key()
        done = KeyAdmin(desk).backup_key(
            Path(args.out),
            other_passphrase(KEY_BACKUP_PASSPHRASE_ENV, "a passphrase for the key backup", twice=True),
        )
    lines = [
        f"Key backup written: {done.path} (fingerprint {done.fingerprint}); keep it and its passphrase apart."
    ]
    emit(args.json, {"path": str(done.path), "fingerprint": done.fingerprint}, lines)
    return 0


def run_restore_key(args: argparse.Namespace) -> int:
    with key_desk(args, passphrase=passphrase) as desk:
        done = KeyAdmin(desk).restore_key(
            Path(args.file),
            other_passphrase(KEY_BACKUP_PASSPHRASE_ENV, "the key backup's passphrase", twice=False),
        )
    emit(
        args.json,
        {"path": str(done.path), "fingerprint": done.fingerprint},
        [f"Key restored ({done.fingerprint})."],
    )
    return 0


def run_show(args: argparse.Namespace) -> int:
    with any_desk(args) as desk:
        ident = desk.identity()
    if ident is None:
        raise DeskError(t("cli.no_key"))
    emit(args.json, _identity_json(ident), _identity_lines(ident))
    return 0
