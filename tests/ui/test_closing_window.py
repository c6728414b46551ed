"""The dashboard's closing bar (issue 15 item 3), offscreen: "Khóa sổ tháng" asks first and names the unpaid
count, the closed month says when it closed, "Chuyển truy lĩnh sang tháng sau" says what it carried."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.ui import dialogs
from payout_desk.ui.office_window import OfficeWindow
from tests.roundkit import Round, next_month
from tests.services.test_closing import DECEMBER, JANUARY, december


def open_window(qtbot: QtBot, game: Round) -> OfficeWindow:
    window = OfficeWindow(game.office, today=date(2026, 12, 6))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.month.setCurrentText(DECEMBER)
    return window


@pytest.mark.devices(1)
def test_close_the_month_and_carry_its_arrears(
    qtbot: QtBot, game: Round, monkeypatch: pytest.MonkeyPatch
) -> None:
    december(game)
    next_month(game, JANUARY)
    window = open_window(qtbot, game)
    bar = window.closing
    assert bar.close_button.isEnabled() and not bar.carry_button.isEnabled()
    assert bar.state.text() == "Tháng này chưa khóa sổ."

    asked: list[str] = []

    def no(_parent: object, _title: str, text: str, **_kw: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(dialogs, "confirm", no)
    bar.close_button.click()
    assert "11 người chưa nhận" in asked[0] and game.office.closing.closed(DECEMBER) is None

    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    bar.close_button.click()
    assert game.office.closing.closed(DECEMBER) is not None
    assert window.last_message.startswith("Đã khóa sổ tháng 2026-12: 11 người chưa nhận")
    assert bar.state.text().startswith("Sổ tháng này đã khóa lúc")
    assert not bar.close_button.isEnabled() and bar.carry_button.isEnabled()

    bar.carry_button.click()
    assert window.last_message.startswith("Đã chuyển truy lĩnh tháng 2026-12 sang tháng 2027-01: 10 người")
    assert "Không chuyển 1 người" in window.last_message and "phát hành lại" in window.last_message
    bar.carry_button.click()
    assert window.last_message == "Truy lĩnh tháng 2026-12 đã được chuyển trước đây: không thay đổi gì."
