"""`payout-desk office enroll-device|amend|import|status|resolve|settlement`: the office after issue."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from payout_desk.cli import clerks_cmd, deaths_cmd
from payout_desk.cli.bank_results_cmd import banks_json, transfer_lines
from payout_desk.cli.cash_cmd import add_cash, cash_lines
from payout_desk.cli.desks import office_desk
from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import passphrase
from payout_desk.domain.payout_list import STOP_REASONS, ChangeKind
from payout_desk.domain.settlement import settlement_json
from payout_desk.lang import Text, t
from payout_desk.services.common.outcomes import ImportStatus
from payout_desk.services.common.report_override import override_line
from payout_desk.services.office.status import ConflictReport, OfficeStatus, conflict_labels


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    enroll = sub.add_parser("enroll-device", parents=[common], help="enrol a point device's public key")
    enroll.add_argument("--point", required=True, metavar="CODE")
    enroll.add_argument(
        "--public-key", required=True, metavar="B64", help="from `payout-desk keys show` on the device"
    )
    enroll.add_argument("--name", required=True, metavar="TEXT")
    enroll.set_defaults(handler=run_enroll)

    revoke = sub.add_parser(
        "revoke-device",
        parents=[common],
        help="revoke a lost or stolen laptop (its later events are refused)",
    )
    revoke.add_argument("key_id", metavar="KEY_ID", help="from `office devices` or the enrolment")
    revoke.set_defaults(handler=run_revoke)

    amend = sub.add_parser("amend", parents=[common], help="stop or add beneficiaries on an issued list")
    amend.add_argument("--month", required=True, metavar="YYYY-MM")
    amend.add_argument("--point", required=True, metavar="CODE")
    what = amend.add_mutually_exclusive_group(required=True)
    what.add_argument("--stop", metavar="BENEFICIARY_CODE")
    what.add_argument("--add", metavar="FILE.xlsx", help="a register-shaped file with the people to add")
    what.add_argument(
        "--add-payment", metavar="BENEFICIARY_CODE", help="a one-off payment to a deceased person's relative"
    )
    amend.add_argument(
        "--reason", metavar="TEXT", help=f"--stop: {'|'.join(STOP_REASONS)}; --add-payment: the decision"
    )
    deaths_cmd.payment_options(amend)
    amend.add_argument("--date", metavar="YYYY-MM-DD", help="when the stop takes effect")
    amend.add_argument("--out", required=True, metavar="DIR")
    amend.set_defaults(handler=run_amend)

    imp = sub.add_parser("import", parents=[common], help="import sync files from point devices")
    imp.add_argument("files", nargs="+", metavar="FILE.pdsync")
    imp.set_defaults(handler=run_import)

    status = sub.add_parser("status", parents=[common], help="the month's reconciliation per point")
    status.add_argument("--month", required=True, metavar="YYYY-MM")
    status.set_defaults(handler=run_status)

    resolve = sub.add_parser("resolve", parents=[common], help="record the office's decision on a conflict")
    resolve.add_argument("--month", required=True, metavar="YYYY-MM")
    resolve.add_argument("conflict", metavar="CONFLICT_ID")
    resolve.add_argument("--note", required=True, metavar="TEXT", help="what was decided")
    resolve.add_argument("--by", required=True, metavar="NAME", help="who decided")
    resolve.set_defaults(handler=run_resolve)

    settle = sub.add_parser("settlement", parents=[common], help="the month's settlement workbook (.xlsx)")
    settle.add_argument("--month", required=True, metavar="YYYY-MM")
    settle.add_argument("--out", required=True, metavar="FILE.xlsx")
    settle.set_defaults(handler=run_settlement)


def run_enroll(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        done = desk.devices.enroll(args.point, args.public_key, args.name)
    payload = {
        "point_code": done.point_code,
        "point_name": done.point_name,
        "name": done.name,
        "key_id": done.key_id,
        "fingerprint": done.fingerprint,
        "already_enrolled": done.already,
    }
    lines = [
        f"{'Already enrolled' if done.already else 'Enrolled'}: “{done.name}” for {done.point_code} {done.point_name}",
        f"  fingerprint {done.fingerprint} — it must match what the device shows (keys show)",
        "  the next `office issue-lists` names it in the point's list",
    ]
    emit(args.json, payload, lines)
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        done = desk.devices.revoke(args.key_id)
    lines = [
        f"Revoked “{done.name}” of {done.point_code} ({done.key_id}) on {done.revoked_at}: the events the office "
        "already has stay; later ones are refused. Issue the lists again so the point's other laptops stop "
        "trusting it."
    ]
    payload = {
        "point_code": done.point_code,
        "name": done.name,
        "key_id": done.key_id,
        "revoked_at": done.revoked_at,
    }
    emit(args.json, payload, lines)
    return 0


def run_amend(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        change = {
            "stop": args.stop,
            "reason": args.reason,
            "day": args.date,
            "add_file": Path(args.add) if args.add else None,
            "payment": deaths_cmd.payment_order(args),
        }
        if desk.clerks.enforced():  # an approver signs, once another clerk prepared it (issue 16)
            return clerks_cmd.emit_prepared(
                args, desk.approvals.prepare_amend(args.month, args.point, **change)
            )
        report = desk.amendments.amend(args.month, args.point, Path(args.out), **change)
    payload = {
        "path": str(report.path),
        "point_code": report.point_code,
        "month": report.month,
        "list_id": report.list_id,
        "last_seq": report.last_seq,
        "changes": [
            {
                "seq": c.seq,
                "kind": c.kind,
                "code": c.code,
                "reason": c.reason,
                "date": c.date,
                "amount": c.beneficiary.total if c.beneficiary else None,
                "payment": deaths_cmd.payment_json(c),
            }
            for c in report.changes
        ],
    }
    lines = [
        f"Wrote {report.path} (amendments 1–{report.last_seq} for {report.point_code}, {report.month}):"
    ] + [
        f"  no. {c.seq}: stop {c.code} from {c.date} ({c.reason})"
        if c.kind == ChangeKind.STOP
        else deaths_cmd.payment_line(c)
        if c.payment
        else f"  no. {c.seq}: add {c.code} {c.beneficiary.name if c.beneficiary else ''}"
        for c in report.changes
    ]
    emit(args.json, payload, lines)
    return 0


def run_import(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        result = desk.imports.files([Path(f) for f in args.files])
    outcomes = result.files
    payload = {
        "files": [
            {
                "path": o.path,
                "status": o.status,
                "new_events": o.new_events,
                "new_signups": o.new_signups,
                "reason": str(o.why) if o.why else None,
                "device": o.device or None,
                "point_code": o.point_code or None,
            }
            for o in outcomes
        ],
        "conflicts": result.conflicts,
    }
    lines = [
        f"  {o.status:11} {o.path}"
        + (f": {t('cli.sync_new_events', count=o.new_events)}" if o.new_events else "")
        + (f", {t('signups.cli_new', count=o.new_signups)}" if o.new_signups else "")
        + (f" — {o.why}" if o.why else "")
        for o in outcomes
    ]
    imported = sum(o.status == ImportStatus.IMPORTED for o in outcomes)
    lines.append(str(t("cli.sync_summary", imported=imported, conflicts=result.conflicts)))
    emit(args.json, payload, lines)
    return 4 if any(o.status == ImportStatus.REJECTED for o in outcomes) else 0


def conflict_json(c: ConflictReport) -> dict[str, Any]:
    return {
        "id": c.conflict_id,
        "kind": c.kind,
        "point_code": c.point_code,
        "list_id": c.list_id,
        "beneficiary_code": c.beneficiary_code,
        "beneficiary_name": c.beneficiary_name,
        "events": c.events,
        "resolution": c.resolution,
    }


def status_json(report: OfficeStatus) -> dict[str, Any]:
    """The month's status: every figure from its one settlement (`report.settlement`), under the keys the
    JSON has always had, with the lists, devices, exceptions, flags and conflicts beside them."""
    settled = report.settlement
    points = [
        {
            "code": p.code,
            "name": p.name,
            "list_id": p.list_id,
            "revision": p.revision,
            **settlement_json(settled.point(p.code)),
            "exceptions": p.figures.exceptions,
            "devices": [
                {"name": d.name, "key_id": d.key_id, "last_sync": d.last_sync, "last_seq": d.last_seq}
                for d in p.devices
            ],
            "flags": [{"kind": flag.kind, "detail": flag.detail} for flag in p.flags],
        }
        for p in report.points
    ]
    return {
        "month": report.month,
        "points": points,
        "totals": {**settlement_json(settled.total), "exceptions": report.totals.exceptions},
        "problems": settled.problems(),
        "banks": banks_json(settled),  # issue 17: each bank's transfers of the month
        "conflicts": [conflict_json(c) for c in report.conflicts],
        "closed": {"closed_at": report.closed.closed_at, "closed_by": report.closed.closed_by}
        if report.closed
        else None,
    }


def _conflict_line(c: ConflictReport) -> str:
    label = conflict_labels(c.kind)[1]
    who = f"{c.beneficiary_code} {c.beneficiary_name or ''}".strip() if c.beneficiary_code else "device"
    records = "; ".join(
        f"{e.get('device_name')} #{e.get('seq')} {e.get('kind', 'history')} {e.get('at_local', '')}".strip()
        for e in c.events
    )
    state = f"resolved: {c.resolution['note']}" if c.resolution else "OPEN"
    override = override_line(c.events)
    records += f" — {override}" if override is not None else ""
    return f"  [{c.conflict_id[:8]}] {c.point_code} {label}: {who} — {records} — {state}"


def run_status(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        report = desk.status.month(args.month)
        cash = desk.point_cash.month(args.month)
    lines = [f"Month {report.month}: {len(report.points)} points"]
    if report.closed:  # the figures below are the frozen ones
        closed = report.closed
        head = {"month": closed.month, "at": closed.closed_at, "by": closed.closed_by}
        lines.append(f"  {Text('closing.closed_head', head)}")
    for p in report.points:
        f = report.settlement.point(p.code)
        lines.append(
            f"  {p.code:5} {p.name}: paid {f.paid.people}/{f.issued.people} ({money(f.paid.money)} as listed, "
            f"{money(f.paid_out)} handed out), unpaid {f.unpaid.people}, stopped {f.stopped.people}, "
            f"conflicts {p.conflicts}; cash held {money(f.held)}"
        )
        if p.flags:
            kinds = ", ".join(sorted({flag.kind for flag in p.flags}))
            lines.append(
                f"        {len(p.flags)} stored records flagged and left out of the figures ({kinds})"
            )
    t = report.settlement.total
    lines.append(
        f"Total: paid {t.paid.people}/{t.issued.people} ({money(t.paid.money)} as listed of "
        f"{money(t.issued.money)}, {money(t.paid_out)} handed out); cash received {money(t.received)}, "
        f"returned {money(t.returned)}, still held {money(t.held)}"
    )
    lines += transfer_lines(report.settlement)
    if report.conflicts:
        lines.append(f"{len(report.conflicts)} conflicts:")
        lines.extend(_conflict_line(c) for c in report.conflicts)
    emit(args.json, add_cash(status_json(report), cash), [*lines, *cash_lines(cash)])
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        conflict = desk.conflicts.resolve(args.month, args.conflict, args.note, args.by)
    emit(
        args.json,
        conflict_json(conflict),
        [f"Recorded the resolution of {conflict.conflict_id}", _conflict_line(conflict)],
    )
    return 0


def run_settlement(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        result = desk.papers.settlement(args.month, Path(args.out))
    payload = {
        "path": str(result.path),
        "month": result.month,
        "points": result.points,
        "beneficiaries": result.beneficiaries,
        "exceptions": result.exceptions,
        "conflicts": result.conflicts,
        "paid_amount": result.paid_amount,
        "cash_out": result.cash_out,
    }
    lines = [
        f"Wrote {result.path}: {result.points} points, {result.beneficiaries} beneficiaries, "
        f"{result.exceptions} exceptions, {result.conflicts} conflicts; paid {money(result.paid_amount)}, "
        f"cash still out {money(result.cash_out)}"
    ]
    emit(args.json, payload, lines)
    return 0
