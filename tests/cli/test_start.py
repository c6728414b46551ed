"""Starting Payout Desk with no command: the demo and its screenshot, the guide on an office desk."""

from __future__ import annotations

from pathlib import Path

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


def test_no_command_on_an_office_desk_prints_the_guide(cli: Cli, tmp_path: Path) -> None:
    assert (
        cli("keys", "init", "--role", "office", "--name", "Bưu điện", "--data-dir", tmp_path / "o").code == 0
    )
    outcome = cli("--data-dir", tmp_path / "o")
    assert outcome.code == 0 and "office import-register" in outcome.out
