"""`payout-desk office close-month M` and `office carry-arrears --from M --to N` (issue 15 item 3); the
setting `settings arrears-mode [carry|list]`."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from payout_desk.cli.desks import office_desk
from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import passphrase
from payout_desk.lang import Text, t
from payout_desk.services.office.arrears import ARREARS_MODES, CarryResult
from payout_desk.services.office.frozen import MonthClosed

SKIP_KEYS = {
    "already_carried": "closing.skip_already_carried",
    "deceased": "closing.skip_deceased",
    "held": "closing.skip_held",
    "stopped": "closing.skip_stopped",
    "paid_in_month": "closing.skip_paid_in_month",
    "not_listed": "closing.skip_not_listed",
}


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    close = sub.add_parser(
        "close-month", parents=[common], help="close a month: freeze its settlement, list the unpaid"
    )
    close.add_argument("month", metavar="YYYY-MM")
    close.set_defaults(handler=run_close_month)
    carry = sub.add_parser(
        "carry-arrears", parents=[common], help="carry a closed month's unpaid onto a later month's lists"
    )
    carry.add_argument("--from", dest="src", required=True, metavar="YYYY-MM", help="the closed month")
    carry.add_argument("--to", dest="dst", required=True, metavar="YYYY-MM", help="the later month")
    carry.set_defaults(handler=run_carry_arrears)


def register_setting(sub: Any, common: argparse.ArgumentParser) -> None:
    mode = sub.add_parser(
        "arrears-mode",
        parents=[common],
        help="the office's arrears: carry (a line on the next list) or list (listed for the welfare office)",
    )
    mode.add_argument(
        "mode", nargs="?", choices=ARREARS_MODES, help="carry or list; none shows the current one"
    )
    mode.set_defaults(handler=run_arrears_mode)


def closed_json(closed: MonthClosed) -> dict[str, Any]:
    return {
        "month": closed.month,
        "closed_at": closed.closed_at,
        "closed_by": closed.closed_by,
        "totals": {**asdict(closed.totals), "cash": asdict(closed.cash)},
        "points": [
            {
                "code": p.code,
                "name": p.name,
                "list_id": p.list_id,
                "revision": p.revision,
                **asdict(p.figures),
                "cash": asdict(p.cash),
                "conflicts": p.conflicts,
            }
            for p in closed.points
        ],
        "unpaid": [asdict(u) for u in closed.unpaid],
        "late": [{**asdict(x), "detail": x.detail} for x in closed.late],
    }


def closed_lines(closed: MonthClosed) -> list[str]:
    f = closed.totals
    lines = [
        str(t("closing.closed_head", month=closed.month, at=closed.closed_at, by=closed.closed_by)),
        "  "
        + str(
            t(
                "closing.closed_figures",
                people=f.beneficiaries,
                amount=money(f.cash_total),
                paid=f.paid_count,
                stopped=f.stopped_count,
                unpaid=f.unpaid_count,
                unpaid_amount=money(f.unpaid_amount),
            )
        ),
    ]
    lines += [
        f"  {u.point_code:6} {u.code:10} {u.name}: {money(u.amount)} {u.exception or ''}".rstrip()
        for u in closed.unpaid
    ]
    if closed.late:
        lines.append("  " + str(t("closing.late_count", count=len(closed.late))))
    return lines


def run_close_month(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        closed = desk.closing.close(args.month)
    emit(args.json, closed_json(closed), closed_lines(closed))
    return 0


def carry_json(result: CarryResult) -> dict[str, Any]:
    return {
        "from": result.from_month,
        "to": result.to_month,
        "mode": result.mode,
        "carried": [{**asdict(c), "months": list(c.months)} for c in result.carried],
        "skipped": [asdict(s) for s in result.skipped],
        "revised": result.revised,
    }


def carry_lines(result: CarryResult) -> list[str]:
    src, dst = result.from_month, result.to_month
    total = money(sum(c.amount for c in result.carried))
    if not result.carried and any(s.reason == "already_carried" for s in result.skipped):
        return [str(t("closing.carry_nothing_new", src=src))]
    count = len(result.carried)
    head = (
        t("closing.carry_head", src=src, dst=dst, count=count, amount=total)
        if result.mode == "carry"
        else t("closing.list_head", src=src, dst=dst, count=count, amount=total)
    )
    lines = [str(head)]
    for c in result.carried:
        months = t("closing.months_covered", months=", ".join(c.months))
        lines.append(f"  {c.point_code:6} {c.code:10} {c.name}: {money(c.amount)} ({months})")
    if result.skipped:
        lines.append(str(t("closing.skipped", count=len(result.skipped))))
        lines += [f"  {s.code:10} {Text(SKIP_KEYS[s.reason])}" for s in result.skipped]
    if result.revised:
        lines.append(str(t("closing.carry_reissue", points=", ".join(result.revised), month=dst)))
    return lines


def run_carry_arrears(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        result = desk.closing.carry(args.src, args.dst)
    emit(args.json, carry_json(result), carry_lines(result))
    return 0


def run_arrears_mode(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        chosen = desk.closing.set_mode(args.mode) if args.mode else desk.closing.mode()
    emit(args.json, {"arrears_mode": chosen}, [str(t("closing.mode_is", mode=chosen))])
    return 0
