"""Printing at the point: the selected person's receipt, the point's signature sheet (PDF, off the window's thread)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from payout_desk.ui.printing import Report
from payout_desk.ui.qt import QObject

if TYPE_CHECKING:
    from payout_desk.ui.point_window import PointWindow


class PaperActions(QObject):
    def __init__(self, point: PointWindow) -> None:
        super().__init__(point)
        self.point = point

    def entries(self) -> list[tuple[str, Callable[[], None]]]:
        """The In menu's entries for the printer."""
        return [
            (self.tr("Biên nhận của người đang chọn (PDF)…"), self.ask_receipt),
            (self.tr("Danh sách ký nhận của điểm (PDF)…"), self.ask_sheet),
        ]

    def ask_receipt(self) -> None:
        code = self.point.current_code()
        if code is None:
            self.point.say(self.tr("Chọn người đã nhận tiền trước, rồi in biên nhận."))
            return
        self.point.printer.ask(self.tr("Lưu biên nhận"), f"bien-nhan-{code}.pdf", self.receipt(code))

    def receipt(self, code: str) -> Report:
        return lambda path: self.point.desk.papers.receipt(code, path)

    def ask_sheet(self) -> None:
        self.point.printer.ask(
            self.tr("Lưu danh sách ký nhận"), "danh-sach-ky-nhan.pdf", self.point.desk.papers.signature_sheet
        )
