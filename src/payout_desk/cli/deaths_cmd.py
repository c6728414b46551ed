"""`payout-desk office recover`, and the one-off payment of `office amend --add-payment` (issue 15, item 5)."""

from __future__ import annotations

import argparse
from typing import Any

from payout_desk.cli.desks import office_desk
from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import passphrase
from payout_desk.domain.money import AmountError, parse_amount
from payout_desk.domain.oneoff import PAYMENT_KINDS
from payout_desk.domain.payout_list import Change
from payout_desk.lang import t, text_of
from payout_desk.services.common.errors import UsageError
from payout_desk.services.office.deaths import ToRecover
from payout_desk.services.office.payments import PaymentOrder


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    recover = sub.add_parser(
        "recover", parents=[common], help="payouts made after the month of death: the amounts to recover"
    )
    recover.add_argument("--month", required=True, metavar="YYYY-MM", help="up to and including this month")
    recover.set_defaults(handler=run_recover)


def payment_options(amend: argparse.ArgumentParser) -> None:
    """`office amend`'s options for --add-payment CODE (the group's third choice, beside --stop and --add)."""
    amend.add_argument("--kind", choices=tuple(PAYMENT_KINDS), help="--add-payment: funeral or one-off")
    amend.add_argument("--amount", metavar="ĐỒNG", help="--add-payment: the amount in whole đồng")
    amend.add_argument(
        "--recipient-name", metavar="NAME", default="", help="--add-payment: the relative paid"
    )
    amend.add_argument("--recipient-id", metavar="ID", default="", help="--add-payment: their CCCD number")
    amend.add_argument("--relation", metavar="TEXT", default="", help="--add-payment: e.g. vợ, con")


def payment_order(args: argparse.Namespace) -> PaymentOrder | None:
    """The payment `office amend --add-payment` asks for (its --reason is the decision it follows)."""
    if args.add_payment is None:
        return None
    try:
        amount = parse_amount(args.amount) if args.amount else None
    except AmountError as exc:
        raise UsageError(text_of(exc)) from exc
    return PaymentOrder(
        args.add_payment,
        args.kind or "",
        amount or 0,
        args.recipient_name,
        args.recipient_id,
        args.relation,
        args.reason or "",
    )


def payment_json(change: Change) -> dict[str, Any] | None:
    p = change.payment
    if p is None:
        return None
    return {
        "for": p.for_code,
        "kind": p.kind,
        "amount": p.amount,
        "recipient_name": p.recipient_name,
        "recipient_id": p.recipient_id,
        "relation": p.relation,
        "reason": p.reason,
    }


def payment_line(change: Change) -> str:
    p = change.payment
    assert p is not None
    return "  " + str(
        t(
            "deaths.cli_payment",
            seq=change.seq,
            label=p.label,
            amount=money(p.amount),
            code=p.for_code,
            name=p.name,
            recipient=p.recipient_name,
            relation=p.relation,
            line=change.code,
        )
    )


def recover_json(r: ToRecover) -> dict[str, Any]:
    d = r.death
    return {
        "code": r.code,
        "name": r.name,
        "point_code": r.point_code,
        "point_name": r.point_name,
        "month_paid": r.month,
        "amount": r.amount,
        "paid_at": r.paid_at,
        "paid_by": r.paid_by,
        "device": r.device,
        "recipient": r.recipient or None,
        "death": {
            "source": d.source,
            "date": d.date,
            "reported_by": d.reported_by or None,
            "where": d.where,
            "month": d.month,
            "record_id": d.record_id,
            "recorded_at": d.recorded_at,
        },
    }


def run_recover(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        found = desk.deaths.recover(args.month)
    payload = {
        "month": found.month,
        "count": len(found.rows),
        "total": found.total,
        "payouts": [recover_json(r) for r in found.rows],
    }
    lines = [
        str(t("deaths.cli_recover_head", month=found.month, count=len(found.rows), total=money(found.total)))
    ]
    for r in found.rows:
        d = r.death
        source = (
            t("deaths.source_point", reported_by=d.reported_by or "—")
            if d.source == "point"
            else t("deaths.source_office")
        )
        lines.append(
            "  "
            + str(
                t(
                    "deaths.cli_recover_row",
                    code=r.code,
                    name=r.name,
                    point=r.point_code,
                    month=r.month,
                    amount=money(r.amount),
                    staff=r.paid_by,
                    device=r.device,
                    date=d.date or "—",
                    source=source,
                    where=d.where,
                )
            )
        )
    emit(args.json, payload, lines)
    return 0
