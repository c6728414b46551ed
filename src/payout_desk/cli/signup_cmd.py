"""Sign-ups for payment by bank account (issue 17 item 5): `payout-desk point signup CODE …` records one at
the point (the window's *Đăng ký nhận qua tài khoản…*, under the same rules); `payout-desk office signups
--month M --out FILE.xlsx` writes the month's list for the welfare office (the office window's
*Giấy tờ → Danh sách đăng ký nhận qua tài khoản…*)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from payout_desk.cli.desks import office_desk
from payout_desk.cli.ledger_cmd import _desk, _staff, _staff_option
from payout_desk.cli.output import emit
from payout_desk.cli.prompts import passphrase
from payout_desk.domain.signup import SignupForm
from payout_desk.lang import t
from payout_desk.services.common.errors import UsageError
from payout_desk.services.common.inputs import SIGNATURE_LIMIT, read_input_file
from payout_desk.services.point.signups import SignupRequest


def register_point(sub: Any, common: argparse.ArgumentParser) -> None:
    signup = sub.add_parser(
        "signup", parents=[common], help="record a beneficiary's sign-up for payment by bank account"
    )
    signup.add_argument("code", metavar="BENEFICIARY_CODE")
    signup.add_argument("--bank", default="", metavar="BIN|NAME", help="the bank: its BIN, code or name")
    how = signup.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--account", metavar="N", help="the account number (digits; spaces and dashes are taken out)"
    )
    how.add_argument(
        "--qr", metavar="TEXT", help="a VietQR code's text as a scanner types it (gives bank and account)"
    )
    signup.add_argument(
        "--account-again", metavar="N", default=None, help="the account number typed a second time (checked)"
    )
    signup.add_argument(
        "--holder", default="", metavar="NAME", help="the holder (default: the person's name)"
    )
    signup.add_argument("--holder-confirmed", action="store_true",
                        help="record a holder who is not the beneficiary (e.g. the spouse's account)")  # fmt: skip
    signup.add_argument("--phone", default="", metavar="P", help="a mobile number: 10 digits from 0, or +84")
    signup.add_argument(
        "--reason", default="", metavar="TEXT", help="why an earlier sign-up this month is replaced"
    )
    signed = signup.add_mutually_exclusive_group(required=True)
    signed.add_argument("--signature", metavar="FILE.png", help="the person's drawn signature")
    signed.add_argument("--thumbprint", action="store_true", help="the person gave a thumbprint (điểm chỉ)")
    _staff_option(signup)
    signup.set_defaults(handler=run_signup)


def register_office(sub: Any, common: argparse.ArgumentParser) -> None:
    signups = sub.add_parser(
        "signups",
        parents=[common],
        help="the month's sign-ups for payment by account, for the welfare office (xlsx)",
    )
    signups.add_argument("--month", required=True, metavar="YYYY-MM")
    signups.add_argument("--out", required=True, metavar="FILE.xlsx")
    signups.set_defaults(handler=run_office_signups)


def run_signup(args: argparse.Namespace) -> int:
    account = args.account or ""
    if args.qr and args.account_again:
        raise UsageError(t("cli.signup_again_with_qr"))
    form = SignupForm(
        bank=args.bank,
        account=account,
        account_again=account if args.account_again is None else args.account_again,
        qr=args.qr or "",
        holder=args.holder,
        phone=args.phone,
        holder_confirmed=args.holder_confirmed,
        reason=args.reason,
    )
    request = SignupRequest(
        code=args.code,
        form=form,
        staff=_staff(args),
        signature_png=read_input_file(Path(args.signature), SIGNATURE_LIMIT) if args.signature else None,
        thumbprint=args.thumbprint,
    )
    with _desk(args) as desk:
        done = desk.signups.record(request)
    payload: dict[str, Any] = {
        "signup_id": done.signup_id,
        "code": done.code,
        "name": done.name,
        "bank_bin": done.bank_bin,
        "bank": done.bank,
        "account": done.account,
        "holder": done.holder,
        "holder_mismatch": done.holder_mismatch,
        "phone": done.phone,
        "source": done.source,
        "normalised": done.normalised,
        "replaces": done.replaces,
        "staff": done.staff,
        "at": done.at_local,
    }
    said = t("signups.recorded", name=done.name, code=done.code, bank=done.bank, account=done.account_masked)
    emit(args.json, payload, [str(said), *(f"  {note}" for note in done.notes())])
    return 0


def run_office_signups(args: argparse.Namespace) -> int:
    with office_desk(args, passphrase=passphrase) as desk:
        sheet, out = desk.signups.export(args.month, Path(args.out))
    payload = {
        "month": sheet.month,
        "path": str(out),
        "count": len(sheet.lines),
        "flagged": sheet.flagged,
        "signups": [{**asdict(line), "flags": [flag.value for flag in line.flags]} for line in sheet.lines],
    }
    said = t("signups.written", count=len(sheet.lines), month=sheet.month, flagged=sheet.flagged, out=out)
    emit(args.json, payload, [str(said)])
    return 0
