"""Make the README's and the user guide's (docs/HUONG-DAN.md) screenshots with the app itself, on the demo
round: `python scripts/screenshots.py`."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")  # keys in throwaway files
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))  # tests.roundkit: the register with an error

from payout_desk.services.demo import DEMO_PASSPHRASE  # noqa: E402
from payout_desk.services.office.desk import OfficeDesk  # noqa: E402
from payout_desk.services.point.desk import PointDesk  # noqa: E402
from payout_desk.ui.app import WINDOW_SIZE, application, demo_window, office_demo_window  # noqa: E402
from payout_desk.ui.day_close import DayCloseDialog  # noqa: E402
from payout_desk.ui.first_run import FirstRunWizard  # noqa: E402
from payout_desk.ui.office_window import OfficeWindow  # noqa: E402
from payout_desk.ui.pay_dialog import PayDialog  # noqa: E402
from payout_desk.ui.qt import (  # noqa: E402
    QApplication,
    QEvent,
    QMainWindow,
    QMouseEvent,
    QPainter,
    QPoint,
    QPointF,
    Qt,
    QWidget,
)
from tests.roundkit import MONTH, default_rows, person_row, write_register  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def _sign(pad: object) -> None:
    held, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    strokes = [
        [(30 + x * 6, 90 - (x % 7) * 6 - (x // 7) * 2) for x in range(22)],
        [(190 + x * 5, 60 + (x % 5) * 8) for x in range(18)],
        [(40, 105), (300, 98)],
    ]
    for stroke in strokes:
        points = [QPointF(x, y) for x, y in stroke]
        QApplication.sendEvent(
            pad, QMouseEvent(QEvent.Type.MouseButtonPress, points[0], points[0], points[0], held, held, none)
        )
        for at in points[1:]:
            QApplication.sendEvent(
                pad, QMouseEvent(QEvent.Type.MouseMove, at, at, at, Qt.MouseButton.NoButton, held, none)
            )
        end = points[-1]
        QApplication.sendEvent(
            pad,
            QMouseEvent(QEvent.Type.MouseButtonRelease, end, end, end, held, Qt.MouseButton.NoButton, none),
        )


def _passphrase(_new: bool) -> str:
    return DEMO_PASSPHRASE


def _wait(done: object, limit: float = 60.0) -> None:
    """Let the window's background work finish (sync files, imports, exports)."""
    import time

    until = time.monotonic() + limit
    while not done() and time.monotonic() < until:  # type: ignore[operator]
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()


def _save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))


def _with_popup(window: QMainWindow, button: QWidget, name: str) -> None:
    """The window with a button's menu open above it, as near the screen's bottom (a popup is its own
    window: its picture is painted onto the window's)."""
    menu = button.menu()  # type: ignore[attr-defined]
    menu.ensurePolished()
    menu.adjustSize()
    shown = menu.grab()
    at = button.mapTo(window, QPoint(0, 0))
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(QPoint(at.x(), at.y() - shown.height()), shown)
    painter.end()
    picture.save(str(OUT / name))


def first_run(root: Path) -> None:
    """The first-run wizard on a new laptop: the fingerprint to read out, then the first list."""
    lists = root / "lists" / "P01_2026-12.pdlist"
    desk = PointDesk(root / "new-laptop", passphrase=_passphrase)
    wizard = FirstRunWizard(desk)
    wizard.resize(860, 560)
    wizard.show()
    wizard.name_page.name.setText("Điểm BĐVHX An Phước – máy 1")
    wizard.next()
    _save(wizard, "point-first-run.png")
    wizard.next()
    wizard.list_page.path.setText(str(lists))
    wizard.list_page.matches.setChecked(True)
    _save(wizard, "point-first-run-list.png")
    wizard.close()
    desk.close()


def point_shots() -> None:
    with tempfile.TemporaryDirectory() as folder:
        window, desk = demo_window(Path(folder))
        first_run(Path(folder))
        window.show()
        window.select_code(next(r.code for r in window.model.rows() if r.status == "unpaid" and r.proxy_name))
        QApplication.processEvents()
        window.grab().save(str(OUT / "point-main.png"))
        code = next(r.code for r in window.model.rows() if r.status == "unpaid" and r.proxy_name)
        pay = PayDialog(desk.roster.detail(code), window.staff, parent=window)
        pay.resize(720, 860)
        pay.show()
        QApplication.processEvents()
        pay.last_digits.setText((desk.roster.detail(code).row.cccd or "")[-4:])
        _sign(pay.pad)
        QApplication.processEvents()
        pay.grab().save(str(OUT / "point-pay.png"))
        pay.pad.clear()  # closing with a drawn signature asks first (ui/sign_box.may_close)
        pay.close()
        close = DayCloseDialog(desk.roster.progress().cash, window)
        for note, count in ((500_000, 200), (200_000, 120), (100_000, 6), (50_000, 3)):
            close.counts[note].setValue(count)
        close.resize(520, 640)
        close.show()
        QApplication.processEvents()
        close.grab().save(str(OUT / "point-day-close.png"))
        close.close()
        window.select_code(next(r.code for r in window.model.rows() if r.status == "unpaid"))
        _with_popup(window, window.report_button, "point-exceptions.png")
        about = window.show_about()
        _save(about, "about.png")
        about.close()
        window.export_to(Path(folder) / "usb" / "P01-may-1.pdsync")
        _wait(lambda: window.last_message != "Đang xử lý…")
        _save(window, "point-export.png")
        window.close()
        desk.close()


def office_register_shots(root: Path) -> None:
    """A register with an error (the faulty cell shown), then the valid rows imported and the lists issued,
    then a laptop being enrolled (its fingerprint shown before the button is pressed)."""
    desk = OfficeDesk(root / "office", passphrase=_passphrase)
    desk.init_keys("office", "Bưu điện huyện Mang Thít")
    broken = person_row(13).replace("2789000,,2789000", "abc,,abc")
    register = write_register(root / "danh_sach_chi_tra_2026_12.csv", [*default_rows(), broken])
    window = OfficeWindow(desk, today=date(2026, 12, 3))
    window.resize(*WINDOW_SIZE)
    window.show()
    window.month.setCurrentText(MONTH)
    window.tabs.setCurrentWidget(window.register)
    window.import_register(register)
    _wait(lambda: not window.importing())
    tab = window.register
    tab.issue_view.clicked.emit(tab.issues.index(0, 0))
    _save(window, "office-register-error.png")
    window.import_register(register, skip_invalid=True)
    _wait(lambda: not window.importing())
    window.issue_lists(root / "lists")
    _wait(lambda: not window.importing())
    _save(window, "office-issue.png")
    window.tabs.setCurrentWidget(window.devices)
    laptop = PointDesk(root / "laptop", passphrase=_passphrase)
    ident = laptop.init_keys("point", "Điểm BĐVHX An Phước – máy 1")
    window.devices.public_key.setText(ident.public_key.b64)
    window.devices.device_name.setText("An Phước – máy 1")
    _save(window, "office-enrol.png")
    laptop.close()
    window.close()
    desk.close()


def office_shots() -> None:
    with tempfile.TemporaryDirectory() as folder:
        office_register_shots(Path(folder))
    with tempfile.TemporaryDirectory() as folder:
        office, office_desk = office_demo_window(Path(folder))
        office.show()
        _wait(lambda: not office.watch_work.running())  # the unclaimed panel read off the window's thread
        office.grab().save(str(OUT / "office-dashboard.png"))
        office.tabs.setCurrentWidget(office.sync)
        office.import_sync_files(sorted((Path(folder) / "sync").glob("*.pdsync")))
        while office.importing():
            QApplication.processEvents()
        office.grab().save(str(OUT / "office-sync.png"))
        office.tabs.setCurrentWidget(office.conflicts)
        office.conflicts.note.setPlainText("Đã thu hồi lần chi thứ hai tại nhà, biên bản số 12")
        office.conflicts.by.setText("Trần Thị Kế Toán")
        QApplication.processEvents()
        office.grab().save(str(OUT / "office-conflicts.png"))
        office.tabs.setCurrentWidget(office.dashboard)
        office.export_settlement(Path(folder) / "thanh-quyet-toan-2026-12.xlsx")
        _wait(lambda: not office.importing())
        _save(office, "office-settlement.png")
        office.close()
        office_desk.close()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    application()
    point_shots()
    office_shots()
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()
