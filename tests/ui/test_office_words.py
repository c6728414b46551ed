"""The office window shows a register's row issues and a refused sync file's reason in its own language:
Vietnamese by default, English under the English translation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.services.office.desk import OfficeDesk
from payout_desk.ui.office.register_tab import ERROR_COLOUR
from payout_desk.ui.office_window import OfficeWindow
from payout_desk.ui.qt import QApplication
from payout_desk.ui.resources import install_translator, remove_translator
from tests.paykit import signed
from tests.roundkit import MONTH, Round, default_rows, passphrase, person_row, write_register


@pytest.fixture(params=["vi", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, request.param)
    try:
        yield request.param
    finally:
        remove_translator(app, translator)


def open_window(qtbot: QtBot, desk: OfficeDesk) -> OfficeWindow:
    window = OfficeWindow(desk)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_register_issues_in_the_window_language(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    desk = OfficeDesk(tmp_path / "office", passphrase=passphrase)
    desk.init_keys("office", "Bưu điện huyện Mang Thít")
    broken = person_row(13).replace("2789000,,2789000", "abc,,abc")
    register = write_register(tmp_path / "danh-sach.csv", [*default_rows(), broken])
    window = open_window(qtbot, desk)
    window.month.setCurrentText(MONTH)
    window.import_register(register)
    qtbot.waitUntil(lambda: not window.importing(), timeout=20_000)
    errors = [r.cells[3] for r in window.register.issues.rows() if r.colour == ERROR_COLOUR]
    expected = (
        "Không phải số tiền: 'abc' không phải số tiền (đồng)." if language == "vi" else "not an amount:"
    )
    assert errors and errors[0].startswith(expected)
    desk.close()


def test_a_refused_sync_file_in_the_window_language(
    qtbot: QtBot, game: Round, tmp_path: Path, language: str
) -> None:
    game.devices[0].pay.record(signed("NCC003"))
    bad = tmp_path / "hong.pdsync"
    bad.write_bytes(game.export(0).read_bytes()[:-40])
    window = open_window(qtbot, game.office)
    window.import_sync_files([bad])
    qtbot.waitUntil(lambda: not window.importing(), timeout=20_000)
    reason = window.sync.outcomes.rows()[0].cells[5]
    expected = "File bị từ chối, không dùng được:" if language == "vi" else "File refused:"
    assert reason.startswith(expected), reason
