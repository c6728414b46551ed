"""`payout-desk audit verify`: re-check every hash chain and signature image in this desk's database."""

from __future__ import annotations

import argparse
from typing import Any

from payout_desk.cli.desks import any_desk
from payout_desk.cli.output import emit
from payout_desk.services.common.audit import audit_desk

BREAK_FOUND = 3


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    audit = commands.add_parser("audit", help="check the database's records against their own hashes")
    sub = audit.add_subparsers(
        title="audit commands", metavar="COMMAND", required=True, parser_class=type(audit)
    )
    verify = sub.add_parser(
        "verify",
        parents=[common],
        help="re-check every event's hash and chain and every signature image; exit 3 on a break",
    )
    verify.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    with any_desk(args) as desk:
        desk.require_identity()
        report = audit_desk(desk)
    counts = ", ".join(f"{n:,} {what.replace('_', ' ')}" for what, n in report.checked.items())
    lines = [f"Checked {counts}."]
    if report.ok:
        lines.append("No break: every record agrees with its hash and its chain.")
    else:
        lines.append(f"{len(report.breaks)} break(s) found:")
        for b in report.breaks:
            where = f"event {b.event_id}" if b.event_id else b.what
            seq = f" #{b.seq}" if b.seq is not None else ""
            device = f" device {b.device}" if b.device else ""
            lines.append(f"  [{b.kind}] {where}{device}{seq}: {b.reason}")
    emit(args.json, report.to_json(), lines)
    return 0 if report.ok else BREAK_FOUND
