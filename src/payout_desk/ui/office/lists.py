"""The register and lists: import the month's register (asking when its title names another month), and
issue the signed list files per point, both off the window's thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from payout_desk.services.office.register_month import MonthMismatch
from payout_desk.services.office.registers import RegisterReport
from payout_desk.ui import dialogs
from payout_desk.ui.office.clerks import prepared_instead
from payout_desk.ui.office.dashboard_tab import month_words
from payout_desk.ui.plain import plain
from payout_desk.ui.qt import QMessageBox, QObject

if TYPE_CHECKING:
    from payout_desk.ui.office_window import OfficeWindow


class ListActions(QObject):
    def __init__(self, office: OfficeWindow) -> None:
        super().__init__(office)
        self.office = office

    def ask_register(self, skip_invalid: bool) -> None:
        path = dialogs.open_file(
            self.office,
            self.tr("Danh sách của tháng"),
            [self.tr("Bảng tính Excel, OpenDocument, CSV (*.xlsx *.xls *.xlsm *.ods *.csv)")],
        )
        if path:
            self.import_register(path, skip_invalid=skip_invalid)

    def import_register(self, path: Path, *, skip_invalid: bool = False, confirm_month: bool = False) -> None:
        office = self.office
        month = office.month_text()
        office.say(self.tr("Đang đọc %s…") % path.name)
        office.tabs.setCurrentWidget(office.register)

        def work() -> RegisterReport | MonthMismatch:
            try:
                return office.desk.registers.import_file(
                    path, month, skip_invalid=skip_invalid, confirm_month=confirm_month
                )
            except MonthMismatch as exc:  # not a failure: a question for the office
                return exc

        def done(report: RegisterReport | MonthMismatch) -> None:
            if isinstance(report, MonthMismatch):
                self.ask_month(path, report, skip_invalid)
                return
            office.register.show_report(report)
            if report.committed:
                office.say(self.tr("Đã nhập danh sách %s cho tháng %s.") % (path.name, month))
            else:
                office.say(self.tr("Chưa nhập: %d dòng có lỗi (xem bảng).") % len(report.errors))

        office.work.run(work, done)

    def ask_month(self, path: Path, mismatch: MonthMismatch, skip_invalid: bool) -> QMessageBox:
        """The register's title names another month: import it for the chosen month (Có), or nothing."""
        title, chosen = month_words(mismatch.title), month_words(mismatch.chosen)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Tháng của danh sách"),
            self.tr("Tiêu đề file %s ghi %s, nhưng tháng đang chọn là %s.\n\nVẫn nhập danh sách này cho %s?")
            % (path.name, title, chosen, chosen),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.office,
        )
        plain(box)  # the file's name is data
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Có, nhập cho %s") % chosen)
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Không, chưa nhập"))
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.import_register(path, skip_invalid=skip_invalid, confirm_month=True)
            else:
                self.office.say(
                    self.tr("Chưa nhập gì: tiêu đề file ghi %s, tháng đang chọn là %s.") % (title, chosen)
                )

        box.finished.connect(answered)
        self.office.month_question = box
        box.open()
        return box

    def ask_issue(self) -> None:
        folder = dialogs.choose_folder(self.office, self.tr("Thư mục ghi các file danh sách"))
        if folder:
            self.issue_lists(folder)

    def issue_lists(self, folder: Path) -> None:
        office = self.office
        month = office.month_text()
        if prepared_instead(office, lambda: office.desk.approvals.prepare_issue(month)):  # issue 16
            return

        def done(files: list[Any]) -> None:
            office.register.show_issued(files, folder)
            office.say(self.tr("Đã phát hành %d danh sách tháng %s vào %s.") % (len(files), month, folder))

        office.work.run(lambda: office.desk.lists.issue(month, folder), done)
