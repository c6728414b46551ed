"""Make the README's screenshots with the app itself, on the demo round: `python scripts/screenshots.py`."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from payout_desk.ui.app import application, demo_window, office_demo_window  # noqa: E402
from payout_desk.ui.day_close import DayCloseDialog  # noqa: E402
from payout_desk.ui.pay_dialog import PayDialog  # noqa: E402
from payout_desk.ui.qt import QApplication, QEvent, QMouseEvent, QPointF, Qt  # noqa: E402

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


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory() as folder:
        window, desk = demo_window(Path(folder))
        window.show()
        window.select_code(next(r.code for r in window.model.rows() if r.status == "unpaid" and r.proxy_name))
        QApplication.processEvents()
        window.grab().save(str(OUT / "point-main.png"))
        code = next(r.code for r in window.model.rows() if r.status == "unpaid" and r.proxy_name)
        pay = PayDialog(desk.detail(code), window.staff, parent=window)
        pay.resize(720, 860)
        pay.show()
        QApplication.processEvents()
        pay.last_digits.setText((desk.detail(code).row.cccd or "")[-4:])
        _sign(pay.pad)
        QApplication.processEvents()
        pay.grab().save(str(OUT / "point-pay.png"))
        pay.close()
        close = DayCloseDialog(desk.progress().cash, window)
        for note, count in ((500_000, 200), (200_000, 120), (100_000, 6), (50_000, 3)):
            close.counts[note].setValue(count)
        close.resize(520, 640)
        close.show()
        QApplication.processEvents()
        close.grab().save(str(OUT / "point-day-close.png"))
        close.close()
        window.close()
        desk.close()
    with tempfile.TemporaryDirectory() as folder:
        office, office_desk = office_demo_window(Path(folder))
        office.show()
        QApplication.processEvents()
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
        office.close()
        office_desk.close()
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()
