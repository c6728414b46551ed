"""Chuyển khoản in the office window (issue 17), offscreen with real widgets: the menu opens the month's
batches per bank with the people left out and why; writing them into a folder marks them written, and a
second write is refused with the service's sentence, nothing written."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from payout_desk.ui.office.bank import BankBatchDialog
from payout_desk.ui.office_window import OfficeWindow
from payout_desk.ui.qt import QAction
from tests.bankkit import office_with_register
from tests.roundkit import MONTH
from tests.ui.modal import check, when_modal


def test_the_transfer_batches_dialog_shows_per_bank_writes_and_refuses_a_second_run(
    qtbot: QtBot, tmp_path: Path
) -> None:
    office, _ = office_with_register(tmp_path)
    window = OfficeWindow(office)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.month.setCurrentText(MONTH)
    (action,) = [a for a in window.findChildren(QAction) if a.text() == "Bảng kê chuyển khoản…"]
    seen: dict[str, object] = {}

    def step(dialog: BankBatchDialog) -> None:
        size = dialog.sizeHint()
        assert size.width() <= 1280 and size.height() <= 720
        seen["banks"] = [dialog.banks.row_at(i).cells for i in range(dialog.banks.rowCount())]
        seen["left"] = [dialog.left.row_at(i).cells for i in range(dialog.left.rowCount())]
        seen["summary"] = dialog.summary.text()
        dialog.write(tmp_path / "out")  # off the window's thread
        qtbot.waitUntil(lambda: dialog.last is not None, timeout=30_000)
        seen["written"] = len(dialog.last.batches)  # type: ignore[union-attr]
        seen["after"] = [dialog.banks.row_at(i).cells[3] for i in range(dialog.banks.rowCount())]
        seen["enabled"] = dialog.write_button.isEnabled()
        dialog.write(tmp_path / "two")
        qtbot.waitUntil(lambda: bool(dialog.problem.text()), timeout=30_000)
        seen["problem"] = dialog.problem.text()
        dialog.accept()

    done = when_modal(BankBatchDialog, step)
    action.trigger()
    check(done)
    assert seen["banks"] == [
        ["Agribank (970405)", "3", "8.832.000 ₫", "Chờ lập bảng kê"],
        ["BIDV (970418)", "1", "2.866.000 ₫", "Chờ lập bảng kê"],
        ["Vietcombank (970436)", "2", "4.866.000 ₫", "Chờ lập bảng kê"],
    ]
    left = seen["left"]
    assert [row[1] for row in left] == ["NCC004", "NCC005"]  # type: ignore[attr-defined]
    assert "Số tài khoản không dùng được: 12AB3456" in left[0][4]  # type: ignore[index]
    assert "8 người nhận qua tài khoản: 6 chờ lập bảng kê" in str(seen["summary"])
    assert seen["written"] == 3 and not seen["enabled"]
    assert all("Đã lập bảng kê số 1" in state for state in seen["after"])  # type: ignore[attr-defined]
    assert "không còn ai chờ chuyển khoản" in str(seen["problem"])
    assert not (tmp_path / "two").exists()
    assert "Đã lập 3 bảng kê chuyển khoản" in window.statusBar().currentMessage()
    window.close()
    office.close()


def test_at_an_office_with_clerks_the_window_prepares_the_batches_for_an_approver(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from tests.services.test_office_roles import PIN, staff_office

    office, _ = office_with_register(tmp_path)
    staff_office(office)
    office.clerks.sign_in("Tú", PIN)
    window = OfficeWindow(office)
    qtbot.addWidget(window)
    window.show()
    window.month.setCurrentText(MONTH)
    dialog = BankBatchDialog(window)
    qtbot.addWidget(dialog)
    dialog.write_button.click()  # no folder asked: the step waits for an approver
    [item] = office.approvals.items(MONTH)
    assert (item.kind, item.prepared_by) == ("bank", "Tú")
    assert f"Đã lập việc số {item.id}" in window.last_message
    assert office.bank.batches(MONTH) == []
    dialog.close()
    window.close()
    office.close()
