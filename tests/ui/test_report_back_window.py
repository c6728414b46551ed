"""Báo cáo gửi Phòng LĐ-TB&XH from the office window (issue 15, item 7), offscreen: the In giấy tờ menu's
entry writes the month's PDF, the Bưu cục menu's entry the workbook (the save dialog answered with a path
in a temporary folder), and the window says what it wrote."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from payout_desk.ui import dialogs
from payout_desk.ui.office_window import OfficeWindow
from payout_desk.ui.qt import QAction
from tests.report_back_round import DECEMBER, two_months
from tests.roundkit import Round


def action(window: OfficeWindow, menu: str, text: str) -> QAction:
    for top in window.menuBar().actions():
        if top.text() == menu:
            found = [a for a in top.menu().actions() if a.text() == text]
            assert len(found) == 1, [a.text() for a in top.menu().actions()]
            return found[0]
    raise AssertionError(menu)


def test_the_report_back_from_the_menus(
    qtbot: QtBot, game: Round, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    two_months(game)
    window = OfficeWindow(game.office, today=date(2027, 1, 6))
    qtbot.addWidget(window)
    window.show()
    window.month.setCurrentText(DECEMBER)
    said: list[str] = []
    monkeypatch.setattr(window, "say", said.append)

    pdf = tmp_path / "bao-cao.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *_a, **_k: pdf)
    action(window, "&In giấy tờ", "Báo cáo gửi Phòng LĐ-TB&&XH (PDF)…").trigger()
    qtbot.waitUntil(lambda: not window.printer.busy() and pdf.exists(), timeout=30_000)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(pdf).pages))
    assert "BÁO CÁO GỬI PHÒNG LĐ-TB&XH" in text and "Nguyễn Văn Cúc 2" in text and "12/2026" in text

    book = tmp_path / "bao-cao.xlsx"
    monkeypatch.setattr(dialogs, "save_file", lambda *_a, **_k: book)
    action(window, "&Bưu cục", "Xuất báo cáo gửi Phòng LĐ-TB&&XH (Excel)…").trigger()
    qtbot.waitUntil(lambda: any("bao-cao.xlsx" in s for s in said), timeout=30_000)
    assert "2 người báo tử" in next(s for s in said if "bao-cao.xlsx" in s)
    assert "Báo tử" in load_workbook(book, read_only=True).sheetnames
