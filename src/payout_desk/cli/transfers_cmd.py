"""`payout-desk office transfer CODE --to POINT --month M`: a person moved to another point (issue 15)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from payout_desk.cli import clerks_cmd
from payout_desk.cli.desks import office_desk
from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import passphrase
from payout_desk.lang import t
from payout_desk.services.office.devices import AmendReport


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    move = sub.add_parser(
        "transfer",
        parents=[common],
        help="move a person to another point: a stop at theirs and an addition at POINT, signed in one step",
    )
    move.add_argument("code", metavar="BENEFICIARY_CODE")
    move.add_argument("--to", required=True, metavar="POINT", help="the point that pays them from now on")
    move.add_argument("--month", required=True, metavar="YYYY-MM", help="an issued month")
    move.add_argument("--date", metavar="YYYY-MM-DD", help="when the move takes effect (default today)")
    move.add_argument("--out", default=".", metavar="DIR", help="where the two .pdamend files go")
    move.set_defaults(handler=run_transfer)


def _file(report: AmendReport) -> dict[str, Any]:
    return {
        "path": str(report.path),
        "point_code": report.point_code,
        "point_name": report.point_name,
        "list_id": report.list_id,
        "seq": report.last_seq,
    }


def run_transfer(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        if desk.clerks.enforced():  # an approver signs, once another clerk prepared it (issue 16)
            item = desk.approvals.prepare_transfer(args.code, args.to, args.month, day=args.date)
            return clerks_cmd.emit_prepared(args, item)
        done = desk.transfers.transfer(args.code, args.to, args.month, Path(args.out), day=args.date)
    stop = done.stop.changes[0]
    added = done.add.changes[0]
    amount = added.beneficiary.total if added.beneficiary else 0
    payload = {
        "code": done.code,
        "name": done.name,
        "month": done.month,
        "date": stop.date,
        "amount": amount,
        "from": _file(done.stop),
        "to": _file(done.add),
    }
    lines = [
        str(
            t(
                "transfers.cli_done",
                code=done.code,
                name=done.name,
                source=done.stop.point_code,
                target=done.add.point_code,
                date=stop.date,
                amount=money(amount),
            )
        ),
        f"  {done.stop.path}",
        f"  {done.add.path}",
    ]
    emit(args.json, payload, lines)
    return 0
