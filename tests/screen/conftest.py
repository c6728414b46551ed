"""The real-screen lane: collected only when PAYOUT_DESK_SCREEN=WxH names the X screen it runs on
(scripts/screen-tests.sh starts Xvfb + openbox at that size and sets it); the offscreen suite skips it."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk
from payout_desk.ui.app import show_main_window
from payout_desk.ui.office_window import OfficeWindow
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import QApplication, QTimer
from tests.conftest import REPO
from tests.roundkit import Round
from tests.screen.kit import Screen, close_modals

SIZE = os.environ.get("PAYOUT_DESK_SCREEN", "")
collect_ignore_glob = [] if SIZE else ["test_*.py"]
TEST_LIMIT_MS = 120_000  # no lane test takes this long; past it the open dialogs are ended
HEIGHTS: dict[str, int] = {}  # the frame height of every window and dialog checked, by title


def pytest_configure(config: pytest.Config) -> None:
    if SIZE and os.environ.get("QT_QPA_PLATFORM") != "xcb":
        raise pytest.UsageError(
            "the real-screen lane runs under QT_QPA_PLATFORM=xcb (scripts/screen-tests.sh)"
        )


@pytest.fixture(scope="session")
def screen_size(qapp: object) -> tuple[int, int]:
    """The X screen's size, checked against PAYOUT_DESK_SCREEN, with a window manager running on it."""
    from payout_desk.ui.app import application
    from payout_desk.ui.qt import QGuiApplication

    application()  # the app's own fonts and translator, as the desks start it
    width, height = (int(n) for n in SIZE.split("x"))
    geometry = QGuiApplication.primaryScreen().geometry()
    assert (geometry.width(), geometry.height()) == (width, height), "the X screen is not the lane's size"
    return width, height


@pytest.fixture
def screen(qtbot: QtBot, request: pytest.FixtureRequest, screen_size: tuple[int, int]) -> Iterator[Screen]:
    """Hands on the screen for one test; its screenshots in build/screen/<size>/<test>/."""
    name = re.sub(r"[^A-Za-z0-9_]+", "-", request.node.name).strip("-")
    shots = REPO / "build" / "screen" / SIZE / name
    for old in shots.glob("*.png"):
        old.unlink()
    hands = Screen(qtbot, shots)
    watchdog = QTimer()  # a dialog left open would hold its exec() for ever: end it, and fail the test
    watchdog.setSingleShot(True)
    stuck: list[str] = []
    watchdog.timeout.connect(lambda: (stuck.append(str(QApplication.activeModalWidget())), close_modals()))
    watchdog.start(TEST_LIMIT_MS)
    yield hands
    watchdog.stop()
    assert not stuck, f"a dialog was still open after {TEST_LIMIT_MS // 1000} s: {stuck}"
    HEIGHTS.update(hands.heights)
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    QApplication.processEvents()


def open_point_window(screen: Screen, desk: PointDesk, staff: str = "Nguyễn Thị Lan") -> PointWindow:
    """A laptop's window as the desk opens it (maximised on these screens), placed by the window manager."""
    window = PointWindow(desk, staff)
    screen.qtbot.addWidget(window)
    show_main_window(window)
    screen.show(window)
    return window


@pytest.fixture
def point_window(screen: Screen, game: Round) -> PointWindow:
    """The first laptop's window (P01, list loaded) as the desk opens it, with clerk Nguyễn Thị Lan."""
    return open_point_window(screen, game.devices[0])


def open_office_window(screen: Screen, desk: OfficeDesk) -> OfficeWindow:
    """An office's window as the desk opens it (seen on 3 December 2026), placed by the window manager."""
    window = OfficeWindow(desk, today=date(2026, 12, 3))
    screen.qtbot.addWidget(window)
    show_main_window(window)
    screen.show(window)
    return window


@pytest.fixture
def office_window(screen: Screen, game: Round) -> OfficeWindow:
    """The office's window on the round's desk as it opens (seen on 3 December 2026)."""
    return open_office_window(screen, game.office)


def pytest_sessionfinish(session: pytest.Session) -> None:
    if not SIZE or not HEIGHTS:
        return
    out = REPO / "build" / "screen" / SIZE / "heights.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{h:5d}  {title}" for title, h in sorted(HEIGHTS.items(), key=lambda kv: -kv[1])]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
