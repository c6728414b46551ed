"""`payout-desk audit verify`: re-check every hash chain and signature image in this desk's database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from payout_desk.cli.desks import any_desk, office_desk
from payout_desk.cli.output import emit
from payout_desk.lang import t
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
    export = sub.add_parser(
        "export",
        parents=[common],
        help="office: write a month's events and office actions, with their hashes and the verify result, "
        "for inspectors (CSV, JSON, README.txt)",
    )
    export.add_argument("--month", required=True, metavar="YYYY-MM")
    export.add_argument("--out", required=True, metavar="DIR")
    export.set_defaults(handler=run_export)


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


def run_export(args: argparse.Namespace) -> int:
    with office_desk(args) as desk:
        done = desk.audit_export.export(args.month, Path(args.out))
    payload = {
        "folder": str(done.folder),
        "month": done.month,
        "events": done.events,
        "office_actions": done.actions,
        "pending_items": done.items,
        "verify_ok": done.verify_ok,
        "office_actions_chain_ok": done.actions_ok,
        "files": done.files,
    }
    lines = [str(t("roles.audit_counts", events=done.events, actions=done.actions, items=done.items))]
    lines += [f"  {done.folder / name}" for name in done.files]
    emit(args.json, payload, lines)
    return 0 if done.verify_ok and done.actions_ok else BREAK_FOUND
