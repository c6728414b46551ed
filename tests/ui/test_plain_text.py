"""Data is shown as plain text in the windows (issue 13): a staff name, a proxy name, a register's name or
village that looks like HTML prints literally — no fake "decided" line, no red "not paid — pay again" — in
the office's conflict pane, the point's person pane, the pay dialog, the record dialogs, message boxes and
tooltips. Each widget's text is read back and rendered the way Qt renders it (a QTextDocument for rich text)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.services.point.pay import Proxy
from payout_desk.ui import dialogs
from payout_desk.ui.office_window import OfficeWindow
from payout_desk.ui.pay_dialog import PayDialog
from payout_desk.ui.plain import data, tip
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import QLabel, QMessageBox, Qt, QTextDocument, QWidget
from payout_desk.ui.record_dialogs import VoidDialog
from tests.paykit import signed
from tests.roundkit import Round

RED = '<span style="color:red">CHƯA CHI — chi lại</span>'
DECIDED = "<b>Đã quyết định</b>: đã thu hồi<br>"
LINK = '<a href="http://x.example/">bấm vào đây</a>'
CLERK = "Lan"


def shown(label: QLabel | QMessageBox) -> str:
    """What the clerk reads: a plain label's text as it is; a rich label's text as Qt renders it."""
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.PlainText:
        return label.text()
    assert fmt == Qt.TextFormat.RichText, "a label showing data must not guess (AutoText)"
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def rendered(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def data_labels(top: QWidget, *markers: str) -> list[QLabel]:
    """Every label under `top` whose text carries one of the markers (escaped or not)."""
    return [
        label
        for label in top.findChildren(QLabel)
        if any(m in label.text() or data(m) in label.text() for m in markers)
    ]


@pytest.mark.clerks(CLERK, RED)
def test_html_in_staff_and_proxy_names_prints_literally_at_the_office_and_the_point(
    qtbot: QtBot, game: Round, tmp_path: Path
) -> None:
    one, two = game.devices
    one.pay.record(signed("NCC001", staff=RED, proxy=Proxy(DECIDED, "086040173112", LINK, "UQ 1/2026")))
    two.pay.record(signed("NCC001", staff=CLERK))  # paid twice: a conflict at the office
    game.office.imports.files(
        [one.sync.export(tmp_path / "may1.pdsync").path, two.sync.export(tmp_path / "may2.pdsync").path]
    )
    [conflict] = game.office.status.month("2026-12").conflicts
    game.office.conflicts.resolve("2026-12", conflict.conflict_id, DECIDED, RED)

    office = OfficeWindow(game.office, today=date(2026, 12, 3))
    qtbot.addWidget(office)
    office.conflicts.select(conflict.conflict_id)
    pane = office.conflicts.records
    text = shown(pane)
    assert RED in text and DECIDED in text  # literally, tags and all
    assert pane.textFormat() == Qt.TextFormat.RichText and "&lt;span" in pane.text()
    model = office.conflicts.model
    assert RED in rendered(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole))
    assert model.data(model.index(0, 4)) == f"{DECIDED} — {RED}"  # a table cell is plain already
    for label in data_labels(office, RED, DECIDED):
        assert RED in shown(label) or DECIDED in shown(label)

    point = PointWindow(one, CLERK)
    qtbot.addWidget(point)
    assert point.select_code("NCC001")
    point.pane_text.show_detail(one.roster.detail("NCC001"))
    text = shown(point.pane_text)
    assert f"{RED} — {DECIDED}" in text  # the payout line: by whom, to whom — as typed
    assert "CHƯA CHI — chi lại" in text and "<span" in text

    [payout] = one.roster.detail("NCC001").payouts
    void = VoidDialog("NCC001", payout)
    qtbot.addWidget(void)
    [what] = data_labels(void, RED)
    assert what.textFormat() == Qt.TextFormat.PlainText and RED in what.text()


def test_a_register_name_village_and_standing_proxy_that_look_like_html_print_literally(
    qtbot: QtBot, game: Round
) -> None:
    desk = game.devices[0]
    detail = desk.roster.detail("NCC003")
    row = replace(
        detail.row, name=RED, village=LINK, category=DECIDED, proxy_name=f"{RED} & Co", proxy_relation="<i>x"
    )
    hostile = replace(detail, row=row, notes=DECIDED, lines=[(LINK, 1000)])

    window = PointWindow(desk, CLERK)
    qtbot.addWidget(window)
    window.pane_text.show_detail(hostile)
    text = shown(window.pane_text)
    for value in (RED, LINK, DECIDED, "<i>x"):
        assert value in text

    dialog = PayDialog(hostile, CLERK)
    qtbot.addWidget(dialog)
    who = data_labels(dialog, RED)
    assert who and all(RED in shown(label) and LINK in shown(label) for label in who)
    assert f"{RED} && Co" in dialog.standing_button.text()  # a button: plain, its "&" no shortcut key
    assert RED in dialog.windowTitle()


def test_message_boxes_problem_lines_and_tooltips_never_read_data_as_html(qtbot: QtBot) -> None:
    box = dialogs.warning(None, "Payout Desk", f"Không chi được cho {RED}")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText and shown(box).endswith(RED)
    question = dialogs.confirm_dialog(None, "Payout Desk", f"Ngừng sử dụng máy “{DECIDED}”?")
    qtbot.addWidget(question)
    assert question.textFormat() == Qt.TextFormat.PlainText
    asked = dialogs.text_dialog(None, "Payout Desk", f"Mật khẩu cho {LINK}:")
    qtbot.addWidget(asked)
    labels = asked.findChildren(QLabel)
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert rendered(tip(f"{RED}\n{DECIDED}")) == f"{RED}\n{DECIDED}"
    assert tip("") == ""


@pytest.mark.parametrize("value", ["a\x00b", "\x1b[31mred", "\u202edlrow", 12, None, "a & b < c > d \"'"])
def test_data_for_our_markup_is_escaped_and_printable(value: object) -> None:
    escaped = data(value)
    assert "<" not in escaped and ">" not in escaped and "\x00" not in escaped and "\x1b" not in escaped
    assert rendered(f"<b>{escaped}</b>").replace("\ufffd", "") == str(value).translate(
        {0: None, 0x1B: None, 0x202E: None}
    )
