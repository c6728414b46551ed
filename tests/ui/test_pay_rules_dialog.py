"""The pay window says the service's refusals (desk.pay.check, domain/payout_rules.py) — it holds no rule
of its own: the list's proxy is paid once the clerk ticks that their ID card was checked, another proxy once
the authorisation's number is given, nobody without a signature or a thumbprint."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.ui.pay_dialog import PayDialog
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import Qt
from tests.ui.modal import check, when_modal
from tests.ui.test_pay_flow import STROKE, enter, window
from tests.ui.test_point_window import draw

__all__ = ["window"]  # the fixture
pytestmark = [pytest.mark.devices(1), pytest.mark.clerks("Nguyễn Thị Lan", "Lan")]


def test_the_list_proxy_is_paid_once_the_clerk_ticks_the_id_check(qtbot: QtBot, window: PointWindow) -> None:
    dialog = PayDialog(window.desk.roster.detail("NCC003"), window.staff, check=window.desk.pay.check)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.proxy_id_checked.isVisible() and not dialog.proxy_paper.isVisible()
    qtbot.keyClicks(dialog.proxy_id, "086090000001")
    draw(dialog.pad, STROKE)
    dialog.confirm.click()
    assert dialog.request is None and "đối chiếu CCCD" in dialog.problem.text()
    assert dialog.focusWidget() is dialog.proxy_id_checked
    dialog.proxy_id_checked.setChecked(True)
    dialog.confirm.click()
    assert dialog.request is not None and window.pay(dialog.request) is not None
    proxy = window.desk.roster.detail("NCC003").payouts[0].data["proxy"]
    assert (proxy["name"], proxy["id_number"], proxy["standing"], proxy["id_checked"]) == (
        "Trần Văn Bảy", "086090000001", True, True
    )  # fmt: skip


def test_another_proxy_shows_the_authorisation_field_not_the_id_tick(
    qtbot: QtBot, window: PointWindow
) -> None:
    dialog = PayDialog(window.desk.roster.detail("NCC004"), window.staff, check=window.desk.pay.check)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.other_button.setChecked(True)
    assert dialog.proxy_paper.isVisible() and not dialog.proxy_id_checked.isVisible()
    dialog.proxy_name.insert("Lê Thị Hồng")
    qtbot.keyClicks(dialog.proxy_id, "0861")
    dialog.thumbprint.setChecked(True)
    dialog.confirm.click()  # everything missing in one sentence; the cursor where the first one goes
    text = dialog.problem.text()
    assert "CCCD (12 chữ số) hoặc CMND (9 chữ số)" in text and "giấy ủy quyền" in text and "--" not in text
    assert dialog.request is None and dialog.focusWidget() is dialog.proxy_id


def test_through_the_window_a_refusal_keeps_the_pay_window_open(qtbot: QtBot, window: PointWindow) -> None:
    qtbot.keyClicks(window.search, "NCC001")
    said: list[str] = []

    def unsigned_then_signed(dialog: PayDialog) -> None:
        enter(qtbot)  # Enter without a signature: the service's refusal, the window stays
        said.append(dialog.problem.text())
        assert dialog.isVisible() and dialog.request is None
        draw(dialog.pad, STROKE)
        dialog.confirm.click()

    seen = when_modal(PayDialog, unsigned_then_signed)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    check(seen)
    assert "chữ ký hoặc điểm chỉ" in said[0]
    assert window.desk.roster.detail("NCC001").payouts[0].data["signature"]
