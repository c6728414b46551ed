"""`payout-desk office report-back --month M --out FILE.xlsx`: the month's report to the welfare office as a
workbook (issue 15, item 7); the PDF is `payout-desk report report-back`."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from payout_desk.cli.desks import office_desk
from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import passphrase
from payout_desk.domain.report_back import ReportBack
from payout_desk.domain.settlement import settlement_json
from payout_desk.lang import t


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    back = sub.add_parser(
        "report-back",
        parents=[common],
        help="the month's report to the welfare office (xlsx): deaths, moves, unclaimed, arrears, recover",
    )
    back.add_argument("--month", required=True, metavar="YYYY-MM")
    back.add_argument("--out", required=True, metavar="FILE.xlsx")
    back.set_defaults(handler=run_report_back)


def report_json(report: ReportBack, out: Path) -> dict[str, Any]:
    """The JSON `--json` prints: counts per section, the settlement totals, and every section's lines."""
    sections = ("deaths", "moves", "unclaimed", "arrears_in", "arrears_out", "recover", "holds", "family")
    return {
        "month": report.month,
        "path": str(out),
        "closed": report.closed,
        "arrears_mode": report.arrears_mode,
        "counts": report.counts(),
        "totals": asdict(report.totals),
        "points": [{"code": p.code, "name": p.name, **settlement_json(p)} for p in report.points],
        "total": settlement_json(report.total),
        "recover_total": report.recover_total,
        **{name: [asdict(line) for line in getattr(report, name)] for name in sections},
    }


def run_report_back(args: argparse.Namespace) -> int:
    out = Path(args.out)
    with office_desk(args, passphrase=passphrase) as desk:
        report = desk.report_back.workbook(args.month, out)
    f, counts = report.totals, report.counts()
    lines = [
        str(t("reportback.cli_written", month=report.month, out=out)),
        str(
            t(
                "reportback.cli_totals",
                people=f.beneficiaries,
                total=money(f.cash_total),
                paid=money(f.paid_amount),
                paid_count=f.paid_count,
                unpaid=money(f.unpaid_amount),
                unpaid_count=f.unpaid_count,
                stopped=money(f.stopped_amount),
                stopped_count=f.stopped_count,
                frozen=t("reportback.cli_frozen") if report.closed else "",
            )
        ),
        str(t("reportback.cli_sections", recover_total=money(report.recover_total), **counts)),
    ]
    emit(args.json, report_json(report, out), lines)
    return 0
