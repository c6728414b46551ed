"""Vietnamese must render everywhere: when the system's default font lacks Vietnamese letters (a bare
Windows install in some locales, a minimal Linux), the bundled DejaVu Sans is used instead."""

from __future__ import annotations

from payout_desk.ui.qt import QApplication, QFont, QFontDatabase, QFontMetrics
from payout_desk.ui.resources import resource_dirs

SAMPLE = "Nguyễn Thị Hằng — Đặng Văn Ánh — ắằẳẵặếềểễệốồổỗộứừửữự"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def renders_vietnamese(font: QFont) -> bool:
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(ord(ch)) for ch in SAMPLE if not ch.isspace())


def ensure_vietnamese_font(app: QApplication) -> str:
    """Keep the system font if it has every Vietnamese letter, else switch to the bundled one.
    Returns the family in use."""
    font = app.font()
    if renders_vietnamese(font):
        return font.family()
    for folder in resource_dirs():
        families = []
        for name in FONT_FILES:
            path = folder / "fonts" / name
            if path.exists():
                font_id = QFontDatabase.addApplicationFont(str(path))
                families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            bundled = QFont(families[0], font.pointSize())
            app.setFont(bundled)
            return families[0]
    return font.family()
