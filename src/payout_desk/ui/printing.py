"""The papers from the windows: each report is written as a PDF off the window's thread, and the window
says where it went, how many pages and rows, and the money on it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from payout_desk.domain.money import format_vnd
from payout_desk.services.common.report_data import ReportFile
from payout_desk.ui import dialogs
from payout_desk.ui.qt import QAction, QMenu, QObject, QWidget, Signal
from payout_desk.ui.work import Work

Report = Callable[[Path], ReportFile]  # writes the report to the path it is given


class Printer(QObject):
    done = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget, work: Work) -> None:
        super().__init__(parent)
        self.window = parent
        self.work = work
        self._writing = 0

    def write(self, report: Report, path: Path) -> None:
        def done(result: ReportFile) -> None:
            self._writing -= 1
            self.done.emit(
                self.tr("Đã ghi %s: %d trang, %d dòng, tổng %s.")
                % (result.path, result.pages, result.rows, format_vnd(result.total))
            )

        def failed(text: str) -> None:
            self._writing -= 1
            self.failed.emit(text)

        self._writing += 1
        self.work.run(lambda: report(path), done, failed=failed, changes_desk=False)

    def busy(self) -> bool:
        return self._writing > 0

    def ask(self, title: str, name: str, report: Report) -> None:
        """Ask where to save the PDF (offering `name`), then write it there."""
        path = dialogs.save_file(self.window, title, name, [self.tr("Giấy tờ PDF (*.pdf)")])
        if path:
            self.write(report, path)

    def add_menu(self, parent: QMenu, entries: list[tuple[str, Callable[[], None]]]) -> None:
        for title, slot in entries:
            action = QAction(title, self.window)
            action.triggered.connect(slot)
            parent.addAction(action)
