"""Chuyển khoản on the laptop's screen (issue 17), through the widgets only: the menu opens the month's
batches per bank (it fits), the clerk clicks “Lập bảng kê vào thư mục…”, types the folder into Qt's folder
dialog and presses Enter; the batches are written and the dialog shows them written. A screenshot at each
step."""

from __future__ import annotations

from pathlib import Path

from payout_desk.ui.office.bank import BankBatchDialog
from payout_desk.ui.qt import QFileDialog, QWidget
from tests.bankkit import AGRIBANK, office_with_register
from tests.roundkit import MONTH
from tests.screen.conftest import open_office_window
from tests.screen.kit import Screen, button


def test_the_clerk_writes_the_months_bank_batches_into_a_folder(screen: Screen, tmp_path: Path) -> None:
    desk, _ = office_with_register(tmp_path)
    folder = tmp_path / "usb-ngan-hang"
    folder.mkdir()
    seen: dict[str, object] = {}
    try:
        window = open_office_window(screen, desk)
        screen.replace_text(window.month.lineEdit(), MONTH)

        def write(dialog: QWidget) -> None:
            assert isinstance(dialog, BankBatchDialog)
            screen.assert_fits(dialog)
            seen["before"] = [dialog.banks.row_at(i).cells[3] for i in range(dialog.banks.rowCount())]
            screen.shot("bank-batches")
            screen.when_modal(QFileDialog, lambda files: screen.choose_files(files, folder))
            screen.click(button(dialog, "Lập bảng kê vào thư mục"))
            screen.qtbot.waitUntil(lambda: dialog.last is not None, timeout=30_000)
            seen["after"] = [dialog.banks.row_at(i).cells[3] for i in range(dialog.banks.rowCount())]
            seen["enabled"] = dialog.write_button.isEnabled()
            screen.assert_fits(dialog)
            screen.shot("bank-batches-written")
            screen.dismiss(dialog)

        screen.when_modal(BankBatchDialog, write)
        screen.choose_menu(window, "Chuyển khoản", "Bảng kê chuyển khoản…")
        screen.finish()
        assert seen["before"] == ["Chờ lập bảng kê"] * 3
        assert all(str(state).startswith("Đã lập bảng kê số 1") for state in seen["after"])  # type: ignore[attr-defined]
        assert seen["enabled"] is False
        assert len(list(folder.glob("*.manifest.json"))) == 3 and list(folder.glob(f"*{AGRIBANK}*.xlsx"))
        assert all(c.ok for c in desk.bank.verify(folder))
        screen.shot("office-after-batches")
    finally:
        desk.close()
