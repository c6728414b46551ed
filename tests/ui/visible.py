"""What a person can read in a window, and whether any of it is English.

`visible_texts(widget)` collects every text of a top-level widget tree: window titles, labels, buttons,
check/radio boxes, group box titles, tab texts, table/tree headers and cells, the menu bar's menus and all
their actions (submenus too), widgets' own actions, combo box items, placeholder texts, tool tips, wizard
page titles, message box texts, the status line. `english_in(texts)` keeps the ones with an English word,
English being decided by the catalogue: a word that occurs in the English side of the catalogue (its
entries, the window's strings, Qt's strings) and never in its Vietnamese side, nor in the data (names,
places, codes, units)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache

import pytest

from payout_desk.lang.catalogue import ENTRIES
from payout_desk.lang.catalogue.qt import QT_VI
from payout_desk.lang.catalogue.window import WINDOW
from payout_desk.ui.qt import (
    QAbstractItemView,
    QAction,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    Qt,
    QTabWidget,
    QTimer,
    QWidget,
    QWizard,
    QWizardPage,
)
from payout_desk.ui.resources import install_translator, remove_translator
from tests.roundkit import GIVEN, POINT

WORD = re.compile(r"[^\W\d_]{2,}")
TAG = re.compile(r"<[^>]*>|&nbsp;|%\w|\{[^}]*\}|--[a-z-]+|`[^`]*`")  # markup, placeholders, options, commands
MARKUP = re.compile(r"<[^>]*>|&nbsp;")  # what is not read as text (a command-line option is: it is flagged)
PATH = re.compile(r"\S*[/\\]\S*")  # paths (data)
FLAG = re.compile(r"(?<![\w-])--[a-z]")  # a command-line option: never in a window
# words that are data, or names, not English: the product, file kinds, units, codes, people and places
DATA = {
    "payout",
    "desk",
    "pdf",
    "excel",
    "csv",
    "opendocument",
    "sqlite",
    "qr",
    "usb",
    "ncc",
    "cccd",
    "pin",
    "vnd",
    "demo",
    "ok",
    "ctrl",
    "shift",
    "alt",
    "del",
    "ins",
    "tb",
    "gb",
    "mb",
    "kb",
    "lrm",
    "rlm",
    "zwj",
    "zwnj",
    "zwsp",
    "lre",
    "rle",
    "lro",
    "rlo",
    "lri",
    "rli",
    "fsi",
    "pdi",
    "unicode",
    "qt",
}


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(PATH.sub(" ", TAG.sub(" ", text)).replace("&", ""))}


@cache
def english_words() -> frozenset[str]:
    """The catalogue's English words that are never Vietnamese nor data."""
    english = [en for _vi, en in ENTRIES.values()]
    english += WINDOW.values()
    english += [source for texts in QT_VI.values() for source in texts]
    vietnamese = [vi for vi, _en in ENTRIES.values()]
    vietnamese += WINDOW
    vietnamese += [vi for texts in QT_VI.values() for vi in texts.values()]
    data = DATA | words(" ".join(GIVEN)) | words(POINT)
    seen = set().union(*(words(text) for text in vietnamese))
    return frozenset(set().union(*(words(text) for text in english)) - seen - data)


def english_in(texts: Iterable[str]) -> list[str]:
    """The texts that contain an English word (or a command-line option)."""
    vocabulary = english_words()
    return sorted({text for text in texts if words(text) & vocabulary or FLAG.search(MARKUP.sub(" ", text))})


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield from _action_texts(action)


def _action_texts(action: QAction) -> Iterator[str]:
    yield action.text()
    if action.toolTip() != action.text().replace("&", ""):
        yield action.toolTip()
    submenu = action.menu()
    if isinstance(submenu, QMenu):
        yield from _menu_texts(submenu)


def _view_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount()),):
        for section in range(count):
            yield str(model.headerData(section, orientation) or "")
    for row in range(min(model.rowCount(), 200)):
        for column in range(model.columnCount()):
            value = model.index(row, column).data()
            if isinstance(value, str):
                yield value


def _widget_texts(widget: QWidget) -> Iterator[str]:
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    for action in widget.actions():
        yield from _action_texts(action)
    text = getattr(widget, "text", None)
    if callable(text) and not isinstance(widget, QLineEdit | QPlainTextEdit):
        value = text()
        if isinstance(value, str):
            yield value
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
        yield from (widget.tabToolTip(i) for i in range(widget.count()))
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView):
        yield from _view_texts(widget)
    if isinstance(widget, QMainWindow):
        yield widget.statusBar().currentMessage()
        yield from _menu_bar_texts(widget)
    if isinstance(widget, QWizardPage):
        yield widget.title()
        yield widget.subTitle()
    if isinstance(widget, QWizard):
        yield from (widget.buttonText(button) for button in WIZARD_BUTTONS)
    if isinstance(widget, QMessageBox):
        yield widget.informativeText()
        yield widget.detailedText()
    if isinstance(widget, QMenu):
        yield from _menu_texts(widget)


def _menu_bar_texts(window: QMainWindow) -> Iterator[str]:
    for action in window.menuBar().actions():
        yield from _action_texts(action)


WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


def visible_texts(root: QWidget) -> list[str]:
    """Every text of `root` and the widgets under it (those not shown yet too: a wizard's later pages)."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += (t for t in _widget_texts(widget) if t and t.strip())
    if isinstance(root, QLabel | QMessageBox) and root.text():
        found.append(root.text())
    return found


def english_of(root: QWidget) -> list[str]:
    """The English a person would read in `root`'s tree (empty when it is all Vietnamese)."""
    return english_in(visible_texts(root))


@contextmanager
def in_vietnamese() -> Iterator[None]:
    """The window as it runs in Vietnamese: Qt's own words from qt_vi.qm."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, "vi")
    assert translator is not None, "resources/translations/qt_vi.qm did not load"
    try:
        yield
    finally:
        remove_translator(app, translator)


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    with in_vietnamese():
        yield


def when_modal(act: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog once it is open (for code that runs a dialog with exec())."""

    def attempt(tries: int = 50) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None and tries:
            QTimer.singleShot(20, lambda: attempt(tries - 1))
            return
        assert widget is not None, "no modal dialog opened"
        act(widget)

    QTimer.singleShot(0, attempt)
