"""`payout-desk point …` and `payout-desk verify`: the point device's commands."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from payout_desk.cli import ledger_cmd, pay_cmd, signup_cmd, staff_cmd
from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import confirm_office, passphrase
from payout_desk.domain.payout_list import ChangeKind, FileKind
from payout_desk.services.common.outcomes import LoadStatus
from payout_desk.services.common.verify import verify_file
from payout_desk.services.point.desk import PointDesk


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    point = commands.add_parser(
        "point", help="point-device commands: load lists, pay, report, cash, export sync files"
    )
    point.set_defaults(point_command=True)
    sub = point.add_subparsers(
        title="point commands", metavar="COMMAND", required=True, parser_class=type(point)
    )
    load = sub.add_parser(
        "load",
        parents=[common],
        help="verify and load a list (.pdlist) or amendment (.pdamend) from the office",
    )
    load.add_argument("file", metavar="FILE")
    load.add_argument(
        "--trust-office",
        metavar="FINGERPRINT",
        help="the office key fingerprint, as the office read it to you (first load only)",
    )
    load.set_defaults(handler=run_load)
    status = sub.add_parser("status", parents=[common], help="the loaded list and what has been paid")
    status.set_defaults(handler=run_status)
    find = sub.add_parser(
        "find", parents=[common], help="look a beneficiary up: name, code, CCCD digits, village"
    )
    find.add_argument("text", metavar="TEXT")
    find.add_argument("--limit", type=int, default=20)
    find.set_defaults(handler=run_find)
    pay_cmd.register(sub, common)
    ledger_cmd.register(sub, common)
    staff_cmd.register(sub, common)
    signup_cmd.register_point(sub, common)


def run_load(args: argparse.Namespace) -> int:
    with PointDesk(args.data_dir, passphrase=passphrase) as desk:
        report = desk.lists.load(
            Path(args.file), trust_office=args.trust_office, confirm=None if args.json else confirm_office
        )
    payload = {
        "path": report.path,
        "kind": report.kind,
        "status": report.status,
        "point": {"code": report.point_code, "name": report.point_name},
        "month": report.month,
        "list_id": report.list_id,
        "revision": report.revision,
        "beneficiaries": report.beneficiaries,
        "cash_total": report.cash_total,
        "office_fingerprint": report.office_fingerprint,
        "office_pinned_now": report.office_pinned_now,
    }
    if report.kind == FileKind.AMENDMENT:
        payload["changes"] = report.changes
        lines = [
            f"Amendments for {report.point_code} {report.point_name}, month {report.month}: "
            + (f"{len(report.changes)} new" if report.changes else "nothing new (already loaded)")
        ] + [
            f"  no. {c['seq']}: STOP {c['code']} from {c['date']} ({c['reason']})"
            if c["kind"] == ChangeKind.STOP
            else f"  no. {c['seq']}: ADD {c['code']}"
            for c in report.changes
        ]
        emit(args.json, payload, lines)
        return 0
    verdict = {
        LoadStatus.LOADED: "Loaded",
        LoadStatus.REPLACED: f"Loaded revision {report.revision}; it replaces the earlier revision's entitlements",
        LoadStatus.ALREADY_LOADED: "Already loaded; nothing changed",
    }[report.status]
    lines = [
        f"{verdict}: list for {report.point_code} {report.point_name}, month {report.month}, "
        f"revision {report.revision}",
        f"  {report.beneficiaries} beneficiaries, {money(report.cash_total)}",
        f"  signed by the office key {report.office_fingerprint}"
        + (" (now trusted on this device)" if report.office_pinned_now else ""),
    ]
    emit(args.json, payload, lines)
    return 0


def run_status(args: argparse.Namespace) -> int:
    with PointDesk(args.data_dir, passphrase=passphrase) as desk:
        s = desk.lists.status()
    f, cash = s.figures, s.cash
    payload = {
        "point": {"code": s.point_code, "name": s.point_name},
        "month": s.month,
        "list_id": s.list_id,
        "revision": s.revision,
        "office_fingerprint": s.office_fingerprint,
        "beneficiaries": s.beneficiaries,
        "cash_total": s.cash_total,
        "paid_count": s.paid_count,
        "paid_amount": s.paid_amount,
        "unpaid_count": f.unpaid_count,
        "unpaid_amount": f.unpaid_amount,
        "stopped_count": f.stopped_count,
        "stopped_amount": f.stopped_amount,
        "exceptions": f.exceptions,
        "conflicts": f.conflicts,
        "amendments": s.amendments,
        "device_enrolled_in_list": s.device_in_list,
        "cash": {
            "received": cash.received,
            "paid": cash.paid,
            "returned": cash.returned,
            "on_hand": cash.on_hand,
            "payouts": cash.payouts,
        },
    }
    lines = [
        f"Point {s.point_code} {s.point_name}, month {s.month}, list revision {s.revision}"
        + (f", {s.amendments} amendments" if s.amendments else ""),
        f"  {s.beneficiaries} beneficiaries, {money(s.cash_total)} to pay",
        f"  paid {s.paid_count} of {s.beneficiaries}: {money(s.paid_amount)}; unpaid {f.unpaid_count} "
        f"({money(f.unpaid_amount)}); stopped {f.stopped_count}",
    ]
    if f.exceptions:
        lines.append("  exceptions: " + ", ".join(f"{k} {n}" for k, n in sorted(f.exceptions.items())))
    if f.conflicts:
        lines.append(
            f"  {f.conflicts} conflicts with another device's records: the office will sort them out"
        )
    lines.append(
        f"  this device's cash: received {money(cash.received)}, paid {money(cash.paid)}, "
        f"returned {money(cash.returned)}, on hand {money(cash.on_hand)}"
    )
    lines.append(f"  office key {s.office_fingerprint}")
    if not s.device_in_list:
        lines.append("  note: the list does not name this device; ask the office to enrol it (keys show)")
    emit(args.json, payload, lines)
    return 0


def run_verify(args: argparse.Namespace) -> int:
    summary = verify_file(Path(args.file), args.data_dir, passphrase)
    lines = [
        f"{summary['path']}: valid {summary['kind']} file, signed by key {summary['signer']['key_id']}",
        f"  fingerprint {summary['signer']['fingerprint']} — {summary['trust_note']}",
    ]
    if summary.get("point"):
        revision = f" revision {summary['revision']}" if summary.get("revision") else ""
        lines.append(
            f"  point {summary['point'].get('code')} {summary['point'].get('name')}, month {summary['month']}, "
            f"list {summary['list_id']}{revision}"
        )
    if "events" in summary:
        lines.append(
            f"  device “{summary['device_name']}”: {summary['events']} events, {summary['payouts']} payouts, "
            f"{money(summary['payout_amount'])}"
        )
    for change in summary.get("changes", []):
        lines.append(f"  amendment no. {change['seq']}: {change['kind']} {change['code']}")
    if "cash_total" in summary:
        lines.append(f"  {summary['beneficiaries']} beneficiaries, {money(summary['cash_total'])}")
    emit(args.json, summary, lines)
    return 0


STATUS_TEXT = {"unpaid": "not paid", "paid": "PAID", "stopped": "STOPPED", "exception": "not paid"}


def run_find(args: argparse.Namespace) -> int:
    with PointDesk(args.data_dir, passphrase=passphrase) as desk:
        found = desk.roster.find(args.text, args.limit)
    payload = {
        "results": [
            {
                "code": f.code,
                "name": f.name,
                "birth_year": f.birth_year,
                "village": f.village,
                "cccd": f.cccd,
                "total": f.total,
                "home_visit": f.home_visit,
                "proxy_name": f.proxy_name,
                "status": f.status,
                "exception": f.exception,
                "stop_reason": f.stop_reason,
            }
            for f in found
        ]
    }
    lines = [
        f"{f.code:12} {f.name:28} {f.birth_year or '':4}  {f.village:18} {money(f.total):>14}  "
        f"{STATUS_TEXT.get(f.status, f.status)}{' (' + f.exception + ')' if f.exception else ''}"
        f"{'  [tại nhà]' if f.home_visit else ''}{'  [ủy quyền: ' + f.proxy_name + ']' if f.proxy_name else ''}"
        for f in found
    ] or [f"nobody matches {args.text!r}"]
    emit(args.json, payload, lines)
    return 0
