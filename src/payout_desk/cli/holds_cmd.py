"""`payout-desk office holds|hold|release|confirm-stop`: people kept off a month's lists (issue 15)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from payout_desk.cli import clerks_cmd
from payout_desk.cli.desks import office_desk
from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import passphrase
from payout_desk.lang import Text, t
from payout_desk.services.office.holds import Decision, HoldInfo, evidence_text, kind_text, state_text


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    listed = sub.add_parser("holds", parents=[common], help="the people held off a month's lists")
    listed.add_argument("--month", required=True, metavar="YYYY-MM")
    listed.set_defaults(handler=run_holds)
    for name, handler, help_text in (
        ("hold", run_hold, "hold someone on the month's register off the lists (before issuing)"),
        ("release", run_release, "put a held person back on their point's list"),
        ("confirm-stop", run_confirm, "end a hold with the stop standing: the person stays off the lists"),
    ):
        cmd = sub.add_parser(name, parents=[common], help=help_text)
        cmd.add_argument("code", metavar="CODE")
        cmd.add_argument("--month", required=True, metavar="YYYY-MM")
        cmd.add_argument("--reason", required=True, metavar="TEXT")
        cmd.add_argument("--by", metavar="NAME", help="who decides (default: the office's name)")
        if name == "release":
            cmd.add_argument(
                "--out",
                metavar="DIR",
                help="where the amendment goes when the list is issued (default: amendments)",
            )
        cmd.set_defaults(handler=handler)


def hold_json(h: HoldInfo) -> dict[str, Any]:
    return asdict(h)


def hold_line(h: HoldInfo) -> str:
    said = t(
        "holds.cli_line",
        code=h.code,
        name=h.name,
        point=h.point_code,
        amount=money(h.amount),
        kind=kind_text(h),
        state=state_text(h),
    )
    evidence = f"\n      {evidence_text(h)}"
    why = f" — {h.reason}" if h.reason else ""
    return f"  {said}{why}{evidence}"


DECIDED = {"released": "holds.cli_decided_released", "confirmed": "holds.cli_decided_confirmed"}


def run_holds(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        found = desk.holds.month(args.month)
    payload = {
        "month": args.month,
        "held": sum(1 for h in found if h.state == "held"),
        "holds": [hold_json(h) for h in found],
    }
    lines = [str(t("holds.cli_head", month=args.month, count=len(found)))] + [hold_line(h) for h in found]
    emit(args.json, payload, lines)
    return 0


def run_hold(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        made = desk.holds.hold(args.code, args.month, args.reason, by=args.by)
    emit(args.json, {"hold": hold_json(made)}, [str(t("holds.cli_held", code=made.code, month=made.month))])
    return 0


def _decision(args: argparse.Namespace, done: Decision) -> None:
    payload = {
        "hold": hold_json(done.hold),
        "listed": done.listed,
        "amendment": str(done.amendment.path) if done.amendment else None,
    }
    line = Text(DECIDED[done.hold.state], {"code": done.hold.code, "month": done.hold.month})
    lines = [str(line)]
    if done.amendment is not None:
        lines.append("  " + str(t("holds.cli_amendment", path=str(done.amendment.path))))
    elif done.listed == "draft":
        lines.append("  " + str(t("holds.cli_draft")))
    emit(args.json, payload, lines)


def run_release(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        if desk.clerks.enforced():  # an approver signs, once another clerk prepared it (issue 16)
            item = desk.approvals.prepare_release(args.code, args.month, args.reason)
            return clerks_cmd.emit_prepared(args, item)
        out = Path(args.out) if args.out else desk.data_dir / "amendments"
        done = desk.holds.release(args.code, args.month, args.reason, out, by=args.by)
    _decision(args, done)
    return 0


def run_confirm(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        done = desk.holds.confirm(args.code, args.month, args.reason, by=args.by)
    _decision(args, done)
    return 0
