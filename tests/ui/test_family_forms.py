"""Issue 15's window actions (offscreen Qt): the devices tab's one-off payment and transfer forms sign
their amendments; the point's pay window shows the family line and pays only the named relative."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.ui.office.family import PaymentForm, TransferForm
from payout_desk.ui.office_window import OfficeWindow
from payout_desk.ui.pay_dialog import STANDING, PayDialog
from payout_desk.ui.qt import QLabel
from tests.roundkit import MONTH, Round


def office_window(qtbot: QtBot, game: Round) -> OfficeWindow:
    window = OfficeWindow(game.office)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.month.setCurrentText(MONTH)
    return window


def caught(signal: Any) -> list[Any]:
    """What the form emits, instead of the folder dialog the window would open."""
    seen: list[Any] = []
    signal.disconnect()
    signal.connect(seen.append)
    return seen


@pytest.mark.devices(1)
def test_the_payment_form_signs_and_the_pay_window_shows_the_relative(
    qtbot: QtBot, game: Round, tmp_path: Path
) -> None:
    device = game.devices[0]
    device.records.report("NCC002", "deceased", day="2026-12-01", reported_by="trưởng ấp", staff="Lan")
    game.office.imports.files([game.export(0, "death.pdsync")])
    window = office_window(qtbot, game)
    family = window.devices.family
    assert family.pay_point.count() >= 2 and family.pay_point.currentData() == "P01"
    seen = caught(family.payment_wanted)
    family.pay_code.setText("NCC002")
    family.pay_kind.setCurrentIndex(family.pay_kind.findData("funeral"))
    qtbot.keyClicks(family.pay_amount, "18000000")
    assert family.pay_amount.text() == "18.000.000"
    family.recipient_name.setText("Lê Thị Hai")
    family.recipient_id.setText("079123456789")
    family.relation.setText("vợ")
    family.pay_reason.setText("QĐ 12/QĐ-LĐTBXH")
    family.pay_button.click()
    (form,) = seen
    assert isinstance(form, PaymentForm) and form.order.amount == 18_000_000 and form.order.kind == "funeral"
    report = window.family_actions.payment(form, tmp_path / "amend")
    assert report is not None and report.changes[0].code == "NCC002#1"
    assert "Mai táng phí" in family.result.text() and "NCC002#1" in family.result.text()
    again = window.family_actions.payment(form, tmp_path / "amend")  # the same payment twice: refused, said
    assert again is None

    device.lists.load(report.path)
    dialog = PayDialog(device.roster.detail("NCC002#1"), "Lan")
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Mai táng phí — người nhận: Lê Thị Hai (vợ)" in texts
    assert dialog.recipient.checkedId() == STANDING
    assert not dialog.self_button.isEnabled() and not dialog.other_button.isEnabled()


@pytest.mark.devices(1)
def test_the_transfer_form_signs_both_amendments(qtbot: QtBot, game: Round, tmp_path: Path) -> None:
    window = office_window(qtbot, game)
    family = window.devices.family
    seen = caught(family.transfer_wanted)
    family.move_code.setText("NCC005")
    family.move_to.setCurrentIndex(family.move_to.findData("P02"))
    family.move_button.click()
    (form,) = seen
    assert form == TransferForm("NCC005", "P02")
    done = window.family_actions.transfer(form, tmp_path / "move")
    assert done is not None and (done.stop.point_code, done.add.point_code) == ("P01", "P02")
    assert "P01" in family.result.text() and "P02" in family.result.text()
    assert window.family_actions.transfer(form, tmp_path / "move") is None  # moved already
