"""The real-screen lane: collected only when PAYOUT_DESK_SCREEN=WxH names the X screen it runs on
(scripts/screen-tests.sh starts Xvfb + openbox at that size and sets it); the offscreen suite skips it."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.ui.qt import QApplication
from tests.conftest import REPO
from tests.screen.kit import Screen

SIZE = os.environ.get("PAYOUT_DESK_SCREEN", "")
collect_ignore_glob = [] if SIZE else ["test_*.py"]
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
    yield hands
    HEIGHTS.update(hands.heights)
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    QApplication.processEvents()


def pytest_sessionfinish(session: pytest.Session) -> None:
    if not SIZE or not HEIGHTS:
        return
    out = REPO / "build" / "screen" / SIZE / "heights.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{h:5d}  {title}" for title, h in sorted(HEIGHTS.items(), key=lambda kv: -kv[1])]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
