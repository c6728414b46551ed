"""`payout-desk point pay`: a payout from the command line, under the same rule as the window's
(domain/payout_rules.py): a signature or a thumbprint; a proxy's name, ID number and authorisation's number,
or for the list's proxy the clerk's word that the ID card was checked."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from payout_desk.cli.ledger_cmd import _desk, _recorded_json, _staff, _staff_option
from payout_desk.cli.output import emit, money
from payout_desk.domain.ledger import ID_CHECKS
from payout_desk.domain.payout_rules import Missing
from payout_desk.lang import t
from payout_desk.services.common.errors import Refused, UsageError
from payout_desk.services.common.inputs import SIGNATURE_LIMIT, read_input_file
from payout_desk.services.point.pay import PayoutRequest, Proxy
from payout_desk.services.point.payout_rule import PayoutIncomplete

OPTION_KEYS = {
    Missing.PROXY_NAME: "cli.pay_needs_proxy_name",
    Missing.PROXY_ID: "cli.pay_needs_proxy_id",
    Missing.PROXY_ID_SHAPE: "cli.pay_needs_proxy_id_shape",
    Missing.AUTHORISATION: "cli.pay_needs_authorisation",
    Missing.ID_CHECKED: "cli.pay_needs_id_checked",
    Missing.ACKNOWLEDGEMENT: "cli.pay_needs_acknowledgement",
}
"""What a payout lacks, with the option that gives it."""


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    pay = sub.add_parser("pay", parents=[common], help="pay a beneficiary the amount on the list")
    pay.add_argument("code", metavar="BENEFICIARY_CODE")
    pay.add_argument("--proxy-name", metavar="N", help="someone takes the money for the beneficiary")
    pay.add_argument(
        "--proxy-id", metavar="ID", default="", help="the proxy's ID number (CCCD 12 digits or CMND 9)"
    )
    pay.add_argument("--proxy-relation", metavar="R", default="", help="e.g. con, vợ, cháu")
    pay.add_argument(
        "--proxy-authorisation",
        metavar="REF",
        default="",
        help="the written authorisation's number (giấy ủy quyền số …; needed unless --standing-proxy)",
    )
    pay.add_argument("--standing-proxy", action="store_true", help="the proxy the list names for this person")
    pay.add_argument(
        "--proxy-id-checked",
        action="store_true",
        help="with --standing-proxy: you checked the proxy's ID card against the list (needed)",
    )
    pay.add_argument(
        "--id-check", choices=ID_CHECKS, default="card", help="card seen (default), QR scanned, known"
    )
    pay.add_argument(
        "--id-digits", metavar="DIGITS", default="", help="the last digits of the CCCD read from the card"
    )
    pay.add_argument(
        "--id-override",
        metavar="REASON",
        default="",
        help="pay although --id-digits do not match the list: why (kept with the payout)",
    )
    how = pay.add_mutually_exclusive_group()
    how.add_argument(
        "--signature", metavar="FILE.png", help="the recipient's drawn signature (or --thumbprint)"
    )
    how.add_argument("--thumbprint", action="store_true", help="the recipient gave a thumbprint (điểm chỉ)")
    pay.add_argument("--at-home", action="store_true", help="paid on a home visit")
    _staff_option(pay)
    pay.set_defaults(handler=run_pay)


def _proxy(args: argparse.Namespace) -> Proxy | None:
    details = (args.proxy_id, args.proxy_relation, args.proxy_authorisation)
    checked = args.proxy_id_checked
    if args.proxy_name:
        return Proxy(args.proxy_name, *details, id_checked=checked)
    if args.standing_proxy:
        return Proxy("", *details, id_checked=checked)  # the list's standing proxy, with what the clerk adds
    if any(details) or checked:
        raise UsageError(t("cli.proxy_needs_name"))
    return None


def run_pay(args: argparse.Namespace) -> int:
    request = PayoutRequest(
        code=args.code,
        staff=_staff(args),
        proxy=_proxy(args),
        standing_proxy=args.standing_proxy,
        id_check=args.id_check,
        signature_png=read_input_file(Path(args.signature), SIGNATURE_LIMIT) if args.signature else None,
        thumbprint=args.thumbprint,
        at_home=args.at_home,
        id_digits=args.id_digits,
        id_override=args.id_override,
    )
    with _desk(args) as desk:
        try:
            done = desk.pay.record(request)
        except PayoutIncomplete as exc:  # the same refusal, naming the options that give what is missing
            raise Refused(t("cli.pay_needs", items=exc.items(OPTION_KEYS))) from exc
    recipient = (done.details or {}).get("proxy") or {}
    payload = {"payout_id": done.event_id, "amount": done.amount, **_recorded_json(done)}
    payload["recipient"] = recipient.get("name") or "self"
    lines = [
        f"Paid {money(done.amount)} to {done.name} ({done.beneficiary})"
        + (f" through {recipient['name']}" if recipient.get("name") else ""),
        f"  payout {done.event_id}, {done.at_local}, by {done.staff}",
    ]
    emit(args.json, payload, lines)
    return 0
