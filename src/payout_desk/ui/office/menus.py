"""The office window's menu bar: Bưu cục, Tiền mặt, Chuyển khoản, In giấy tờ, Xem, Trợ giúp."""

from __future__ import annotations

from typing import TYPE_CHECKING

from payout_desk.ui.language_menu import add_language_menu
from payout_desk.ui.office.bank import ask_bank_batches
from payout_desk.ui.office.bank_results import ask_bank_results
from payout_desk.ui.office.cash import ask_cash
from payout_desk.ui.office.clerks import ask_pending
from payout_desk.ui.office.settings import ask_settings
from payout_desk.ui.qt import QAction, QObject

if TYPE_CHECKING:
    from payout_desk.ui.office_window import OfficeWindow


class OfficeMenus(QObject):
    def __init__(self, office: OfficeWindow) -> None:
        super().__init__(office)
        bar = office.menuBar()
        menu = bar.addMenu(self.tr("&Bưu cục"))
        for title, slot in (
            (self.tr("Nhập danh sách của tháng…"), lambda: office.lists.ask_register(False)),
            (self.tr("Phát hành danh sách…"), office.lists.ask_issue),
            (self.tr("Nhận file đồng bộ…"), office.sync_in.ask_files),
            (self.tr("Xuất bảng thanh quyết toán…"), office.papers.ask_settlement),
            (office.report_back.workbook_entry(), office.report_back.ask_workbook),
            (self.tr("Cài đặt tháng nối tháng…"), lambda: ask_settings(office)),
            (self.tr("Việc chờ duyệt…"), lambda: ask_pending(office)),
        ):
            action = QAction(title, office)
            action.triggered.connect(slot)
            menu.addAction(action)
        cash = QAction(self.tr("Xuất tiền, tiền mặt các điểm…"), office)
        cash.triggered.connect(lambda: ask_cash(office))
        bar.addMenu(self.tr("&Tiền mặt")).addAction(cash)
        batches = QAction(self.tr("Bảng kê chuyển khoản…"), office)
        batches.triggered.connect(lambda: ask_bank_batches(office))
        results = QAction(self.tr("Nhập kết quả ngân hàng…"), office)
        results.triggered.connect(lambda: ask_bank_results(office))
        transfers = bar.addMenu(self.tr("C&huyển khoản"))
        transfers.addAction(batches)
        transfers.addAction(results)
        papers = [
            *office.papers.entries(),
            (office.report_back.pdf_entry(), office.report_back.ask_pdf),
            (office.signups.entry(), office.signups.ask_workbook),
        ]
        office.printer.add_menu(bar.addMenu(self.tr("&In giấy tờ")), papers)
        views = bar.addMenu(self.tr("&Xem"))
        add_language_menu(views, office.say)
        about = QAction(self.tr("Giới thiệu…"), office)
        about.triggered.connect(office.show_about)
        bar.addMenu(self.tr("Trợ &giúp")).addAction(about)
