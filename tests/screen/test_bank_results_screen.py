"""Chuyển khoản → Nhập kết quả ngân hàng… on the real screen (issue 17), through the widgets only: the menu
opens the dialog (it fits), the clerk picks “Báo tăng vào danh sách chi tiền mặt của điểm” in the list with
the keyboard, clicks “Chọn file kết quả…”, types the file into Qt's file dialog and presses Enter; the lines
and the banks' state show, the failure has its báo tăng beside the file; the dashboard shows the banks after.
A screenshot at each step."""

from __future__ import annotations

from pathlib import Path

from payout_desk.ui.office.bank_results import BankResultsDialog
from payout_desk.ui.qt import QFileDialog, QWidget
from tests.bank_results_kit import agribank_sent, answer, write_xlsx
from tests.roundkit import MONTH
from tests.screen.conftest import open_office_window
from tests.screen.kit import Key, Screen, button


def test_the_clerk_takes_the_banks_results_in_and_a_failure_goes_on_the_cash_list(
    screen: Screen, tmp_path: Path
) -> None:
    desk, xlsx = agribank_sent(tmp_path)
    usb = tmp_path / "usb-ket-qua"
    usb.mkdir()
    result = write_xlsx(usb / "ket_qua_agribank.xlsx", answer(xlsx, {"NCC007": "Tài khoản không tồn tại"}))
    seen: dict[str, object] = {}
    try:
        window = open_office_window(screen, desk)
        screen.replace_text(window.month.lineEdit(), MONTH)

        def take_in(dialog: QWidget) -> None:
            assert isinstance(dialog, BankResultsDialog)
            screen.assert_fits(dialog)
            screen.click(dialog.failed)  # the list opens; Up twice reaches its first entry
            screen.press(Key.Key_Up)
            screen.press(Key.Key_Up)
            screen.press(Key.Key_Return)
            screen.qtbot.waitUntil(lambda: dialog.failed.currentData() == "cash", timeout=15_000)
            screen.shot("bank-results-choice")
            screen.when_modal(QFileDialog, lambda files: screen.choose_files(files, result))
            screen.click(button(dialog, "Chọn file kết quả"))
            screen.qtbot.waitUntil(lambda: dialog.last is not None, timeout=30_000)
            seen["rows"] = [dialog.lines.row_at(i).cells[4] for i in range(dialog.lines.rowCount())]
            seen["summary"] = dialog.summary.text()
            seen["banks"] = dialog.banks.isVisible() and dialog.banks.model.rowCount()
            screen.assert_fits(dialog)
            screen.shot("bank-results-taken-in")
            screen.dismiss(dialog)

        screen.when_modal(BankResultsDialog, take_in)
        screen.choose_menu(window, "Chuyển khoản", "Nhập kết quả ngân hàng…")
        screen.finish()
        assert seen["rows"] == ["Đã chuyển", "Chuyển lỗi", "Đã chuyển"]
        assert "2 người đã chuyển" in str(seen["summary"]) and "Báo tăng gửi điểm" in str(seen["summary"])
        assert seen["banks"] == 4
        assert list(usb.glob("P01_2026-12_*.pdamend"))
        screen.qtbot.waitUntil(window.dashboard.banks.isVisible, timeout=15_000)
        screen.shot("office-dashboard-banks")
    finally:
        desk.close()
