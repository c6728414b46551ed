"""First run on a point laptop: name the laptop and create its key; read its check code to the office (or
copy / save the laptop's key for it) so the office enrols it; then load the point's first list — shown
first (point, month, head-count, total, the office and its check code), refused in plain words when it is
not for this laptop. The list is opened and loaded off the window's thread (`Work`); the key's passphrase,
if the desk needs it, is asked on the window's thread (the desk's passphrase source is `OnWindowThread`)."""

from __future__ import annotations

import re
from pathlib import Path

from payout_desk.domain.money import format_vnd
from payout_desk.domain.month import Month
from payout_desk.domain.text import fold
from payout_desk.services.common.errors import DeskError
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.lists import LoadReport
from payout_desk.services.point.preview import ListPreview
from payout_desk.ui.plain import plain
from payout_desk.ui.qt import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from payout_desk.ui.words import english, message
from payout_desk.ui.work import Work

PROBLEM_STYLE = "color:#b00020;font-weight:600"


def _file_dialog(parent: QWidget, title: str, name_filter: str, *, save: bool) -> QFileDialog:
    """Qt's own file dialog (its words come from the app's translation, unlike the system's), kept on the
    page so a test or the real-screen lane can drive it."""
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setNameFilter(name_filter)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


class NamePage(QWizardPage):
    def __init__(self, desk: PointDesk) -> None:
        super().__init__()
        self.desk = desk
        self.setTitle(self.tr("Máy này làm việc cho một điểm chi trả"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Đặt tên cho máy, ví dụ: “Điểm BĐVHX An Phước – máy 1”.")))
        self.name = QLineEdit()
        layout.addWidget(self.name)
        self.problem = plain(QLabel(""))
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        layout.addWidget(self.problem)
        self.name.textChanged.connect(self.completeChanged)
        ident = desk.identity()
        if ident is not None:  # the key was made on an earlier run: the name stays
            self.name.setText(ident.name)
            self.name.setReadOnly(True)

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


class KeyPage(QWizardPage):
    """The laptop's check code to read to the office, and its key to copy or save for the office."""

    def __init__(self, desk: PointDesk) -> None:
        super().__init__()
        self.desk = desk
        self.save_dialog: QFileDialog | None = None
        self.setTitle(self.tr("Đăng ký máy với bưu cục"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Gọi điện cho bưu cục và đọc mã kiểm tra này; bưu cục dùng nó để đăng ký máy của bạn:")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fingerprint = plain(QLabel())
        self.fingerprint.setStyleSheet("font-size:18pt;font-weight:700;letter-spacing:2px")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.fingerprint)
        explain = QLabel(
            self.tr("Mã máy (bưu cục cần mã này để đăng ký máy): sao chép để gửi, hoặc lưu ra file mang đi.")
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.public_key = QLineEdit()
        self.public_key.setReadOnly(True)
        layout.addWidget(self.public_key)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Sao chép"))
        self.copy_button.clicked.connect(self.copy_key)
        self.save_button = QPushButton(self.tr("Lưu ra file…"))
        self.save_button.clicked.connect(self._ask_save)
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.note = plain(QLabel(""))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

    def initializePage(self) -> None:
        ident = self.desk.require_identity("point")
        self.fingerprint.setText(ident.fingerprint)
        self.public_key.setText(ident.public_key.b64)
        self.note.setText("")

    def key_text(self) -> str:
        """The small text file for the office: the laptop's name, its key and the key's check code."""
        ident = self.desk.require_identity("point")
        return (
            self.tr("Payout Desk — mã máy gửi bưu cục để đăng ký máy")
            + "\n"
            + self.tr("Tên máy: %s") % ident.name
            + "\n"
            + self.tr("Mã máy: %s") % ident.public_key.b64
            + "\n"
            + self.tr("Mã kiểm tra: %s") % ident.fingerprint
            + "\n"
        )

    def copy_key(self) -> None:
        QApplication.clipboard().setText(self.public_key.text())
        self._tell(self.tr("Đã sao chép mã máy: dán vào thư điện tử hoặc tin nhắn gửi bưu cục."))

    def _ask_save(self) -> None:
        name = re.sub(r"[^a-z0-9]+", "-", fold(self.desk.require_identity("point").name)).strip("-")
        self.save_dialog = _file_dialog(self, self.tr("Lưu mã máy"), self.tr("Văn bản (*.txt)"), save=True)
        self.save_dialog.selectFile(f"ma-may-{name or 'payout-desk'}.txt")
        self.save_dialog.fileSelected.connect(lambda path: self.save_key(Path(path)))
        self.save_dialog.open()

    def save_key(self, path: Path) -> Path | None:
        if not path.suffix:
            path = path.with_suffix(".txt")
        try:
            path.write_text(self.key_text(), encoding="utf-8")
        except OSError as exc:
            self._tell(self.tr("Không lưu được vào %s: %s") % (path, exc.strerror or exc), problem=True)
            return None
        self._tell(self.tr("Đã lưu mã máy vào %s. Gửi file này cho bưu cục.") % path)
        return path

    def _tell(self, text: str, *, problem: bool = False) -> None:
        self.note.setStyleSheet(PROBLEM_STYLE if problem else "color:#1b5e20")
        self.note.setText(text)


class ListPage(QWizardPage):
    """Choose the point's list; see what it is before loading it; load it when the clerk finishes."""

    PREVIEW_DELAY_MS = 250  # typing a path: look at the file once the typing pauses

    def __init__(self, desk: PointDesk, work: Work) -> None:
        super().__init__()
        self.desk, self.work = desk, work
        self.preview: ListPreview | None = None
        self.report: LoadReport | None = None
        self.loading = False
        self.open_dialog: QFileDialog | None = None
        self.setTitle(self.tr("Nạp danh sách chi trả đầu tiên"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("file .pdlist bưu cục gửi (USB, thư điện tử…)"))
        self.browse = QPushButton(self.tr("Chọn file…"))
        self.browse.clicked.connect(self._ask_file)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.summary = plain(QLabel(""))
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size:12pt")
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Bưu cục ký danh sách và mã kiểm tra của bưu cục:")))
        self.office = plain(QLabel(""))
        self.office.setStyleSheet("font-size:16pt;font-weight:700")
        layout.addWidget(self.office)
        self.matches = QCheckBox(self.tr("Tôi đã gọi bưu cục: bưu cục đọc mã kiểm tra, khớp hoàn toàn"))
        layout.addWidget(self.matches)
        self.problem = plain(QLabel(""))
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._look)
        self.path.textChanged.connect(self._path_changed)
        self.matches.toggled.connect(self.completeChanged)

    def _ask_file(self) -> None:
        self.open_dialog = _file_dialog(
            self, self.tr("Danh sách chi trả"), self.tr("Danh sách chi trả (*.pdlist)"), save=False
        )
        self.open_dialog.fileSelected.connect(self.path.setText)
        self.open_dialog.open()

    def _path_changed(self, _text: str) -> None:
        self.preview = None
        self.matches.setEnabled(True)
        self.summary.setText("")
        self.office.setText("")
        self.problem.setText("")
        self.completeChanged.emit()
        self._timer.start()

    def _look(self) -> None:
        text = self.path.text().strip()
        if not text:
            return
        path = Path(text)
        self.summary.setText(self.tr("Đang mở %s…") % path.name)

        def shown(preview: ListPreview) -> None:
            if Path(self.path.text().strip()) != path:
                return  # the clerk has chosen another file meanwhile
            self.show_preview(preview)

        def refused(text: str) -> None:
            if Path(self.path.text().strip()) == path:
                self.summary.setText("")
                self._refuse(text)

        self.work.run(lambda: self.desk.lists.preview(path), shown, failed=refused, changes_desk=False)

    def show_preview(self, preview: ListPreview) -> None:
        month = Month.parse(preview.month)
        self.summary.setText(
            self.tr("Điểm: %s — %s\nTháng: %s\nSố người: %d\nTổng tiền: %s")
            % (
                preview.point_code,
                preview.point_name,
                month.label_en if english() else month.label_vi,
                preview.beneficiaries,
                format_vnd(preview.cash_total),
            )
        )
        self.office.setText(f"{preview.office_name}\n{preview.office_fingerprint}")
        if preview.refusal is not None:
            self._refuse(preview.refusal.en if english() else preview.refusal.vi)
        else:
            self.preview = preview
        self.completeChanged.emit()

    def _refuse(self, text: str) -> None:
        self.matches.setEnabled(False)  # nothing to confirm: this file is not loaded here
        self.problem.setText(
            text + " " + self.tr("Bấm “Chọn file…” để chọn file khác, hoặc “< Quay lại” để xem lại mã máy.")
        )

    def isComplete(self) -> bool:
        return self.preview is not None and self.matches.isChecked() and not self.loading

    def validatePage(self) -> bool:
        """Finish: the list is loaded off the window's thread; the wizard closes when it is in."""
        if self.report is not None:
            return True
        if self.preview is None or self.loading:
            return False
        path, shown = Path(self.preview.path), self.preview.office_fingerprint
        self._set_loading(True)
        self.summary.setText(self.summary.text() + "\n" + self.tr("Đang nạp danh sách…"))

        def loaded(report: LoadReport) -> None:
            self._set_loading(False)
            self.report = report
            wizard = self.wizard()
            if wizard is not None:
                wizard.accept()

        def refused(text: str) -> None:
            self._set_loading(False)
            self.problem.setText(text)

        # the clerk confirmed the check code shown (the box above); a file changed since is not trusted
        self.work.run(
            lambda: self.desk.lists.load(path, confirm=lambda _office, code: code == shown),
            loaded,
            failed=refused,
        )
        return False

    def _set_loading(self, loading: bool) -> None:
        self.loading = loading
        self.path.setReadOnly(loading)
        self.browse.setEnabled(not loading)
        wizard = self.wizard()
        if wizard is not None:  # the load runs on: no closing or going back under it
            for button in (QWizard.WizardButton.CancelButton, QWizard.WizardButton.BackButton):
                wizard.button(button).setEnabled(not loading)
        self.completeChanged.emit()


class FirstRunWizard(QWizard):
    SIZE = (760, 580)

    def __init__(self, desk: PointDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.work = Work(self)
        self.setWindowTitle(self.tr("Payout Desk — bắt đầu"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same look and words on every system
        self.resize(*self.SIZE)  # room for a list's summary and a refusal, within a 1280×720 screen
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Quay lại")),
            (QWizard.WizardButton.NextButton, self.tr("Tiếp tục >")),
            (QWizard.WizardButton.FinishButton, self.tr("Hoàn tất")),
            (QWizard.WizardButton.CancelButton, self.tr("Hủy")),
        ):
            self.setButtonText(button, text)
        self.name_page = NamePage(desk)
        self.key_page = KeyPage(desk)
        self.list_page = ListPage(desk, self.work)
        self.fingerprint_page = self.key_page  # the older name
        for page in (self.name_page, self.key_page, self.list_page):
            self.addPage(page)
