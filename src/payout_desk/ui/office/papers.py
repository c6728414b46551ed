"""The office's papers: the month's PDFs for the point chosen on the dashboard (or every point), and the
settlement workbook (.xlsx), both written off the window's thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from payout_desk.domain.money import format_vnd
from payout_desk.services.office.settlement import SettlementResult
from payout_desk.ui import dialogs
from payout_desk.ui.printing import Report
from payout_desk.ui.qt import QObject

if TYPE_CHECKING:
    from payout_desk.ui.office_window import OfficeWindow


class OfficePapers(QObject):
    def __init__(self, office: OfficeWindow) -> None:
        super().__init__(office)
        self.office = office

    def entries(self) -> list[tuple[str, Callable[[], None]]]:
        """The In giấy tờ menu's entries for the printer."""
        return [
            (self.tr("Danh sách ký nhận (PDF)…"), lambda: self.ask_paper("danh-sach-ky-nhan")),
            (self.tr("Niêm yết công khai (PDF)…"), lambda: self.ask_paper("niem-yet")),
            (self.tr("Thanh quyết toán (PDF)…"), lambda: self.ask_paper("thanh-quyet-toan")),
        ]

    def paper(self, kind: str) -> Report:
        """The month's paper of that kind for the point chosen on the dashboard, or every point."""
        desk = self.office.desk
        month, point = self.office.month_text(), self.office.dashboard.selected_point()
        write = {
            "danh-sach-ky-nhan": desk.papers.signature_sheet,
            "niem-yet": desk.papers.posting_list,
            "thanh-quyet-toan": desk.papers.settlement_report,
        }[kind]
        return lambda path: write(month, path, point)

    def ask_paper(self, kind: str) -> None:
        point = self.office.dashboard.selected_point()
        name = f"{kind}-{self.office.month_text()}{'-' + point if point else ''}.pdf"
        self.office.printer.ask(self.tr("Lưu file PDF"), name, self.paper(kind))

    def ask_settlement(self) -> None:
        month = self.office.month_text()
        path = dialogs.save_file(
            self.office,
            self.tr("Bảng thanh quyết toán"),
            f"thanh-quyet-toan-{month}.xlsx",
            [self.tr("Bảng tính Excel (*.xlsx)")],
        )
        if path:
            self.export_settlement(path)

    def export_settlement(self, path: Path) -> None:
        month = self.office.month_text()

        def done(result: SettlementResult) -> None:
            self.office.say(
                self.tr("Đã xuất %s: %d điểm, %d người, thực chi %s, tiền còn ở điểm %s, %d sai lệch.")
                % (
                    result.path,
                    result.points,
                    result.beneficiaries,
                    format_vnd(result.paid_amount),
                    format_vnd(result.cash_out),
                    result.conflicts,
                )
            )

        self.office.work.run(
            lambda: self.office.desk.papers.settlement(month, path), done, changes_desk=False
        )
