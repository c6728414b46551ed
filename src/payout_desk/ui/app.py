"""Starting the desk window: the Qt application, fonts, and the demo round for newcomers."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from payout_desk.services.demo import DEMO_PASSPHRASE, make_demo_round
from payout_desk.services.point import PointDesk
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import QApplication, QFont

WINDOW_SIZE = (1366, 768)  # the cheap laptop a clerk has


def application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Payout Desk")
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), 11))  # large text for tired eyes
    app.setFont(font)
    return app


def demo_window(root: Path) -> tuple[PointWindow, PointDesk]:
    """A window on a fresh demo round built under `root`."""
    round_ = make_demo_round(root)
    desk = PointDesk(round_.point_dir, passphrase=lambda _new: DEMO_PASSPHRASE)
    window = PointWindow(desk, round_.staff, demo=True)
    window.resize(*WINDOW_SIZE)
    return window, desk


def demo_screenshot(path: Path) -> Path:
    """Render the demo's main window to a PNG (for the docs and checks), then close it."""
    application()
    with tempfile.TemporaryDirectory(prefix="payout-desk-demo-") as folder:
        window, desk = demo_window(Path(folder))
        try:
            window.show()
            QApplication.processEvents()
            window.select_code(window.visible_codes()[0])
            QApplication.processEvents()
            window.grab().save(str(path))
        finally:
            window.close()
            desk.close()
    return path
