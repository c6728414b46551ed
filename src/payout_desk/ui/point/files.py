"""The point's files, off the window's thread: export the sync file, load the office's, a peer's, a backup."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from payout_desk.services.common.errors import DeskError
from payout_desk.ui import dialogs
from payout_desk.ui.qt import QObject
from payout_desk.ui.words import message

if TYPE_CHECKING:
    from payout_desk.ui.point_window import PointWindow


class FileActions(QObject):
    def __init__(self, point: PointWindow) -> None:
        super().__init__(point)
        self.point = point
        point.sync.done.connect(self._sync_done)
        point.sync.failed.connect(self._sync_failed)

    def ask_backup(self) -> None:
        path = dialogs.save_file(
            self.point,
            self.tr("Sao lưu dữ liệu"),
            "sao-luu-payout-desk.sqlite3",
            [self.tr("Bản sao dữ liệu (*.sqlite3)")],
        )
        if path:
            self.point.sync.backup_to(path)

    def ask_export(self) -> None:
        try:
            suggested = (
                self.point.desk.sync.suggested_name()
            )  # P05_2026-12_may-1.pdsync: point, month, laptop
        except DeskError as exc:
            self.point.warn(message(exc))
            return
        path = dialogs.save_file(
            self.point,
            self.tr("Xuất file đồng bộ"),
            suggested,
            [self.tr("File đồng bộ (*.pdsync)")],
            suffix=".pdsync",
        )
        if path:
            self.export_to(path)

    def ask_load(self) -> None:
        path = dialogs.open_file(
            self.point,
            self.tr("Nạp file của bưu cục"),
            [self.tr("Danh sách, thông báo báo giảm/báo tăng (*.pdlist *.pdamend)")],
        )
        if path:
            self.load_file(path)

    def ask_peer(self) -> None:
        path = dialogs.open_file(
            self.point, self.tr("File của máy khác"), [self.tr("File đồng bộ (*.pdsync)")]
        )
        if path:
            self.import_peer_file(path)

    def _sync_done(self, text: str) -> None:
        self.point.say(text)
        self.point.finished.emit(text)

    def _sync_failed(self, text: str) -> None:
        self.point.warn(text)
        self.point.finished.emit(text)

    def export_to(self, path: Path) -> None:
        self.point.say(self.tr("Đang xử lý…"))
        self.point.sync.export_to(path)

    def load_file(self, path: Path) -> None:
        self.point.say(self.tr("Đang xử lý…"))
        self.point.sync.load_file(path)

    def import_peer_file(self, path: Path) -> None:
        self.point.say(self.tr("Đang xử lý…"))
        self.point.sync.import_peer_file(path)
