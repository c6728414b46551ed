"""The window in English: every string of the window has its English, and switching applies it."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import QApplication, Qt
from payout_desk.ui.resources import choose_language, chosen_language, install_translator, remove_translator
from tests.conftest import REPO
from tests.paykit import signed
from tests.roundkit import Round, load_module

pytestmark = pytest.mark.devices(1)


def _script() -> Any:
    return load_module(REPO / "scripts" / "translations.py")


def test_every_string_of_the_window_has_english(tmp_path: Path) -> None:
    script = _script()
    ts = tmp_path / "now.ts"
    sources = sorted(str(p) for p in (REPO / "src" / "payout_desk" / "ui").glob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(ts)], check=True, capture_output=True)
    found = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    dynamic = {text for texts in script.DYNAMIC.values() for text in texts}
    missing = sorted(s for s in found | dynamic if s and s not in script.ENGLISH)
    assert missing == [], "run scripts/translations.py and give these their English"
    hidden = [
        p.name for p in (REPO / "src" / "payout_desk" / "ui").glob("*.py") if "{self.tr(" in p.read_text()
    ]
    assert hidden == [], "lupdate cannot see tr() inside an f-string: translate into a variable first"
    committed = ET.parse(REPO / "resources" / "translations" / "payout_desk_en.ts").getroot()
    assert not [m for m in committed.iter("translation") if m.get("type") == "unfinished"]
    qm = REPO / "resources" / "translations" / "payout_desk_en.qm"
    assert qm.exists() and qm.stat().st_size > 1000


def test_the_window_in_english(qtbot: QtBot, game: Round) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert chosen_language() == "vi"
    choose_language("en")
    assert chosen_language() == "en"
    translator = install_translator(app, "en")
    assert translator is not None
    try:
        window = PointWindow(game.devices[0], "Lan")
        qtbot.addWidget(window)
        assert window.search.placeholderText().startswith("Find: name")
        headers = [window.model.headerData(i, Qt.Orientation.Horizontal) for i in range(6)]
        assert headers == ["Code", "Full name", "Born", "Village", "Amount", "Status"]
        assert window.model.index(0, 5).data() in ("Not paid", "Not paid · at home")
        assert "Paid 0/12 people" in window.progress.text() and "December 2026" in window.heading.text()
        window.select_code("NCC005")
        assert "born 1945" in window.pane_text.text() and "Total:" in window.pane_text.text()
        window.report_current("hospital")
        assert window.model.index(window.model.row_of("NCC005") or 0, 5).data() == "In hospital"
        assert window.pay(signed("NCC001")) is not None
        window.pay(signed("NCC001"))
        assert "already paid" in window.last_message
    finally:
        remove_translator(app, translator)
    with pytest.raises(ValueError):
        choose_language("fr")
