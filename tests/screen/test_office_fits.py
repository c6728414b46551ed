"""The office's window on the laptop's screen: opened as the desk opens it (maximised on a small screen), it
and each of its tabs lie on the screen with every control reachable."""

from __future__ import annotations

from datetime import date

from payout_desk.ui.app import show_main_window
from payout_desk.ui.office_window import OfficeWindow
from tests.roundkit import Round
from tests.screen.kit import Screen


def test_the_office_window_opens_maximised_and_each_tab_fits(screen: Screen, game: Round) -> None:
    window = OfficeWindow(game.office, today=date(2026, 12, 3))
    screen.qtbot.addWidget(window)
    show_main_window(window)
    screen.show(window)
    assert window.isMaximized()
    assert window.statusBar().isVisible()
    screen.assert_fits(window)
    screen.assert_fits(window)
    bar = window.tabs.tabBar()
    for index in range(window.tabs.count()):
        screen.click_at(bar, bar.tabRect(index).center())
        assert window.tabs.currentIndex() == index
        screen.assert_fits(window)
        screen.shot(f"tab-{index}")
