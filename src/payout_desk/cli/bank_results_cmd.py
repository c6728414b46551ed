"""`payout-desk office transfer-results FILE --month M [--failed cash|carry|list] [--out DIR]` (issue 17): the
bank's result file taken in; `settings transfer-failed [cash|carry|list]` the office's choice for failures."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from payout_desk.cli import clerks_cmd
from payout_desk.cli.desks import office_desk
from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import passphrase
from payout_desk.domain.settlement import MonthSettlement
from payout_desk.lang import Text, t
from payout_desk.services.office.bank_results import ACTION_KEYS, FAILED_ACTIONS, LineReport, ResultsReport
from payout_desk.services.office.devices import AmendReport

BANK_FIGURES = ("lines", "sent", "paid", "failed", "waiting", "not_sent", "to_cash", "carried")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    results = sub.add_parser(
        "transfer-results", parents=[common], help="take in the bank's result file for the month's transfers"
    )
    results.add_argument("file", type=Path, metavar="FILE", help="the bank's result (.xlsx or .csv)")
    results.add_argument("--month", required=True, metavar="YYYY-MM")
    results.add_argument(
        "--failed", choices=FAILED_ACTIONS, help="failed transfers: on the cash list, to next month, or only "
        "listed (default: settings transfer-failed)"
    )  # fmt: skip
    results.add_argument(
        "--out", type=Path, metavar="DIR", help="where the additions go (default: FILE's folder)"
    )
    results.set_defaults(handler=run_results)
    to_cash = sub.add_parser(
        "transfer-failed-to-cash", parents=[common],
        help="the month's failed transfers (taken in with --failed list) onto the points' cash lists",
    )  # fmt: skip
    to_cash.add_argument("--month", required=True, metavar="YYYY-MM")
    to_cash.add_argument("--out", required=True, type=Path, metavar="DIR", help="where the additions go")
    to_cash.set_defaults(handler=run_to_cash)


def register_setting(sub: Any, common: argparse.ArgumentParser) -> None:
    choice = sub.add_parser(
        "transfer-failed", parents=[common], help="what transfer-results does with failures (show, or set)"
    )
    choice.add_argument("choice", nargs="?", choices=FAILED_ACTIONS)
    choice.set_defaults(handler=run_setting)


def line_json(line: LineReport) -> dict[str, Any]:
    return {
        "row": line.row,
        "code": line.code,
        "name": line.name,
        "point_code": line.point_code,
        "account": line.account,
        "amount": line.amount,
        "status": line.status,
        "verdict": line.verdict.value,
        "flag": line.flag.value if line.flag else None,
        "flag_text": why.en if (why := line.flag_text()) is not None else None,
        "reference": line.reference,
        "reason": line.reason,
        "action": line.action,
        "account_normalised": line.normalised,
    }


def _amendment(a: AmendReport) -> dict[str, Any]:
    codes = [c.code for c in a.changes]
    return {
        "path": str(a.path),
        "point_code": a.point_code,
        "list_id": a.list_id,
        "seq": a.last_seq,
        "codes": codes,
    }


def report_json(report: ResultsReport) -> dict[str, Any]:
    return {
        "month": report.month,
        "file": report.file_name,
        "sha256": report.sha256,
        "banks": report.banks,
        "failed_action": report.failed_action,
        "changed": report.changed,
        "seen_before": report.seen_before,
        "counts": report.counts(),
        "lines": [line_json(x) for x in report.lines],
        "amendments": [_amendment(a) for a in report.amendments],
        "carried": report.carried,
    }


def report_lines(report: ResultsReport) -> list[str]:
    """The report as the terminal shows it (the window shows the same sentences)."""
    head = report.head()
    lines = [str(head)] + ([] if report.changed else [str(t("bankresults.unchanged"))])
    for x in report.lines:
        why = x.flag_text()
        if why is not None:
            lines.append(str(t("bankresults.cli_flagged", row=x.row, code=x.code or "—", why=why)))
        elif x.action is not None:
            lines.append(str(t("bankresults.cli_failed", row=x.row, code=x.code or "", name=x.name,
                               reason=x.reason or "—", action=Text(ACTION_KEYS[x.action]))))  # fmt: skip
        if x.normalised:
            lines.append(str(t("bankresults.cli_normalised", row=x.row, typed=x.account)))
    lines += [str(t("bankresults.cli_amendment", point=a.point_code, path=a.path)) for a in report.amendments]
    if report.carried:
        lines.append(str(t("bankresults.cli_carried", codes=", ".join(report.carried))))
    return lines


def run_results(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        report = desk.bank_results.import_file(args.file, args.month, failed=args.failed, out_dir=args.out)
    emit(args.json, report_json(report), report_lines(report))
    return 0


def run_to_cash(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        if desk.clerks.enforced():  # an approver signs, once another clerk prepared it (issue 16)
            return clerks_cmd.emit_prepared(args, desk.approvals.prepare_failed_to_cash(args.month))
        done = desk.bank_results.failed_to_cash(args.month, args.out)
    codes = [c.code for a in done for c in a.changes]
    lines = [str(t("bankresults.cli_to_cash", count=len(codes)))]
    lines += [str(t("bankresults.cli_amendment", point=a.point_code, path=a.path)) for a in done]
    emit(args.json, {"month": args.month, "codes": codes, "amendments": [_amendment(a) for a in done]}, lines)
    return 0


def run_setting(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        choice = (
            desk.bank_results.set_failed_action(args.choice)
            if args.choice
            else desk.bank_results.failed_action()
        )
    said = t("bankresults.cli_setting", choice=Text(ACTION_KEYS[choice]))
    emit(args.json, {"transfer_failed_action": choice}, [str(said)])
    return 0


def banks_json(settled: MonthSettlement) -> list[dict[str, Any]]:
    """`office status --json`'s `banks`: each bank's transfers (people and money per state)."""
    return [
        {"bin": b.bin, "name": b.name}
        | {f"{key}_count": getattr(b, key).people for key in BANK_FIGURES}
        | {f"{key}_amount": getattr(b, key).money for key in BANK_FIGURES}
        for b in settled.banks
    ]


def transfer_lines(settled: MonthSettlement) -> list[str]:
    """`office status`'s lines for the transfers: the total, then one per bank."""
    total = settled.total
    if not settled.banks:
        return []
    head = t("bankresults.cli_status", paid=total.transfer_paid.people, count=total.transfer_issued.people,
             paid_amount=money(total.transfer_paid.money), amount=money(total.transfer_issued.money),
             to_cash=total.transfer_to_cash.people, all_paid=money(total.all_paid.money))  # fmt: skip
    return [str(head)] + [
        str(
            t(
                "bankresults.cli_bank",
                bank=b.name or "—",
                bin=b.bin or "—",
                lines=b.lines.people,
                sent=b.sent.people,
                paid=b.paid.people,
                failed=b.failed.people,
                waiting=b.waiting.people,
                not_sent=b.not_sent.people,
            )
        )
        for b in settled.banks
    ]
