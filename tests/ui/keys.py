"""Typing into the real widgets as a clerk does (QTest's keyClicks takes ASCII only)."""

from __future__ import annotations

from payout_desk.ui.qt import QApplication, QEvent, QKeyEvent, Qt, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying each character, as a Vietnamese keyboard (Unikey, IME) delivers them."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
