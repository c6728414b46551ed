"""`payout-desk office person CODE`: one person across months (issue 15)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from payout_desk.cli.desks import office_desk
from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import passphrase
from payout_desk.domain.history import OUTCOME_KEYS, PersonHistory, PersonMonth
from payout_desk.domain.payout_list import STOP_REASON_EN
from payout_desk.lang import Text


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    person = sub.add_parser(
        "person", parents=[common], help="one person across months: lists, payouts, reports, stops, holds"
    )
    person.add_argument(
        "code", metavar="CODE", help="the register code (an earlier code of the person works too)"
    )
    person.set_defaults(handler=run_person)


def month_json(m: PersonMonth) -> dict[str, Any]:
    paid = m.paid
    return {
        "month": m.month,
        "code": m.code,
        "point_code": m.point_code,
        "point_name": m.point_name,
        "list_id": m.list_id,
        "revision": m.revision,
        "amount": m.amount,
        "outcome": m.outcome.value,
        "paid_amount": paid.amount if paid else 0,
        "paid_at": paid.at_local if paid else None,
        "paid_by": paid.staff if paid else None,
        "device": paid.device if paid else None,
        "recipient": (paid.recipient or "self") if paid else None,
        "payouts": m.payouts,
        "exception": m.exception,
        "stop_reason": m.stop_reason,
        "stop_date": m.stop_date,
        "conflicts": list(m.conflicts),
        "lines": [{"kind": k, "label": label, "amount": a} for k, label, a in m.lines],
    }


def history_json(found: PersonHistory) -> dict[str, Any]:
    death = found.death
    return {
        "code": found.code,
        "codes": list(found.codes),
        "name": found.name,
        "cccd": found.cccd,
        "issued": found.issued,
        "paid": found.paid,
        "unclaimed_months": found.unclaimed,
        "death": asdict(death) if death else None,
        "deaths": [asdict(d) for d in found.deaths],
        "months": [month_json(m) for m in found.months],
        "holds": [asdict(h) for h in found.holds],
        "arrears": [{**asdict(a), "months": list(a.months)} for a in found.arrears],
        "family_payments": [asdict(f) for f in found.family],
    }


def _line(m: PersonMonth) -> str:
    what = Text(OUTCOME_KEYS[m.outcome]).en
    if m.paid is not None:
        who = "self" if not m.paid.recipient else f"proxy {m.paid.recipient}"
        what += f" {money(m.paid.amount)} on {m.paid.at_local} by {m.paid.staff} ({m.paid.device}; {who})"
    elif m.stop_reason:
        what += f" ({STOP_REASON_EN.get(m.stop_reason, m.stop_reason)} from {m.stop_date})"
    elif m.exception:
        what += f" (reported: {m.exception})"
    extra = f"; conflicts: {', '.join(m.conflicts)}" if m.conflicts else ""
    return f"  {m.month}  {m.point_code} {m.point_name}  {money(m.amount)}  {what}{extra}"


def run_person(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        found = desk.people.person(args.code)
    lines = [f"{found.code} {found.name}" + (f" (CCCD {found.cccd})" if found.cccd else "")]
    if len(found.codes) > 1:
        lines.append(f"Also under: {', '.join(found.codes[1:])}")
    lines += [_line(m) for m in found.months]
    if found.death is not None:
        d = found.death
        source = (
            f"reported at {d.where} by {d.reported_by or '?'}"
            if d.source == "point"
            else "stopped by the office"
        )
        lines.append(f"Deceased{' on ' + d.date if d.date else ''}: {source} ({d.month})")
    lines += [f"Held in {h.month} ({h.kind}): {h.state}" for h in found.holds]
    lines += [
        f"Arrears from {a.from_month} to {a.to_month}: {money(a.amount)} ({a.mode})" for a in found.arrears
    ]
    lines += [
        f"{f.label} {money(f.amount)} ({f.month}, {f.point_code}, {f.line_code}) to {f.recipient_name} ({f.relation}): "
        + (f"paid on {f.paid.at_local} by {f.paid.staff}" if f.paid else "not paid yet")
        for f in found.family
    ]
    if found.unclaimed:
        lines.append(f"Not collected for {found.unclaimed} month(s) in a row")
    lines.append(f"Issued {money(found.issued)}, paid {money(found.paid)}")
    emit(args.json, history_json(found), lines)
    return 0
