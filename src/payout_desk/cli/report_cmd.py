"""`payout-desk report …`: the printed papers, as PDF files.

On the office desk: `signature-sheet`, `posting-list` and `settlement` for a month, every point (one section
each) or `--point CODE`. On a point laptop: `signature-sheet` of the list it holds and `receipt CODE` for
someone paid."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from payout_desk.cli.desks import database_url, office_desk
from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import passphrase
from payout_desk.domain.roles import Role
from payout_desk.lang import t
from payout_desk.services.common.desk import desk_role
from payout_desk.services.common.errors import UsageError
from payout_desk.services.common.report_data import ReportFile
from payout_desk.services.point.desk import PointDesk

REPORTS = {
    "signature-sheet": "the signature sheet, danh sách ký nhận (office desk, or a point laptop's own list)",
    "posting-list": "the public posting list, niêm yết công khai, with the month's additions and stops (office)",
    "settlement": "the settlement, thanh quyết toán: the office's summary, then each point (office desk)",
    "report-back": "the report back to the welfare office, báo cáo gửi Phòng LĐ-TB&XH (office desk, every point)",
}
TITLES = {
    "signature-sheet": "Signature sheet",
    "posting-list": "Posting list",
    "settlement": "Settlement",
    "report-back": "Report back",
    "receipt": "Receipt",
}


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    report = commands.add_parser("report", help="print the papers as PDF: signature sheet, posting list, …")
    sub = report.add_subparsers(title="reports", metavar="REPORT", required=True, parser_class=type(report))
    for name, text in REPORTS.items():
        one = sub.add_parser(name, parents=[common], help=text)
        one.add_argument(
            "--month", metavar="YYYY-MM", help="required on the office desk; a point has its list's"
        )
        one.add_argument(
            "--point", metavar="CODE", help="office desk: only this point (default: every point)"
        )
        one.add_argument("--out", required=True, metavar="FILE.pdf")
        one.set_defaults(handler=run_report, report=name)
    receipt = sub.add_parser(
        "receipt", parents=[common], help="a payout's receipt for one beneficiary: point"
    )
    receipt.add_argument("code", metavar="BENEFICIARY_CODE")
    receipt.add_argument("--out", required=True, metavar="FILE.pdf")
    receipt.set_defaults(handler=run_receipt, report="receipt")


def _office(args: argparse.Namespace) -> ReportFile:
    if args.month is None:
        raise UsageError(t("cli.report_needs_month", report=args.report))
    with office_desk(args) as desk:
        if args.report == "report-back":
            if args.point is not None:
                raise UsageError(t("reportback.every_point"))
            return desk.report_back.pdf(args.month, Path(args.out))
        make = {
            "signature-sheet": desk.papers.signature_sheet,
            "posting-list": desk.papers.posting_list,
            "settlement": desk.papers.settlement_report,
        }[args.report]
        return make(args.month, Path(args.out), args.point)


def _point(args: argparse.Namespace) -> ReportFile:
    if args.report != "signature-sheet":
        raise UsageError(t("cli.report_office_only", report=args.report))
    if args.point is not None:
        raise UsageError(t("cli.point_option_office_only"))
    with PointDesk(args.data_dir, passphrase=passphrase) as desk:
        return desk.papers.signature_sheet(Path(args.out), args.month)


def _show(args: argparse.Namespace, done: ReportFile) -> int:
    payload = {"report": args.report, **asdict(done), "path": str(done.path), "points": list(done.points)}
    what = (
        "points"
        if args.report == "settlement"
        else "lines"
        if args.report == "report-back"
        else "lines"
        if args.report == "receipt"
        else "people"
    )
    line = f"{TITLES[args.report]} written to {done.path}: {done.pages} pages, {done.rows} {what}, "
    emit(args.json, payload, [line + f"total {money(done.total)} ({', '.join(done.points)})"])
    return 0


def run_report(args: argparse.Namespace) -> int:
    role = desk_role(args.data_dir, database_url(args))  # an office may be on a shared database
    return _show(args, _point(args) if role == Role.POINT else _office(args))


def run_receipt(args: argparse.Namespace) -> int:
    with PointDesk(args.data_dir, passphrase=passphrase) as desk:
        done = desk.papers.receipt(args.code, Path(args.out))
    return _show(args, done)
