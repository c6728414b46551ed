"""The point's person pane shows the last months as the office issued them, and from the office's flag
threshold on the mark to ask the village head (issue 15, items 1 and 4), offscreen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.ui.point_window import PointWindow
from tests.roundkit import Round
from tests.services.test_unclaimed import three_months

pytestmark = [pytest.mark.devices(1), pytest.mark.clerks("Lan", "Hùng")]


def test_the_pane_shows_the_months_and_the_mark(qtbot: QtBot, game: Round) -> None:
    three_months(game)  # February's list: NCC005 not collected in December nor January
    window = PointWindow(game.devices[0], "Lan")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.select_code("NCC005")
    qtbot.waitUntil(lambda: "T12 chưa nhận · T1 chưa nhận" in window.pane_text.text(), timeout=2_000)
    assert "Chưa nhận 2 tháng liền — hỏi trưởng thôn/ấp" in window.pane_text.text()
    window.select_code("NCC001")
    qtbot.waitUntil(lambda: "T12 đã nhận · T1 đã nhận" in window.pane_text.text(), timeout=2_000)
    assert "hỏi trưởng thôn" not in window.pane_text.text()
