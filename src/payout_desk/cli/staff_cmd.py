"""`payout-desk point staff …`: the clerks of a point laptop (add one, list them)."""

from __future__ import annotations

import argparse
from typing import Any

from payout_desk.cli.output import emit
from payout_desk.cli.prompts import BY_PIN_ENV, PIN_ENV, passphrase, pin
from payout_desk.lang import t
from payout_desk.services.point.desk import PointDesk


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    staff = sub.add_parser("staff", help="the clerks of this laptop: add one, list them")
    staff_sub = staff.add_subparsers(
        title="staff commands", metavar="COMMAND", required=True, parser_class=type(staff)
    )
    add = staff_sub.add_parser(
        "add",
        parents=[common],
        help=f"add a clerk with a PIN (asked, or ${PIN_ENV}); after the first, --by a clerk already here "
        f"with that clerk's PIN (asked, or ${BY_PIN_ENV})",
    )
    add.add_argument("name", metavar="NAME", help="the new clerk's full name")
    add.add_argument("--by", metavar="CLERK", help="the clerk (already on this laptop) who adds the new one")
    add.set_defaults(handler=run_add)
    listing = staff_sub.add_parser("list", parents=[common], help="the clerks of this laptop")
    listing.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace) -> int:
    with PointDesk(args.data_dir, passphrase=passphrase) as desk:
        desk.require_identity("point")
        adding_later = bool(desk.staff.names() and args.by)  # the adder's PIN first, then the new one
        by_pin = pin(BY_PIN_ENV, f"Mã PIN của {args.by} / PIN of {args.by}: ") if adding_later else ""
        new_pin = pin(PIN_ENV, f"Mã PIN mới của {args.name} / New PIN for {args.name}: ", twice=True)
        name = desk.staff.add(args.name, new_pin, by=args.by, by_pin=by_pin)
        names = desk.staff.names()
    emit(args.json, {"added": name, "staff": names}, [str(t("staff.added", name=name))])
    return 0


def run_list(args: argparse.Namespace) -> int:
    with PointDesk(args.data_dir, passphrase=passphrase) as desk:
        desk.require_identity("point")
        names = desk.staff.names()
    emit(args.json, {"staff": names}, names or [str(t("staff.none_yet"))])
    return 0
