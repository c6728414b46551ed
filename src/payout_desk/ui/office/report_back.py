"""Báo cáo gửi Phòng LĐ-TB&XH from the office window (issue 15, item 7): the month's report back as a PDF
(In giấy tờ menu) or as an Excel workbook (Bưu cục menu), every point, written off the window's thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from payout_desk.domain.money import format_vnd
from payout_desk.domain.report_back import ReportBack
from payout_desk.ui import dialogs
from payout_desk.ui.qt import QObject

if TYPE_CHECKING:
    from payout_desk.ui.office_window import OfficeWindow


class ReportBackActions(QObject):
    def __init__(self, office: OfficeWindow) -> None:
        super().__init__(office)
        self.office = office

    def pdf_entry(self) -> str:
        return self.tr("Báo cáo gửi Phòng LĐ-TB&&XH (PDF)…")

    def workbook_entry(self) -> str:
        return self.tr("Xuất báo cáo gửi Phòng LĐ-TB&&XH (Excel)…")

    def ask_pdf(self) -> None:
        month = self.office.month_text()
        self.office.printer.ask(
            self.tr("Lưu file PDF"),
            f"bao-cao-phong-ldtbxh-{month}.pdf",
            lambda path: self.office.desk.report_back.pdf(month, path),
        )

    def ask_workbook(self) -> None:
        month = self.office.month_text()
        path = dialogs.save_file(
            self.office,
            self.tr("Báo cáo gửi Phòng LĐ-TB&XH"),
            f"bao-cao-phong-ldtbxh-{month}.xlsx",
            [self.tr("Bảng tính Excel (*.xlsx)")],
        )
        if path:
            self.export_workbook(path)

    def export_workbook(self, path: Path) -> None:
        month = self.office.month_text()

        def done(report: ReportBack) -> None:
            self.office.say(
                self.tr(
                    "Đã xuất %s: %d người báo tử, %d chuyển điểm, %d chưa nhận nhiều tháng, %d truy lĩnh, "
                    "%d khoản thu hồi (%s), thực chi %s."
                )
                % (
                    path,
                    len(report.deaths),
                    len(report.moves),
                    len(report.unclaimed),
                    len(report.arrears_in) + len(report.arrears_out),
                    len(report.recover),
                    format_vnd(report.recover_total),
                    format_vnd(report.total.paid_out),
                )
            )

        self.office.work.run(
            lambda: self.office.desk.report_back.workbook(month, path), done, changes_desk=False
        )
