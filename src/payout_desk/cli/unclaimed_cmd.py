"""`payout-desk office unclaimed --months K [--month M]` and `payout-desk settings unclaimed`: the people not
collected for months in a row, and the welfare office's two thresholds (issue 15, item 4)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from payout_desk.cli.desks import office_desk
from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import passphrase
from payout_desk.services.office.unclaimed import Unclaimed, UnclaimedWatch


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    watch = sub.add_parser(
        "unclaimed", parents=[common], help="people not collected for K or more months in a row"
    )
    watch.add_argument(
        "--months", metavar="K", help="months in a row (default: the flag setting, `settings unclaimed`)"
    )
    watch.add_argument("--month", metavar="YYYY-MM", help="up to this month (default: the newest issued)")
    watch.set_defaults(handler=run_unclaimed)


def register_settings(sub: Any, common: argparse.ArgumentParser) -> None:
    limits = sub.add_parser(
        "unclaimed",
        parents=[common],
        help="months not collected before a person is flagged, and before the rule says suspend",
    )
    limits.add_argument("--flag", metavar="N", help="flag after N months in a row (default 2)")
    limits.add_argument("--suspend", metavar="N", help="suspension threshold (default 6)")
    limits.set_defaults(handler=run_settings)


def person_json(p: Unclaimed) -> dict[str, Any]:
    return {**asdict(p), "months": list(p.months), "amounts": list(p.amounts), "total": p.total}


def watch_json(found: UnclaimedWatch) -> dict[str, Any]:
    return {
        "month": found.month,
        "months": found.months,
        "flag_months": found.thresholds.flag,
        "suspend_months": found.thresholds.suspend,
        "count": len(found.people),
        "to_suspend": found.to_suspend,
        "people": [person_json(p) for p in found.people],
    }


def run_unclaimed(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        found = desk.unclaimed.watch(args.months, args.month)
    lines = [
        f"{len(found.people)} people not collected for {found.months} or more months in a row up to "
        f"{found.month} ({found.to_suspend} at the suspension threshold of {found.thresholds.suspend})"
    ]
    for p in found.people:
        mark = " SUSPEND" if p.suspend else ""
        reported = f" (reported: {p.exception})" if p.exception else ""
        lines.append(
            f"  {p.code} {p.name}  {p.point_code}  {p.run} months {p.months[0]}..{p.months[-1]}  "
            f"{money(p.total)}{reported}{mark}"
        )
    emit(args.json, watch_json(found), lines)
    return 0


def run_settings(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        if args.flag is not None or args.suspend is not None:
            limits = desk.unclaimed.set_thresholds(args.flag, args.suspend)
        else:
            limits = desk.unclaimed.thresholds()
    emit(
        args.json,
        {"flag_months": limits.flag, "suspend_months": limits.suspend},
        [f"Flag after {limits.flag} months not collected; suspension threshold {limits.suspend} months"],
    )
    return 0
