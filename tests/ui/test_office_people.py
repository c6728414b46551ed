"""The office window over months (issue 15), offscreen: the dashboard's "Chưa nhận nhiều tháng" panel, and the
"Tra cứu đối tượng" tab — search by code, CCCD or name, then one person's every month."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.roundkit import Round
from tests.services.test_unclaimed import FEBRUARY, JANUARY, three_months
from tests.ui.test_office_window import open_window

pytestmark = pytest.mark.devices(1)


def test_the_dashboard_lists_the_people_not_collected_for_months(qtbot: QtBot, game: Round) -> None:
    three_months(game)
    window = open_window(qtbot, game.office)
    window.month.setCurrentText(FEBRUARY)
    window.refresh_now()
    panel = window.unclaimed
    assert panel.title() == "Chưa nhận nhiều tháng"
    qtbot.waitUntil(lambda: "NCC005" in panel.codes(), timeout=20_000)  # read off the window's thread
    assert "NCC001" not in panel.codes()
    assert panel.summary.text().startswith(f"{panel.count()} người chưa nhận từ 2 tháng liền trở lên")
    window.month.setCurrentText("2031-01")  # no list issued: nothing to watch, said so
    window.refresh_now()
    qtbot.waitUntil(lambda: panel.summary.text() == "Chưa phát hành danh sách tháng này.", timeout=20_000)
    assert panel.count() == 0


def test_find_a_person_and_see_every_month(qtbot: QtBot, game: Round) -> None:
    three_months(game)
    window = open_window(qtbot, game.office)
    tab = window.people
    window.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.search, "NCC004")
    found = tab.find_people()
    assert [p.code for p in found] == ["NCC004"]
    qtbot.waitUntil(lambda: tab.shown is not None and tab.shown.code == "NCC004", timeout=2_000)
    cells = tab.month_cells()
    assert [c[0] for c in cells] == [FEBRUARY, JANUARY, "2026-12"]  # newest first
    december = cells[-1]
    assert december[3] == "đã nhận" and december[5] == "Hùng" and december[6] == "An Phước máy 1"
    assert december[7] == "Lê Thị Tư"  # paid to the proxy
    assert cells[0][3] == "chưa nhận"

    tab.search.clear()
    qtbot.keyClicks(tab.search, "nguyen van")  # a name without accents: several people
    assert len(tab.find_people()) > 1
    dead = tab.show_code("NCC002")
    assert dead is not None and "Đã mất (28/11/2026): điểm P01 · An Phước máy 1" in tab.details.text()
    assert "trưởng ấp Ba" in tab.details.text()
    assert tab.show_code("NOPE") is None and "NOPE" in tab.note.text()
