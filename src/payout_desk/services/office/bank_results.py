"""`office.bank_results`: the bank's result file for the month's transfers (issue 17 item 3). Each line is
matched to its transfer (domain/transfer_results.py: never guessed); paid → recorded paid by transfer with the
bank's reference and time; failed → recorded with the bank's reason and, by the office's choice (`--failed`,
default the setting `transfer_failed_action`): put on the point's cash list by báo tăng in the same month
(`cash`), carried to next month as arrears (`carry`), or only listed (`list`). All in one transaction: a
file refused (another month, another bank, decimals, a repeated line, an unknown bank) changes nothing, and
taking the same file in again changes nothing either (each line `unchanged`). Each import is stored
(transfer_result_imports) and attributed (`transfer-results`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from payout_desk.domain.accounts import masked
from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.money import format_vnd
from payout_desk.domain.month import Month
from payout_desk.domain.transfer_results import BankLine, Decision, Flag, Transfer, Verdict, decide
from payout_desk.exchange.bank_results import BankResultsError, ResultFile, ResultLine, read_results
from payout_desk.exchange.bank_table import bank_table
from payout_desk.lang import Text, t
from payout_desk.services.common.desk import OFFICE_LOCK, Desk, parse_month
from payout_desk.services.common.errors import InvalidInput, Refused, UsageError
from payout_desk.services.common.inputs import REGISTER_LIMIT, check_input_file
from payout_desk.services.office.clerks import OfficeClerks
from payout_desk.services.office.devices import AmendReport
from payout_desk.services.office.failed_transfers import FailedMoves, point_of
from payout_desk.store.bank_models import FAILED, PAID, TransferLine
from payout_desk.store.bank_results import add_result_import, failed_transfers, result_imports
from payout_desk.store.bank_transfers import month_lines
from payout_desk.store.models import Point
from payout_desk.store.points import all_points
from payout_desk.store.settings import put_setting, setting
from payout_desk.trust.keys import SigningKey

FLAG_KEYS = {
    Flag.NO_MATCH: "bankresults.flag_no_match",
    Flag.TWO_MATCHES: "bankresults.flag_two_matches",
    Flag.AMOUNT_DIFFERS: "bankresults.flag_amount_differs",
    Flag.ACCOUNT_DIFFERS: "bankresults.flag_account_differs",
    Flag.NOT_SENT: "bankresults.flag_not_sent",
    Flag.TWICE: "bankresults.flag_twice",
    Flag.CONTRADICTS: "bankresults.flag_contradicts",
    Flag.STATUS_UNKNOWN: "bankresults.flag_status_unknown",
    Flag.ACCOUNT_INVALID: "bankresults.flag_account_invalid",
}
ACTION_KEYS = {
    "cash": "bankresults.action_cash",
    "carry": "bankresults.action_carry",
    "list": "bankresults.action_list",
}
FAILED_SETTING = "transfer_failed_action"
CASH, CARRY, LIST = "cash", "carry", "list"
FAILED_ACTIONS = (CASH, CARRY, LIST)


@dataclass(frozen=True, slots=True)
class LineReport:
    """One line of the bank's file, what it said and what the desk did with it."""

    row: int
    code: str | None
    name: str
    point_code: str
    account: str  # masked: all but the last four digits hidden
    amount: int
    status: str  # the bank's word
    verdict: Verdict
    flag: Flag | None = None
    reference: str = ""
    reason: str = ""  # the bank's reason for a failure
    action: str | None = None  # cash | carry | list: what was done with a failure now
    normalised: bool = False  # the bank wrote the account with spaces or dashes

    def flag_text(self) -> Text | None:
        """Why the line changed nothing, in either language (None when it did not need to)."""
        return Text(FLAG_KEYS[self.flag], {"status": self.status}) if self.flag is not None else None


@dataclass(slots=True)
class ResultsReport:
    month: str
    file_name: str
    sha256: str
    banks: list[str]  # the BINs the file named
    failed_action: str
    lines: list[LineReport] = field(default_factory=list)
    amendments: list[AmendReport] = field(default_factory=list)  # the báo tăng written (cash)
    carried: list[str] = field(default_factory=list)  # codes carried to next month (carry)
    seen_before: bool = False  # a file with the same SHA-256 was taken in before for the month

    def count(self, verdict: Verdict) -> int:
        return sum(1 for line in self.lines if line.verdict == verdict)

    def money(self, verdict: Verdict) -> int:
        return sum(line.amount for line in self.lines if line.verdict == verdict)

    @property
    def changed(self) -> bool:
        return bool(self.count(Verdict.PAID) or self.count(Verdict.FAILED) or self.amendments or self.carried)

    def head(self) -> Text:
        """The import in one sentence: paid, failed, lines to look at, lines already recorded."""
        return t(
            "bankresults.cli_head",
            name=self.file_name,
            month=Month.parse(self.month).label_vi,
            paid=self.count(Verdict.PAID),
            paid_amount=format_vnd(self.money(Verdict.PAID)),
            failed=self.count(Verdict.FAILED),
            failed_amount=format_vnd(self.money(Verdict.FAILED)),
            flagged=self.count(Verdict.FLAGGED),
            unchanged=self.count(Verdict.UNCHANGED),
        )

    def acted(self, action: str) -> int:
        """How many failures were given `action` now."""
        return sum(1 for line in self.lines if line.action == action)

    def counts(self) -> dict[str, int]:
        found = {verdict.value: self.count(verdict) for verdict in Verdict}
        found |= {
            f"{verdict.value}_amount": self.money(verdict) for verdict in (Verdict.PAID, Verdict.FAILED)
        }
        return found | {"lines": len(self.lines), "to_cash": self.acted(CASH), "carried": self.acted(CARRY)}


def _bank_line(line: ResultLine) -> BankLine:
    return BankLine(line.row, line.account, line.amount, line.outcome, line.reference, line.code)


def _transfers(lines: Sequence[TransferLine]) -> list[Transfer]:
    return [Transfer(x.code, x.account, x.amount, x.state, x.bank_ref) for x in lines]


class BankResults:
    """The bank's results taken in (`office.bank_results`)."""

    def __init__(self, desk: Desk, clerks: OfficeClerks) -> None:
        self.desk = desk
        self.clerks = clerks

    def failed_action(self) -> str:
        """The office's choice for failed transfers (the setting; `list` until one is saved)."""
        with self.desk.db.reading() as session:
            value = setting(session, FAILED_SETTING)
        return value if value in FAILED_ACTIONS else LIST

    def set_failed_action(self, action: str) -> str:
        if action not in FAILED_ACTIONS:
            raise UsageError(t("bankresults.action_unknown", value=action, choices=", ".join(FAILED_ACTIONS)))
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            put_setting(session, FAILED_SETTING, action)
        self.desk.attribute("transfer-failed-setting", None, choice=action)
        return action

    def read(self, path: Path, month_text: str) -> ResultFile:
        """The file read and checked against the month (nothing stored): BankResultsError → InvalidInput."""
        month = parse_month(month_text)
        check_input_file(path, REGISTER_LIMIT)
        try:
            result = read_results(path, bank_table())
        except BankResultsError as exc:
            raise InvalidInput(exc.text) from exc
        other = sorted(m for m in result.months if m != month)
        if other:
            raise InvalidInput(
                t("bankresults.other_month", name=path.name, found=other[0].label_vi, month=month.label_vi)
            )
        return result

    def import_file(
        self, path: Path, month_text: str, *, failed: str | None = None, out_dir: Path | None = None
    ) -> ResultsReport:
        """Take the bank's result file in for the month (see the module's words)."""
        month = str(parse_month(month_text))
        self.desk.require_identity("office")
        action = failed if failed is not None else self.failed_action()
        if action not in FAILED_ACTIONS:
            raise UsageError(t("bankresults.action_unknown", value=action, choices=", ".join(FAILED_ACTIONS)))
        result = self.read(path, month)
        key = self._key_if_needed(result, month, action)
        now = iso_utc(utc_now())
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            report = self._apply(session, result, month, action, now)
            moves = FailedMoves(session, month, now, self.clerks.who())
            failures = [line for line in report.lines if line.action == action and action != LIST]
            if action == CASH and failures:
                assert key is not None
                report.amendments = moves.to_cash(
                    [f.code for f in failures if f.code], key, out_dir or path.parent
                )
            elif action == CARRY and failures:
                report.carried = moves.carry([f.code for f in failures if f.code])
            add_result_import(
                session,
                month=month,
                file_name=path.name,
                file_sha256=result.sha256,
                imported_at=now,
                imported_by=self.clerks.who(),
                banks=",".join(report.banks),
                failed_action=action,
                lines=len(report.lines),
                paid=report.count(Verdict.PAID),
                failed=report.count(Verdict.FAILED),
                flagged=report.count(Verdict.FLAGGED),
                unchanged=report.count(Verdict.UNCHANGED),
                counts=json.dumps(report.counts()),
            )
        self.desk.attribute(
            "transfer-results",
            month,
            file=path.name,
            sha256=result.sha256,
            failed_action=action,
            paid=report.count(Verdict.PAID),
            failed=report.count(Verdict.FAILED),
            flagged=report.count(Verdict.FLAGGED),
            unchanged=report.count(Verdict.UNCHANGED),
            amendments=[a.path.name for a in report.amendments],
        )
        return report

    def failed_to_cash(self, month_text: str, out_dir: Path) -> list[AmendReport]:
        """Every failed transfer of the month not yet acted on (taken in with `list`) onto its point's cash
        list by báo tăng — with clerks, only inside an approval (`approvals.prepare_failed_to_cash`)."""
        month = str(parse_month(month_text))
        self.desk.require_identity("office")
        key = self.desk.signing_key()
        now = iso_utc(utc_now())
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            codes = [
                code for code, line in failed_transfers(session, month).items() if line.failed_action is None
            ]
            if not codes:
                raise Refused(t("bankresults.no_failures", month=Month.parse(month).label_vi))
            done = FailedMoves(session, month, now, self.clerks.who()).to_cash(codes, key, out_dir)
        self.desk.attribute("transfer-failed-to-cash", month, codes=codes, files=[a.path.name for a in done])
        return done

    def waiting_failures(self, month_text: str) -> list[str]:
        """The codes of the month's failed transfers nobody has acted on yet (listed only)."""
        month = str(parse_month(month_text))
        with self.desk.db.reading() as session:
            return [
                code for code, line in failed_transfers(session, month).items() if line.failed_action is None
            ]

    def _key_if_needed(self, result: ResultFile, month: str, action: str) -> SigningKey | None:
        """The office key, asked before the transaction, when failures will go on a cash list by báo tăng.
        With clerks the key signs only inside an approval: refused, saying how to do it instead."""
        if action != CASH:
            return None
        with self.desk.db.reading() as session:
            lines = month_lines(session, month)
            decisions = decide([_bank_line(x) for x in result.lines], _transfers(lines))
            by_code = {x.code: x for x in lines}
            needed = any(_needs_action(d, by_code) for d in decisions)
        if not needed:
            return None
        if self.clerks.enforced():
            raise Refused(t("bankresults.cash_needs_approval", month=Month.parse(month).label_vi))
        return self.desk.signing_key()

    def _apply(
        self, session: Session, result: ResultFile, month: str, action: str, now: str
    ) -> ResultsReport:
        lines = month_lines(session, month)
        by_code = {x.code: x for x in lines}
        sent_bins = {x.bank_bin for x in lines if x.state != "listed" and x.bank_bin}
        if not sent_bins:
            raise Refused(t("bankresults.nothing_sent", month=Month.parse(month).label_vi))
        table = bank_table()
        for bin_code in sorted(result.bins - sent_bins):
            bank = table.by_bin(bin_code)
            raise InvalidInput(
                t("bankresults.other_bank", name=result.name, bank=bank.short_name if bank else bin_code,
                  month=Month.parse(month).label_vi)
            )  # fmt: skip
        report = ResultsReport(month, result.name, result.sha256, sorted(result.bins), action)
        points = all_points(session)
        for line, decision in zip(
            result.lines, decide([_bank_line(x) for x in result.lines], _transfers(lines)), strict=True
        ):
            transfer = by_code.get(decision.code) if decision.code else None
            if transfer is not None and line.bin and transfer.bank_bin != line.bin and decision.flag is None:
                bank = table.by_bin(line.bin)
                raise InvalidInput(
                    t("bankresults.line_other_bank", name=result.name, row=line.row, code=transfer.code,
                      bank=bank.short_name if bank else line.bin)
                )  # fmt: skip
            if transfer is not None and decision.verdict in (Verdict.PAID, Verdict.FAILED):
                transfer.state = PAID if decision.verdict == Verdict.PAID else FAILED
                transfer.bank_ref = line.reference or None
                transfer.result_reason = line.reason or None if decision.verdict == Verdict.FAILED else None
                transfer.result_at = line.when or now
            acts = transfer is not None and _needs_action(decision, by_code)
            report.lines.append(
                LineReport(
                    line.row,
                    decision.code,
                    transfer.name if transfer is not None else line.holder,
                    _point_code(points, transfer),
                    masked(line.account or line.account_typed),
                    line.amount,
                    line.status,
                    decision.verdict,
                    decision.flag,
                    line.reference,
                    line.reason,
                    action if acts else None,
                    line.normalised,
                )
            )
        report.seen_before = any(row.file_sha256 == result.sha256 for row in result_imports(session, month))
        return report


def _point_code(points: Sequence[Point], line: TransferLine | None) -> str:
    if line is None:
        return ""
    point = point_of(points, line.point_code, line.point_name)
    return point.code if point is not None else line.point_code or line.point_name


def _needs_action(decision: Decision, by_code: dict[str, TransferLine]) -> bool:
    """A failure the office has not yet acted on: failed now, or failed before and only listed then."""
    line = by_code.get(decision.code) if decision.code else None
    if line is None or decision.verdict not in (Verdict.FAILED, Verdict.UNCHANGED):
        return False
    return (decision.verdict == Verdict.FAILED or line.state == FAILED) and line.failed_action is None
