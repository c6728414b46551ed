"""Cash in the windows (issue 16, items 2 and 3), offscreen with real widgets: the point's refusal when the
cash on hand is short leads to the cash form, then to the pay window; the office's Tiền mặt form records an
issue, answers a bad amount with the service's sentence, voids with a reason, and shows each point's days
with their flags; the dashboard names the flagged points."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.services.point.pay import PayoutRequest
from payout_desk.ui.money_edit import CashDialog
from payout_desk.ui.office.cash import OfficeCashDialog
from payout_desk.ui.pay_dialog import PayDialog
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import QAction, Qt
from payout_desk.ui.record_dialogs import RefusalDialog
from tests.roundkit import MONTH, Round
from tests.ui.modal import check, when_modal
from tests.ui.test_family_forms import office_window
from tests.ui.test_pay_flow import STROKE, enter
from tests.ui.test_point_window import draw


@pytest.mark.devices(1)
@pytest.mark.clerks("Nguyễn Thị Lan", "Lan")
@pytest.mark.cash(0)
def test_a_payout_without_cash_leads_to_the_cash_form_then_to_the_pay_window(
    qtbot: QtBot, game: Round
) -> None:
    window = PointWindow(game.devices[0], "Nguyễn Thị Lan")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    seen_text: dict[str, str] = {}

    def receive_first(dialog: RefusalDialog) -> None:
        assert dialog.refusal.next_step == "cash"
        seen_text["text"] = dialog.refusal.text.vi
        seen_text["next"] = dialog.refusal.next_text.vi
        enter(qtbot)  # the default button: Nhận tiền từ bưu cục…

    def amount(dialog: CashDialog) -> None:
        qtbot.keyClicks(dialog.amount, "5000000")
        enter(qtbot)

    first, second = when_modal(RefusalDialog, receive_first), when_modal(CashDialog, amount)
    third = when_modal(PayDialog, lambda d: (draw(d.pad, STROKE), enter(qtbot)))
    qtbot.keyClicks(window.search, "NCC001")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    check(first)
    check(second)
    check(third)
    assert "Không đủ tiền mặt" in seen_text["text"] and "Ghi nhận tiền nhận từ bưu cục" in seen_text["next"]
    assert len(window.desk.roster.detail("NCC001").payouts) == 1
    assert window.desk.cash.on_hand() == 5_000_000 - 2_790_000


@pytest.mark.devices(1)
def test_the_office_cash_form_issues_refuses_voids_and_shows_the_days(qtbot: QtBot, game: Round) -> None:
    device = game.devices[0]
    device.pay.record(PayoutRequest("NCC001", thumbprint=True))  # paid, never counted: flagged
    game.office.imports.files([game.export(0)])
    window = office_window(qtbot, game)
    assert window.cash_flags.isVisibleTo(window) and "P01" in window.cash_flags.text()
    (action,) = [a for a in window.findChildren(QAction) if a.text() == "Xuất tiền, tiền mặt các điểm…"]
    seen: dict[str, object] = {}

    def step(dialog: OfficeCashDialog) -> None:
        size = dialog.sizeHint()
        assert size.width() <= 1366 and size.height() <= 768
        dialog.point.setCurrentIndex(dialog.point.findData("P01"))
        qtbot.keyClicks(dialog.amount, "99999999999")  # over the bound: the service's sentence
        dialog.issue_button.click()
        seen["refused"] = dialog.problem.text()
        seen["after_refusal"] = game.office.cash.month(MONTH)
        dialog.amount.clear()
        qtbot.keyClicks(dialog.amount, "1000000000")
        dialog.by.setText("Thủ quỹ Hạnh")
        dialog.issue_button.click()
        seen["issues"] = dialog.issue_rows.rowCount()
        seen["days"] = [dialog.day_rows.row_at(i).cells for i in range(dialog.day_rows.rowCount())]
        seen["summary"] = dialog.summary.text()
        made = game.office.cash.month(MONTH)[0]
        dialog.void(made.id, "ghi nhầm")
        seen["voided"] = dialog.issue_rows.row_at(0).cells[-1]
        dialog.accept()

    done = when_modal(OfficeCashDialog, step)
    action.trigger()
    check(done)
    assert "5.000.000.000" in str(seen["refused"]) and seen["after_refusal"] == []
    assert seen["issues"] == 1
    [day] = seen["days"]  # type: ignore[misc]
    assert day[0] == "P01" and day[2] == "An Phước máy 1" and "chưa kiểm đếm" in day[-1]
    assert "bưu cục xuất 1.000.000.000" in str(seen["summary"])
    assert "ghi nhầm" in str(seen["voided"])
    [issue] = game.office.cash.month(MONTH)
    assert issue.issued_by == "Thủ quỹ Hạnh" and issue.void_reason == "ghi nhầm"
