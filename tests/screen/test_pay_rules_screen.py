"""The pay window's refusals from the service on a real screen (1366×768, 1280×720): the list's proxy with
the ID-card tick, another proxy with everything missing — the window fits, stays open, and pays once
complete."""

from __future__ import annotations

import pytest

from payout_desk.ui.pay_dialog import PayDialog
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import QWidget
from tests.screen.kit import Key, Screen
from tests.screen.test_point_pay_flows import STROKE, find

pytestmark = [pytest.mark.devices(1), pytest.mark.clerks("Nguyễn Thị Lan", "Trần Văn Hùng")]


def test_the_list_proxy_is_paid_once_the_id_card_is_ticked(screen: Screen, point_window: PointWindow) -> None:
    window = point_window
    find(screen, window, "NCC003")
    said: list[str] = []

    def standing(dialog: QWidget) -> None:
        assert isinstance(dialog, PayDialog)
        screen.click(dialog.proxy_id)
        screen.type_text("086090000001")
        screen.draw(dialog.pad, STROKE)
        screen.click(dialog.confirm)  # refused by the service: the ID card not checked against the list
        said.append(dialog.problem.text())
        screen.assert_fits(dialog)
        screen.shot("standing-refused")
        screen.click(dialog.proxy_id_checked)
        screen.click(dialog.confirm)

    screen.when_modal(PayDialog, standing)
    screen.press(Key.Key_Return)
    screen.finish()
    assert "đối chiếu CCCD" in said[0]
    proxy = window.desk.roster.detail("NCC003").payouts[0].data["proxy"]
    assert proxy["id_checked"] is True and proxy["id_number"] == "086090000001"


def test_another_proxy_with_everything_missing_fits_and_says_it_all(
    screen: Screen, point_window: PointWindow
) -> None:
    window = point_window
    find(screen, window, "NCC004")
    said: list[str] = []

    def everything_missing(dialog: QWidget) -> None:
        assert isinstance(dialog, PayDialog)
        screen.click(dialog.other_button)
        screen.click(dialog.confirm)
        said.append(dialog.problem.text())
        screen.assert_fits(dialog)  # the long sentence wraps inside the window
        screen.shot("everything-missing")
        dialog.reject()

    screen.when_modal(PayDialog, everything_missing)
    screen.press(Key.Key_Return)
    screen.finish()
    assert "họ tên người nhận thay" in said[0] and "chữ ký hoặc điểm chỉ" in said[0]
    assert not window.desk.roster.detail("NCC004").payouts
