"""Amounts to recover (`office.deaths`, issue 15 item 5): the monthly allowance ends with the month of death,
so every payout for a later month is listed — who was paid, where, when, by whom, and the death's evidence."""

from __future__ import annotations

from dataclasses import dataclass

from payout_desk.domain.history import DeathRecord, recoverable
from payout_desk.lang import t
from payout_desk.services.common.desk import Desk, parse_month
from payout_desk.services.common.errors import Refused
from payout_desk.store.deaths import dead_up_to
from payout_desk.store.lists import issued_lists_of_month


@dataclass(frozen=True, slots=True)
class ToRecover:
    """One payout made after the month of death: số tiền phải thu hồi."""

    code: str
    name: str
    point_code: str
    point_name: str
    month: str  # the month it was paid for
    amount: int
    paid_at: str
    paid_by: str  # the clerk
    device: str  # the laptop
    recipient: str  # "" the person themself (as recorded), else who took it
    death: DeathRecord


@dataclass(frozen=True, slots=True)
class Recovery:
    month: str
    rows: tuple[ToRecover, ...]

    @property
    def total(self) -> int:
        return sum(r.amount for r in self.rows)


class Deaths:
    """The deaths on record and the payouts made after them."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def recover(self, month_text: str) -> Recovery:
        """Every payout up to `month` for a month after the person's month of death (the first death on
        record up to `month`), oldest first."""
        month = str(parse_month(month_text))
        self.desk.require_identity("office")
        with self.desk.db.reading() as session:
            if not issued_lists_of_month(session, month):
                raise Refused(t("deaths.month_not_issued", month=month))
            rows = [
                ToRecover(
                    history.code,
                    line.name,
                    line.point_code,
                    line.point_name,
                    line.month,
                    line.paid.amount,
                    line.paid.at_local,
                    line.paid.staff,
                    line.paid.device,
                    line.paid.recipient,
                    death,
                )
                for death, history in dead_up_to(session, month)
                for line in recoverable([m for m in history.months if m.month <= month], death)
                if line.paid is not None
            ]
        return Recovery(month, tuple(sorted(rows, key=lambda r: (r.month, r.point_code, r.code))))
