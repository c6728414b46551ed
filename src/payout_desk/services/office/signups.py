"""The month's sign-ups for payment by bank account, for the welfare office (`office.signups`, issue 17
item 5): every sign-up the points' sync files brought, with the register's account checks
(domain/signup.signup_flags) and who signed up whom, when, at which point and on which laptop. The account
numbers are shown in full on this paper (it goes to the welfare office, which opens the accounts); anything
public shows them masked (domain/accounts.masked)."""

from __future__ import annotations

from pathlib import Path

from payout_desk.domain.clock import to_local, utc_now
from payout_desk.domain.signup import SignupSeen, signup_flags
from payout_desk.domain.signup_sheet import SignupLine, SignupSheet
from payout_desk.exchange.bank_table import bank_table
from payout_desk.exchange.signups_xlsx import write_signups
from payout_desk.lang import t
from payout_desk.services.common.desk import Desk, parse_month
from payout_desk.services.common.errors import DeskError
from payout_desk.store.signups import month_listed_codes, month_signups
from payout_desk.trust.atomic import write_atomic


class SignupList:
    """The office's list of sign-ups for a month."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def month(self, month_text: str) -> SignupSheet:
        month = str(parse_month(month_text))
        office = self.desk.require_identity("office").name
        table = bank_table()
        with self.desk.db.reading() as session:
            rows = month_signups(session, month)
            listed = month_listed_codes(session, month)
            replaced = {row.replaces for row, _ in rows if row.replaces}
            seen = [
                SignupSeen(row.id, row.code, row.name, row.bank_bin, row.account, row.holder, row.device_id,
                           row.id not in replaced)
                for row, _ in rows
            ]  # fmt: skip
            flags = signup_flags(seen, listed, table)
            lines = []
            for row, point_name in rows:
                bank = table.by_bin(row.bank_bin)
                lines.append(
                    SignupLine(
                        row.id,
                        row.code,
                        row.name,
                        row.point_code,
                        point_name,
                        row.bank_bin,
                        bank.short_name if bank else "",
                        row.account,
                        row.holder,
                        row.holder_mismatch,
                        row.phone,
                        row.source,
                        row.thumbprint,
                        row.staff,
                        row.device_name,
                        row.device_id,
                        row.at_local,
                        row.replaces,
                        row.reason,
                        row.id not in replaced,
                        tuple(flags[row.id]),
                    )
                )
        made = to_local(utc_now()).strftime("%d/%m/%Y %H:%M")
        return SignupSheet(month, office, made, tuple(lines))

    def export(self, month_text: str, out: Path) -> tuple[SignupSheet, Path]:
        """The month's list written as an xlsx workbook at `out` (a folder: a file named for the month)."""
        sheet = self.month(month_text)
        if out.is_dir():
            out = out / f"dang-ky-tai-khoan_{sheet.month}.xlsx"
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(out, write_signups(sheet))
        except OSError as exc:
            raise DeskError(t("office.cannot_write", out=out, value=exc.strerror or exc)) from exc
        self.desk.attribute(
            "export-signups", sheet.month, file=out.name, signups=len(sheet.lines), flagged=sheet.flagged
        )
        return sheet, out
