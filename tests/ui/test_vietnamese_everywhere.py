"""No English in the Vietnamese windows: every window, dialog and message box the flows open is walked, and
each text a person can read is checked against the catalogue (tests/ui/visible.py). Menus are opened through
their actions; whatever dialog an action opens (modal or not) is read, then closed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.ui import dialogs
from payout_desk.ui.day_close import DayCloseDialog
from payout_desk.ui.first_run import FirstRunWizard
from payout_desk.ui.language_menu import RESTART_NOTE
from payout_desk.ui.office_window import OfficeWindow
from payout_desk.ui.pay_dialog import PayDialog
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import QAction, QApplication, QDialog, QLineEdit, QMainWindow, QMenu, QTimer, QWidget
from payout_desk.ui.resources import LANGUAGES
from payout_desk.ui.staff import StaffDialog
from tests.paykit import signed
from tests.roundkit import CLERK_PIN, MONTH, Round, default_rows, passphrase, person_row, write_register
from tests.ui.visible import english_in, vietnamese, visible_texts

__all__ = ["vietnamese"]  # the fixture, used by name

pytestmark = [
    pytest.mark.usefixtures("vietnamese"),
    pytest.mark.devices(2),
    pytest.mark.clerks("Nguyễn Thị Lan", "Lan"),
]

# the language switch is written in both languages on purpose: whoever reads neither finds it
BILINGUAL = {"Ngôn ngữ / Language", RESTART_NOTE, *LANGUAGES.values()}


class Reader:
    """Reads every widget it is shown and keeps, per place, the English found there."""

    def __init__(self) -> None:
        self.english: dict[str, list[str]] = {}
        self.places: list[str] = []
        self.seen: set[str] = set()

    def read(self, widget: QWidget, where: str = "") -> None:
        place = where or widget.windowTitle() or type(widget).__name__
        self.places.append(place)
        found = english_in(t for t in visible_texts(widget) if t not in BILINGUAL and t not in self.seen)
        self.seen.update(found)
        if found:
            self.english.setdefault(place, []).extend(found)

    def check(self) -> None:
        report = "\n".join(f"{place}:\n    " + "\n    ".join(texts) for place, texts in self.english.items())
        assert not self.english, f"English in the Vietnamese windows:\n{report}"


def _actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _actions(submenu)
        elif not action.isSeparator():
            yield action


def _shown() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def dismiss(widget: QWidget) -> None:
    widget.close()
    if isinstance(widget, QDialog):
        widget.reject()


def open_and_read(
    qtbot: QtBot,
    reader: Reader,
    where: str,
    act: Callable[[], object],
    answer: Callable[[QWidget], None] = dismiss,
) -> None:
    """Do `act`; read the modal dialog it runs (and one it opens on the way out) and `answer` it (by default:
    close it); read and close any window it shows."""
    before = _shown()
    read: set[int] = set()

    def look(tries: int = 8) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or id(modal) in read:
            if tries:
                QTimer.singleShot(25, lambda: look(tries - 1))
            return
        read.add(id(modal))
        reader.read(modal, f"{where} → {modal.windowTitle() or type(modal).__name__}")
        answer(modal)
        QTimer.singleShot(25, lambda: look(tries))

    QTimer.singleShot(0, look)
    act()
    qtbot.wait(250)
    for widget in _shown() - before:
        reader.read(widget, f"{where} → {widget.windowTitle() or type(widget).__name__}")
        widget.close()


def walk_menus(qtbot: QtBot, reader: Reader, window: QMainWindow) -> None:
    """Every menu action of the window, each dialog it opens read and closed (not the language choice)."""
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        for action in _actions(menu):
            if action.isCheckable():  # a language: it is read with its menu, choosing it changes nothing here
                continue
            open_and_read(qtbot, reader, f"{top.text()} › {action.text()}", action.trigger)


def read_context_menu(reader: Reader, line: QLineEdit, where: str) -> None:
    menu = line.createStandardContextMenu()
    assert menu is not None
    reader.read(menu, where)


def test_the_detector_finds_english_and_spares_vietnamese_and_data() -> None:
    english = ["Cancel", "&Next >", "File &name:", "the file is damaged", "cần ghi chú (--by)"]
    spared = [
        "Hủy bỏ",
        "Chọn file…",
        "Nguyễn Văn An 1",
        "Điểm BĐVHX An Phước",
        "Payout Desk (*.pdsync)",
        "/tmp/usb/P01_2026-12.pdlist",
        "2.790.000 ₫",
        "NCC001",
        "<b>Tổng:</b> <div align='right'>&nbsp;2.790.000 ₫</div>",
        "Ctrl+Z",
    ]
    assert english_in(english + spared) == sorted(english)


@pytest.fixture
def reader() -> Iterator[Reader]:
    yield Reader()


def point_window(qtbot: QtBot, desk: PointDesk) -> PointWindow:
    window = PointWindow(desk, "Nguyễn Thị Lan")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_the_point_window_its_menus_dialogs_and_refusals(qtbot: QtBot, game: Round, reader: Reader) -> None:
    window = point_window(qtbot, game.devices[0])
    window.select_code("NCC003")  # a standing proxy
    reader.read(window, "cửa sổ điểm chi trả")
    read_context_menu(reader, window.search, "ô tìm: menu chuột phải")
    walk_menus(qtbot, reader, window)
    for code in ("NCC001", "NCC003"):
        detail = window.desk.roster.detail(code)
        dialog = PayDialog(detail, window.staff, parent=window)
        qtbot.addWidget(dialog)
        reader.read(dialog, f"chi trả {code}")
    window.cash("receive", 10_000_000)
    window.pay(PayoutRequest("NCC001", staff="Lan", thumbprint=True))
    window.select_code("NCC001")
    reader.read(window, "sau khi chi")
    open_and_read(qtbot, reader, "chi lần hai (bị từ chối)", lambda: window.pay(signed("NCC001")))
    window.select_code("NCC007")
    window.report_current("hospital")
    reader.read(window, "sau khi báo chưa chi được")
    open_and_read(qtbot, reader, "hủy lần ghi nhầm: hỏi lý do", window.ask_void)
    window.void_current("nhầm người")
    window.select_code("NCC001")
    open_and_read(qtbot, reader, "chi lần hai: từ chối trước khi ký", window.pay_current)
    day = DayCloseDialog(window.desk.roster.progress().cash, window)
    qtbot.addWidget(day)
    day.close_button.click()
    reader.read(day, "kiểm quỹ cuối ngày (chênh lệch)")
    open_and_read(qtbot, reader, "tuyến chi tại nhà", window.show_route)
    open_and_read(qtbot, reader, "giới thiệu", window.show_about)
    reader.check()
    assert len(reader.places) >= 20, reader.places  # the walk did open the dialogs


def test_the_staff_dialog_and_the_lock_screen(qtbot: QtBot, game: Round, reader: Reader) -> None:
    desk = game.devices[1]
    first = StaffDialog(desk)
    qtbot.addWidget(first)
    first.ok.click()  # nothing typed: the refusal shows
    reader.read(first, "nhân viên đầu tiên")
    again = StaffDialog(desk)
    qtbot.addWidget(again)
    again.pin.setText("0000")
    again.ok.click()
    reader.read(again, "chọn nhân viên, sai mã PIN")
    window = point_window(qtbot, desk)

    def unlock(dialog: QWidget) -> None:
        assert isinstance(dialog, StaffDialog)
        dialog.pin.setText(CLERK_PIN)
        dialog.ok.click()

    open_and_read(qtbot, reader, "khóa màn hình", window.lock, unlock)
    assert not window.locked
    reader.check()


def test_the_first_run_wizard_every_page(qtbot: QtBot, tmp_path: Path, reader: Reader) -> None:
    with OfficeDesk(tmp_path / "office", passphrase=passphrase) as office:
        office.init_keys("office", "Bưu điện huyện Mang Thít")
        office.registers.import_file(write_register(tmp_path / "r.csv", default_rows()), MONTH)
        office.lists.issue(MONTH, tmp_path / "lists")
    desk = PointDesk(tmp_path / "point", passphrase=passphrase)
    try:
        wizard = FirstRunWizard(desk)
        qtbot.addWidget(wizard)
        wizard.show()
        reader.read(wizard, "lần đầu: tên máy")
        wizard.name_page.name.setText("Điểm BĐVHX An Phước – máy 1")
        wizard.next()
        reader.read(wizard, "lần đầu: mã máy")
        wizard.next()
        page = wizard.list_page
        reader.read(wizard, "lần đầu: danh sách (trống)")
        page.path.setText(str(tmp_path / "r.csv"))  # not a list file: refused
        reader.read(wizard, "lần đầu: file không phải danh sách")
        open_and_read(qtbot, reader, "lần đầu: chọn file", page._ask_file)
        page.path.setText(str(next((tmp_path / "lists").glob("*.pdlist"))))
        reader.read(wizard, "lần đầu: danh sách")
        page.matches.setChecked(True)
        assert wizard.button(FirstRunWizard.WizardButton.FinishButton).isVisible()
        reader.read(wizard, "lần đầu: sẵn sàng hoàn tất")
        read_context_menu(reader, page.path, "lần đầu: menu chuột phải")
        reader.check()
    finally:
        desk.close()


def office_window(qtbot: QtBot, desk: OfficeDesk, today: date = date(2026, 12, 3)) -> OfficeWindow:
    window = OfficeWindow(desk, today=today)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_the_office_window_every_tab_and_menu(
    qtbot: QtBot, game: Round, reader: Reader, tmp_path: Path
) -> None:
    one, two = game.devices
    one.pay.record(signed("NCC001"))
    two.pay.record(signed("NCC001", at_home=True))  # paid twice: a conflict to show
    one.sync.export(tmp_path / "usb" / "may1.pdsync")
    two.sync.export(tmp_path / "usb" / "may2.pdsync")
    window = office_window(qtbot, game.office, today=date(2026, 12, 6))
    window.import_sync_files([tmp_path / "usb" / "may1.pdsync", tmp_path / "usb" / "may2.pdsync"])
    qtbot.waitUntil(lambda: not window.importing(), timeout=20_000)
    (tmp_path / "usb" / "rac.pdsync").write_bytes(b"not a sync file")
    window.import_sync_files([tmp_path / "usb" / "rac.pdsync"])
    qtbot.waitUntil(lambda: not window.importing(), timeout=20_000)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        reader.read(window, f"bưu cục: thẻ {window.tabs.tabText(index)}")
    window.devices.public_key.setText("không phải mã máy")
    reader.read(window.devices, "bưu cục: đăng ký máy, mã sai")
    window.devices.device_view.selectRow(0)
    open_and_read(qtbot, reader, "bưu cục: ngừng sử dụng máy", window.devices.revoke_button.click)
    window.conflicts.resolve_button.click()  # no note: refused
    reader.read(window, "bưu cục: xử lý sai lệch thiếu ghi chú")
    walk_menus(qtbot, reader, window)
    reader.check()
    assert len(reader.places) >= 15, reader.places


def test_a_register_with_errors_as_the_office_sees_it(qtbot: QtBot, tmp_path: Path, reader: Reader) -> None:
    desk = OfficeDesk(tmp_path / "office", passphrase=passphrase)
    try:
        desk.init_keys("office", "Bưu điện huyện Mang Thít")
        broken = person_row(13).replace("2789000,,2789000", "abc,,abc")
        duplicate = person_row(12)
        register = write_register(tmp_path / "danh-sach.csv", [*default_rows(), broken, duplicate])
        window = office_window(qtbot, desk)
        window.month.setCurrentText(MONTH)
        window.import_register(register)
        qtbot.waitUntil(lambda: not window.importing(), timeout=20_000)
        tab = window.register
        tab.issue_view.clicked.emit(tab.issues.index(0, 0))
        reader.read(window, "bưu cục: danh sách có lỗi")
        window.month.setCurrentText("2026-13")
        window.refresh_now()
        reader.read(window, "bưu cục: tháng sai")
        reader.check()
    finally:
        desk.close()


def test_the_shared_dialogs_and_message_boxes(qtbot: QtBot, tmp_path: Path, reader: Reader) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    for where, dialog in (
        (
            "mở file",
            dialogs.open_file_dialog(parent, "Nạp file của bưu cục", ["Payout Desk (*.pdlist)"], tmp_path),
        ),
        ("lưu file", dialogs.save_file_dialog(parent, "Lưu biên nhận", "bien-nhan.pdf", ["PDF (*.pdf)"])),
        ("chọn thư mục", dialogs.folder_dialog(parent, "Thư mục ghi các file danh sách", tmp_path)),
        ("hỏi có/không", dialogs.confirm_dialog(parent, "Ngừng sử dụng máy", "Ngừng sử dụng máy “Máy 1”?")),
        ("nhập chữ", dialogs.text_dialog(parent, "Hủy lần ghi nhầm", "Lý do (bắt buộc):")),
        ("nhập số", dialogs.number_dialog(parent, "Nhận tiền", "Số tiền (đồng):")),
    ):
        dialog.open()
        qtbot.wait(20)
        reader.read(dialog, where)
        for line in dialog.findChildren(QLineEdit):
            read_context_menu(reader, line, f"{where}: menu chuột phải")
        dialog.reject()
    box = dialogs.warning(parent, "Không thực hiện được", "Không ghi được.")
    reader.read(box, "cảnh báo")
    box.close()
    reader.check()
    assert len(reader.places) >= 7
