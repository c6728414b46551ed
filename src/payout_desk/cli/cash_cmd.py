"""`payout-desk office cash issue|list|void|days` (issue 16): the cash the office hands each point, and each
point's cash per day (received, paid, returned, counted, the difference and its reason, notes) with its flags.
`office status` carries the same per point (`add_cash`)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from payout_desk.cli.desks import office_desk
from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import passphrase
from payout_desk.domain.cash_days import CashDay, PointCash
from payout_desk.domain.cash_office import FLAG_KEYS, CashIssue
from payout_desk.lang import Text, t
from payout_desk.services.office.point_cash import MonthCash


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    cash = sub.add_parser("cash", help="the cash the office hands the points, and the points' cash per day")
    commands = cash.add_subparsers(
        title="cash commands", metavar="COMMAND", required=True, parser_class=type(cash)
    )
    issue = commands.add_parser("issue", parents=[common], help="record cash handed to a point for a month")
    issue.add_argument("--point", required=True, metavar="CODE")
    issue.add_argument("--amount", required=True, metavar="AMOUNT", help="whole đồng")
    issue.add_argument("--month", required=True, metavar="YYYY-MM")
    issue.add_argument("--note", default="", metavar="TEXT")
    issue.add_argument("--by", metavar="NAME", help="who hands it out (default: the office's name)")
    issue.set_defaults(handler=run_issue)
    listed = commands.add_parser("list", parents=[common], help="the month's cash issues, voided ones too")
    listed.add_argument("--month", required=True, metavar="YYYY-MM")
    listed.set_defaults(handler=run_list)
    void = commands.add_parser("void", parents=[common], help="void a wrong cash issue (it stays, marked)")
    void.add_argument("issue_id", type=int, metavar="ID")
    void.add_argument("--reason", required=True, metavar="TEXT")
    void.add_argument("--by", metavar="NAME", help="who voids it (default: the office's name)")
    void.set_defaults(handler=run_void)
    days = commands.add_parser("days", parents=[common], help="each point's cash per day, with its flags")
    days.add_argument("--month", required=True, metavar="YYYY-MM")
    days.set_defaults(handler=run_days)


def issue_json(issue: CashIssue) -> dict[str, Any]:
    return {**asdict(issue), "standing": issue.standing}


def _issue_line(issue: CashIssue) -> str:
    said = t(
        "cash.cli_issue_line",
        id=issue.id,
        point=issue.point_code,
        amount=money(issue.amount),
        at=issue.issued_at[:16].replace("T", " "),
        by=issue.issued_by,
    )
    voided = (
        f" — {t('cash.cli_voided', at=issue.voided_at[:10], by=issue.voided_by or '', reason=issue.void_reason or '')}"
        if issue.voided_at
        else ""
    )
    return f"  {said}{voided}"


def run_issue(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        made = desk.cash.issue(args.point, args.amount, args.month, by=args.by, note=args.note)
    line = t(
        "cash.cli_issued", id=made.id, point=made.point_code, amount=money(made.amount), month=made.month
    )
    emit(args.json, {"issue": issue_json(made)}, [str(line)])
    return 0


def run_list(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        found = desk.cash.month(args.month)
    standing = sum(i.amount for i in found if i.standing)
    payload = {"month": args.month, "issued": standing, "issues": [issue_json(i) for i in found]}
    head = t("cash.cli_list_head", month=args.month, count=len(found), amount=money(standing))
    emit(args.json, payload, [str(head)] + [_issue_line(i) for i in found])
    return 0


def run_void(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        done = desk.cash.void(args.issue_id, args.reason, by=args.by)
    emit(args.json, {"issue": issue_json(done)}, [str(t("cash.cli_void_done", id=done.id))])
    return 0


def day_json(day: CashDay, names: MonthCash) -> dict[str, Any]:
    return {**asdict(day), "device_name": names.device_name(day.device)}


def point_json(point: PointCash, names: MonthCash) -> dict[str, Any]:
    return {
        "code": point.code,
        "name": point.name,
        "cash_issued": point.issued,
        "cash_declared": point.received,
        "cash_paid": point.paid,
        "cash_returned": point.returned,
        "cash_on_hand": point.on_hand,
        "receipts_differ": point.receipts_differ,
        "cash_flags": point.flags,
        "cash_days": [day_json(d, names) for d in point.days],
    }


def add_cash(payload: dict[str, Any], cash: MonthCash) -> dict[str, Any]:
    """`office status --json` with each point's cash per day and its flags (new keys, the old ones kept)."""
    by_code = {p.code: point_json(p, cash) for p in cash.points}
    for point in payload["points"]:
        point.update(by_code.pop(point["code"], {}))
    payload["cash_issued"] = sum(p.issued for p in cash.points)
    payload["cash_flagged"] = [p.code for p in cash.flagged]
    payload["cash_issued_elsewhere"] = list(by_code.values())  # issued to a point not on the month's lists
    return payload


def flags_text(flags: list[str]) -> str:
    return "; ".join(str(Text(FLAG_KEYS[f])) for f in flags if f in FLAG_KEYS)


def cash_lines(cash: MonthCash) -> list[str]:
    lines = []
    for p in cash.points:
        lines.append(
            "  "
            + str(
                t(
                    "cash.cli_point_line",
                    point=p.code,
                    issued=money(p.issued),
                    declared=money(p.received),
                    paid=money(p.paid),
                    returned=money(p.returned),
                    on_hand=money(p.on_hand),
                )
            )
            + (f" — {flags_text(p.flags)}" if p.flags else "")
        )
        for d in p.days:
            counted = money(d.counted) if d.counted is not None else "—"
            difference = money(d.difference) if d.difference is not None else "—"
            said = t(
                "cash.cli_day_line",
                date=d.date,
                device=cash.device_name(d.device),
                paid=money(d.paid),
                payouts=d.payouts,
                counted=counted,
                difference=difference,
            )
            extra = "".join(f" · {x}" for x in (d.reason, *d.notes) if x)
            flagged = f" — {flags_text(d.flags)}" if d.flags else ""
            lines.append(f"      {said}{extra}{flagged}")
    return lines


def run_days(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        cash = desk.point_cash.month(args.month)
    payload = {"month": cash.month, "points": [point_json(p, cash) for p in cash.points]}
    emit(args.json, payload, [str(t("cash.cli_days_head", month=cash.month)), *cash_lines(cash)])
    return 0
