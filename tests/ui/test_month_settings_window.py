"""The office's "Cài đặt tháng nối tháng" dialog (issue 15 loose ends), offscreen with real widgets: opened
from the Bưu cục menu, a bad value answered with the service's sentence and nothing saved, good values
typed and saved, read back through `office.month_settings`; it fits 1366×768."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.services.office.month_settings import MonthSettings
from payout_desk.ui.office.settings import SettingsDialog
from payout_desk.ui.qt import QAction
from tests.roundkit import Round
from tests.ui.modal import check, when_modal
from tests.ui.test_family_forms import office_window


def typed(qtbot: QtBot, field: object, text: str) -> None:
    field.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


@pytest.mark.devices(0)
def test_the_settings_dialog_saves_through_the_service(qtbot: QtBot, game: Round) -> None:
    window = office_window(qtbot, game)
    (action,) = [a for a in window.findChildren(QAction) if a.text() == "Cài đặt tháng nối tháng…"]
    seen: dict[str, object] = {}

    def step(dialog: SettingsDialog) -> None:
        size = dialog.sizeHint()
        assert size.width() <= 1366 and size.height() <= 768
        assert (dialog.flag.text(), dialog.suspend.text(), dialog.threshold.text()) == ("2", "6", "0")
        typed(qtbot, dialog.flag, "7")  # more than the suspension threshold (6)
        dialog.save_button.click()
        seen["refused"] = dialog.problem.text() if dialog.problem.isVisibleTo(dialog) else ""
        seen["after_refusal"] = game.office.month_settings.current()

        typed(qtbot, dialog.flag, "3")
        typed(qtbot, dialog.suspend, "4")
        dialog.mode.setCurrentIndex(dialog.mode.findData("list"))
        typed(qtbot, dialog.threshold, "200000")
        assert dialog.threshold.text() == "200.000"
        dialog.save_button.click()
        seen["result"] = dialog.outcome.text()
        dialog.close_button.click()

    done = when_modal(SettingsDialog, step)
    action.trigger()
    check(done)
    assert "6" in str(seen["refused"]) and seen["after_refusal"] == MonthSettings(2, 6, "carry", 0)
    assert game.office.month_settings.current() == MonthSettings(3, 4, "list", 200_000)
    assert game.office.unclaimed.thresholds().flag == 3 and game.office.closing.mode() == "list"
    assert "200.000" in str(seen["result"]) and window.last_message == seen["result"]
