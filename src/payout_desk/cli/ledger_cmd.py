"""`payout-desk point report|void|cash|close-day|export|import-peer`: recording at the point (`point pay`:
pay_cmd.py)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import PIN_ENV, passphrase, pin
from payout_desk.domain.ledger import ReportKind
from payout_desk.domain.money import AmountError, parse_amount
from payout_desk.lang import t, text_of
from payout_desk.services.common.errors import UsageError
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.ledger import Recorded
from payout_desk.services.point.sync import PeerImport

STAFF_ENV = "PAYOUT_DESK_STAFF"


def _staff_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--staff",
        metavar="NAME",
        help=f"the clerk who does this (default: ${STAFF_ENV}, else the laptop's only clerk); "
        f"their PIN from ${PIN_ENV}, else asked",
    )


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", parents=[common], help="record why a beneficiary is not paid")
    report.add_argument("code", metavar="BENEFICIARY_CODE")
    report.add_argument("--kind", required=True, choices=[k.value for k in ReportKind])
    report.add_argument("--note", default="", metavar="TEXT")
    report.add_argument(
        "--date", metavar="YYYY-MM-DD", help="when it happened (default: today; a death needs its date)"
    )
    report.add_argument(
        "--reported-by", default="", metavar="WHO", help="who told you (needed for a death: name, relation)"
    )
    _staff_option(report)
    report.set_defaults(handler=run_report)

    void = sub.add_parser(
        "void", parents=[common], help="cancel a payout, report or cash entry, with a reason"
    )
    void.add_argument("event_id", metavar="EVENT_ID")
    void.add_argument("--reason", required=True, metavar="TEXT")
    _staff_option(void)
    void.set_defaults(handler=run_void)

    note = sub.add_parser(
        "note", parents=[common], help="write a note for the record (it goes to the office)"
    )
    note.add_argument("text", metavar="TEXT")
    note.add_argument("--code", metavar="BENEFICIARY_CODE", help="the beneficiary it is about")
    _staff_option(note)
    note.set_defaults(handler=run_note)

    cash = sub.add_parser("cash", parents=[common], help="cash received, returned, counted")
    cash_sub = cash.add_subparsers(
        title="cash commands", metavar="COMMAND", required=True, parser_class=type(cash)
    )
    for name, text in (
        ("receive", "cash received from the office"),
        ("return", "cash returned to the office"),
    ):
        move = cash_sub.add_parser(name, parents=[common], help=text)
        move.add_argument("amount", metavar="AMOUNT")
        move.add_argument("--note", default="", metavar="TEXT")
        _staff_option(move)
        move.set_defaults(handler=run_cash_move, move=name)
    count = cash_sub.add_parser("count", parents=[common], help="count the cash on hand by banknote")
    count.add_argument("--denominations", required=True, metavar="500000=4,200000=3,…")
    _staff_option(count)
    count.set_defaults(handler=run_cash_count)

    close = sub.add_parser("close-day", parents=[common], help="close today's cash against the last count")
    close.add_argument("--reason", default="", metavar="TEXT", help="why the count differs from the books")
    _staff_option(close)
    close.set_defaults(handler=run_close_day)

    export = sub.add_parser("export", parents=[common], help="write this device's signed sync file")
    export.add_argument("--out", required=True, metavar="FILE.pdsync")
    export.set_defaults(handler=run_export)

    peer = sub.add_parser(
        "import-peer", parents=[common], help="learn what another device of this point recorded"
    )
    peer.add_argument("file", metavar="FILE.pdsync")
    peer.set_defaults(handler=run_import_peer)
    register_recover(sub, common)


def _staff(args: argparse.Namespace) -> str | None:
    return args.staff or os.environ.get(STAFF_ENV)


def _clerk_pin(name: str) -> str:
    return pin(PIN_ENV, f"Mã PIN của {name} / PIN of {name}: ")


def _desk(args: argparse.Namespace) -> PointDesk:
    """The point desk for a command that records: in the name of a known clerk, with their PIN (from
    $PAYOUT_DESK_PIN, else asked at a hidden prompt); a wrong PIN records nothing."""
    desk = PointDesk(args.data_dir, passphrase=passphrase)
    desk.staff.pin_source = _clerk_pin
    return desk


def _amount(text: str) -> int:
    try:
        amount = parse_amount(text)
    except AmountError as exc:
        raise UsageError(text_of(exc)) from exc
    if not amount:
        raise UsageError(t("cli.amount_positive"))
    return amount


def parse_denominations(text: str) -> dict[int, int]:
    """'500000=4,200000=3' (or 500.000=4) → {500000: 4, 200000: 3}."""
    counts: dict[int, int] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        note, sep, pieces = part.partition("=")
        if not sep or not pieces.strip().isdigit():
            raise UsageError(t("cli.denominations_format", part=part))
        value = _amount(note)
        if value in counts:
            raise UsageError(t("cli.denominations_twice", value=value))
        counts[value] = int(pieces)
    if not counts:
        raise UsageError(t("cli.denominations_empty"))
    return counts


def _recorded_json(done: Recorded) -> dict[str, Any]:
    return {
        "event_id": done.event_id,
        "seq": done.seq,
        "kind": done.kind,
        "at_local": done.at_local,
        "staff": done.staff,
        "amount": done.amount,
        "beneficiary_code": done.beneficiary,
        "beneficiary_name": done.name,
    }


def run_report(args: argparse.Namespace) -> int:
    with _desk(args) as desk:
        done = desk.records.report(
            args.code,
            args.kind,
            note=args.note,
            day=args.date,
            reported_by=args.reported_by,
            staff=_staff(args),
        )
    label = ReportKind(args.kind).label_en.lower()
    emit(
        args.json,
        _recorded_json(done),
        [f"Recorded: {done.name} ({done.beneficiary}) {label}; event {done.event_id}"],
    )
    return 0


def run_note(args: argparse.Namespace) -> int:
    with _desk(args) as desk:
        done = desk.records.note(args.text, code=args.code, staff=_staff(args))
    about = f" about {done.name} ({done.beneficiary})" if done.beneficiary else ""
    emit(args.json, _recorded_json(done), [f"Noted{about}; event {done.event_id}"])
    return 0


def run_void(args: argparse.Namespace) -> int:
    with _desk(args) as desk:
        done = desk.records.void(args.event_id, args.reason, staff=_staff(args))
    details = done.details or {}
    payload = {**_recorded_json(done), "voided": details.get("target_kind"), "reason": details.get("reason")}
    emit(
        args.json,
        payload,
        [f"Voided the {details.get('target_kind')} ({args.event_id}); event {done.event_id}"],
    )
    return 0


def run_cash_move(args: argparse.Namespace) -> int:
    amount = _amount(args.amount)
    with _desk(args) as desk:
        if args.move == "receive":
            done = desk.cash.receive(amount, staff=_staff(args), note=args.note)
        else:
            done = desk.cash.give_back(amount, staff=_staff(args), note=args.note)
        on_hand = desk.cash.on_hand()
    verb = "Received" if args.move == "receive" else "Returned"
    payload = {**_recorded_json(done), "on_hand": on_hand}
    emit(args.json, payload, [f"{verb} {money(amount)}; on hand by the books: {money(on_hand)}"])
    return 0


def run_cash_count(args: argparse.Namespace) -> int:
    counts = parse_denominations(args.denominations)
    with _desk(args) as desk:
        done = desk.cash.count(counts, staff=_staff(args))
        on_hand = desk.cash.on_hand()
    payload = {
        **_recorded_json(done),
        "counted": done.amount,
        "on_hand": on_hand,
        "difference": done.amount - on_hand,
    }
    lines = [f"Counted {money(done.amount)}; the books say {money(on_hand)}"]
    if done.amount != on_hand:
        lines.append(
            f"  difference {money(done.amount - on_hand)}: count again, or give a reason at close-day"
        )
    emit(args.json, payload, lines)
    return 0


def run_close_day(args: argparse.Namespace) -> int:
    with _desk(args) as desk:
        closed = desk.cash.close_day(reason=args.reason, staff=_staff(args))
    cash = closed.cash
    payload = {
        **_recorded_json(closed.recorded),
        "date": closed.date,
        "cash_received": cash.received,
        "cash_paid": cash.paid,
        "cash_returned": cash.returned,
        "on_hand": cash.on_hand,
        "counted": closed.counted,
        "difference": closed.difference,
        "payouts_today": closed.payouts_today,
        "paid_today": closed.paid_today,
    }
    lines = [
        f"Day {closed.date} closed: {closed.payouts_today} payouts today, {money(closed.paid_today)}",
        f"  received {money(cash.received)}, paid {money(cash.paid)}, returned {money(cash.returned)}, "
        f"on hand {money(cash.on_hand)}",
        "  not counted (count with `point cash count`)"
        if closed.counted is None
        else f"  counted {money(closed.counted)}, difference {money(closed.difference or 0)}",
    ]
    emit(args.json, payload, lines)
    return 0


def run_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if args.out.endswith(("/", os.sep)):  # a folder: the file gets a name there
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(t("cli.cannot_create_folder", out=out, strerror=exc.strerror)) from exc
    with _desk(args) as desk:
        report = desk.sync.export(out)
    payload = {
        "path": str(report.path),
        "list_id": report.list_id,
        "month": report.month,
        "point_code": report.point_code,
        "events": report.events,
        "last_seq": report.last_seq,
        "head": report.head,
        "payouts": report.payouts,
        "paid_amount": report.paid_amount,
        "signatures": report.signatures,
        "signups": report.signups,
        "bytes": report.size,
        "earlier": [str(p) for p in report.earlier],
    }
    lines = [
        f"Wrote {report.path}: {report.events} events, {report.payouts} payouts, {money(report.paid_amount)}, "
        f"{report.signatures} signatures"
    ]
    lines += [
        f"  and {p} (this laptop's history from before its restore: take it too)" for p in report.earlier
    ]
    emit(args.json, payload, lines)
    return 0


def peer_json(result: PeerImport) -> dict[str, object]:
    return {
        "path": str(result.path),
        "device": result.device_id,
        "device_name": result.device_name,
        "status": result.status,
        "new_events": result.new_events,
        "last_seq": result.last_seq,
    }


def run_import_peer(args: argparse.Namespace) -> int:
    with _desk(args) as desk:
        result = desk.sync.import_peer(Path(args.file))
    payload = peer_json(result)
    text = (
        f"Took in {result.new_events} new events from {result.device_name}"
        if result.new_events
        else f"Nothing new from {result.device_name}"
    )
    emit(args.json, payload, [text])
    return 0


def register_recover(sub: Any, common: argparse.ArgumentParser) -> None:
    recover = sub.add_parser(
        "recover",
        parents=[common],
        help="after a restore: take this device's own newest sync file back in (no fork at the office)",
    )
    recover.add_argument("file", metavar="FILE.pdsync")
    recover.set_defaults(handler=run_recover)


def run_recover(args: argparse.Namespace) -> int:
    with _desk(args) as desk:
        result = desk.sync.recover(Path(args.file))
    payload = peer_json(result)
    text = f"Took back {result.new_events} events of this laptop (up to event {result.last_seq})"
    emit(
        args.json, payload, [text if result.new_events else "Nothing to take back: this laptop has all of it"]
    )
    return 0
