"""Qt's own words in Vietnamese (qt_vi.qm), and ui/dialogs.py: the one way the windows ask for files and
answers, through Qt's non-native dialogs a test can fill in and press."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.ui import dialogs
from payout_desk.ui.qt import (
    QApplication,
    QContextMenuEvent,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    Qt,
    QTimer,
    QTreeView,
    QWidget,
    QWizard,
    QWizardPage,
)
from payout_desk.ui.resources import active_language, install_translator, remove_translator
from tests.conftest import REPO
from tests.roundkit import load_module
from tests.ui.visible import english_of, in_vietnamese, vietnamese, when_modal

__all__ = ["vietnamese"]  # the fixture, used by name

in_vi = pytest.mark.usefixtures("vietnamese")


def test_the_committed_qt_vi_is_built_from_the_catalogue(tmp_path: Path) -> None:
    script = load_module(REPO / "scripts" / "translations.py")
    qm = script.write_qt_vietnamese(tmp_path / "qt_vi.ts")
    committed = REPO / "resources" / "translations" / "qt_vi.ts"
    assert (tmp_path / "qt_vi.ts").read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        "run scripts/translations.py"
    )
    assert qm.read_bytes() == committed.with_suffix(".qm").read_bytes()
    root = ET.parse(committed).getroot()
    assert root.get("language") == "vi_VN"
    assert all((m.findtext("translation") or "").strip() for m in root.iter("message"))


@in_vi
def test_a_wizard_speaks_vietnamese(qtbot: QtBot) -> None:
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    qtbot.addWidget(wizard)
    for _ in range(2):
        wizard.addPage(QWizardPage())
    wizard.show()
    buttons = [
        wizard.buttonText(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton)
    ]
    assert buttons == ["< &Quay lại", "&Tiếp theo >"]
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Hủy bỏ"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "&Hoàn tất"
    assert english_of(wizard) == []


@in_vi
def test_message_box_buttons_speak_vietnamese(qtbot: QtBot) -> None:
    every = (
        QMessageBox.StandardButton.Ok
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Close
        | QMessageBox.StandardButton.Save
    )
    box = QMessageBox(QMessageBox.Icon.Question, "Tiêu đề", "Nội dung", every)
    qtbot.addWidget(box)
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == sorted(
        ["Đồng ý", "Hủy bỏ", "Có", "Không", "Đóng", "Lưu"]
    )
    bar = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(bar)
    assert sorted(b.text() for b in bar.buttons()) == ["Hủy bỏ", "Đồng ý"]
    assert english_of(box) == [] and english_of(bar) == []


@in_vi
def test_a_text_field_context_menu_speaks_vietnamese(qtbot: QtBot) -> None:
    line = QLineEdit("chữ")
    qtbot.addWidget(line)
    menu = line.createStandardContextMenu()
    assert menu is not None
    labels = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert {"Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"} <= set(labels)
    assert english_of(menu) == []
    spin = QSpinBox()
    qtbot.addWidget(spin)
    assert {"Tăng", "Giảm", "Chọn tất cả"} <= set(_spin_menu(spin))


def _spin_menu(spin: QSpinBox) -> list[str]:
    """QAbstractSpinBox builds its menu inside contextMenuEvent and runs it: open it, read it, close it."""
    seen: list[str] = []

    def grab() -> None:
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu)
        seen.extend(a.text().split("\t")[0].replace("&", "") for a in popup.actions() if not a.isSeparator())
        popup.close()

    spin.show()
    QTimer.singleShot(50, grab)
    centre = spin.rect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, spin.mapToGlobal(centre))
    QApplication.sendEvent(spin, event)
    assert seen, "the spin box showed no context menu"
    return seen


@in_vi
def test_the_file_dialog_is_qts_own_and_speaks_vietnamese(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = dialogs.save_file_dialog(
        None, "Xuất file đồng bộ", "P05_2026-12_may1.pdsync", ["Payout Desk (*.pdsync)"], folder=tmp_path
    )
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {w.text().replace("&", "") for w in dialog.findChildren(QLabel) if w.text()}
    assert {"Tìm trong:", "Tên file:", "Loại file:"} <= labels
    buttons = {b.text().replace("&", "") for b in dialog.findChildren(QPushButton)}
    assert {"Lưu", "Hủy bỏ"} <= buttons
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert isinstance(name, QLineEdit) and name.text() == "P05_2026-12_may1.pdsync"
    assert english_of(dialog) == []
    dialog.reject()


@in_vi
def test_the_file_dialog_names_file_kinds_in_vietnamese(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "bien-nhan.pdf").write_bytes(b"%PDF-1.4\n")
    dialog = dialogs.open_file_dialog(None, "Mở file", [], tmp_path)
    qtbot.addWidget(dialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.open()
    view = dialog.findChild(QTreeView, "treeView")
    assert isinstance(view, QTreeView)
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 1, timeout=5_000)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Tên", "Kích thước", "Loại", "Ngày sửa"]
    qtbot.waitUntil(lambda: model.index(0, 2, view.rootIndex()).data() == "Tài liệu PDF", timeout=5_000)
    dialog.reject()


@in_vi
def test_a_saved_file_gets_its_suffix_and_a_cancel_gives_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    def type_name(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog) and widget.windowTitle() == "Lưu biên nhận"
        name = widget.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(name, QLineEdit) and name.text() == "bien-nhan.pdf"
        name.setText(str(tmp_path / "bien-nhan-NCC001"))
        widget.accept()

    when_modal(type_name)
    path = dialogs.save_file(None, "Lưu biên nhận", "bien-nhan.pdf", ["PDF (*.pdf)"], folder=tmp_path)
    assert path == tmp_path / "bien-nhan-NCC001.pdf"
    when_modal(lambda widget: widget.close())
    assert dialogs.open_file(None, "Nạp file", ["Payout Desk (*.pdlist)"], folder=tmp_path) is None


@in_vi
def test_open_several_files_and_choose_a_folder(qtbot: QtBot, tmp_path: Path) -> None:
    for name in ("a.pdsync", "b.pdsync"):
        (tmp_path / name).write_text("x")
    dialog = dialogs.open_files_dialog(None, "File đồng bộ", ["Payout Desk (*.pdsync)"], folder=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFiles
    dialog.selectFile('"a.pdsync" "b.pdsync"')

    when_modal(lambda widget: widget.accept() if isinstance(widget, QFileDialog) else None)
    assert sorted(p.name for p in dialogs.chosen_paths(dialog)) == ["a.pdsync", "b.pdsync"]
    folder = dialogs.folder_dialog(None, "Thư mục ghi các file danh sách", tmp_path)
    qtbot.addWidget(folder)
    assert folder.fileMode() == QFileDialog.FileMode.Directory
    assert folder.testOption(QFileDialog.Option.ShowDirsOnly)


@in_vi
def test_a_confirmation_defaults_to_no_and_names_its_buttons(qtbot: QtBot) -> None:
    box = dialogs.confirm_dialog(None, "Ngừng sử dụng máy", "Ngừng sử dụng máy “Máy 1”?")
    qtbot.addWidget(box)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert {b.text().replace("&", "") for b in box.buttons()} == {"Có", "Không"}
    assert english_of(box) == []
    named = dialogs.confirm_dialog(None, "Hủy lần ghi nhầm", "Hủy?", yes="Hủy lần ghi", no="Không hủy")
    qtbot.addWidget(named)
    assert {b.text() for b in named.buttons()} == {"Hủy lần ghi", "Không hủy"}
    when_modal(lambda widget: widget.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    assert dialogs.confirm(None, "Ngừng sử dụng máy", "Chắc chắn?") is True
    when_modal(lambda widget: widget.close())
    assert dialogs.confirm(None, "Ngừng sử dụng máy", "Chắc chắn?") is False


@in_vi
def test_text_and_number_questions(qtbot: QtBot) -> None:
    dialog = dialogs.text_dialog(None, "Hủy lần ghi nhầm", "Lý do (bắt buộc):", ok="Hủy lần ghi")
    qtbot.addWidget(dialog)
    dialog.show()
    assert {b.text() for b in dialog.findChildren(QPushButton)} == {"Hủy lần ghi", "Hủy bỏ"}
    assert english_of(dialog) == []

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, QInputDialog)
        widget.setTextValue("ghi nhầm người")
        widget.accept()

    when_modal(answer)
    assert dialogs.ask_text(None, "Hủy lần ghi nhầm", "Lý do:") == "ghi nhầm người"
    when_modal(lambda widget: widget.reject())  # type: ignore[attr-defined]
    assert dialogs.ask_text(None, "Mật khẩu", "Mật khẩu:", secret=True) is None

    def amount(widget: QWidget) -> None:
        assert isinstance(widget, QInputDialog)
        widget.setIntValue(50_000_000)
        widget.accept()

    when_modal(amount)
    assert dialogs.ask_number(None, "Nhận tiền", "Số tiền (đồng):", step=1_000_000) == 50_000_000


def test_english_keeps_qts_english_and_vietnamese_comes_back(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    english = install_translator(app, "en")
    assert english is not None and active_language() == "en"
    try:
        box = QMessageBox(QMessageBox.Icon.Information, "", "", QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.buttons()[0].text() == "Cancel"
    finally:
        remove_translator(app, english)
    with in_vietnamese():
        assert active_language() == "vi"
        box = QMessageBox(QMessageBox.Icon.Information, "", "", QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.buttons()[0].text() == "Hủy bỏ"
    box = QMessageBox(QMessageBox.Icon.Information, "", "", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.buttons()[0].text() == "Cancel", "the Vietnamese translator was left installed"
