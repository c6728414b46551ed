"""Starting the desk window: the Qt application, fonts, and the demo round for newcomers."""

from __future__ import annotations

import contextlib
import ctypes.util
import os
import sys
import tempfile
from pathlib import Path

from payout_desk.domain.month import Month
from payout_desk.lang import t
from payout_desk.services.common.errors import DeskError
from payout_desk.services.demo import DEMO_PASSPHRASE, make_demo_round, make_office_demo
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk
from payout_desk.ui import dialogs
from payout_desk.ui.first_run import FirstRunWizard
from payout_desk.ui.fonts import ensure_vietnamese_font
from payout_desk.ui.office.clerks import sign_in_at_start
from payout_desk.ui.office_window import OfficeWindow
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import QApplication, QFont, QGuiApplication, QIcon, QMainWindow
from payout_desk.ui.resources import chosen_language, icon_path, install_translator
from payout_desk.ui.staff import IdleWatch, StaffDialog
from payout_desk.ui.work import OnWindowThread

WINDOW_SIZE = (1366, 768)  # the cheap laptop a clerk has
SMALL_SCREEN_HEIGHT = 900  # below this available height a main window opens maximised (status line visible)


def application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Payout Desk")
    app.setDesktopFileName("payout-desk")  # Linux: the menu entry (packaging/linux/payout-desk.desktop)
    icon = icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    ensure_vietnamese_font(app)
    install_translator(app, chosen_language())
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), 11))  # large text for tired eyes
    app.setFont(font)
    return app


X11_LIBRARIES = {  # what Qt's xcb plugin needs beyond a desktop's usual libraries: library → Debian package
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def display_problem() -> str | None:
    """Why no window can open here, in words a person can act on; None when one can."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or (platform and platform != "xcb"):
        return None
    if os.environ.get("WAYLAND_DISPLAY") and not platform:
        return None
    if not os.environ.get("DISPLAY"):
        return "no display here, so no window"
    missing = [
        package for library, package in X11_LIBRARIES.items() if ctypes.util.find_library(library) is None
    ]
    if missing:
        return (
            "the window needs system libraries this computer lacks; install them once "
            f"(Debian/Ubuntu: sudo apt install {' '.join(missing)}) and start again"
        )
    return None


def show_main_window(window: QMainWindow) -> None:
    """Show a desk's main window: maximised on a small screen (a laptop's 768 or 720 lines), so that under
    the title bar its status line (progress, cash on hand, the last step's sentence) stays on the screen;
    at the laptop's size elsewhere."""
    window.statusBar().setVisible(True)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None and screen.availableGeometry().height() < SMALL_SCREEN_HEIGHT:
        window.showMaximized()
    else:
        window.resize(*WINDOW_SIZE)
        window.show()


def ask_passphrase(new: bool) -> str:
    """The desk key's passphrase, asked in a dialog (twice when choosing one)."""
    first = dialogs.ask_text(
        None, "Payout Desk", "Mật khẩu bảo vệ khóa của máy (ít nhất 8 ký tự):", secret=True
    )
    if first is None:
        raise DeskError(t("desk.no_passphrase_given"))
    if new:
        again = dialogs.ask_text(None, "Payout Desk", "Nhập lại mật khẩu:", secret=True)
        if again != first:
            raise DeskError(t("desk.passphrases_differ"))
    return first


def backup_on_open(desk: PointDesk | OfficeDesk) -> None:
    """A rotating copy of the database each time the window opens (none for a new desk, or on a server)."""
    if desk.identity() is None:
        return
    with contextlib.suppress(DeskError):  # a full disk must not keep the clerk from working; the day close
        desk.backups.now("open")  # makes another


def run_point_desk(data_dir: str | Path | None) -> int:
    """The point laptop's window: first-run wizard if needed, the staff member and PIN, then work."""
    app = application()
    desk = PointDesk(data_dir, passphrase=OnWindowThread(ask_passphrase))  # asked on the window's thread
    try:
        backup_on_open(desk)
        if desk.identity() is None or not desk.lists.has_list():
            wizard = FirstRunWizard(desk)
            if wizard.exec() != FirstRunWizard.DialogCode.Accepted:
                return 1
        staff = StaffDialog(desk)
        if staff.exec() != StaffDialog.DialogCode.Accepted or staff.staff is None:
            return 1
        window = PointWindow(desk, staff.staff)
        watch = IdleWatch(parent=window)
        app.installEventFilter(watch)
        watch.idle.connect(window.lock)
        show_main_window(window)
        return app.exec()
    finally:
        desk.close()


def run_office_desk(data_dir: str | Path | None, database_url: str | None = None) -> int:
    """The office's window on its desk (a key is made with `payout-desk keys init --role office`), on the
    data folder's SQLite file or on a database several clerks share."""
    app = application()
    desk = OfficeDesk(data_dir, passphrase=OnWindowThread(ask_passphrase), database_url=database_url)
    try:
        backup_on_open(desk)
        if not sign_in_at_start(desk):  # an office with clerks: who is working (issue 16)
            return 0
        window = OfficeWindow(desk)
        show_main_window(window)
        return app.exec()
    finally:
        desk.close()


def run_demo(*, office: bool = False) -> int:
    app = application()
    with tempfile.TemporaryDirectory(prefix="payout-desk-demo-") as folder:
        window, desk = (office_demo_window if office else demo_window)(Path(folder))
        try:
            show_main_window(window)
            return app.exec()
        finally:
            desk.close()


def office_demo_window(root: Path) -> tuple[OfficeWindow, OfficeDesk]:
    """The office's window on a fresh demo month built under `root` (seen on the 3rd of the month)."""
    demo = make_office_demo(root)
    desk = OfficeDesk(demo.office_dir, passphrase=lambda _new: DEMO_PASSPHRASE)
    window = OfficeWindow(desk, demo=True, today=Month.parse(demo.month).first_day.replace(day=3))
    window.resize(*WINDOW_SIZE)
    return window, desk


def demo_window(root: Path) -> tuple[PointWindow, PointDesk]:
    """A window on a fresh demo round built under `root`."""
    round_ = make_demo_round(root)
    desk = PointDesk(round_.point_dir, passphrase=lambda _new: DEMO_PASSPHRASE)
    window = PointWindow(desk, round_.staff, demo=True)
    window.resize(*WINDOW_SIZE)
    return window, desk


def demo_screenshot(path: Path, *, office: bool = False) -> Path:
    """Render the demo's main window (the point's, or the office's) to a PNG, then close it."""
    if display_problem() is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    application()
    with tempfile.TemporaryDirectory(prefix="payout-desk-demo-") as folder:
        window, desk = (office_demo_window if office else demo_window)(Path(folder))
        try:
            window.show()
            QApplication.processEvents()
            if isinstance(window, PointWindow):
                window.select_code(window.visible_codes()[0])
            QApplication.processEvents()
            window.grab().save(str(path))
        finally:
            window.close()
            desk.close()
    return path
