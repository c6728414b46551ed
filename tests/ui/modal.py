"""Acting inside a dialog that a click or a key opened with exec(): the steps are queued before the click,
and run once that dialog is the active modal window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from payout_desk.ui.qt import QApplication, QDialog, QTimer, QWidget

W = TypeVar("W", bound=QWidget)


def when_modal(kind: type[W], step: Callable[[W], None], *, timeout_ms: int = 15_000) -> dict[str, object]:
    """Run `step(dialog)` as soon as a `kind` dialog is the active modal window; the returned dict gets
    "done" (or "error" with the exception, so a failing step is reported by the test, not lost)."""
    seen: dict[str, object] = {}
    waited = {"ms": 0}

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            try:
                step(dialog)
                seen["done"] = True
            except Exception as exc:  # surfaced by the test through seen["error"]
                seen["error"] = exc
                if isinstance(dialog, QDialog):
                    dialog.done(0)  # not reject(): a dialog may ask before closing, and nobody would answer
                else:
                    dialog.close()
            return
        waited["ms"] += 20
        if waited["ms"] < timeout_ms:
            QTimer.singleShot(20, poll)
        else:
            seen["error"] = TimeoutError(f"no {kind.__name__} opened")

    QTimer.singleShot(20, poll)
    return seen


def check(seen: dict[str, object]) -> None:
    if "error" in seen:
        raise seen["error"]  # type: ignore[misc]
    assert seen.get("done"), "the dialog step did not run"
