"""PointDesk: a point laptop — its data folder, database and key (common/desk.py), and its parts.

    desk.lists     the office's lists and amendments: load, preview, status       point/lists.py
    desk.roster.rows    the list as the clerk sees it: rows, search, one person        point/roster.py
    desk.pay.record       whether someone can be paid now; recording the payout           point/pay.py
    desk.records   reports (why not paid), voids, notes                           point/records.py
    desk.cash      cash received, given back, counted; the day's close             point/cash.py
    desk.sync      sync files out, a sibling's or its own back in                  point/sync.py
    desk.papers    the signature sheet, a receipt                                  point/papers.py
    desk.staff     the clerks and their PINs                                       common/staff.py
    desk.backups   copies of the database, restoring one                           common/backups.py
    desk.ledger    the laptop's chain: who records, the list held, appending       point/ledger.py
    desk.signups   sign-ups for payment by bank account (issue 17)                 point/signups.py

A new use case is a new part file and one line here."""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path
from typing import Unpack

from payout_desk.domain.clock import iso_utc
from payout_desk.lang import t
from payout_desk.services.common.backups import Backups
from payout_desk.services.common.desk import Desk, DeskOptions
from payout_desk.services.common.errors import DeskError
from payout_desk.services.common.staff import MAX_FAILURES, Staff
from payout_desk.services.point.cash import Cash
from payout_desk.services.point.ledger import PointLedger
from payout_desk.services.point.lists import Lists
from payout_desk.services.point.papers import Papers
from payout_desk.services.point.pay import Payouts
from payout_desk.services.point.records import Records
from payout_desk.services.point.roster import Roster
from payout_desk.services.point.signups import Signups
from payout_desk.services.point.sync import Sync


class PointDesk(Desk):
    """A point device: its list(s), amendments, payouts, cash and sync files — each through its part."""

    def __init__(self, data_dir: str | Path | None = None, **options: Unpack[DeskOptions]) -> None:
        super().__init__(data_dir, **options)
        self.staff = Staff(self, on_locked=self._pin_locked)
        self.backups = Backups(self)
        self.ledger = PointLedger(self, self.staff)
        self.cash = Cash(self.ledger, self.backups)
        self.lists = Lists(self.ledger, self.cash)
        self.roster = Roster(self.ledger, self.cash)
        self.pay = Payouts(self.ledger)
        self.records = Records(self.ledger)
        self.sync = Sync(self.ledger)
        self.papers = Papers(self.ledger)
        self.signups = Signups(self.ledger)

    def reopen(self, url: str) -> None:
        super().reopen(url)
        self.ledger.forget_chain()  # a restore starts a new chain epoch

    def _pin_locked(self, name: str, until: datetime) -> None:
        """A clerk locked out after wrong PINs: a note in the ledger, in the laptop's name, so the office
        sees it in the next sync file (nothing to write it in before a list is loaded: the log has it)."""
        if not self.lists.has_list():
            return
        source, self.staff.pin_source = self.staff.pin_source, None  # the laptop writes it: no clerk's PIN
        try:
            with contextlib.suppress(DeskError):
                self.records.note(
                    t("staff.locked_note", name=name, until=iso_utc(until), count=MAX_FAILURES).vi
                )
        finally:
            self.staff.pin_source = source
