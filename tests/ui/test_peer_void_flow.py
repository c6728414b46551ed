"""A sibling laptop reported the person deceased: through the real buttons (offscreen) the clerk reads
whose report it is, presses "Hủy báo cáo này…", gives a reason, and the pay window opens."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.ui.office.conflicts_tab import ConflictsTab
from payout_desk.ui.pay_dialog import PayDialog
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import QDialogButtonBox, QLabel, QPushButton, Qt, QWidget
from payout_desk.ui.record_dialogs import RefusalDialog, VoidDialog
from tests.roundkit import MONTH, Round
from tests.ui.modal import check, when_modal
from tests.ui.test_pay_flow import STROKE
from tests.ui.test_point_window import draw

pytestmark = [pytest.mark.devices(3)]


@pytest.fixture
def window(qtbot: QtBot, game: Round) -> PointWindow:
    window = PointWindow(game.devices[0], "Lan")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    return window


def click(qtbot: QtBot, dialog: QWidget, text: str) -> None:
    """Click the dialog's button that reads `text`, as the clerk does."""
    box = dialog.findChild(QDialogButtonBox)
    [button] = [b for b in box.findChildren(QPushButton) if b.text() == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def texts(dialog: QWidget) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_a_siblings_death_report_is_voided_with_a_reason_and_the_person_paid(
    qtbot: QtBot, window: PointWindow, game: Round
) -> None:
    sibling = game.devices[1]
    for code in ("NCC004", "NCC005"):
        sibling.records.report(code, "deceased", day="2026-12-01", reported_by="không rõ", staff="Hùng")
    with qtbot.waitSignal(window.finished, timeout=30_000):
        window.import_peer_file(game.export(1, "sibling.pdsync"))
    window.refresh()
    window.select_code("NCC004")
    seen: dict[str, str] = {}

    def override(dialog: RefusalDialog) -> None:
        seen["refusal"] = texts(dialog)
        click(qtbot, dialog, "Hủy báo cáo này…")

    def give_reason(dialog: VoidDialog) -> None:
        seen["void"] = texts(dialog)
        click(qtbot, dialog, "Hủy báo cáo này")  # no reason yet: refused, the dialog stays
        assert dialog.isVisible() and "lý do" in dialog.problem.text()
        dialog.reason.insert("ông đến nhận tại điểm, còn khỏe")
        click(qtbot, dialog, "Hủy báo cáo này")

    def sign(dialog: PayDialog) -> None:
        draw(dialog.pad, STROKE)
        dialog.confirm.click()

    steps = [
        when_modal(RefusalDialog, override),
        when_modal(VoidDialog, give_reason),
        when_modal(PayDialog, sign),
    ]
    qtbot.mouseClick(window.pay_button, Qt.MouseButton.LeftButton)
    for step in steps:
        check(step)
    assert "An Phước máy 2" in seen["refusal"] and "Hùng" in seen["refusal"] and "không rõ" in seen["refusal"]
    assert "Hủy báo cáo này" in seen["refusal"]
    assert "máy “An Phước máy 2”, lần ghi #2" in seen["void"] and "Bưu cục sẽ thấy" in seen["void"]
    detail = window.desk.roster.detail("NCC004")
    assert len(detail.payouts) == 1 and detail.reports == []
    assert window.desk.pay.payable("NCC005") is not None  # the other report still stands

    game.office.imports.files([game.export(0, "this.pdsync"), game.export(1, "sibling-again.pdsync")])
    conflicts = game.office.status.month(MONTH).conflicts
    assert [c.kind for c in conflicts] == ["report-overridden"]
    tab = ConflictsTab()  # the office's pane: both records, and who voided whose report and why
    qtbot.addWidget(tab)
    tab.show_conflicts(conflicts)
    shown = tab.records.text()
    assert "Báo cáo bị máy khác hủy" in shown and shown.count("• ") == 2
    assert "hủy báo cáo “đã mất” của máy “An Phước máy 2”" in shown
    assert "lý do: ông đến nhận tại điểm, còn khỏe" in shown


def test_a_revoked_laptops_report_is_shown_as_such_and_blocks_nothing(
    qtbot: QtBot, window: PointWindow, game: Round
) -> None:
    lost = game.devices[2]
    lost.records.report("NCC006", "deceased", day="2026-12-01", reported_by="không rõ")
    with qtbot.waitSignal(window.finished, timeout=30_000):
        window.import_peer_file(game.export(2, "lost.pdsync"))
    assert window.desk.pay.payable("NCC006") is not None
    game.office.devices.revoke(lost.ledger.device_id())
    game.office.lists.issue(MONTH, game.lists)
    with qtbot.waitSignal(window.finished, timeout=30_000):
        window.load_file(game.lists / "P01_2026-12.pdlist")
    assert window.desk.pay.payable("NCC006") is None
    window.refresh()
    window.select_code("NCC006")
    window._show_current()
    assert "báo cáo của máy đã ngừng sử dụng" in window.pane_text.text()
    assert window.pay_button.isEnabled()
