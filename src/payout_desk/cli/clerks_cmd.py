"""`payout-desk office clerks add|list`, `office pending`, `office approve ID`, `office reject ID`: the
office's clerks and roles, and maker–checker (issue 16)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from payout_desk.cli.desks import database_url, office_desk
from payout_desk.cli.output import emit
from payout_desk.cli.prompts import BY_PIN_ENV, PIN_ENV, passphrase, pin
from payout_desk.lang import t
from payout_desk.services.office.approvals import PendingInfo
from payout_desk.services.office.clerks import ClerkRole
from payout_desk.services.office.desk import OfficeDesk


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    clerks = sub.add_parser("clerks", help="the office's clerks and their roles: add one, list them")
    clerks_sub = clerks.add_subparsers(
        title="clerks commands", metavar="COMMAND", required=True, parser_class=type(clerks)
    )
    add = clerks_sub.add_parser(
        "add",
        parents=[common],
        help=f"add a clerk with a PIN (asked, or ${PIN_ENV}); the first is an approver; later ones are added "
        f"--by an approver with that approver's PIN (asked, or ${BY_PIN_ENV})",
    )
    add.add_argument("name", metavar="NAME", help="the clerk's full name")
    add.add_argument(
        "--role",
        choices=list(ClerkRole),
        default=ClerkRole.CLERK,
        help="clerk (prepares) or approver (signs)",
    )
    add.add_argument("--by", metavar="APPROVER", help="the approver who adds the new clerk")
    add.set_defaults(handler=run_add)
    listing = clerks_sub.add_parser("list", parents=[common], help="the office's clerks and their roles")
    listing.set_defaults(handler=run_list)
    pending = sub.add_parser(
        "pending", parents=[common], help="what waits for an approver to approve and sign"
    )
    pending.add_argument("--month", metavar="YYYY-MM")
    pending.add_argument("--all", action="store_true", help="decided items too")
    pending.set_defaults(handler=run_pending)
    approve = sub.add_parser(
        "approve", parents=[common], help="approve an item another clerk prepared: sign and write its files"
    )
    approve.add_argument("item", metavar="ID", type=int)
    approve.add_argument("--out", required=True, metavar="DIR", help="where the signed files go")
    approve.set_defaults(handler=run_approve)
    reject = sub.add_parser("reject", parents=[common], help="turn a prepared item down, with the reason")
    reject.add_argument("item", metavar="ID", type=int)
    reject.add_argument("--reason", required=True, metavar="TEXT")
    reject.set_defaults(handler=run_reject)


def run_add(args: argparse.Namespace) -> int:
    with OfficeDesk(args.data_dir, database_url=database_url(args), passphrase=passphrase) as desk:
        desk.require_identity("office")
        later = desk.clerks.enforced() and bool(args.by)  # the approver's PIN first, then the new one
        by_pin = pin(BY_PIN_ENV, f"Mã PIN của {args.by} / PIN of {args.by}: ") if later else ""
        new_pin = pin(PIN_ENV, f"Mã PIN mới của {args.name} / New PIN for {args.name}: ", twice=True)
        added = desk.clerks.add(args.name, new_pin, args.role, by=args.by, by_pin=by_pin)
        every = desk.clerks.all()
    payload = {"added": asdict(added), "clerks": [asdict(c) for c in every]}
    emit(args.json, payload, [str(t("roles.cli_added", name=added.name, role=added.role))])
    return 0


def run_list(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        every = desk.clerks.all()
    lines = [f"{c.name}  ({c.role})" for c in every] or [str(t("roles.no_clerks"))]
    emit(args.json, {"clerks": [asdict(c) for c in every]}, lines)
    return 0


def item_line(item: PendingInfo) -> str:
    what = ", ".join(f"{k}={v}" for k, v in sorted(item.what.items()) if k != "month")
    decided = f" — {item.state} ({item.decided_by})" if item.decided_by else ""
    return f"#{item.id}  {item.kind}  {item.month}  {what}  [{item.prepared_by}, {item.prepared_at[:16]}]{decided}"


def emit_prepared(args: argparse.Namespace, item: PendingInfo) -> int:
    """A signing step prepared instead of signed (an office with clerks): what waits, and for what."""
    emit(args.json, {"pending": asdict(item)}, [str(t("cli.prepared", id=item.id, kind=item.kind))])
    return 0


def run_pending(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        items = desk.approvals.items(args.month, every=args.all)
    lines = [item_line(i) for i in items] or [str(t("roles.cli_nothing_pending"))]
    emit(args.json, {"items": [asdict(i) for i in items]}, lines)
    return 0


def run_approve(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        item = desk.approvals.approve(args.item, Path(args.out))
    lines = [
        str(t("roles.cli_approved", id=item.id, name=item.decided_by or "")),
        *(f"  {f}" for f in item.files),
    ]
    emit(args.json, {"item": asdict(item)}, lines)
    return 0


def run_reject(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        item = desk.approvals.reject(args.item, args.reason)
    emit(
        args.json,
        {"item": asdict(item)},
        [str(t("roles.cli_rejected", id=item.id, name=item.decided_by or ""))],
    )
    return 0
