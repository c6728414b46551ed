"""Chuyển khoản → Nhập kết quả ngân hàng… in the office window (issue 17), offscreen with real widgets: the
dialog opens on the office's choice for failures, takes a result file in (a failure onto the cash list by
amendment), shows each line and the banks' state; a second time it says nothing changed; a bad file shows
the service's sentence and records nothing; the dashboard shows the transfers per bank."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pytestqt.qtbot import QtBot

from payout_desk.ui.office.bank_results import BankResultsDialog
from payout_desk.ui.office_window import OfficeWindow
from payout_desk.ui.qt import QAction
from tests.bank_results_kit import agribank_sent, answer, write_xlsx
from tests.roundkit import MONTH
from tests.ui.modal import check, when_modal


def test_the_results_dialog_takes_a_file_in_and_the_dashboard_shows_the_banks(
    qtbot: QtBot, tmp_path: Path
) -> None:
    office, xlsx = agribank_sent(tmp_path)
    lines = answer(xlsx, {"NCC007": "Tài khoản không tồn tại"})
    (tmp_path / "results").mkdir()
    good = write_xlsx(tmp_path / "results" / "kq.xlsx", lines)
    bad = write_xlsx(tmp_path / "bad.xlsx", [dataclasses.replace(lines[0], amount="2866000.5")])
    office.bank_results.set_failed_action("cash")
    window = OfficeWindow(office)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.month.setCurrentText(MONTH)
    window.refresh_now()
    assert window.dashboard.banks.isVisible() and window.dashboard.banks.model.rowCount() == 4
    (action,) = [a for a in window.findChildren(QAction) if a.text() == "Nhập kết quả ngân hàng…"]
    seen: dict[str, object] = {}

    def step(dialog: BankResultsDialog) -> None:
        size = dialog.sizeHint()
        assert size.width() <= 1280 and size.height() <= 720
        seen["choice"] = dialog.failed.currentData()
        seen["refused"] = dialog.take_in(bad)
        seen["problem"] = dialog.problem.text()
        report = dialog.take_in(good)
        seen["amendments"] = [a.path.parent for a in report.amendments] if report else None
        seen["rows"] = [dialog.lines.row_at(i).cells for i in range(dialog.lines.rowCount())]
        seen["summary"] = dialog.summary.text()
        seen["agribank"] = dialog.banks.model.row_at(0).cells
        dialog.take_in(good)
        seen["again"] = dialog.summary.text()
        seen["to_cash_enabled"] = dialog.to_cash_button.isEnabled()  # nothing left only listed
        dialog.accept()

    done = when_modal(BankResultsDialog, step)
    action.trigger()
    check(done)
    assert seen["choice"] == "cash" and seen["refused"] is None
    assert "has decimals" in str(seen["problem"]) or "phần thập phân" in str(seen["problem"])
    assert seen["amendments"] == [tmp_path / "results"]
    assert seen["rows"] == [
        ["4", "NCC002", "Võ Hữu Hải", "3.100.000 ₫", "Đã chuyển", ""],
        ["5", "NCC007", "Huỳnh Văn Bảy", "2.866.000 ₫", "Chuyển lỗi", "Tài khoản không tồn tại → danh sách tiền mặt"],
        ["6", "NCC008", "Huỳnh Thị Tám", "2.866.000 ₫", "Đã chuyển", ""],
    ]  # fmt: skip
    assert "2 người đã chuyển (5.966.000 ₫), 1 người lỗi" in str(seen["summary"])
    assert seen["agribank"][:6] == ["Agribank (970405)", "4", "11.698.000 ₫", "3", "2", "1"]  # type: ignore[index]
    assert "Không có gì thay đổi" in str(seen["again"]) and seen["to_cash_enabled"] is False
    assert window.dashboard.banks.model.row_at(0).cells[8] == "1"  # moved to the cash list
    office.close()


def test_failures_only_listed_go_on_the_cash_list_from_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    office, xlsx = agribank_sent(tmp_path)
    office.bank_results.import_file(
        write_xlsx(tmp_path / "kq.xlsx", answer(xlsx, {"NCC002": "Sai tên"})), MONTH
    )
    window = OfficeWindow(office)
    qtbot.addWidget(window)
    window.month.setCurrentText(MONTH)
    dialog = BankResultsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.to_cash_button.isEnabled()
    done = dialog.to_cash(tmp_path / "bt")
    assert done is not None and [c.code for c in done[0].changes] == ["NCC002"]
    assert "Đã báo tăng 1 người" in dialog.summary.text() and not dialog.to_cash_button.isEnabled()
    office.close()
