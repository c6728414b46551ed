"""The first-run wizard on a point laptop."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.services.office import OfficeDesk
from payout_desk.services.point import PointDesk
from payout_desk.ui.first_run import FirstRunWizard
from tests.roundkit import MONTH, default_rows, passphrase, write_register


def test_first_run_creates_the_key_shows_the_fingerprint_and_loads_the_list(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with OfficeDesk(tmp_path / "office", passphrase=passphrase) as office:
        office.init_keys("office", "Bưu điện huyện Mang Thít")
        office.import_register(write_register(tmp_path / "r.csv", default_rows()), MONTH)
        office.issue_lists(MONTH, tmp_path / "lists")
        office_fingerprint = office.require_identity().fingerprint
    desk = PointDesk(tmp_path / "point", passphrase=passphrase)
    wizard = FirstRunWizard(desk)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.name_page.name.setText("Điểm BĐVHX An Phước – máy 1")
    wizard.next()
    assert desk.identity() is not None
    assert wizard.fingerprint_page.fingerprint.text() == desk.require_identity().fingerprint
    wizard.next()
    page = wizard.list_page
    page.path.setText(str(tmp_path / "lists" / "P01_2026-12.pdlist"))
    assert office_fingerprint in page.office.text() and not page.isComplete()
    page.matches.setChecked(True)
    assert page.isComplete()
    wizard.next()  # the last page: finishing loads the list
    assert wizard.button(FirstRunWizard.WizardButton.FinishButton).isVisible()
    wizard.accept()
    assert page.validatePage() or desk.has_list()
    assert desk.has_list() and desk.status().beneficiaries == 12
    desk.close()


def test_why_no_window_can_open_is_said_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    from payout_desk.ui import app

    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert app.display_problem() is None
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    assert app.display_problem() == "no display here, so no window"
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(
        app.ctypes.util, "find_library", lambda name: None if name == "xcb-cursor" else f"lib{name}.so"
    )
    problem = app.display_problem()
    assert problem is not None and "sudo apt install libxcb-cursor0" in problem
    monkeypatch.setattr(app.ctypes.util, "find_library", lambda name: f"lib{name}.so")
    assert app.display_problem() is None
