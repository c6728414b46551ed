"""`payout-desk keys …`: create and show this desk's key."""

from __future__ import annotations

import argparse
from typing import Any

from payout_desk.cli.desks import any_desk
from payout_desk.cli.output import emit
from payout_desk.cli.prompts import passphrase
from payout_desk.services.desk import DeskIdentity
from payout_desk.services.errors import DeskError


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


def run_show(args: argparse.Namespace) -> int:
    with any_desk(args) as desk:
        ident = desk.identity()
    if ident is None:
        raise DeskError(
            "this desk has no key yet: run `payout-desk keys init --role office|point --name NAME`"
        )
    emit(args.json, _identity_json(ident), _identity_lines(ident))
    return 0
