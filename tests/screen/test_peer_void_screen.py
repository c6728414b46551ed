"""A sibling laptop reported a person deceased; on a real screen the clerk reads whose report it is,
presses "Hủy báo cáo này…", writes the reason, and the pay window opens: sign, confirm."""

from __future__ import annotations

import pytest

from payout_desk.ui.pay_dialog import PayDialog
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import QWidget
from payout_desk.ui.record_dialogs import RefusalDialog, VoidDialog
from tests.roundkit import Round
from tests.screen.kit import Key, Screen, button
from tests.screen.test_point_pay_flows import STROKE, find

pytestmark = [pytest.mark.devices(2), pytest.mark.clerks("Nguyễn Thị Lan", "Trần Văn Hùng")]


def test_a_siblings_death_report_is_voided_on_screen_and_the_person_paid(
    screen: Screen, point_window: PointWindow, game: Round
) -> None:
    window = point_window
    sibling = game.devices[1]
    sibling.records.report(
        "NCC006", "deceased", day="2026-12-01", reported_by="không rõ", staff="Trần Văn Hùng"
    )
    window.desk.sync.import_peer(game.export(1, "sibling.pdsync"))
    window.refresh()
    find(screen, window, "NCC006")

    def refused(dialog: QWidget) -> None:
        assert isinstance(dialog, RefusalDialog)
        screen.assert_fits(dialog)
        assert dialog.refusal.next_step == "void-sibling" and "An Phước máy 2" in dialog.next_label.text()
        screen.shot("refused-sibling-report")
        screen.click(button(dialog, "Hủy báo cáo này"))

    def void(dialog: QWidget) -> None:
        assert isinstance(dialog, VoidDialog)
        screen.assert_fits(dialog)
        screen.type_text("ông đến nhận tại điểm, còn khỏe")
        screen.shot("void-sibling-reason")
        screen.click(button(dialog, "Hủy báo cáo này"))

    def sign(dialog: QWidget) -> None:
        assert isinstance(dialog, PayDialog)
        screen.assert_fits(dialog)
        screen.draw(dialog.pad, STROKE)
        screen.shot("pay-after-void")
        screen.press(Key.Key_Return)

    screen.when_modal(RefusalDialog, refused)
    screen.when_modal(VoidDialog, void)
    screen.when_modal(PayDialog, sign)
    screen.click(window.search)
    screen.press(Key.Key_Return)
    screen.finish()
    detail = window.desk.roster.detail("NCC006")
    assert len(detail.payouts) == 1 and detail.reports == [] and "ĐÃ GHI" in window.last_message
    screen.shot("paid")
