"""`payout-desk office …`: the office's commands."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from payout_desk.cli import (
    bank_cmd,
    bank_results_cmd,
    cash_cmd,
    clerks_cmd,
    closing_cmd,
    deaths_cmd,
    holds_cmd,
    people_cmd,
    reportback_cmd,
    round_cmd,
    signup_cmd,
    transfers_cmd,
    unclaimed_cmd,
)
from payout_desk.cli.desks import office_desk
from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import passphrase
from payout_desk.lang import t
from payout_desk.services.office.register_month import MonthMismatch, month_name
from payout_desk.services.office.register_words import issue_in_language, issue_message
from payout_desk.services.office.registers import RegisterReport


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
    people_cmd.register(sub, common)
    holds_cmd.register(sub, common)
    closing_cmd.register(sub, common)
    deaths_cmd.register(sub, common)
    transfers_cmd.register(sub, common)
    unclaimed_cmd.register(sub, common)
    reportback_cmd.register(sub, common)
    clerks_cmd.register(sub, common)
    cash_cmd.register(sub, common)
    signup_cmd.register_office(sub, common)
    bank_cmd.register(sub, common)
    bank_results_cmd.register(sub, common)


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
        "held": report.held,
        "errors": [issue_in_language(i) for i in report.errors],
        "warnings": [issue_in_language(i) for i in report.warnings],
        "points": [asdict(p) for p in report.points],
    }


def _report_lines(report: RegisterReport) -> list[str]:
    lines = [
        str(t("cli.register_head", file=report.file, sheet=report.sheet, month=report.month)),
        "  " + str(t("cli.register_rows", rows=report.rows_read, non_cash=report.non_cash)),
    ]
    whole_row = str(t("cli.register_whole_row"))
    for issue in report.errors:
        where = t("cli.register_where", row=issue["row"], column=issue["column"] or whole_row)
        lines.append(f"  {t('cli.register_error')} {where}: {issue_message(issue)}")
    for issue in report.warnings:
        where = t("cli.register_where", row=issue["row"] or "-", column=issue["column"])
        lines.append(f"  {t('cli.register_warning')} {where}: {issue_message(issue)} [{issue['code']}]")
    if not report.committed:
        lines.append(str(t("cli.register_nothing_imported", count=len(report.errors))))
        return lines
    lines.append(str(t("cli.register_imported", count=report.imported)))
    for p in report.points:
        figures = t(
            "cli.register_point",
            people=p.beneficiaries,
            amount=money(p.cash_total),
            home=p.home_visits,
            proxies=p.proxies,
        )
        lines.append(f"  {p.code:6} {p.name}: {figures}")
    return lines


def run_import_register(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        try:
            report = desk.registers.import_file(
                Path(args.file), args.month, skip_invalid=args.skip_invalid, confirm_month=args.confirm_month
            )
        except MonthMismatch as exc:  # the command line says how to confirm
            said = t("cli.title_differs", title=month_name(exc.title), chosen=month_name(exc.chosen))
            raise MonthMismatch(exc.title, exc.chosen, text=said) from None
    emit(args.json, _report_json(report), _report_lines(report))
    return 0 if report.committed else 3


def run_issue_lists(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        if desk.clerks.enforced():  # an approver signs, once another clerk prepared it (issue 16)
            return clerks_cmd.emit_prepared(args, desk.approvals.prepare_issue(args.month))
        issued = desk.lists.issue(args.month, Path(args.out))
        held = desk.holds.held(args.month)
    payload = {
        "month": args.month,
        "held": held,
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
    lines = (
        [f"{len(issued)} list files for {args.month}:"]
        + [
            f"  {f.path}  rev {f.revision}{' (new)' if f.new_revision else ''}  {f.point_name}: "
            f"{f.beneficiaries} people, {money(f.cash_total)}"
            + ("" if f.sealed else " — NOT sealed: no laptop of this point is enrolled yet")
            for f in issued
        ]
        + ([str(t("holds.cli_left_out", count=held))] if held else [])
    )
    emit(args.json, payload, lines)
    return 0
