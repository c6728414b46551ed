"""Sync files in from the points: drop many at once (or choose them), watch them go in one by one, and
read each file's outcome in plain words."""

from __future__ import annotations

from pathlib import Path

from payout_desk.lang import t
from payout_desk.services.office.imports import FileOutcome
from payout_desk.ui.office.register_tab import table
from payout_desk.ui.plain import plain
from payout_desk.ui.qt import (
    QDragEnterEvent,
    QDropEvent,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from payout_desk.ui.rows_model import Row, RowsModel
from payout_desk.ui.words import said

SUFFIX = ".pdsync"
OUTCOME_COLOURS = {"imported": "#d9f2d9", "nothing-new": "#eeeeee", "rejected": "#f8d0d0"}


def sync_files(paths: list[Path]) -> list[Path]:
    """The sync files among dropped paths; a dropped folder gives the sync files inside it."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob(f"*{SUFFIX}") if p.is_file())
        elif path.suffix.lower() == SUFFIX:
            found.append(path)
    return found


class DropZone(QLabel):
    dropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(90)
        self.setWordWrap(True)
        self.setText(self.tr("Kéo thả các file .pdsync (hoặc cả thư mục, ổ USB) của các điểm vào đây"))
        self.setStyleSheet("border:2px dashed #7a8a99;border-radius:8px;font-size:12pt;color:#34495e")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.dropped.emit(paths)
        event.acceptProposedAction()


class SyncTab(QWidget):
    files_wanted = Signal(list)  # list[Path] to import
    choose_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = dict.fromkeys(OUTCOME_COLOURS, 0)
        layout = QVBoxLayout(self)
        self.drop = DropZone()
        self.drop.dropped.connect(self._dropped)
        bar = QHBoxLayout()
        self.choose = QPushButton(self.tr("Chọn file đồng bộ…"))
        self.choose.clicked.connect(self.choose_wanted.emit)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v/%m file"))
        self.progress.setValue(0)
        bar.addWidget(self.choose)
        bar.addWidget(self.progress, 1)
        self.summary = plain(QLabel())
        self.summary.setWordWrap(True)
        self.outcomes = RowsModel(
            [
                self.tr("File"),
                self.tr("Điểm"),
                self.tr("Máy"),
                self.tr("Kết quả"),
                self.tr("Lần ghi mới"),
                self.tr("Lý do"),
            ],
            self,
            right=(4,),
        )
        layout.addWidget(self.drop)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(table(self.outcomes, (200, 50, 220, 140, 100), whole=(0, 1)), 1)

    def _dropped(self, paths: list[Path]) -> None:
        found = sync_files(paths)
        if not found:
            self.summary.setText(self.tr("Không có file .pdsync nào trong những gì vừa thả vào."))
            return
        self.files_wanted.emit(found)

    def start(self, count: int) -> None:
        self.counts = dict.fromkeys(OUTCOME_COLOURS, 0)
        self.outcomes.set_rows([])
        self.progress.setRange(0, count)
        self.progress.setValue(0)
        self.choose.setEnabled(False)
        self.drop.setEnabled(False)
        self.summary.setText(self.tr("Đang kiểm tra chữ ký và nhận %d file…") % count)

    def add_outcome(self, outcome: FileOutcome, known: dict[str, tuple[str, str]]) -> None:
        """One file's outcome; `known` names the enrolled devices: key id → (point code, device name)."""
        point, device = known.get(outcome.device, (outcome.point_code, outcome.device))
        label = {
            "imported": self.tr("đã nhận"),
            "nothing-new": self.tr("không có gì mới"),
            "rejected": self.tr("TỪ CHỐI"),
        }[outcome.status]
        self.counts[outcome.status] += 1
        signups = t("signups.cli_new", count=outcome.new_signups) if outcome.new_signups else None
        rows = [
            *self.outcomes.rows(),
            Row(
                outcome.path,
                [
                    Path(outcome.path).name,
                    outcome.point_code or point,
                    device,
                    label,
                    str(outcome.new_events),
                    said(outcome.why) or said(signups),  # what else came: sign-ups for payment by account
                ],
                colour=OUTCOME_COLOURS[outcome.status],
                tooltip=said(outcome.why) or outcome.path,
            ),
        ]
        self.outcomes.set_rows(rows)
        self.progress.setValue(len(rows))

    def finish(self, conflicts: int) -> None:
        counts = self.counts
        self.summary.setText(
            self.tr("Xong: %d file đã nhận, %d không có gì mới, %d bị từ chối. Tháng này có %d sai lệch.")
            % (counts["imported"], counts["nothing-new"], counts["rejected"], conflicts)
        )
        self.choose.setEnabled(True)
        self.drop.setEnabled(True)
