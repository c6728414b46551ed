"""The cash on the table: received from the post office, given back, counted when the day closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from payout_desk.domain.clock import vn_date
from payout_desk.domain.money import format_vnd
from payout_desk.services.common.errors import DeskError
from payout_desk.services.point.cash import DayClose
from payout_desk.services.point.ledger import Recorded
from payout_desk.ui.day_close import DayCloseDialog
from payout_desk.ui.money_edit import CashDialog
from payout_desk.ui.qt import QObject
from payout_desk.ui.words import message

if TYPE_CHECKING:
    from payout_desk.ui.point_window import PointWindow


class CashActions(QObject):
    def __init__(self, point: PointWindow) -> None:
        super().__init__(point)
        self.point = point

    def ask_cash(self, move: str) -> Recorded | None:
        title = self.tr("Nhận tiền từ bưu cục") if move == "receive" else self.tr("Nộp lại tiền")
        dialog = CashDialog(title, self.tr("Số tiền (đồng), ví dụ 50.000.000:"), self.point)
        self.cash_dialog = dialog
        if dialog.exec() == CashDialog.DialogCode.Accepted:
            return self.cash(move, dialog.amount.amount())
        return None

    def cash(self, move: str, amount: int) -> Recorded | None:
        point = self.point
        try:
            if move == "receive":
                done = point.desk.cash.receive(amount, staff=point.staff)
            else:
                done = point.desk.cash.give_back(amount, staff=point.staff)
        except DeskError as exc:
            point.warn(message(exc))
            return None
        point.refresh()
        return done

    def ask_close_day(self) -> None:
        dialog = DayCloseDialog(self.point.desk.roster.progress().cash, self.point)
        if dialog.exec() == DayCloseDialog.DialogCode.Accepted:
            self.close_day(dialog.denominations(), dialog.reason.text())

    def close_day(self, denominations: dict[int, int], reason: str = "") -> DayClose | None:
        """Record the count, then close the day against it."""
        point = self.point
        try:
            if denominations:
                point.desk.cash.count(denominations, staff=point.staff)
            closed = point.desk.cash.close_day(reason=reason, staff=point.staff)
        except DeskError as exc:
            point.warn(message(exc))
            return None
        point.refresh()
        difference = closed.difference or 0
        point.say(
            self.tr("Đã kết thúc ngày %s: %d lần chi, %s; tiền còn giữ %s%s")
            % (
                vn_date(closed.date),
                closed.payouts_today,
                format_vnd(closed.paid_today),
                format_vnd(closed.cash.on_hand),
                self.tr(", chênh lệch %s") % format_vnd(difference) if difference else "",
            )
        )
        return closed
