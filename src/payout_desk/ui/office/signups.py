"""Danh sách đăng ký nhận qua tài khoản from the office window (issue 17 item 5): the month's sign-ups from
the points, with their checks, as the Excel workbook `payout-desk office signups` writes (In giấy tờ menu),
written off the window's thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from payout_desk.domain.signup_sheet import SignupSheet
from payout_desk.ui import dialogs
from payout_desk.ui.qt import QObject

if TYPE_CHECKING:
    from payout_desk.ui.office_window import OfficeWindow


class SignupActions(QObject):
    def __init__(self, office: OfficeWindow) -> None:
        super().__init__(office)
        self.office = office

    def entry(self) -> str:
        return self.tr("Danh sách đăng ký nhận qua tài khoản (Excel)…")

    def ask_workbook(self) -> None:
        month = self.office.month_text()
        path = dialogs.save_file(
            self.office,
            self.tr("Danh sách đăng ký nhận qua tài khoản"),
            f"dang-ky-tai-khoan-{month}.xlsx",
            [self.tr("Bảng tính Excel (*.xlsx)")],
        )
        if path:
            self.export_workbook(path)

    def export_workbook(self, path: Path) -> None:
        month = self.office.month_text()

        def done(result: tuple[SignupSheet, Path]) -> None:
            sheet, out = result
            self.office.say(
                self.tr("Đã xuất %s: %d đăng ký nhận qua tài khoản, %d cần xem lại.")
                % (out, len(sheet.lines), sheet.flagged)
            )

        self.office.work.run(lambda: self.office.desk.signups.export(month, path), done, changes_desk=False)
