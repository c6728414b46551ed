"""Sync files in: the points' .pdsync files taken one by one off the window's thread, each file its own
transaction; a stop half-way keeps the files already taken in."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from payout_desk.services.common.outcomes import ImportStatus
from payout_desk.services.office.imports import ImportResult
from payout_desk.ui import dialogs
from payout_desk.ui.qt import QObject

if TYPE_CHECKING:
    from payout_desk.ui.office_window import OfficeWindow


class SyncImport(QObject):
    def __init__(self, office: OfficeWindow) -> None:
        super().__init__(office)
        self.office = office
        self._queue: list[Path] = []
        self._imported: list[Any] = []

    def ask_files(self) -> None:
        paths = dialogs.open_files(
            self.office, self.tr("File đồng bộ của các điểm"), [self.tr("File đồng bộ (*.pdsync)")]
        )
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> None:
        """Take the files in one by one off the window's thread; each file is its own transaction."""
        office = self.office
        if self._queue:
            office.say(self.tr("Đang nhận file; đợi xong rồi thả tiếp."))
            return
        office.tabs.setCurrentWidget(office.sync)
        office.sync.start(len(paths))
        self._queue, self._imported = list(paths), []
        self._next_file()

    def _next_file(self) -> None:
        office = self.office
        if not self._queue:
            conflicts = office.desk.status.conflict_count(office.month_text())
            office.sync.finish(conflicts)
            imported = sum(1 for o in self._imported if o.status == ImportStatus.IMPORTED)
            office.say(self.tr("Đã nhận %d/%d file đồng bộ.") % (imported, len(self._imported)))
            self._imported = []
            return
        path = self._queue.pop(0)

        def done(result: ImportResult) -> None:
            for outcome in result.files:
                self._imported.append(outcome)
                office.sync.add_outcome(outcome, office.known_devices)
            self._next_file()

        office.work.run(lambda: office.desk.imports.files([path]), done)

    def stopped(self) -> None:
        """A step failed: if it was a sync import half-way, the files taken in stay in."""
        if self._queue or self._imported:
            self._queue.clear()
            self.office.sync.finish(self.office.desk.status.conflict_count(self.office.month_text()))

    def importing(self) -> bool:
        return bool(self._queue) or self.office.work.running()
