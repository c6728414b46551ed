"""The office's window, driven like the office would (offscreen Qt): import a register with errors, issue,
enrol, stop someone, take in several sync files at once, see and resolve a double payout, settle."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.ui.office.dashboard_tab import BAR_COLUMN, BEHIND_COLOUR, CONFLICT_COLOUR
from payout_desk.ui.office.register_tab import ERROR_COLOUR
from payout_desk.ui.office_window import OfficeWindow
from payout_desk.ui.qt import QDropEvent, QMimeData, QPointF, Qt, QUrl
from payout_desk.ui.rows_model import VALUE_ROLE
from tests.paykit import signed
from tests.roundkit import MONTH, Round, default_rows, passphrase, person_row, stroke_png, write_register

ON_THE_THIRD = date(2026, 12, 3)


def open_window(qtbot: QtBot, desk: OfficeDesk, today: date = ON_THE_THIRD) -> OfficeWindow:
    window = OfficeWindow(desk, today=today)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def settle(qtbot: QtBot, window: OfficeWindow) -> None:
    qtbot.waitUntil(lambda: not window.importing(), timeout=20_000)


def test_a_register_with_errors_imports_nothing_then_the_valid_rows_and_the_lists_go_out(
    qtbot: QtBot, tmp_path: Path
) -> None:
    desk = OfficeDesk(tmp_path / "office", passphrase=passphrase)
    desk.init_keys("office", "Bưu điện huyện Mang Thít")
    broken = person_row(13).replace("2789000,,2789000", "abc,,abc")
    register = write_register(tmp_path / "danh-sach.csv", [*default_rows(), broken])
    window = open_window(qtbot, desk)
    window.month.setCurrentText(MONTH)

    window.import_register(register)
    settle(qtbot, window)
    tab = window.register
    assert "CHƯA NHẬP GÌ" in tab.result.text()
    errors = [r for r in tab.issues.rows() if r.colour == ERROR_COLOUR]
    assert errors and errors[0].cells[:3] == ["15", "Trợ cấp hàng tháng", "Lỗi"]  # header: row 1
    tab.issue_view.clicked.emit(tab.issues.index(0, 0))
    assert tab.cell_title.text() == "Dòng 15 trong Excel:"
    cells = {r.cells[1]: (r.cells[0], r.cells[2], r.colour) for r in tab.cells.rows()}
    assert cells["Mã đối tượng"] == ("B", "NCC013", None)
    assert cells["Trợ cấp hàng tháng"] == ("J", "abc", ERROR_COLOUR)  # the cell at fault stands out
    assert window.dashboard.model.rowCount() == 0

    window.import_register(register, skip_invalid=True)
    settle(qtbot, window)
    assert "Đã nhập 13 người cho 2 điểm" in tab.result.text()
    window.issue_lists(tmp_path / "lists")
    settle(qtbot, window)
    assert (tmp_path / "lists" / "P01_2026-12.pdlist").exists() and (
        tmp_path / "lists" / "P02_2026-12.pdlist"
    ).exists()
    assert "Đã phát hành 2 danh sách" in window.last_message
    row = window.dashboard.model.rows()[0]
    assert row.cells[:2] == ["P01", "Điểm BĐVHX An Phước"] and row.cells[4] == "12"
    assert window.dashboard.model.rows()[1].cells[:2] == ["P02", "Bưu cục Mỹ An"]
    desk.close()


def test_enrol_checks_the_key_and_shows_the_fingerprint_then_a_stop_goes_out(
    qtbot: QtBot, game: Round, tmp_path: Path
) -> None:
    window = open_window(qtbot, game.office)
    devices = window.devices
    devices.public_key.setText("not a key")
    assert not devices.enrol_button.isEnabled() and "không hợp lệ" in devices.fingerprint.text()
    with PointDesk(tmp_path / "laptop3", passphrase=passphrase) as laptop:
        ident = laptop.init_keys("point", "An Phước máy 3")
        devices.public_key.setText(ident.public_key.b64)
        assert ident.fingerprint in devices.fingerprint.text() and devices.enrol_button.isEnabled()
        devices.device_name.setText("An Phước máy 3")
        devices.enrol_button.click()
    assert "Đã đăng ký máy “An Phước máy 3”" in window.last_message
    assert [r.cells[1] for r in devices.devices.rows()] == [
        "An Phước máy 1",
        "An Phước máy 2",
        "An Phước máy 3",
    ]

    devices.stop_code.setText("NCC004")
    window.stop(devices_stop(window), tmp_path / "amend")
    assert len(list((tmp_path / "amend").glob("*.pdamend"))) == 1
    figures = window.refresh_now()
    assert figures is not None and figures.points[0].figures.stopped_count == 1
    assert window.dashboard.model.rows()[0].cells[6] == "1"
    devices.stop_code.setText("NCC099")
    window.stop(devices_stop(window), tmp_path / "amend")
    assert window.last_message == f"Mã NCC099 không có trong danh sách của P01 tháng {MONTH}."


def devices_stop(window: OfficeWindow) -> object:
    """What the stop button would send: the form's fields as a Stop."""
    sent: list[object] = []
    window.devices.stop_wanted.disconnect()
    window.devices.stop_wanted.connect(sent.append)
    window.devices.stop_button.click()
    return sent[0]


def test_sync_files_dropped_together_show_the_double_payout_which_is_resolved_and_settled(
    qtbot: QtBot, game: Round, tmp_path: Path
) -> None:
    one, two = game.devices
    one.cash.receive(30_000_000)
    two.cash.receive(10_000_000)
    one.pay.record(signed("NCC001"))
    one.pay.record(signed("NCC002"))
    two.pay.record(signed("NCC001", at_home=True))  # the second laptop had not heard: paid twice
    folder = tmp_path / "usb"
    one.sync.export(folder / "may1.pdsync")
    two.sync.export(folder / "may2.pdsync")
    (folder / "notes.txt").write_text("not a sync file")
    window = open_window(qtbot, game.office, today=date(2026, 12, 6))
    assert window.dashboard.model.rows()[0].colour == BEHIND_COLOUR  # past the 5th, nobody paid

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.sync.drop.dropEvent(drop)
    settle(qtbot, window)
    outcomes = [(r.cells[0], r.cells[3]) for r in window.sync.outcomes.rows()]
    assert outcomes == [("may1.pdsync", "đã nhận"), ("may2.pdsync", "đã nhận")]
    assert "2 file đã nhận, 0 không có gì mới, 0 bị từ chối" in window.sync.summary.text()

    row = window.dashboard.model.rows()[0]
    assert row.colour == CONFLICT_COLOUR and row.cells[3] == "2" and row.cells[7] == "1"
    assert row.values[BAR_COLUMN] == (2, 0, 0, 10)
    assert window.dashboard.model.data(window.dashboard.model.index(0, BAR_COLUMN), VALUE_ROLE) == (
        2,
        0,
        0,
        10,
    )
    assert window.tabs.tabText(4) == "Sai lệch (1)"
    conflicts = window.conflicts
    [conflict] = conflicts.model.rows()
    assert (
        conflict.cells[1] == "Chi trùng"
        and conflict.cells[2] == "NCC001"
        and conflict.cells[4] == "chưa xử lý"
    )
    assert "An Phước máy 1" in conflicts.records.text() and "An Phước máy 2" in conflicts.records.text()
    assert "tại nhà" in conflicts.records.text()

    conflicts.note.setPlainText("Đã thu hồi lần chi thứ hai, biên bản số 12")
    conflicts.by.setText("Trần Văn Kế Toán")
    conflicts.resolve_button.click()
    [conflict] = conflicts.model.rows()
    assert conflict.cells[4] == "Đã thu hồi lần chi thứ hai, biên bản số 12 — Trần Văn Kế Toán"
    assert window.tabs.tabText(4) == "Sai lệch"

    window.import_sync_files([folder / "may1.pdsync"])
    settle(qtbot, window)
    assert [r.cells[3] for r in window.sync.outcomes.rows()] == ["không có gì mới"]

    out = tmp_path / "thanh-quyet-toan.xlsx"
    window.export_settlement(out)
    settle(qtbot, window)
    assert (
        zipfile.is_zipfile(out) and "Đã xuất" in window.last_message and "1 sai lệch" in window.last_message
    )


def test_a_bad_file_among_the_dropped_ones_is_refused_with_its_reason(
    qtbot: QtBot, game: Round, tmp_path: Path
) -> None:
    game.devices[0].pay.record(signed("NCC003"))
    good = game.export(0)
    bad = tmp_path / "hong.pdsync"
    bad.write_bytes(good.read_bytes()[:-40])
    window = open_window(qtbot, game.office)
    window.import_sync_files([bad, good])
    settle(qtbot, window)
    rows = window.sync.outcomes.rows()
    assert [r.cells[3] for r in rows] == ["TỪ CHỐI", "đã nhận"]
    assert rows[0].cells[5]  # the reason is shown
    assert window.dashboard.model.rows()[0].cells[3] == "1"


@pytest.mark.parametrize("text", ["2026-13", "tháng 12"])
def test_a_wrong_month_is_said_plainly(qtbot: QtBot, game: Round, text: str) -> None:
    window = open_window(qtbot, game.office)
    window.month.setCurrentText(text)
    assert window.last_message == "Tháng phải có dạng YYYY-MM, ví dụ 2026-12."


def test_the_papers_are_written_for_the_chosen_point_or_every_point(
    qtbot: QtBot, game: Round, tmp_path: Path
) -> None:
    game.devices[0].pay.record(PayoutRequest("NCC001", signature_png=stroke_png(1)))
    game.office.imports.files([game.export(0)])
    window = open_window(qtbot, game.office)
    for kind, pages_text in (
        ("danh-sach-ky-nhan", "DANH SÁCH KÝ NHẬN"),
        ("niem-yet", "NIÊM YẾT"),
        ("thanh-quyet-toan", "QUYẾT TOÁN"),
    ):
        out = tmp_path / f"{kind}.pdf"
        window.printer.write(window.paper(kind), out)
        qtbot.waitUntil(lambda: not window.printer.busy(), timeout=20_000)
        assert window.last_message.startswith(f"Đã ghi {out}: ")
        text = "".join(page.extract_text() for page in PdfReader(out).pages)
        assert pages_text in text.upper() and "P01" in text
    window.dashboard.table.selectRow(0)
    assert window.dashboard.selected_point() == "P01"
    window.month.setCurrentText("2027-01")
    window.printer.write(window.paper("niem-yet"), tmp_path / "none.pdf")
    qtbot.waitUntil(lambda: not window.printer.busy(), timeout=20_000)
    assert not (tmp_path / "none.pdf").exists() and "2027-01" in window.last_message


def test_a_lost_laptop_is_revoked_from_the_devices_tab(qtbot: QtBot, game: Round) -> None:
    window = open_window(qtbot, game.office)
    tab = window.devices
    sent: list[str] = []
    tab.revoke_wanted.disconnect()
    tab.revoke_wanted.connect(sent.append)
    tab.device_view.selectRow(0)
    tab.revoke_button.click()
    assert sent == [game.devices[0].ledger.device_id()]
    window.revoke(sent[0])
    assert window.last_message.startswith("Đã ngừng sử dụng máy “An Phước máy 1” của P01")
    assert tab.devices.rows()[0].cells[1] == "An Phước máy 1 (đã ngừng sử dụng)"
