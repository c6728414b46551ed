"""The point window's menu bar: Tiền mặt, Đồng bộ, In, Xem, Nhân viên, Trợ giúp, and Ctrl+F."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from payout_desk.ui.language_menu import add_language_menu
from payout_desk.ui.qt import QAction, QKeySequence, QMenu, QObject
from payout_desk.ui.staff import StaffMenu

if TYPE_CHECKING:
    from payout_desk.ui.point_window import PointWindow


class PointMenus(QObject):
    def __init__(self, point: PointWindow) -> None:
        super().__init__(point)
        self.point = point
        bar = point.menuBar()
        self._fill(
            bar.addMenu(self.tr("&Tiền mặt")),
            [
                (self.tr("Nhận tiền từ bưu cục…"), lambda: point.cash_actions.ask_cash("receive")),
                (self.tr("Nộp lại tiền…"), lambda: point.cash_actions.ask_cash("return")),
                (self.tr("Kết thúc ngày (kiểm tiền)…"), point.cash_actions.ask_close_day),
            ],
        )
        self._fill(
            bar.addMenu(self.tr("Đồng &bộ")),
            [
                (self.tr("Xuất file đồng bộ (gửi bưu cục)…"), point.files.ask_export),
                (self.tr("Nạp danh sách hoặc thông báo báo giảm/báo tăng…"), point.files.ask_load),
                (self.tr("Nhận file của máy khác cùng điểm…"), point.files.ask_peer),
                (self.tr("Sao lưu dữ liệu của máy (ra USB)…"), point.files.ask_backup),
            ],
        )
        point.printer.add_menu(bar.addMenu(self.tr("&In")), point.papers.entries())
        views = bar.addMenu(self.tr("&Xem"))
        self._fill(views, [(self.tr("Chi tại nhà: lộ trình theo thôn/ấp"), point.show_route)])
        add_language_menu(views, point.say)
        self.staff_menu = StaffMenu(point, point.desk, lambda: point.staff)  # Nhân viên: add, switch clerk
        self._fill(bar.addMenu(self.tr("Trợ &giúp")), [(self.tr("Giới thiệu…"), point.show_about)])
        find = QAction(self.tr("Tìm"), point)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(point.focus_search)
        point.addAction(find)

    def _fill(self, menu: QMenu, entries: list[tuple[str, Callable[[], object]]]) -> None:
        for title, slot in entries:
            action = QAction(title, self.point)
            action.triggered.connect(slot)
            menu.addAction(action)
