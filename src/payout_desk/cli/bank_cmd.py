"""`payout-desk office transfers` (issue 17): the month's bank-transfer batches written per bank (xlsx for the
bank, transfer list PDF, signed manifest), or one batch again; `office transfers-verify DIR` proves a folder
of batches (exit 4 when a file or a signature does not match); `settings transfer-template` shows or sets the
batch files' column layout."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from payout_desk.cli import clerks_cmd
from payout_desk.cli.desks import office_desk
from payout_desk.cli.output import emit, money
from payout_desk.cli.prompts import passphrase
from payout_desk.domain.transfer_batch import COLUMNS, LeftOut
from payout_desk.lang import Text, t
from payout_desk.services.common.errors import InvalidInput
from payout_desk.services.office.bank_batches import BatchInfo
from payout_desk.services.office.bank_verify import BatchCheck

OUT_KEYS = {
    "account_invalid": "bank.out_account_invalid",
    "bank_unknown": "bank.out_bank_unknown",
    "held": "bank.out_held",
    "stopped": "bank.out_stopped",
}


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    batches = sub.add_parser(
        "transfers", parents=[common], help="write the month's bank-transfer batches, one per bank"
    )
    batches.add_argument("--month", required=True, metavar="YYYY-MM")
    batches.add_argument("--out", required=True, type=Path, metavar="DIR")
    batches.add_argument("--bank", metavar="BIN", help="only this bank (its BIN or short name)")
    batches.add_argument(
        "--again", type=int, metavar="BATCH", help="write batch BATCH's files again, unchanged (nothing sent)"
    )
    batches.set_defaults(handler=run_transfers)
    verify = sub.add_parser(
        "transfers-verify", parents=[common], help="prove a folder of batches against their signed manifests"
    )
    verify.add_argument("folder", type=Path, metavar="DIR")
    verify.set_defaults(handler=run_verify)


def register_setting(sub: Any, common: argparse.ArgumentParser) -> None:
    template = sub.add_parser(
        "transfer-template", parents=[common], help="the bank batch files' columns (show, or set)"
    )
    template.add_argument("--bank", metavar="BIN", help="for this bank only (default: every bank)")
    template.add_argument("--columns", metavar="LIST", help=f"comma-separated, from: {', '.join(COLUMNS)}")
    template.add_argument(
        "--content", metavar="TEXT", help="the transfer content; {month} {code} {name} {point}"
    )
    template.add_argument("--ascii", choices=("yes", "no"), help="write the content without diacritics")
    template.add_argument("--file", type=Path, metavar="JSON", help="the whole template from a JSON file")
    template.set_defaults(handler=run_template)


def out_text(reason: str) -> Text:
    return Text(OUT_KEYS.get(reason, "bank.out_account_invalid"))


def left_out_json(x: LeftOut) -> dict[str, Any]:
    return {**asdict(x), "reason_text": str(out_text(x.reason))}


def batch_line(b: BatchInfo) -> str:
    return "  " + str(
        t("bank.cli_batch_line", bank=b.bank_short_name, bin=b.bank_bin, number=b.number, lines=b.lines,
          total=money(b.total), id=b.id)
    )  # fmt: skip


def run_transfers(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        if args.again is not None:
            again = desk.bank.again(args.again, args.out, month=args.month)
            emit(
                args.json,
                {"batch": asdict(again), "again": True},
                [str(t("bank.cli_again", id=again.id)), batch_line(again)],
            )
            return 0
        if desk.clerks.enforced():  # an approver signs, once another clerk prepared it (issue 16)
            return clerks_cmd.emit_prepared(
                args, desk.approvals.prepare_bank_batch(args.month, bank=args.bank)
            )
        run = desk.bank.write(args.month, args.out, bank=args.bank)
        templates = desk.bank_templates.all()
    payload = {
        "month": run.month,
        "out": run.out,
        "batches": [asdict(b) for b in run.batches],
        "lines": sum(b.lines for b in run.batches),
        "total": run.total,
        "already_sent": run.already_sent,
        "left_out": [left_out_json(x) for x in run.left_out],
        "templates": templates,
    }
    lines = [str(t("bank.cli_written", month=run.month, count=len(run.batches), total=money(run.total)))]
    lines += [batch_line(b) for b in run.batches]
    if run.already_sent:
        lines.append(str(t("bank.cli_already_sent", count=run.already_sent)))
    if run.left_out:
        lines.append(str(t("bank.cli_left_out", count=len(run.left_out))))
        lines += [f"    {x.code} ({x.row}): {out_text(x.reason)} {x.detail}".rstrip() for x in run.left_out]
    emit(args.json, payload, lines)
    return 0


def check_json(c: BatchCheck) -> dict[str, Any]:
    return {
        "manifest": c.manifest,
        "month": c.month,
        "bank_bin": c.bank_bin,
        "number": c.number,
        "lines": c.lines,
        "total": c.total,
        "files": c.files,
        "ok": c.ok,
        "problems": [p.en for p in c.problems],
        "problems_vi": [p.vi for p in c.problems],
    }


def run_verify(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        checks = desk.bank.verify(args.folder)
    lines = []
    for c in checks:
        said = (
            t("bank.cli_verify_ok", manifest=c.manifest, bin=c.bank_bin, number=c.number, lines=c.lines,
              total=money(c.total))
            if c.ok
            else t("bank.cli_verify_bad", manifest=c.manifest, bin=c.bank_bin, number=c.number)
        )  # fmt: skip
        lines += [str(said), *(f"    {p}" for p in c.problems)]
    ok = all(c.ok for c in checks)
    emit(args.json, {"ok": ok, "batches": [check_json(c) for c in checks]}, lines)
    return 0 if ok else 4


def _template_value(args: argparse.Namespace, current: dict[str, Any]) -> Any:
    if args.file is not None:
        try:
            return json.loads(args.file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise InvalidInput(t("bank.template_not_json", detail=str(exc))) from exc
    if args.columns is None and args.content is None and args.ascii is None:
        return None
    value = dict(current)
    if args.columns is not None:
        value["columns"] = [c.strip() for c in args.columns.split(",") if c.strip()]
    if args.content is not None:
        value["content"] = args.content
    if args.ascii is not None:
        value["ascii_content"] = args.ascii == "yes"
    return value


def run_template(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        templates = desk.bank_templates
        current = templates.template(templates.bank_key(args.bank) if args.bank else None).as_json()
        value = _template_value(args, current)
        if value is not None:
            templates.save(value, bank=args.bank)
        shown = templates.all()
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in shown.items()]
    emit(args.json, {"templates": shown, "saved": value is not None}, lines)
    return 0
