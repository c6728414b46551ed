"""`payout-desk settings amount-threshold [AMOUNT]`: how much a person's monthly amount may change from one
register to the next before the import flags it (issue 15; 0: every change is flagged)."""

from __future__ import annotations

import argparse
from typing import Any

from payout_desk.cli.desks import office_desk
from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import passphrase
from payout_desk.lang import t


def register_settings(sub: Any, common: argparse.ArgumentParser) -> None:
    threshold = sub.add_parser(
        "amount-threshold",
        parents=[common],
        help="how much a monthly amount may change between registers unflagged (show it, or set it in đồng)",
    )
    threshold.add_argument("amount", nargs="?", help="đồng, e.g. 200000 or 200.000; 0 flags every change")
    threshold.set_defaults(handler=run_threshold)


def run_threshold(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        if args.amount is not None:
            found = desk.month_settings.save(threshold=args.amount)
        else:
            found = desk.month_settings.current()
    amount = found.amount_threshold
    line = (
        t("settings.amount_threshold_is", amount=money(amount))
        if amount
        else t("settings.amount_threshold_any")
    )
    emit(args.json, {"amount_threshold": amount}, [str(line)])
    return 0
