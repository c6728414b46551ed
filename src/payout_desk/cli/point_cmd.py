"""`payout-desk point …` and `payout-desk verify`: the point device's commands."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import confirm_office, passphrase
from payout_desk.services.point import PointDesk
from payout_desk.services.verify import verify_file


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    point = commands.add_parser("point", help="point-device commands: load lists, status")
    sub = point.add_subparsers(
        title="point commands", metavar="COMMAND", required=True, parser_class=type(point)
    )
    load = sub.add_parser("load", parents=[common], help="verify and load a list file from the office")
    load.add_argument("file", metavar="FILE")
    load.add_argument(
        "--trust-office",
        metavar="FINGERPRINT",
        help="the office key fingerprint, as the office read it to you (first load only)",
    )
    load.set_defaults(handler=run_load)
    status = sub.add_parser("status", parents=[common], help="the loaded list and what has been paid")
    status.set_defaults(handler=run_status)


def run_load(args: argparse.Namespace) -> int:
    with PointDesk(args.data_dir, passphrase=passphrase) as desk:
        report = desk.load(
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
    verdict = {
        "loaded": "Loaded",
        "replaced": f"Loaded revision {report.revision}; it replaces the earlier revision's entitlements",
        "already-loaded": "Already loaded; nothing changed",
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
    with PointDesk(args.data_dir) as desk:
        s = desk.status()
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
    }
    lines = [
        f"Point {s.point_code} {s.point_name}, month {s.month}, list revision {s.revision}",
        f"  {s.beneficiaries} beneficiaries, {money(s.cash_total)} to pay",
        f"  paid {s.paid_count} of {s.beneficiaries}: {money(s.paid_amount)}",
        f"  office key {s.office_fingerprint}",
    ]
    emit(args.json, payload, lines)
    return 0


def run_verify(args: argparse.Namespace) -> int:
    summary = verify_file(Path(args.file), args.data_dir)
    lines = [
        f"{summary['path']}: valid {summary['kind']} file, signed by key {summary['signer']['key_id']}",
        f"  fingerprint {summary['signer']['fingerprint']} — {summary['trust_note']}",
    ]
    if summary.get("point"):
        lines.append(
            f"  point {summary['point'].get('code')} {summary['point'].get('name')}, month {summary['month']}, "
            f"list {summary['list_id']} revision {summary['revision']}"
        )
    if "cash_total" in summary:
        lines.append(f"  {summary['beneficiaries']} beneficiaries, {money(summary['cash_total'])}")
    emit(args.json, summary, lines)
    return 0
