"""The office's window on the laptop's screen: opened as the desk opens it (maximised on a small screen), it
and each of its tabs lie on the screen with every control reachable."""

from __future__ import annotations

from payout_desk.ui.office_window import OfficeWindow
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
