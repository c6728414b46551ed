"""Giới thiệu (About), from both windows' menus: the version and where the data, backups and logs are."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from payout_desk import __version__
from payout_desk.services.common.paths import log_dir
from payout_desk.ui.about import AboutDialog
from payout_desk.ui.office_window import OfficeWindow
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import QLabel, QMainWindow
from tests.roundkit import Round

pytestmark = pytest.mark.devices(1)


def about_from_menu(window: QMainWindow) -> AboutDialog:
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    help_menu = menus["Trợ &giúp"]
    assert help_menu is not None
    (about,) = [a for a in help_menu.actions() if a.text() == "Giới thiệu…"]
    about.trigger()
    dialogs = window.findChildren(AboutDialog)
    assert len(dialogs) == 1
    return dialogs[0]


def texts(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_from_the_point_window(qtbot: QtBot, game: Round) -> None:
    desk = game.devices[0]
    window = PointWindow(desk, "Nguyễn Thị Lan")
    qtbot.addWidget(window)
    dialog = about_from_menu(window)
    shown = texts(dialog)
    assert __version__ in shown and __version__ != "0.0.0+unknown"
    assert str(desk.data_dir) in shown
    assert str(desk.data_dir / "backups") in shown
    assert str(log_dir()) in shown
    dialog.close()


def test_about_from_the_office_window(qtbot: QtBot, game: Round) -> None:
    window = OfficeWindow(game.office)
    qtbot.addWidget(window)
    dialog = about_from_menu(window)
    assert str(game.office.data_dir) in texts(dialog)
    assert dialog.folders["logs"] == str(log_dir())
    dialog.close()


def test_a_message_in_the_point_window_is_not_hidden_by_the_progress_line(qtbot: QtBot, game: Round) -> None:
    window = PointWindow(game.devices[0], "Nguyễn Thị Lan")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.progress.isVisible()
    window.statusBar().showMessage("Đã xuất 82 lần ghi ra E:/P01.pdsync. Mang file này về bưu cục.")
    assert not window.progress.isVisible()
    window.statusBar().clearMessage()
    assert window.progress.isVisible()
