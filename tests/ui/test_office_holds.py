"""The office window after a death reported in December (issue 15, item 2): January's register shows the
new issues, the Giữ lại tab lists the person held with the evidence, and a release puts them back
(offscreen Qt, real files)."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.ui.office.register_tab import WARNING_COLOUR
from payout_desk.ui.office_window import OfficeWindow
from tests.roundkit import Round, default_rows, write_register
from tests.services.test_person_history import december

JANUARY = "2027-01"


@pytest.mark.devices(1)
def test_the_held_person_is_shown_and_released_from_the_window(qtbot: QtBot, game: Round) -> None:
    december(game)  # NCC002 reported deceased at P01
    rows = [r for r in default_rows() if ",NCC007," not in r]  # NCC007 missing in January
    register = write_register(game.root / "jan.csv", rows)
    window = OfficeWindow(game.office, today=date(2027, 1, 3))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.month.setCurrentText(JANUARY)
    window.import_register(register, confirm_month=True)
    qtbot.waitUntil(lambda: not window.importing(), timeout=20_000)

    issues = {r.cells[3]: r for r in window.register.issues.rows() if r.colour == WARNING_COLOUR}
    held = next(text for text in issues if "NCC002" in text)
    assert "điểm chi trả báo mất" in held and "giữ lại" in held
    missing = next(r for text, r in issues.items() if "NCC007" in text)
    assert missing.cells[0] == ""  # no row in this register
    window.register.issue_view.clicked.emit(window.register.issues.index(missing_index(window, "NCC007"), 0))
    assert "NCC007" in window.register.issue_text.text()

    window.refresh_now()
    tab = window.holds_tab
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Giữ lại (1)"
    [row] = tab.rows.rows()
    assert row.cells[0] == "NCC002" and row.cells[2] == "P01" and "trưởng ấp Ba" in row.cells[5]
    assert row.cells[6] == "đang giữ lại"
    assert not tab.release_button.isEnabled()
    tab.choose("NCC002")
    assert tab.release_button.isEnabled() and tab.confirm_button.isEnabled()

    done = window.hold_actions.release("NCC002", "báo nhầm người", game.root / "amend")
    assert done is not None and done.listed == "draft"
    assert "NCC002 trở lại danh sách" in window.last_message
    assert tab.rows.rows()[0].cells[6].startswith("đã đưa lại danh sách")
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Giữ lại"
    assert window.hold_actions.confirm("NCC002", "x") is None  # decided already: one sentence, nothing done
    assert "không bị giữ lại" in window.last_message


def missing_index(window: OfficeWindow, code: str) -> int:
    return next(i for i, r in enumerate(window.register.issues.rows()) if code in r.cells[3])
