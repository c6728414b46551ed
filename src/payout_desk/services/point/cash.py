"""Cash at the point: received from the office, returned, counted by banknote, and the day's close."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from payout_desk.domain.clock import to_local, utc_now
from payout_desk.domain.door_text import MAX_FILE_TOTAL
from payout_desk.domain.fold import CashPosition, fold_cash, sum_positions, voided_ids
from payout_desk.domain.ledger import Kind, chain_key, count_total
from payout_desk.domain.money import format_vnd
from payout_desk.lang import t
from payout_desk.services.common.backups import Backups
from payout_desk.services.common.errors import DeskError, Refused, UsageError
from payout_desk.services.common.typed import typed
from payout_desk.services.point.ledger import PointLedger, Recorded, recorded
from payout_desk.store.events import bodies_of_chains
from payout_desk.store.ledger import cash_positions, stored_event
from payout_desk.store.models import PayoutList


@dataclass(frozen=True, slots=True)
class DayClose:
    recorded: Recorded
    date: str
    cash: CashPosition
    counted: int | None
    difference: int | None
    payouts_today: int
    paid_today: int
    backup: str = ""  # the backup made at the close ("" when none could be made)


class Cash:
    """The point's cash (`desk.cash`): received, given back, counted, and the day's close."""

    def __init__(self, ledger: PointLedger, backups: Backups) -> None:
        self.ledger = ledger
        self.desk = ledger.desk
        self.backups = backups

    def position(self, session: Session, row: PayoutList) -> CashPosition:
        mine = chain_key(self.ledger.device_id())  # all this laptop's chains: its cash across restores
        return sum_positions(
            p for chain, p in cash_positions(session, row.list_id).items() if chain_key(chain) == mine
        )

    def on_hand(self) -> int:
        """The cash this laptop holds by its books."""
        with self.desk.db.reading() as session:
            return self.position(session, self.ledger.list_of(session)).on_hand

    def _cash_event(self, kind: Kind, amount: int, staff: str | None, data: dict[str, Any]) -> Recorded:
        staff_name = self.ledger.staff_name(staff)
        with self.desk.db.transaction() as session:
            row = self.ledger.list_of(session)
            position = self.position(session, row)
            so_far = {Kind.CASH_RECEIVED: position.received, Kind.CASH_RETURNED: position.returned}.get(
                kind, 0
            )
            if amount > MAX_FILE_TOTAL - so_far:  # the office's door refuses a file over it (domain/door.py)
                raise Refused(
                    t("pay.cash_too_large", amount=format_vnd(amount), limit=format_vnd(MAX_FILE_TOTAL))
                )
            if kind == Kind.CASH_RETURNED:
                on_hand = position.on_hand
                if amount > on_hand:
                    raise Refused(
                        t("pay.cash_return_too_much", amount=format_vnd(amount), on_hand=format_vnd(on_hand))
                    )
            event = self.ledger.record(
                session,
                row,
                kind,
                staff_name,
                amount=amount,
                data=data,
            )
            return recorded(event)

    def receive(self, amount: int, *, staff: str | None = None, note: str = "") -> Recorded:
        if amount <= 0:
            raise UsageError(t("pay.cash_not_positive"))
        return self._cash_event(Kind.CASH_RECEIVED, amount, staff, {"note": typed(note, "note")})

    def give_back(self, amount: int, *, staff: str | None = None, note: str = "") -> Recorded:
        if amount <= 0:
            raise UsageError(t("pay.cash_not_positive"))
        return self._cash_event(Kind.CASH_RETURNED, amount, staff, {"note": typed(note, "note")})

    def count(self, denominations: dict[int, int], *, staff: str | None = None) -> Recorded:
        try:
            total = count_total(denominations)
        except ValueError as exc:
            raise UsageError(t("pay.cash_count_wrong", detail=str(exc))) from exc
        notes = {str(note): n for note, n in sorted(denominations.items(), reverse=True) if n}
        return self._cash_event(Kind.CASH_COUNT, total, staff, {"denominations": notes})

    def close_day(self, *, reason: str = "", staff: str | None = None) -> DayClose:
        """Close today's cash (the books against the last count today; a difference needs a reason), then
        back the database up (a failed backup does not undo the close)."""
        closed = self._close(typed(reason, "reason"), staff)
        try:
            return replace(closed, backup=str(self.backups.now("day-close").path))
        except DeskError:
            return closed

    def _close(self, reason: str, staff: str | None) -> DayClose:
        staff_name = self.ledger.staff_name(staff)
        today = to_local(utc_now()).date().isoformat()
        with self.desk.db.transaction() as session:
            row = self.ledger.list_of(session)
            own = [
                stored_event(body)
                for body in bodies_of_chains(
                    session, row.list_id, self.ledger.own_chains(session, row.list_id)
                )
            ]
            cash = fold_cash(own)  # this device's own history is all its cash
            voided = voided_ids(own)
            today_events = [e for e in own if e.local_date == today and e.event_id not in voided]
            counts = [e for e in today_events if e.kind == Kind.CASH_COUNT]
            counted = counts[-1].amount if counts else None
            difference = None if counted is None else counted - cash.on_hand
            if difference and not reason:
                raise Refused(
                    t(
                        "pay.cash_count_differs",
                        counted=format_vnd(counted or 0),
                        books=format_vnd(cash.on_hand),
                        difference=format_vnd(difference),
                    )
                )
            payouts = [e for e in today_events if e.kind == Kind.PAYOUT]
            paid_today = sum(e.amount for e in payouts)
            data = {
                "date": today,
                "received": cash.received,
                "paid": cash.paid,
                "returned": cash.returned,
                "on_hand": cash.on_hand,
                "counted": counted,
                "difference": difference,
                "reason": reason,
                "payouts_today": len(payouts),
                "paid_today": paid_today,
            }
            event = self.ledger.record(
                session,
                row,
                Kind.DAY_CLOSED,
                staff_name,
                data=data,
            )
            return DayClose(recorded(event), today, cash, counted, difference, len(payouts), paid_today)
