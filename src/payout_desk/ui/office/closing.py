"""Closing the month on the dashboard (issue 15 item 3): "Khóa sổ tháng" (asks first, says how many people
are left unpaid), "Chuyển truy lĩnh sang tháng sau", and a line saying whether the month is closed and
when. Each step says what it did in the status line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from payout_desk.domain.clock import vn_from_utc
from payout_desk.domain.money import format_vnd
from payout_desk.domain.month import Month
from payout_desk.services.common.errors import DeskError
from payout_desk.services.office.arrears import CarryResult
from payout_desk.services.office.frozen import MonthClosed
from payout_desk.services.office.status import OfficeStatus
from payout_desk.ui import dialogs
from payout_desk.ui.plain import plain
from payout_desk.ui.qt import QHBoxLayout, QLabel, QObject, QPushButton, QWidget
from payout_desk.ui.words import message

if TYPE_CHECKING:
    from payout_desk.ui.office_window import OfficeWindow


class ClosingActions(QObject):
    """The dashboard's closing bar and its two steps, for the window's selected month."""

    def __init__(self, office: OfficeWindow) -> None:
        super().__init__(office)
        self.office = office
        self.bar = QWidget()
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.state = plain(QLabel())
        self.state.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Khóa sổ tháng…"))
        self.close_button.clicked.connect(self.ask_close)
        self.carry_button = QPushButton(self.tr("Chuyển truy lĩnh sang tháng sau"))
        self.carry_button.clicked.connect(self.carry)
        row.addWidget(self.state, 1)
        row.addWidget(self.close_button)
        row.addWidget(self.carry_button)

    def show_status(self, status: OfficeStatus) -> None:
        """Whether the shown month is closed (and when), and which step fits it."""
        closed = status.closed
        if closed is not None:
            text = self.tr(
                "Sổ tháng này đã khóa lúc %s (%s): số liệu quyết toán giữ nguyên như lúc khóa."
            ) % (
                vn_from_utc(closed.closed_at),
                closed.closed_by,
            )
            if closed.late:
                text += " " + self.tr("%d lần ghi nhận đến sau khi khóa, ghi riêng.") % len(closed.late)
        elif status.points:
            text = self.tr("Tháng này chưa khóa sổ.")
        else:
            text = ""
        self.state.setText(text)
        self.close_button.setEnabled(closed is None and bool(status.points))
        self.carry_button.setEnabled(closed is not None)

    def ask_close(self) -> None:
        month = self.office.month_text()
        try:
            unpaid = self.office.desk.status.month(month).totals.unpaid_count
        except DeskError as exc:
            self.office.say(message(exc))
            return
        if dialogs.confirm(
            self.office,
            self.tr("Khóa sổ tháng"),
            self.tr(
                "Khóa sổ tháng %s? Số liệu quyết toán sẽ giữ nguyên như bây giờ; lần ghi nhận đến sau được ghi "
                "riêng. %d người chưa nhận sẽ được liệt kê để chuyển truy lĩnh."
            )
            % (month, unpaid),
            yes=self.tr("Khóa sổ"),
            no=self.tr("Không"),
        ):
            self.close()

    def close(self) -> MonthClosed | None:
        office = self.office
        try:
            closed = office.desk.closing.close(office.month_text())
        except DeskError as exc:
            office.say(message(exc))
            return None
        office.refresh_now()
        office.say(
            self.tr("Đã khóa sổ tháng %s: %d người chưa nhận, %s.")
            % (closed.month, len(closed.unpaid), format_vnd(sum(u.amount for u in closed.unpaid)))
        )
        return closed

    def carry(self) -> CarryResult | None:
        office = self.office
        month = office.month_text()
        try:
            later = str(Month.parse(month).next())
        except ValueError:  # the month bar already says what is wrong
            return None
        try:
            result = office.desk.closing.carry(month, later)
        except DeskError as exc:
            office.say(message(exc))
            return None
        office.refresh_now()
        office.say(self.said(result))
        return result

    def said(self, result: CarryResult) -> str:
        total = format_vnd(sum(c.amount for c in result.carried))
        if not result.carried and any(s.reason == "already_carried" for s in result.skipped):
            return (
                self.tr("Truy lĩnh tháng %s đã được chuyển trước đây: không thay đổi gì.") % result.from_month
            )
        if result.mode == "list":
            text = self.tr(
                "Đã lập danh sách truy lĩnh tháng %s: %d người, %s (không thêm vào danh sách tháng sau)."
            ) % (
                result.from_month,
                len(result.carried),
                total,
            )
        else:
            text = self.tr("Đã chuyển truy lĩnh tháng %s sang tháng %s: %d người, %s.") % (
                result.from_month,
                result.to_month,
                len(result.carried),
                total,
            )
        if result.skipped:
            text += " " + self.tr(
                "Không chuyển %d người (báo tử, giữ lại, báo giảm hoặc không có trong danh sách)."
            ) % len(result.skipped)
        later = sum(1 for skip in result.skipped if skip.reason == "paid_in_month")
        if later:
            text += " " + self.tr(
                "%d người đã nhận tiền tháng %s: hãy chuyển truy lĩnh tháng %s của họ sang tháng kế tiếp."
            ) % (later, result.to_month, result.from_month)
        if result.revised:
            text += " " + self.tr("Hãy phát hành lại danh sách tháng %s.") % result.to_month
        return text
