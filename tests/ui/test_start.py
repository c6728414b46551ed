"""The first-run wizard on a point laptop."""

from __future__ import annotations

import pytest


def test_why_no_window_can_open_is_said_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    from payout_desk.ui import app

    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert app.display_problem() is None
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    assert app.display_problem() == "no display here, so no window"
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(
        app.ctypes.util, "find_library", lambda name: None if name == "xcb-cursor" else f"lib{name}.so"
    )
    problem = app.display_problem()
    assert problem is not None and "sudo apt install libxcb-cursor0" in problem
    monkeypatch.setattr(app.ctypes.util, "find_library", lambda name: f"lib{name}.so")
    assert app.display_problem() is None
