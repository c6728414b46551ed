"""Driving the windows on a real X screen the way a clerk does: the real mouse on the real button, keys on
the focused widget, text as an input method types it, a signature drawn with the mouse, menus opened from
the menu bar, dialogs acted on while their exec() runs; a screenshot of the whole screen per step; and the
check that a window and every control in it lie on the screen.

Only the real-screen lane (tests/screen, PAYOUT_DESK_SCREEN=WxH under Xvfb + openbox) uses it. Events go
through Qt's test functions (qtbot.mouseClick… are QTest's) sent to the top-level QWindow, as the X server's
would be.

A flow reads like the clerk's hands (fixtures `screen`, `point_window`, `office_window` in conftest.py):

    screen.click(window.search); screen.type_text("nguyen van binh"); screen.press(Key.Key_Return)
    screen.when_modal(PayDialog, lambda d: (screen.draw(d.pad, STROKE), screen.press(Key.Key_Return)))
    screen.click(button(window, "Chi trả"))   # returns when the dialog's exec() has ended
    screen.finish(); screen.shot("paid")
    screen.choose_menu(window, "Tiền mặt", "Kết thúc ngày (kiểm tiền)")
    screen.when_modal(QFileDialog, lambda d: screen.choose_files(d, folder / "may1.pdsync"))

Schedule when_modal BEFORE the step that opens the dialog; assert_fits(window_or_dialog) fails with what
is cut off and a screenshot of it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pytestqt.qtbot import QtBot

from payout_desk.ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGuiApplication,
    QInputMethodEvent,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QPoint,
    Qt,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QTimer,
    QWidget,
)

Key = Qt.Key
Mod = Qt.KeyboardModifier
REACHABLE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QTabBar,
    QMenuBar,
)  # what a clerk must be able to reach with the mouse
WAIT_MS = 15_000


class ScreenError(AssertionError):
    """A step could not be done as a clerk would do it (hidden, disabled, off the screen, no dialog)."""


@dataclass
class Pending:
    """A step scheduled to run inside a dialog once it opens (see Screen.when_modal)."""

    kind: type[QWidget]
    action: Callable[[QWidget], object]
    done: bool = False
    error: BaseException | None = None
    timer: QTimer | None = field(default=None, repr=False)


def available() -> tuple[int, int, int, int]:
    """The primary screen's available geometry (x, y, width, height): the screen less panels."""
    screen = QGuiApplication.primaryScreen()
    rect = screen.availableGeometry()
    return rect.x(), rect.y(), rect.width(), rect.height()


def _exposed(window: QWidget) -> bool:
    handle = window.windowHandle()
    return window.isVisible() and handle is not None and handle.isExposed()


def _global_rect(widget: QWidget) -> tuple[int, int, int, int]:
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return top_left.x(), top_left.y(), widget.width(), widget.height()


def _inside(inner: tuple[int, int, int, int], outer: tuple[int, int, int, int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return x >= ox and y >= oy and x + w <= ox + ow and y + h <= oy + oh


def _clip(widget: QWidget) -> tuple[int, int, int, int]:
    """Where the widget can show through its parents, up to its window or the scroll area holding it
    (a control scrolled out of view is reachable by scrolling, so the scroll area is what must fit)."""
    x, y, w, h = _global_rect(widget.window())
    parent = None if widget.isWindow() else widget.parentWidget()
    while parent is not None and not parent.isWindow():
        px, py, pw, ph = _global_rect(parent)
        nx, ny = max(x, px), max(y, py)
        x, y, w, h = nx, ny, min(x + w, px + pw) - nx, min(y + h, py + ph) - ny
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            break
        parent = parent.parentWidget()
    return x, y, max(w, 0), max(h, 0)


def misplaced(top: QWidget) -> list[str]:
    """What does not fit: the window's frame outside the available screen, or a visible control (button,
    input, tab bar, menu bar) cut off by the screen's edge or its window. Empty when all is reachable."""
    screen = available()
    problems: list[str] = []
    frame = top.frameGeometry()
    outer = (frame.x(), frame.y(), frame.width(), frame.height())
    if not _inside(outer, screen):
        problems.append(f"window {_name(top)} frame {_fmt(outer)} is outside the screen {_fmt(screen)}")
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, REACHABLE) or not widget.isVisible() or widget.window() is not top:
            continue
        rect = _global_rect(widget)
        if not _inside(rect, screen) or not _inside(rect, _clip(widget)):
            problems.append(f"{_name(widget)} at {_fmt(rect)} is cut off (screen {_fmt(screen)})")
    return problems


def _fmt(rect: tuple[int, int, int, int]) -> str:
    x, y, w, h = rect
    return f"{w}x{h}+{x}+{y}"


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QWidget) and widget.isWindow():
        text = widget.windowTitle()
    label = f"{type(widget).__name__}"
    if widget.objectName():
        label += f"#{widget.objectName()}"
    return f"{label} “{text}”" if text else label


class Screen:
    """One test's hands on the screen; screenshots go to build/screen/<size>/<test>/NN-step.png."""

    def __init__(self, qtbot: QtBot, shots: Path) -> None:
        self.qtbot = qtbot
        self.shots = shots
        self.step = 0
        self.pending: list[Pending] = []
        self.heights: dict[str, int] = {}  # each window's and dialog's frame height, by title

    # windows -------------------------------------------------------------------------------------

    def show(self, window: QWidget) -> QWidget:
        """Show a window (unless shown already) and wait until the window manager has placed it."""
        if not window.isVisible():
            window.show()
        self.wait_shown(window)
        return window

    def wait_shown(self, window: QWidget) -> None:
        """Until the window is shown, exposed and placed: maximised over the whole available screen when
        asked, and its frame unchanged over a few event-loop turns (the window manager has done)."""
        self.qtbot.waitUntil(lambda: _exposed(window), timeout=WAIT_MS)
        if window.isMaximized():
            width = available()[2]
            self.qtbot.waitUntil(lambda: window.frameGeometry().width() == width, timeout=WAIT_MS)
        seen: list[object] = []

        def settled() -> bool:
            seen.append(window.frameGeometry())
            return len(seen) >= 5 and all(g == seen[-1] for g in seen[-5:])

        self.qtbot.waitUntil(settled, timeout=WAIT_MS)
        QApplication.processEvents()

    def assert_fits(self, top: QWidget) -> None:
        """The window's frame is on the available screen and every visible control in it is reachable."""
        self.wait_shown(top)
        self.heights[top.windowTitle() or type(top).__name__] = top.frameGeometry().height()
        problems = misplaced(top)
        if problems:
            self.shot(f"does-not-fit-{type(top).__name__}")
            raise ScreenError("; ".join(problems))

    # the mouse -----------------------------------------------------------------------------------

    def _reachable(self, widget: QWidget, what: str) -> tuple[QWidget, QPoint]:
        """The widget's window and the widget's centre in it, once it can be used; else why not."""
        self.qtbot.waitUntil(widget.isVisible, timeout=WAIT_MS)
        if not widget.isEnabled():
            raise ScreenError(f"cannot {what} {_name(widget)}: it is disabled")
        rect = _global_rect(widget)
        if not _inside(rect, available()) or not _inside(rect, _clip(widget)):
            raise ScreenError(f"cannot {what} {_name(widget)}: at {_fmt(rect)} it is off the screen")
        top = widget.window()
        return top, widget.mapTo(top, widget.rect().center())

    def click(self, widget: QWidget, button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
        """Press and release the real mouse button over the widget's centre, through its window (so the
        click lands on whatever is really there)."""
        self.check()
        top, at = self._reachable(widget, "click")
        handle = top.windowHandle()
        self.qtbot.mouseMove(handle, at)
        self.qtbot.mouseClick(handle, button, Mod.NoModifier, at)
        QApplication.processEvents()
        self.check()

    def click_at(self, widget: QWidget, at: QPoint) -> None:
        """Click a point inside a widget (a row of a table, a tab, a menu entry)."""
        self.check()
        top, _centre = self._reachable(widget, "click")
        handle = top.windowHandle()
        where = widget.mapTo(top, at)
        self.qtbot.mouseMove(handle, where)
        self.qtbot.mouseClick(handle, Qt.MouseButton.LeftButton, Mod.NoModifier, where)
        QApplication.processEvents()
        self.check()

    def draw(self, pad: QWidget, points: Iterable[tuple[int, int]]) -> None:
        """One stroke with the button held: press at the first point, move through the rest, release."""
        top, _centre = self._reachable(pad, "draw on")
        handle = top.windowHandle()
        path = [pad.mapTo(top, QPoint(x, y)) for x, y in points]
        self.qtbot.mouseMove(handle, path[0])
        self.qtbot.mousePress(handle, Qt.MouseButton.LeftButton, Mod.NoModifier, path[0])
        for point in path[1:]:
            self.qtbot.mouseMove(handle, point)
        self.qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, Mod.NoModifier, path[-1])
        QApplication.processEvents()

    def choose_menu(self, window: QMainWindow, menu_title: str, action_text: str) -> None:
        """Open a menu of the menu bar with the mouse, then click one of its entries."""
        bar = window.menuBar()
        menus = {_plain(a.text()): a for a in bar.actions()}
        if _plain(menu_title) not in menus:
            raise ScreenError(f"no menu “{menu_title}” in {sorted(menus)}")
        title = menus[_plain(menu_title)]
        self.click_at(bar, bar.actionGeometry(title).center())
        menu = title.menu()
        assert isinstance(menu, QMenu)
        self.qtbot.waitUntil(menu.isVisible, timeout=WAIT_MS)
        self.wait_shown(menu)
        entries = {_plain(a.text()): a for a in menu.actions() if not a.isSeparator()}
        if _plain(action_text) not in entries:
            raise ScreenError(f"no entry “{action_text}” in the menu “{menu_title}”: {sorted(entries)}")
        self.click_at(menu, menu.actionGeometry(entries[_plain(action_text)]).center())

    def click_row(self, view: QAbstractItemView, row: int, column: int = 0) -> None:
        """Click a cell of a table or list (its row becomes the current one)."""
        index = view.model().index(row, column)
        view.scrollTo(index)
        self.click_at(view.viewport(), view.visualRect(index).center())

    def click_tab(self, tabs: QTabWidget, title: str) -> None:
        """Click the tab whose title starts with `title`."""
        bar = tabs.tabBar()
        titles = [_plain(tabs.tabText(i)) for i in range(tabs.count())]
        matches = [i for i, text in enumerate(titles) if text.startswith(title)]
        if len(matches) != 1:
            raise ScreenError(f"no single tab “{title}…” among {titles}")
        self.click_at(bar, bar.tabRect(matches[0]).center())
        self.qtbot.waitUntil(lambda: tabs.currentIndex() == matches[0], timeout=WAIT_MS)

    # the keyboard --------------------------------------------------------------------------------

    def focused(self) -> QWidget:
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT_MS)
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Mod.NoModifier) -> None:
        """A real key press and release on the focused widget (shortcuts and default buttons apply)."""
        self.check()
        self.qtbot.keyClick(self.focused(), key, modifiers)
        QApplication.processEvents()
        self.check()

    def type_text(self, text: str) -> None:
        """Type into the focused widget: ASCII key by key, other letters (Vietnamese) committed the way
        an input method (Unikey, ibus) does."""
        for run in re.findall(r"[ -~]+|[^ -~]+", text):
            widget = self.focused()
            if run.isascii():
                self.qtbot.keyClicks(widget, run)
            else:
                event = QInputMethodEvent("", [])
                event.setCommitString(run)
                QApplication.sendEvent(widget, event)
            QApplication.processEvents()

    def paste(self, text: str) -> None:
        """Put text on the clipboard (as copied from an e-mail) and press Ctrl+V in the focused widget."""
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        self.qtbot.waitUntil(lambda: clipboard.text() == text, timeout=WAIT_MS)
        self.press(Key.Key_V, Mod.ControlModifier)

    def replace_text(self, field: QWidget, text: str) -> None:
        """Click into a field, select what is there (Ctrl+A) and type over it."""
        self.click(field)
        self.press(Key.Key_A, Mod.ControlModifier)
        self.press(Key.Key_Delete)
        self.type_text(text)

    # dialogs ---------------------------------------------------------------------------------------

    def modal(self, kind: type[QWidget] = QWidget, timeout: int = WAIT_MS) -> QWidget:
        """The modal dialog now open (of that kind), once the window manager has shown it."""
        self.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=timeout)
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        self.wait_shown(dialog)
        return dialog

    def when_modal(self, kind: type[QWidget], action: Callable[[QWidget], object]) -> Pending:
        """Do `action(dialog)` once a modal dialog of that kind opens: call it BEFORE the click that opens a
        dialog with exec() (the click returns only when the dialog closes). A failing action closes the
        dialog and fails the test at the next step."""
        pending = Pending(kind, action)
        timer = QTimer()
        timer.setInterval(50)
        waited = [0]

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            waited[0] += 50
            if isinstance(dialog, kind) and _exposed(dialog):
                timer.stop()
                try:
                    self.wait_shown(dialog)
                    action(dialog)
                except BaseException as exc:  # carried to the test's next step
                    pending.error = exc
                    close_modals()
                pending.done = True
            elif waited[0] > WAIT_MS:
                timer.stop()
                pending.error = ScreenError(f"no {kind.__name__} opened within {WAIT_MS} ms")
                pending.done = True

        timer.timeout.connect(poll)
        timer.start()
        pending.timer = timer
        self.pending.append(pending)
        return pending

    def dismiss(self, dialog: QWidget) -> None:
        """Close a dialog as a clerk backs out of it: Escape on its focused widget."""
        dialog.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
        self.press(Key.Key_Escape)
        self.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    def choose_files(self, dialog: QWidget, *paths: Path) -> None:
        """In a file dialog (open, save, folder), as a clerk does without the mouse: type the folder into the
        file name box and press Enter (the dialog goes there), then the file name(s), and Enter."""
        if not isinstance(dialog, QFileDialog):
            raise ScreenError(f"expected Qt's file dialog, got {_name(dialog)}")
        self.assert_fits(dialog)
        name_box = dialog.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(name_box, QLineEdit)
        folder = paths[0].parent
        if dialog.fileMode() != QFileDialog.FileMode.Directory:
            self.replace_text(name_box, str(folder))
            self.press(Key.Key_Return)
            self.qtbot.waitUntil(lambda: Path(dialog.directory().absolutePath()) == folder, timeout=WAIT_MS)
            names = [p.name for p in paths]
            self.replace_text(name_box, names[0] if len(names) == 1 else " ".join(f'"{n}"' for n in names))
        else:
            self.replace_text(name_box, str(paths[0]))
        self.shot(f"file-dialog-{dialog.windowTitle()}")
        self.press(Key.Key_Return)
        self.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    def check(self) -> None:
        """Raise the first failure of a dialog step run so far."""
        for pending in [p for p in self.pending if p.done]:
            self.pending.remove(pending)
            if pending.error is not None:
                raise pending.error

    def finish(self) -> None:
        """Wait for every scheduled dialog step to have run, and fail with the first that failed."""
        self.qtbot.waitUntil(lambda: all(p.done for p in self.pending), timeout=WAIT_MS * 2)
        self.check()

    # screenshots -----------------------------------------------------------------------------------

    def shot(self, name: str) -> Path:
        """The whole screen as the clerk sees it (window-manager frames included), as the next step."""
        QApplication.processEvents()
        self.step += 1
        self.shots.mkdir(parents=True, exist_ok=True)
        path = self.shots / f"{self.step:02d}-{_slug(name)}.png"
        screen = QGuiApplication.primaryScreen()
        if not screen.grabWindow(0).save(str(path)):
            raise ScreenError(f"could not save the screenshot {path}")
        return path


def button(parent: QWidget, text: str) -> QAbstractButton:
    """The visible button in `parent` whose text (without & marks) starts with `text`."""
    found = [
        b for b in parent.findChildren(QAbstractButton) if b.isVisible() and _plain(b.text()).startswith(text)
    ]
    if len(found) != 1:
        seen = sorted(_plain(b.text()) for b in parent.findChildren(QAbstractButton) if b.isVisible())
        raise ScreenError(f"{len(found)} visible buttons “{text}…” in {_name(parent)}; visible: {seen}")
    return found[0]


def close_modals() -> None:
    """End every open modal dialog (done() ends even one whose reject() refuses, like the lock screen)."""
    for _ in range(10):
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        if isinstance(dialog, QDialog):
            dialog.done(0)
        else:
            dialog.close()
        QApplication.processEvents()


def _plain(text: str) -> str:
    """A menu text as read: without its & mnemonic marks and trailing ellipsis."""
    return text.replace("&", "").rstrip("….").strip()


def _slug(name: str) -> str:
    """A file name from a step's words, Vietnamese letters without their marks (“Đồng bộ” → dong-bo)."""
    plain = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower()[:60] or "step"
