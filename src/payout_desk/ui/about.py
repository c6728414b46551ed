"""Giới thiệu (About): the version, and where this desk keeps its data, backups and logs."""

from __future__ import annotations

from pathlib import Path

from payout_desk import __version__
from payout_desk.services.common.paths import backup_dir, log_dir
from payout_desk.ui.plain import data, plain, rich
from payout_desk.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPixmap,
    Qt,
    QVBoxLayout,
    QWidget,
)
from payout_desk.ui.resources import icon_path


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None, *, database: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Giới thiệu Payout Desk"))
        layout = QVBoxLayout(self)
        header = QLabel()
        icon = icon_path()
        if icon is not None:
            header.setPixmap(
                QPixmap(str(icon)).scaled(
                    64, 64, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        title = rich(QLabel(self.tr("<b>Payout Desk</b> — phiên bản %s") % data(__version__)))
        title.setObjectName("version")
        purpose = QLabel(self.tr("Chi trả trợ cấp ưu đãi người có công bằng tiền mặt qua bưu điện."))
        purpose.setWordWrap(True)
        layout.addWidget(header)
        layout.addWidget(title)
        layout.addWidget(purpose)
        form = QFormLayout()
        self.folders = {
            "data": str(data_dir),
            "backups": str(backup_dir(data_dir)),
            "logs": str(log_dir()),
        }
        labels = {
            "data": self.tr("Dữ liệu (cơ sở dữ liệu, khóa):"),
            "backups": self.tr("Bản sao trước khi nâng cấp:"),
            "logs": self.tr("Nhật ký lỗi:"),
        }
        for key, label in labels.items():
            value = plain(QLabel(self.folders[key]))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(label, value)
        if database:
            shared = plain(QLabel(database))
            shared.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("Cơ sở dữ liệu dùng chung:"), shared)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "Cài bản mới đè lên bản cũ: dữ liệu được giữ nguyên và tự nâng cấp khi mở. "
                "Sao lưu: chép cả thư mục dữ liệu sang USB."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 320)
