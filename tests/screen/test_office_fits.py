"""The office's window on the laptop's screen: opened as the desk opens it (maximised on a small screen), it,
each of its tabs and each dialog its menus and buttons open lie on the screen with every control reachable."""

from __future__ import annotations

from collections.abc import Callable

from payout_desk.ui.about import AboutDialog
from payout_desk.ui.office.cash import OfficeCashDialog
from payout_desk.ui.office.clerks import PendingDialog
from payout_desk.ui.office_window import OfficeWindow
from payout_desk.ui.qt import QFileDialog, QMessageBox, QWidget
from tests.screen.kit import Screen


def test_the_office_window_opens_maximised_and_each_tab_fits(
    screen: Screen, office_window: OfficeWindow
) -> None:
    window = office_window
    assert window.isMaximized() and window.statusBar().isVisible()
    screen.assert_fits(window)
    bar = window.tabs.tabBar()
    for index in range(window.tabs.count()):
        screen.click_at(bar, bar.tabRect(index).center())
        assert window.tabs.currentIndex() == index
        screen.assert_fits(window)
        screen.shot(f"tab-{index}")


def test_the_office_dialogs_fit(screen: Screen, office_window: OfficeWindow) -> None:
    window = office_window

    def fits_then_escape(name: str) -> Callable[[QWidget], None]:
        def act(dialog: QWidget) -> None:
            screen.assert_fits(dialog)
            screen.shot(name)
            screen.dismiss(dialog)

        return act

    for menu, entry, name in (
        ("Bưu cục", "Nhập danh sách của tháng", "open-register"),
        ("Bưu cục", "Phát hành danh sách", "choose-a-folder"),
        ("Bưu cục", "Nhận file đồng bộ", "open-sync-files"),
        ("Bưu cục", "Xuất bảng thanh quyết toán", "save-settlement"),
        ("In giấy tờ", "Danh sách ký nhận (PDF)", "save-pdf"),
    ):
        screen.when_modal(QFileDialog, fits_then_escape(name))
        screen.choose_menu(window, menu, entry)
        screen.finish()

    for menu, entry, kind, name in (  # issue 16's forms: the cash, the items waiting for an approver
        ("Tiền mặt", "Xuất tiền, tiền mặt các điểm…", OfficeCashDialog, "office-cash"),
        ("Bưu cục", "Việc chờ duyệt…", PendingDialog, "pending-items"),
    ):
        screen.when_modal(kind, fits_then_escape(name))
        screen.choose_menu(window, menu, entry)
        screen.finish()

    screen.click_tab(window.tabs, "Máy")
    screen.click_row(window.devices.device_view, 0)
    screen.when_modal(QMessageBox, fits_then_escape("revoke-question"))
    screen.click(window.devices.revoke_button)
    screen.finish()
    assert "thu hồi" not in window.devices.devices.rows()[0].cells[1]  # Escape answered no

    screen.choose_menu(window, "Trợ giúp", "Giới thiệu")
    [about] = window.findChildren(AboutDialog)
    screen.assert_fits(about)
    screen.shot("about")
    screen.dismiss(about)
