"""First run on a point laptop: create its key, show the fingerprint to read to the office, load the first
list after checking the office's fingerprint by phone."""

from __future__ import annotations

from pathlib import Path

from payout_desk.services.errors import DeskError
from payout_desk.services.point import LoadReport, PointDesk
from payout_desk.services.verify import verify_file
from payout_desk.ui import dialogs
from payout_desk.ui.qt import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from payout_desk.ui.words import message


class NamePage(QWizardPage):
    def __init__(self, desk: PointDesk) -> None:
        super().__init__()
        self.desk = desk
        self.setTitle(self.tr("Máy này làm việc cho một điểm chi trả"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Đặt tên cho máy, ví dụ: “Điểm BĐVHX An Phước – máy 1”.")))
        self.name = QLineEdit()
        layout.addWidget(self.name)
        self.problem = QLabel("")
        self.problem.setStyleSheet("color:#b00020")
        layout.addWidget(self.problem)
        self.name.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())

    def validatePage(self) -> bool:
        if self.desk.identity() is not None:
            return True
        try:
            self.desk.init_keys("point", self.name.text())
        except DeskError as exc:
            self.problem.setText(message(exc))
            return False
        return True


class FingerprintPage(QWizardPage):
    def __init__(self, desk: PointDesk) -> None:
        super().__init__()
        self.desk = desk
        self.setTitle(self.tr("Đọc dấu vân tay của máy cho bưu cục"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Gọi điện cho bưu cục và đọc dãy số này; bưu cục ghi danh máy của bạn:"))
        )
        self.fingerprint = QLabel()
        self.fingerprint.setStyleSheet("font-size:18pt;font-weight:700;letter-spacing:2px")
        layout.addWidget(self.fingerprint)
        layout.addWidget(QLabel(self.tr("Khóa công khai (gửi cho bưu cục nếu cần):")))
        self.public_key = QLineEdit()
        self.public_key.setReadOnly(True)
        layout.addWidget(self.public_key)

    def initializePage(self) -> None:
        ident = self.desk.require_identity("point")
        self.fingerprint.setText(ident.fingerprint)
        self.public_key.setText(ident.public_key.b64)


class ListPage(QWizardPage):
    def __init__(self, desk: PointDesk) -> None:
        super().__init__()
        self.desk = desk
        self.report: LoadReport | None = None
        self.setTitle(self.tr("Nạp danh sách chi trả đầu tiên"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("file .pdlist bưu cục gửi (USB, thư điện tử…)"))
        browse = QPushButton(self.tr("Chọn file…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        layout.addWidget(
            QLabel(self.tr("Dấu vân tay của bưu cục (gọi điện để bưu cục đọc và so từng nhóm số):"))
        )
        self.office = QLabel("")
        self.office.setStyleSheet("font-size:16pt;font-weight:700")
        layout.addWidget(self.office)
        self.matches = QCheckBox(self.tr("Tôi đã gọi bưu cục: dấu vân tay khớp hoàn toàn"))
        layout.addWidget(self.matches)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#b00020")
        layout.addWidget(self.problem)
        self.path.textChanged.connect(self._preview)
        self.matches.toggled.connect(self.completeChanged)

    def _browse(self) -> None:
        path = dialogs.open_file(
            self, self.tr("Danh sách chi trả"), [self.tr("Danh sách chi trả (*.pdlist)")]
        )
        if path:
            self.path.setText(str(path))

    def _preview(self, text: str) -> None:
        self.office.setText("")
        self.problem.setText("")
        try:
            summary = verify_file(Path(text), self.desk.data_dir)
        except DeskError as exc:
            self.problem.setText(message(exc))
        else:
            office = summary.get("office") or {}
            self.office.setText(f"{office.get('name', '')}\n{summary['signer']['fingerprint']}")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.office.text()) and self.matches.isChecked()

    def validatePage(self) -> bool:
        try:
            self.report = self.desk.load(
                Path(self.path.text()), confirm=lambda _name, _fp: self.matches.isChecked()
            )
        except DeskError as exc:
            self.problem.setText(message(exc))
            return False
        return True


class FirstRunWizard(QWizard):
    def __init__(self, desk: PointDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Payout Desk — bắt đầu"))
        self.name_page, self.fingerprint_page, self.list_page = (
            NamePage(desk),
            FingerprintPage(desk),
            ListPage(desk),
        )
        for page in (self.name_page, self.fingerprint_page, self.list_page):
            self.addPage(page)
