"""The closing bar's carry (issue 15), offscreen: someone already paid in the later month is not carried,
and the message tells the office to carry their arrears to the month after."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.services.point.pay import PayoutRequest
from payout_desk.ui import dialogs
from tests.roundkit import Round, next_month
from tests.services.test_closing import DECEMBER, JANUARY, december
from tests.ui.test_closing_window import open_window


@pytest.mark.devices(1)
def test_someone_paid_in_the_later_month_is_left_for_the_month_after(
    qtbot: QtBot, game: Round, monkeypatch: pytest.MonkeyPatch
) -> None:
    december(game)  # NCC005 absent in December: unpaid
    next_month(game, JANUARY)
    game.devices[0].pay.record(PayoutRequest("NCC005", thumbprint=True, staff="Lan"))  # January's, paid
    game.office.imports.files([game.export(0, "jan.pdsync")])
    game.office.closing.close(DECEMBER)
    window = open_window(qtbot, game)
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    window.closing.carry_button.click()
    assert window.last_message.startswith("Đã chuyển truy lĩnh tháng 2026-12 sang tháng 2027-01: 9 người")
    assert (
        "1 người đã nhận tiền tháng 2027-01: hãy chuyển truy lĩnh tháng 2026-12 của họ sang tháng kế tiếp."
        in window.last_message
    )
