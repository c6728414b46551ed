"""Starting Payout Desk with no command: the demo and its screenshot, the guide on an office desk."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.ui.qt import QImage
from tests.cli.conftest import Cli


def test_demo_screenshot_renders_the_window_to_a_png(cli: Cli, tmp_path: Path, qtbot: QtBot) -> None:
    out = tmp_path / "demo.png"
    outcome = cli("--demo", "--screenshot", out)
    assert outcome.code == 0, outcome.err
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    assert len({image.pixel(x, 300) for x in range(0, 1366, 7)}) > 3  # not a blank image


def test_screenshot_needs_demo(cli: Cli) -> None:
    outcome = cli("--screenshot", "x.png")
    assert outcome.code == 2 and "--demo" in outcome.err


def test_office_demo_screenshot_shows_the_dashboard(cli: Cli, tmp_path: Path, qtbot: QtBot) -> None:
    out = tmp_path / "office.png"
    outcome = cli("--demo", "--office", "--screenshot", out)
    assert outcome.code == 0, outcome.err
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    assert len({image.pixel(x, 250) for x in range(0, 1366, 7)}) > 3


def test_office_needs_demo(cli: Cli) -> None:
    outcome = cli("--office")
    assert outcome.code == 2 and "--demo" in outcome.err


def test_no_command_without_a_display_prints_the_guide(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (
        cli("keys", "init", "--role", "office", "--name", "Bưu điện", "--data-dir", tmp_path / "o").code == 0
    )
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    outcome = cli("--data-dir", tmp_path / "o")
    assert outcome.code == 0 and "office import-register" in outcome.out and "no display" in outcome.out
