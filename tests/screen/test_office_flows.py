"""The office's work on the laptop's screen, through the widgets only (buttons, keys, file dialogs typed into
as a clerk does): a register with errors, then its valid rows, the lists issued into a folder, a laptop
enrolled from its pasted key, two laptops' sync files taken in, the double payout resolved with a note, the
settlement exported. A screenshot after each step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk
from payout_desk.ui.app import show_main_window
from payout_desk.ui.office.register_tab import ERROR_COLOUR
from payout_desk.ui.office_window import OfficeWindow
from payout_desk.ui.qt import QFileDialog, QWidget
from tests.paykit import signed
from tests.roundkit import MONTH, Round, default_rows, passphrase, person_row, write_register
from tests.screen.kit import Screen

SLOW_MS = 30_000  # an import or a settlement off the window's thread, on a shared 2-core machine


def settle(screen: Screen, window: OfficeWindow) -> None:
    screen.qtbot.waitUntil(lambda: not window.importing(), timeout=SLOW_MS)


def choose(screen: Screen, *paths: Path) -> None:
    """Answer the next file dialog with these paths (schedule it before the click that opens it)."""

    def act(dialog: QWidget) -> None:
        screen.choose_files(dialog, *paths)

    screen.when_modal(QFileDialog, act)


def test_a_register_with_errors_then_its_valid_rows_then_the_lists_go_out(
    screen: Screen, tmp_path: Path
) -> None:
    desk = OfficeDesk(tmp_path / "office", passphrase=passphrase)
    desk.init_keys("office", "Bưu điện huyện Mang Thít")
    broken = person_row(13).replace("2789000,,2789000", "abc,,abc")
    register = write_register(tmp_path / "danh-sach.csv", [*default_rows(), broken])
    try:
        window = OfficeWindow(desk, today=date(2026, 11, 28))
        screen.qtbot.addWidget(window)
        show_main_window(window)
        screen.show(window)
        screen.replace_text(window.month.lineEdit(), MONTH)
        assert window.month_text() == MONTH
        screen.click_tab(window.tabs, "Danh sách và phát hành")
        tab = window.register
        screen.shot("register-tab")

        choose(screen, register)
        screen.click(tab.import_button)
        screen.finish()
        settle(screen, window)
        assert "CHƯA NHẬP GÌ" in tab.result.text()
        errors = [i for i, r in enumerate(tab.issues.rows()) if r.colour == ERROR_COLOUR]
        assert errors
        screen.shot("errors-nothing-imported")
        screen.click_row(tab.issue_view, errors[0])
        assert tab.cell_title.text() == "Dòng 15 trong Excel:"
        cells = {r.cells[1]: (r.cells[2], r.colour) for r in tab.cells.rows()}
        assert cells["Trợ cấp hàng tháng"] == ("abc", ERROR_COLOUR)
        screen.assert_fits(window)
        screen.shot("the-row-s-cells")

        screen.click(tab.skip_invalid)
        assert tab.skip_invalid.isChecked()
        choose(screen, register)
        screen.click(tab.import_button)
        screen.finish()
        settle(screen, window)
        assert "Đã nhập 13 người cho 2 điểm" in tab.result.text()
        screen.shot("valid-rows-imported")

        lists = tmp_path / "usb-lists"
        lists.mkdir()
        choose(screen, lists)
        screen.click(tab.issue_button)
        screen.finish()
        settle(screen, window)
        assert sorted(p.name for p in lists.glob("*.pdlist")) == ["P01_2026-12.pdlist", "P02_2026-12.pdlist"]
        assert "Đã phát hành 2 danh sách" in window.last_message
        screen.assert_fits(window)
        screen.shot("lists-issued")
    finally:
        desk.close()


def test_a_laptop_is_enrolled_from_its_pasted_key(
    screen: Screen, office_window: OfficeWindow, tmp_path: Path
) -> None:
    window = office_window
    screen.click_tab(window.tabs, "Máy")
    devices = window.devices
    with PointDesk(tmp_path / "laptop3", passphrase=passphrase) as laptop:
        ident = laptop.init_keys("point", "An Phước máy 3")
    screen.click(devices.public_key)
    screen.paste("not a key")
    assert not devices.enrol_button.isEnabled() and "không hợp lệ" in devices.fingerprint.text()
    screen.shot("a-wrong-key")
    screen.replace_text(devices.public_key, "")
    screen.paste(ident.public_key.b64)
    assert ident.fingerprint in devices.fingerprint.text()
    screen.click(devices.device_name)
    screen.type_text("An Phước máy 3")
    screen.assert_fits(window)
    screen.shot("key-pasted-fingerprint-shown")
    screen.click(devices.enrol_button)
    assert "An Phước máy 3" in window.last_message and "P01" in window.last_message
    assert [r.cells[1] for r in devices.devices.rows()][-1] == "An Phước máy 3"
    screen.shot("enrolled")


def test_two_laptops_sync_files_a_double_payout_resolved_and_the_settlement(
    screen: Screen, game: Round, tmp_path: Path
) -> None:
    one, two = game.devices
    one.cash.receive(30_000_000)
    two.cash.receive(10_000_000)
    one.pay.record(signed("NCC001"))
    one.pay.record(signed("NCC002"))
    two.pay.record(signed("NCC001", at_home=True))  # the second laptop had not heard: paid twice
    usb = tmp_path / "usb"
    first, second = one.sync.export(usb / "may1.pdsync").path, two.sync.export(usb / "may2.pdsync").path
    window = OfficeWindow(game.office, today=date(2026, 12, 6))
    screen.qtbot.addWidget(window)
    show_main_window(window)
    screen.show(window)
    screen.click_tab(window.tabs, "Nhận file đồng bộ")
    screen.shot("sync-tab")

    choose(screen, first, second)
    screen.click(window.sync.choose)
    screen.finish()
    settle(screen, window)
    assert [(r.cells[0], r.cells[3]) for r in window.sync.outcomes.rows()] == [
        ("may1.pdsync", "đã nhận"),
        ("may2.pdsync", "đã nhận"),
    ]
    screen.assert_fits(window)
    screen.shot("two-files-taken-in")

    screen.click_tab(window.tabs, "Sai lệch")
    conflicts = window.conflicts
    [conflict] = conflicts.model.rows()
    assert conflict.cells[1] == "Chi trùng" and conflict.cells[2] == "NCC001"
    screen.click_row(conflicts.view, 0)
    assert "An Phước máy 1" in conflicts.records.text() and "An Phước máy 2" in conflicts.records.text()
    screen.click(conflicts.note)
    screen.type_text("Đã thu hồi lần chi thứ hai, biên bản số 12")
    screen.click(conflicts.by)
    screen.type_text("Trần Văn Kế Toán")
    screen.assert_fits(window)
    screen.shot("double-payout-with-a-note")
    screen.click(conflicts.resolve_button)
    [conflict] = conflicts.model.rows()
    assert conflict.cells[4] == "Đã thu hồi lần chi thứ hai, biên bản số 12 — Trần Văn Kế Toán"
    screen.shot("resolved")

    out = tmp_path / "ke-toan" / f"thanh-quyet-toan-{MONTH}.xlsx"
    out.parent.mkdir()
    choose(screen, out)
    screen.click(window.settle_button)
    screen.finish()
    settle(screen, window)
    screen.qtbot.waitUntil(lambda: "Đã xuất" in window.last_message, timeout=SLOW_MS)
    assert out.exists() and "1 sai lệch" in window.last_message
    screen.shot("settlement-exported")
