"""The point laptop's file steps, run through the window's `Work` (off its thread): export for the office,
load the office's files, take in a peer's, back up. Each ends with one sentence for the clerk:
`done(text)` or `failed(text)`; the window refreshes from `Work.desk_changed`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from payout_desk.domain.money import format_vnd
from payout_desk.domain.payout_list import FileKind
from payout_desk.services.common.backups import BackupInfo
from payout_desk.services.common.outcomes import LoadStatus
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.lists import LoadReport
from payout_desk.services.point.sync import ExportReport, PeerImport
from payout_desk.ui.qt import QObject, Signal
from payout_desk.ui.work import Work


class SyncRunner(QObject):
    done = Signal(str)
    failed = Signal(str)

    def __init__(self, desk: PointDesk, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.work = work

    def _background(
        self, step: Callable[[], object], describe: Callable[[object], str], *, changes_desk: bool = True
    ) -> None:
        def done(result: object) -> None:
            self.done.emit(describe(result))

        self.work.run(step, done, failed=self.failed.emit, changes_desk=changes_desk)

    def export_to(self, path: Path) -> None:
        def describe(result: object) -> str:
            assert isinstance(result, ExportReport)
            text = self.tr("Đã xuất %d lần ghi (%d lần chi, %s) ra %s. Mang file này về bưu cục.") % (
                result.events,
                result.payouts,
                format_vnd(result.paid_amount),
                result.path,
            )
            if result.earlier:  # after a restore: the history from before it must travel too
                text += " " + self.tr("Mang cả %d file của thời gian trước khi khôi phục: %s.") % (
                    len(result.earlier),
                    ", ".join(p.name for p in result.earlier),
                )
            return text

        self._background(lambda: self.desk.sync.export(path), describe)

    def load_file(self, path: Path) -> None:
        def describe(result: object) -> str:
            assert isinstance(result, LoadReport)
            if result.status == LoadStatus.ALREADY_LOADED:
                return self.tr("File này đã nạp rồi; không có gì thay đổi.")
            if result.kind == FileKind.AMENDMENT:
                return self.tr("Đã nạp %d thông báo mới của bưu cục (báo giảm/báo tăng).") % len(
                    result.changes
                )
            return self.tr("Đã nạp danh sách lần %d: %d người, %s. Chữ ký của bưu cục hợp lệ.") % (
                result.revision,
                result.beneficiaries,
                format_vnd(result.cash_total),
            )

        self._background(lambda: self.desk.lists.load(path), describe)

    def import_peer_file(self, path: Path) -> None:
        def describe(result: object) -> str:
            assert isinstance(result, PeerImport)
            if not result.new_events:
                return self.tr("Không có gì mới từ máy “%s”.") % result.device_name
            return self.tr("Đã nhận %d lần ghi mới từ máy “%s” (chữ ký hợp lệ).") % (
                result.new_events,
                result.device_name,
            )

        self._background(lambda: self.desk.sync.import_peer(path), describe)

    def backup_to(self, path: Path) -> None:
        def describe(result: object) -> str:
            assert isinstance(result, BackupInfo)
            return self.tr("Đã sao lưu dữ liệu của máy vào %s. Cất ở nơi an toàn.") % result.path

        self._background(lambda: self.desk.backups.now(out=path), describe, changes_desk=False)
