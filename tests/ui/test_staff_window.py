"""Several clerks on one laptop, through the window: the signed-in clerk adds another from the "Nhân viên"
menu (name, PIN twice, their own PIN), the clerks switch with a PIN, and the day's sign-in offers every
clerk."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.staff import AddStaffDialog, StaffDialog
from tests.roundkit import CLERK_PIN, Round
from tests.ui.keys import type_text

pytestmark = [pytest.mark.devices(1), pytest.mark.clerks("Nguyễn Thị Lan")]


@pytest.fixture
def window(qtbot: QtBot, game: Round) -> PointWindow:
    window = PointWindow(game.devices[0], "Nguyễn Thị Lan")
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_second_clerk_is_added_and_signs_in(qtbot: QtBot, window: PointWindow, game: Round) -> None:
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Nhân viên" in menus
    window.staff_menu.add_action.trigger()
    dialog = window.staff_menu.dialog
    assert isinstance(dialog, AddStaffDialog) and dialog.isVisible()
    type_text(dialog.name, "Trần Văn Hùng")
    qtbot.keyClicks(dialog.pin, "1357")
    qtbot.keyClicks(dialog.pin_again, "1350")
    qtbot.keyClicks(dialog.by_pin, CLERK_PIN)
    dialog.ok.click()
    assert "không giống" in dialog.problem.text() and dialog.isVisible()
    dialog.pin_again.clear()
    qtbot.keyClicks(dialog.pin_again, "1357")
    dialog.by_pin.clear()
    qtbot.keyClicks(dialog.by_pin, "1111")  # not the signed-in clerk's PIN
    dialog.ok.click()
    assert "không đúng" in dialog.problem.text() and dialog.by_pin.text() == ""
    assert game.devices[0].staff.names() == ["Nguyễn Thị Lan"]
    qtbot.keyClicks(dialog.by_pin, CLERK_PIN)
    dialog.ok.click()
    assert not dialog.isVisible() and dialog.added == "Trần Văn Hùng"
    assert "Trần Văn Hùng" in window.last_message
    assert game.devices[0].staff.names() == ["Nguyễn Thị Lan", "Trần Văn Hùng"]

    window.staff_menu.add_action.trigger()  # the same name again (without accents) is refused
    again = window.staff_menu.dialog
    assert isinstance(again, AddStaffDialog)
    type_text(again.name, "tran van hung")
    for field in (again.pin, again.pin_again):
        qtbot.keyClicks(field, "2222")
    qtbot.keyClicks(again.by_pin, CLERK_PIN)
    again.ok.click()
    assert "Trần Văn Hùng" in again.problem.text() and again.isVisible()
    again.cancel.click()

    window.staff_menu.switch_action.trigger()
    switch = window.staff_menu.dialog
    assert isinstance(switch, StaffDialog) and switch.windowTitle() == "Đổi người làm việc"
    assert [switch.name.itemText(i) for i in range(switch.name.count())] == [
        "Nguyễn Thị Lan",
        "Trần Văn Hùng",
    ]
    switch.name.setCurrentText("Trần Văn Hùng")
    qtbot.keyClicks(switch.pin, "2468")
    switch.ok.click()
    assert "không đúng" in switch.problem.text() and window.staff == "Nguyễn Thị Lan"
    qtbot.keyClicks(switch.pin, "1357")
    switch.ok.click()
    assert window.staff == "Trần Văn Hùng" and "Trần Văn Hùng" in window.heading.text()
    done = window.cash("receive", 5_000_000)
    assert done is not None and done.staff == "Trần Văn Hùng"


def test_the_days_sign_in_offers_every_clerk(qtbot: QtBot, game: Round) -> None:
    desk = game.devices[0]
    desk.staff.add("Trần Văn Hùng", "1357", by="Nguyễn Thị Lan", by_pin=CLERK_PIN)
    dialog = StaffDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.name.isEditable() and dialog.name.count() == 2
    dialog.name.setCurrentText("Trần Văn Hùng")
    qtbot.keyClicks(dialog.pin, "1357")
    dialog.ok.click()
    assert dialog.staff == "Trần Văn Hùng" and dialog.result() == StaffDialog.DialogCode.Accepted


def test_five_wrong_pins_lock_the_sign_in_and_say_for_how_long(qtbot: QtBot, game: Round) -> None:
    dialog = StaffDialog(game.devices[0], switching=True)  # the hand-over; the day's sign-in is the same
    qtbot.addWidget(dialog)
    dialog.name.setCurrentText("Nguyễn Thị Lan")
    for _ in range(4):
        dialog.pin.setText("0000")
        dialog.ok.click()
        assert dialog.problem.text() == "Mã PIN không đúng."
    dialog.pin.setText("0000")
    dialog.ok.click()
    assert "tạm khóa" in dialog.problem.text() and "thử lại sau 5 phút" in dialog.problem.text()
    dialog.pin.setText(CLERK_PIN)  # the right PIN waits for the lock to run out
    dialog.ok.click()
    assert "tạm khóa" in dialog.problem.text() and dialog.staff is None
