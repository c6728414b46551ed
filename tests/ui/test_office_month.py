"""The office window opens on the month that still has work and says why; a register whose title names
another month than the one chosen is imported only when the office says yes (offscreen Qt, real files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from payout_desk.services.office.desk import OfficeDesk
from payout_desk.ui.office_window import OfficeWindow
from payout_desk.ui.qt import QMessageBox
from tests.exchange.registers import Person, write_xlsx
from tests.paykit import signed
from tests.roundkit import Round, default_rows, passphrase, write_register


def open_window(qtbot: QtBot, desk: OfficeDesk, today: date) -> OfficeWindow:
    window = OfficeWindow(desk, today=today)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def fresh_office(tmp_path: Path) -> OfficeDesk:
    desk = OfficeDesk(tmp_path / "office", passphrase=passphrase)
    desk.init_keys("office", "Bưu điện huyện Mang Thít")
    return desk


def december_register(tmp_path: Path) -> Path:
    path = tmp_path / "danh-sach-thang-12.xlsx"
    write_xlsx(path, [Person("NCC001"), Person("NCC002", "Lê Thị Bình", 1949, "F", "086149186529")])
    return path  # titled "Tháng 12 năm 2026"


def imported(qtbot: QtBot, window: OfficeWindow) -> None:
    qtbot.waitUntil(lambda: not window.importing(), timeout=20_000)


def answer(qtbot: QtBot, window: OfficeWindow, button: QMessageBox.StandardButton) -> str:
    qtbot.waitUntil(lambda: window.month_question is not None and window.month_question.isVisible())
    box = window.month_question
    assert box is not None
    text = box.text()
    box.button(button).click()
    window.month_question = None
    imported(qtbot, window)
    return text


def test_before_the_5th_a_new_office_opens_on_the_month_being_paid_and_imports_its_register(
    qtbot: QtBot, tmp_path: Path
) -> None:
    desk = fresh_office(tmp_path)
    window = open_window(qtbot, desk, date(2026, 12, 1))
    assert window.month_text() == "2026-12"  # not 2027-01: December is being paid until the 4th
    assert (
        window.dashboard.opening.text() == "Đang mở tháng 12/2026: tháng đang chi trả (hạn chi trước mùng 5)."
    )
    window.import_register(december_register(tmp_path))
    imported(qtbot, window)
    assert window.month_question is None
    assert window.last_message == "Đã nhập danh sách danh-sach-thang-12.xlsx cho tháng 2026-12."
    assert desk.status.months() == ["2026-12"]
    desk.close()


def test_a_december_register_imported_for_january_asks_first_and_no_changes_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    desk = fresh_office(tmp_path)
    window = open_window(qtbot, desk, date(2026, 12, 10))
    assert window.month_text() == "2027-01"
    assert window.dashboard.opening.text() == (
        "Đang mở tháng 1/2027: tháng chi trả tới; các tháng trước không còn việc."
    )
    register = december_register(tmp_path)

    window.import_register(register)
    question = answer(qtbot, window, QMessageBox.StandardButton.No)
    assert question == (
        "Tiêu đề file danh-sach-thang-12.xlsx ghi tháng 12/2026, nhưng tháng đang chọn là tháng 1/2027.\n\n"
        "Vẫn nhập danh sách này cho tháng 1/2027?"
    )
    assert (
        window.last_message
        == "Chưa nhập gì: tiêu đề file ghi tháng 12/2026, tháng đang chọn là tháng 1/2027."
    )
    assert desk.status.months() == []

    window.import_register(register)
    answer(qtbot, window, QMessageBox.StandardButton.Yes)
    assert window.last_message == "Đã nhập danh sách danh-sach-thang-12.xlsx cho tháng 2027-01."
    assert desk.status.months() == ["2027-01"]
    desk.close()


def test_open_conflicts_keep_the_office_on_december_after_the_5th_and_january_is_warned(
    qtbot: QtBot, game: Round
) -> None:
    one, two = game.devices
    one.pay.record(signed("NCC001"))
    two.pay.record(signed("NCC001"))  # paid twice
    game.office.imports.files([game.export(0), game.export(1)])
    game.office.registers.import_file(write_register(game.root / "thang-1.csv", default_rows()), "2027-01")

    window = open_window(qtbot, game.office, date(2026, 12, 10))
    assert window.month_text() == "2026-12"
    assert [window.month.itemText(i) for i in range(window.month.count())] == ["2027-01", "2026-12"]
    assert window.dashboard.opening.text() == (
        "Đang mở tháng 12/2026: còn 1 sai lệch chưa xử lý, 1 điểm chưa gửi file."
    )
    window.month.setCurrentText("2027-01")
    assert window.dashboard.opening.text() == (
        "Chú ý: tháng 12/2026 còn 1 sai lệch chưa xử lý, 1 điểm chưa gửi file."
    )
    window.month.setCurrentText("2026-12")
    conflicts = window.conflicts
    conflicts.note.setPlainText("Đã thu lại lần chi thứ hai")
    conflicts.by.setText("Trần Văn Kế Toán")
    conflicts.resolve_button.click()
    assert window.dashboard.opening.text() == "Đang mở tháng 12/2026: còn 1 điểm chưa gửi file."
