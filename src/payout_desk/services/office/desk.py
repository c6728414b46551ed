"""OfficeDesk: the office — its data folder or shared database and its key (common/desk.py), and its parts.

    office.registers    the month's register in, as draft lists per point            office/registers.py
    office.lists        the lists signed, sealed and written                          office/lists.py
    office.devices      the points and their laptops: enrol, revoke                   office/devices.py
    office.amendments   stops and additions to issued lists                           office/amendments.py
    office.imports      sync files in                                                  office/imports.py
    office.status       a month's reconciliation: figures, cash, conflicts            office/status.py
    office.conflicts    the office's decisions on conflicts                           office/conflicts.py
    office.papers       signature sheets, posting lists, the settlement (PDF, xlsx)   office/papers.py
    office.people       one person across months; finding anyone ever listed          office/people.py
    office.holds        people kept off a month's lists: hold, release, confirm stop  office/holds.py
    office.closing      closing a month (settlement frozen), carrying its arrears      office/closing.py
    office.deaths       payouts made after the month of death (to recover)            office/deaths.py
    office.transfers    a person moved to another point: stop here, add there         office/transfers.py
    office.unclaimed    people not collected for months; the lists' history          office/unclaimed.py
    office.report_back  the month's report to the welfare office (xlsx, PDF)          office/report_back.py
    office.month_settings  the month-to-month settings, read and saved together        office/month_settings.py
    office.clerks       the office's clerks, roles, sign-in; who did what (office actions)  office/clerks.py
    office.approvals    maker–checker: steps a clerk prepared, approved and signed       office/approvals.py
    office.audit_export a month's events and office actions for inspectors            office/audit_export.py
    office.cash         the cash the office hands each point: issue, list, void        office/cash_issue.py
    office.point_cash   the points' cash per day against the office's issues, flagged  office/point_cash.py
    office.signups      the month's sign-ups for payment by account (xlsx, flagged)    office/signups.py
    office.bank         bank-transfer batches per bank: xlsx, transfer list, signed manifest  office/bank_batches.py
    office.bank_templates  the batch files' column layout, per bank                  office/bank_template.py
    office.bank_results the bank's results: paid, failed → cash list, carried, listed office/bank_results.py
    office.backups      copies of the database, restoring one                         common/backups.py

A new use case is a new part file and one line here."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Unpack

from payout_desk.services.common.backups import Backups
from payout_desk.services.common.desk import Desk, DeskOptions
from payout_desk.services.office.amendments import Amendments
from payout_desk.services.office.approvals import Approvals
from payout_desk.services.office.audit_export import AuditExport
from payout_desk.services.office.bank_batches import BankBatches
from payout_desk.services.office.bank_results import BankResults
from payout_desk.services.office.bank_template import BankTemplates
from payout_desk.services.office.cash_issue import CashIssues
from payout_desk.services.office.clerks import OfficeClerks
from payout_desk.services.office.closing import Closing
from payout_desk.services.office.conflicts import Conflicts
from payout_desk.services.office.deaths import Deaths
from payout_desk.services.office.devices import Devices
from payout_desk.services.office.holds import Holds
from payout_desk.services.office.imports import Imports
from payout_desk.services.office.lists import Lists
from payout_desk.services.office.month_settings import MonthSettingsPart
from payout_desk.services.office.opening_key import opening_key_for
from payout_desk.services.office.papers import Papers
from payout_desk.services.office.people import People
from payout_desk.services.office.point_cash import PointCashPart
from payout_desk.services.office.registers import Registers
from payout_desk.services.office.report_back import ReportBackPart
from payout_desk.services.office.signups import SignupList
from payout_desk.services.office.status import Status
from payout_desk.services.office.transfers import Transfers
from payout_desk.services.office.unclaimed import UnclaimedWatchPart


class OfficeDesk(Desk):
    """The office's desk: registers in, signed lists and amendments out, sync files in, reconciliation."""

    def __init__(self, data_dir: str | Path | None = None, **options: Unpack[DeskOptions]) -> None:
        super().__init__(data_dir, **options)
        self.backups = Backups(self)
        self.status = Status(self)
        self.registers = Registers(self)
        self.lists = Lists(self)
        self.devices = Devices(self)
        self.amendments = Amendments(self)
        self.imports = Imports(self, self.status)
        self.conflicts = Conflicts(self, self.status)
        self.papers = Papers(self, self.status)
        self.people = People(self)
        self.holds = Holds(self)
        self.closing = Closing(self, self.status)
        self.deaths = Deaths(self)
        self.transfers = Transfers(self)
        self.unclaimed = UnclaimedWatchPart(self)
        self.report_back = ReportBackPart(self, self.status, self.deaths, self.unclaimed, self.holds)
        self.month_settings = MonthSettingsPart(self)
        self.clerks = OfficeClerks(self)
        self.signing_check = self.clerks.check_signing  # with clerks, the key signs only on approval
        self.on_action = self.clerks.attribute  # every step done, with the signed-in clerk's name
        self.opening_key = partial(opening_key_for, self)  # sync files open without the signing key
        self.bank_templates = BankTemplates(self)
        self.bank = BankBatches(self, self.clerks, self.bank_templates)
        self.bank_results = BankResults(self, self.clerks)
        self.approvals = Approvals(
            self,
            self.clerks,
            lists=self.lists,
            amendments=self.amendments,
            holds=self.holds,
            transfers=self.transfers,
            bank=self.bank,
            bank_results=self.bank_results,
        )
        self.audit_export = AuditExport(self, self.clerks)
        self.cash = CashIssues(self, self.clerks)
        self.point_cash = PointCashPart(self)
        self.signups = SignupList(self)  # sign-ups for payment by account (issue 17)
