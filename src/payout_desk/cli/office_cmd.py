"""`payout-desk office …`: the office's commands."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from payout_desk.cli import round_cmd
from payout_desk.cli.desks import office_desk
from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import passphrase
from payout_desk.services.office import RegisterReport
from payout_desk.services.register_month import MonthMismatch


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    office = commands.add_parser("office", help="office commands: registers in, signed lists out")
    sub = office.add_subparsers(
        title="office commands", metavar="COMMAND", required=True, parser_class=type(office)
    )
    imp = sub.add_parser("import-register", parents=[common], help="import the month's register (.xlsx/.csv)")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--month", required=True, metavar="YYYY-MM")
    imp.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows even if some have errors"
    )
    imp.add_argument(
        "--confirm-month",
        action="store_true",
        help="import for --month even though the register's title names another month",
    )
    imp.set_defaults(handler=run_import_register)
    issue = sub.add_parser("issue-lists", parents=[common], help="sign and write one .pdlist per point")
    issue.add_argument("--month", required=True, metavar="YYYY-MM")
    issue.add_argument("--out", required=True, metavar="DIR")
    issue.set_defaults(handler=run_issue_lists)
    round_cmd.register(sub, common)


def _report_json(report: RegisterReport) -> dict[str, Any]:
    return {
        "month": report.month,
        "title_month": report.title_month,
        "file": report.file,
        "sheet": report.sheet,
        "rows_read": report.rows_read,
        "imported": report.imported,
        "non_cash": report.non_cash,
        "committed": report.committed,
        "errors": report.errors,
        "warnings": report.warnings,
        "points": [asdict(p) for p in report.points],
    }


def _report_lines(report: RegisterReport) -> list[str]:
    lines = [
        f"Register {report.file} (sheet “{report.sheet}”), month {report.month}:",
        f"  {report.rows_read} beneficiary rows read, {report.non_cash} paid by bank transfer (not on cash lists)",
    ]
    for issue in report.errors:
        lines.append(f"  ERROR   row {issue['row']}, {issue['column'] or 'row'}: {issue['message']}")
    for issue in report.warnings:
        lines.append(f"  warning row {issue['row']}, {issue['column']}: {issue['message']} [{issue['code']}]")
    if not report.committed:
        lines.append(
            f"Nothing imported: {len(report.errors)} rows have errors. Fix them in the register, or run "
            "again with --skip-invalid to import the valid rows only."
        )
        return lines
    lines.append(f"Imported {report.imported} rows:")
    for p in report.points:
        lines.append(
            f"  {p.code:6} {p.name}: {p.beneficiaries} people, {money(p.cash_total)}"
            f" ({p.home_visits} at home, {p.proxies} with a proxy)"
        )
    return lines


def run_import_register(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        try:
            report = desk.import_register(
                Path(args.file), args.month, skip_invalid=args.skip_invalid, confirm_month=args.confirm_month
            )
        except MonthMismatch as exc:  # the command line says how to confirm
            raise MonthMismatch(exc.title, exc.chosen, key="month.title_differs_cli") from None
    emit(args.json, _report_json(report), _report_lines(report))
    return 0 if report.committed else 3


def run_issue_lists(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        issued = desk.issue_lists(args.month, Path(args.out))
    payload = {
        "month": args.month,
        "files": [
            {
                "path": str(f.path),
                "point_code": f.point_code,
                "point_name": f.point_name,
                "list_id": f.list_id,
                "revision": f.revision,
                "new_revision": f.new_revision,
                "beneficiaries": f.beneficiaries,
                "cash_total": f.cash_total,
                "sealed": f.sealed,
            }
            for f in issued
        ],
    }
    lines = [f"{len(issued)} list files for {args.month}:"] + [
        f"  {f.path}  rev {f.revision}{' (new)' if f.new_revision else ''}  {f.point_name}: "
        f"{f.beneficiaries} people, {money(f.cash_total)}"
        + ("" if f.sealed else " — NOT sealed: no laptop of this point is enrolled yet")
        for f in issued
    ]
    emit(args.json, payload, lines)
    return 0
