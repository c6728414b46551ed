"""The point laptop's windows and dialogs on its screen, each opened the way the clerk opens it (menu,
button, key): every one lies inside the available screen with all its buttons and inputs reachable."""

from __future__ import annotations

from pathlib import Path

import pytest

from payout_desk.services.point.desk import PointDesk
from payout_desk.ui.about import AboutDialog
from payout_desk.ui.day_close import DayCloseDialog
from payout_desk.ui.first_run import FirstRunWizard
from payout_desk.ui.money_edit import CashDialog
from payout_desk.ui.pay_dialog import PayDialog
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import QWidget
from payout_desk.ui.route import RouteDialog
from payout_desk.ui.staff import StaffDialog
from tests.roundkit import CLERK_PIN, passphrase
from tests.screen.kit import Key, Screen, button

pytestmark = [pytest.mark.devices(1), pytest.mark.clerks("Nguyễn Thị Lan", "Trần Văn Hùng")]


def check_and_leave(screen: Screen, name: str) -> object:
    """A dialog step: it fits, is photographed, and is left with Escape."""

    def act(dialog: QWidget) -> None:
        screen.assert_fits(dialog)
        screen.shot(name)
        screen.dismiss(dialog)

    return act


def test_the_point_window_opens_maximised_with_its_status_line_on_screen(
    screen: Screen, point_window: PointWindow
) -> None:
    window = point_window
    assert window.isMaximized()
    screen.assert_fits(window)
    status = window.statusBar()
    assert status.isVisible() and window.progress.isVisible()
    assert "Đã chi 0/12 người" in window.progress.text() and "Tiền mặt còn giữ" in window.progress.text()
    top = status.mapToGlobal(status.rect().topLeft()).y()
    bottom = status.mapToGlobal(status.rect().bottomLeft()).y()
    assert top >= 0 and bottom < window.screen().availableGeometry().bottom() + 1
    screen.shot("point-window")


def test_the_cash_day_close_route_and_about_dialogs_fit(screen: Screen, point_window: PointWindow) -> None:
    window = point_window
    for entry, name in (("Nhận tiền từ bưu cục", "cash-receive"), ("Nộp lại tiền", "cash-return")):
        pending = screen.when_modal(CashDialog, check_and_leave(screen, name))
        screen.choose_menu(window, "Tiền mặt", entry)
        screen.finish()
        assert pending.done
    screen.when_modal(DayCloseDialog, check_and_leave(screen, "day-close"))
    screen.choose_menu(window, "Tiền mặt", "Kết thúc ngày (kiểm tiền)")
    screen.finish()

    screen.choose_menu(window, "Xem", "Chi tại nhà: lộ trình theo thôn/ấp")
    [route] = window.findChildren(RouteDialog)
    screen.assert_fits(route)
    screen.shot("route")
    screen.dismiss(route)

    screen.choose_menu(window, "Trợ giúp", "Giới thiệu")
    [about] = window.findChildren(AboutDialog)
    screen.assert_fits(about)
    screen.shot("about")
    screen.dismiss(about)


def test_the_lock_screen_fits_and_opens_with_the_pin(screen: Screen, point_window: PointWindow) -> None:
    def unlock(dialog: QWidget) -> None:
        assert isinstance(dialog, StaffDialog)
        screen.assert_fits(dialog)
        screen.shot("locked")
        screen.click(dialog.pin)
        screen.type_text("1234")
        screen.press(Key.Key_Return)
        assert dialog.isVisible() and dialog.problem.text() == "Mã PIN không đúng."
        screen.shot("wrong-pin")
        screen.type_text(CLERK_PIN)
        screen.press(Key.Key_Return)

    screen.when_modal(StaffDialog, unlock)
    point_window.lock()  # what the idle watch does after minutes without a key or a click
    screen.finish()
    assert not point_window.locked and point_window.body.isVisible()
    screen.shot("unlocked")


def test_the_pay_dialog_fits(screen: Screen, point_window: PointWindow) -> None:
    screen.when_modal(PayDialog, check_and_leave(screen, "pay-dialog"))
    screen.click(point_window.search)
    screen.type_text("NCC001")
    screen.click(button(point_window, "Chi trả"))
    screen.finish()


def test_the_first_run_wizard_and_the_first_clerk_dialog_fit(screen: Screen, tmp_path: Path) -> None:
    desk = PointDesk(tmp_path / "new-laptop", passphrase=passphrase)
    try:
        wizard = FirstRunWizard(desk)
        screen.qtbot.addWidget(wizard)
        screen.show(wizard)
        screen.assert_fits(wizard)
        screen.shot("wizard-name")
        screen.click(wizard.name_page.name)
        screen.type_text("Điểm BĐVHX An Phước – máy 3")
        screen.click(wizard.button(wizard.WizardButton.NextButton))
        screen.qtbot.waitUntil(lambda: wizard.currentPage() is wizard.fingerprint_page, timeout=15_000)
        screen.assert_fits(wizard)
        screen.shot("wizard-fingerprint")
        screen.click(wizard.button(wizard.WizardButton.NextButton))
        screen.qtbot.waitUntil(lambda: wizard.currentPage() is wizard.list_page, timeout=15_000)
        screen.assert_fits(wizard)
        screen.shot("wizard-list")
        wizard.close()

        staff = StaffDialog(desk)
        screen.qtbot.addWidget(staff)
        screen.show(staff)
        screen.assert_fits(staff)
        screen.shot("first-clerk")
    finally:
        desk.close()
