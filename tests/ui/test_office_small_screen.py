"""The office window on the small screens post offices have (1366×768 and 1280×720, less a title bar and a
taskbar): every tab fits, every button and field can be reached, codes show whole, register issues show
their full text, and the conflict form asks for what it needs in words (offscreen Qt, the app's own font)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.ui.office_window import OfficeWindow, fits
from payout_desk.ui.qt import (
    QApplication,
    QComboBox,
    QFont,
    QFontMetrics,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSize,
    Qt,
    QWidget,
)
from tests.paykit import signed
from tests.roundkit import Round, default_rows, person_row, write_register

SCREENS = [(1366, 768), (1280, 720)]
TASKBAR_AND_TITLE = 70
DEEP = "USB-KINGSTON-16GB/bao-cao-thang-12-nam-2026/danh-sach-phat-hanh-cho-cac-diem-chi-tra"


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[None]:
    """The font the app sets (11 pt at least, ui.app.application), as the clerk sees it; restored after."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSize(max(font.pointSize(), 11))
    qapp.setFont(font)
    yield
    qapp.setFont(before)


@pytest.fixture
def window(qtbot: QtBot, game: Round, tmp_path: Path, app_font: None) -> OfficeWindow:
    """The office's window with something on every tab: a double payout, register errors with long texts,
    lists issued into a deep folder, a stop sent."""
    one, two = game.devices
    one.pay.record(signed("NCC001"))
    two.pay.record(signed("NCC001", at_home=True))
    game.office.imports.files([game.export(0), game.export(1)])
    window = OfficeWindow(game.office, today=date(2026, 12, 3))
    qtbot.addWidget(window)
    window.show()
    broken = person_row(13).replace("2789000,,2789000", "hai triệu bảy trăm tám mươi chín nghìn,,abc")
    window.import_register(write_register(tmp_path / "danh-sach-loi.csv", [*default_rows(), broken, broken]))
    qtbot.waitUntil(lambda: not window.importing(), timeout=20_000)
    window.issue_lists(tmp_path / DEEP)
    qtbot.waitUntil(lambda: not window.importing(), timeout=20_000)
    window.devices.show_amended(tmp_path / DEEP / "P01_2026-12_bao-giam-tang-1.pdamend", 1)
    return window


def reachable(widget: QWidget, window: OfficeWindow) -> bool:
    """On the window, not clipped away, not squeezed below the size its text needs (a widget in a scroll
    area counts once scrolled to)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget)
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    inside = window.rect().contains(top_left) and window.rect().contains(bottom_right)
    wide_enough = widget.width() >= widget.minimumSizeHint().width()
    return inside and wide_enough and not widget.visibleRegion().isEmpty()


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_every_tab_fits_a_small_screen_with_every_button_and_field_reachable(
    qtbot: QtBot, window: OfficeWindow, width: int, height: int
) -> None:
    available = (width, height - TASKBAR_AND_TITLE)
    window.resize(*available)
    checked = 0
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        hint = window.minimumSizeHint()
        assert hint.width() <= available[0] and hint.height() <= available[1], window.tabs.tabText(index)
        qtbot.waitUntil(lambda: window.size().width() == available[0])
        tab = window.tabs.currentWidget()
        for kind in (QPushButton, QLineEdit, QPlainTextEdit, QComboBox):
            for widget in tab.findChildren(kind):
                if widget.isVisibleTo(tab) and not isinstance(widget.parentWidget(), QComboBox):
                    assert reachable(widget, window), (
                        window.tabs.tabText(index),
                        widget.objectName() or widget,
                    )
                    checked += 1
    assert checked >= 15
    for widget in (window.month, window.settle_button):
        assert reachable(widget, window)
    about = window.show_about()
    assert about.sizeHint().width() <= available[0] and about.sizeHint().height() <= available[1]
    about.close()


def test_codes_show_whole_and_register_issues_give_their_full_text(
    qtbot: QtBot, window: OfficeWindow
) -> None:
    window.resize(1280, 720 - TASKBAR_AND_TITLE)
    for tab, view, columns, text in (
        (window.conflicts, window.conflicts.view, (0, 2), "NCC001"),
        (window.devices, window.devices.device_view, (0, 2), window.devices.devices.rows()[0].cells[2]),
        (window.dashboard, window.dashboard.table, (0,), "P01"),
    ):
        window.tabs.setCurrentWidget(tab)
        for column in columns:  # as wide as the column's text needs: nothing cut to "NCC0…"
            assert view.columnWidth(column) >= view.sizeHintForColumn(column) > 0
        metrics = QFontMetrics(view.font())
        assert view.columnWidth(columns[-1]) > metrics.horizontalAdvance(text)

    header = window.dashboard.table.horizontalHeader()
    for column in range(
        header.count() - 1
    ):  # every heading whole ("Chưa chi được" was cut); the last stretches
        assert header.sectionSize(column) >= header.sectionSizeHint(column), window.dashboard.COLUMNS[column]

    tab = window.register
    window.tabs.setCurrentWidget(tab)
    first = tab.issues.rows()[0]
    tooltip = tab.issues.data(tab.issues.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert first.cells[3] and first.cells[3] in tooltip and tooltip.startswith(f"Lỗi — Dòng {first.cells[0]}")
    tab.issue_view.clicked.emit(tab.issues.index(0, 3))
    assert tab.issue_text.text() == tooltip and tab.issue_text.wordWrap()


def test_the_conflict_form_asks_for_the_decision_and_who_decided_in_words(
    qtbot: QtBot, window: OfficeWindow, game: Round
) -> None:
    window.tabs.setCurrentWidget(window.conflicts)
    form = window.conflicts
    form.resolve_button.click()
    assert form.missing.isVisible() and form.missing.text().startswith("Ghi nội dung quyết định")
    assert form.note.hasFocus() or QWidget.focusWidget(form) is form.note
    form.note.setPlainText("Đã thu lại 2.790.000 đ của lần chi thứ hai, biên bản số 12")
    form.resolve_button.click()
    assert form.missing.text() == "Ghi họ tên người quyết định."
    for shown in (form.missing.text(), window.last_message):
        assert "--" not in shown
    assert all(c.resolution is None for c in game.office.status.month("2026-12").conflicts)

    form.by.setText("Trần Văn Kế Toán")  # (QTest types ASCII only)
    qtbot.keyClick(form.by, Qt.Key.Key_Return)
    assert not form.missing.isVisible()
    [conflict] = game.office.status.month("2026-12").conflicts
    assert conflict.resolution is not None and conflict.resolution["by"] == "Trần Văn Kế Toán"


@pytest.mark.parametrize(
    ("asked", "screen", "fits_it"),
    [((1366, 768), (1366, 768), False), ((1366, 768), (1280, 720), False), ((1200, 640), (1366, 768), True)],
)
def test_a_window_fits_only_with_its_title_bar_and_frame(
    asked: tuple[int, int], screen: tuple[int, int], fits_it: bool
) -> None:
    assert fits(*asked, QSize(*screen)) is fits_it


def test_on_a_real_screen_a_window_asked_bigger_than_it_opens_maximised(
    qtbot: QtBot, game: Round, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QApplication, "platformName", staticmethod(lambda: "xcb"))  # as on a laptop
    window = OfficeWindow(game.office, today=date(2026, 12, 3))
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    window.resize(screen.width(), screen.height())  # what the app asks on a laptop exactly that size
    window.show()
    assert window.isMaximized()
    window.showNormal()
    window.hide()
    window.show()  # only the first showing decides
    assert not window.isMaximized()
