"""The clerk's window, driven like a clerk would (offscreen Qt): what they see after each step."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from payout_desk.services.point.pay import PayoutRequest
from payout_desk.ui.pay_dialog import PayDialog
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import QApplication, QEvent, QMouseEvent, QPointF, Qt, QTimer
from payout_desk.ui.roster_model import STATUS_COLOURS
from tests.paykit import signed
from tests.roundkit import MONTH, Round, give_cccd

pytestmark = [pytest.mark.devices(1), pytest.mark.clerks("Nguyễn Thị Lan", "Trần Văn Hùng", "Lan")]


@pytest.fixture
def window(qtbot: QtBot, game: Round) -> PointWindow:
    window = PointWindow(game.devices[0], "Nguyễn Thị Lan")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def draw(pad: object, points: list[tuple[float, float]]) -> None:
    """A stroke the way a mouse or touchpad draws it: press, moves with the button held, release."""
    widget = pad  # a SignaturePad
    buttons = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    first = QPointF(*points[0])
    QApplication.sendEvent(
        widget, QMouseEvent(QEvent.Type.MouseButtonPress, first, first, first, buttons, buttons, none)
    )
    for x, y in points[1:]:
        at = QPointF(x, y)
        QApplication.sendEvent(
            widget, QMouseEvent(QEvent.Type.MouseMove, at, at, at, Qt.MouseButton.NoButton, buttons, none)
        )
    last = QPointF(*points[-1])
    QApplication.sendEvent(
        widget,
        QMouseEvent(QEvent.Type.MouseButtonRelease, last, last, last, buttons, Qt.MouseButton.NoButton, none),
    )


def row_colour(window: PointWindow, code: str) -> str:
    row = window.model.row_of(code)
    assert row is not None
    brush = window.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
    return brush.color().name()


def test_search_without_accents_finds_and_selects(qtbot: QtBot, window: PointWindow) -> None:
    qtbot.keyClicks(window.search, "nguyen van khanh")
    assert window.visible_codes() == ["NCC005"]
    assert window.current_code() == "NCC005"
    qtbot.waitUntil(lambda: "Nguyễn Văn Khánh 5" in window.pane_text.text(), timeout=2_000)
    window.search.clear()
    assert len(window.visible_codes()) == 12
    window.mode.setCurrentIndex(2)  # home visits
    assert window.visible_codes() == ["NCC002"]


def test_pay_with_a_drawn_signature(qtbot: QtBot, window: PointWindow, game: Round) -> None:
    window.select_code("NCC001")
    dialog = PayDialog(window.desk.roster.detail("NCC001"), window.staff, check=window.desk.pay.check)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.confirm.click()  # the service's refusal, said in the dialog, the cursor on the pad
    assert dialog.request is None and "chữ ký hoặc điểm chỉ" in dialog.problem.text()
    assert dialog.focusWidget() is dialog.pad
    draw(dialog.pad, [(20, 60), (60, 40), (100, 80), (160, 50), (220, 70)])
    assert not dialog.pad.is_empty()
    dialog.confirm.click()
    assert dialog.request is not None and dialog.request.signature_png is not None
    assert dialog.request.signature_png.startswith(b"\x89PNG")
    done = window.pay(dialog.request)
    assert done is not None and done.amount == 2_790_000
    assert "ĐÃ GHI" in window.last_message and "2.790.000" in window.last_message
    assert row_colour(window, "NCC001") == STATUS_COLOURS["paid"].name()
    assert "Đã chi 1/12" in window.progress.text()


def test_the_standing_proxy_is_offered_first_and_another_proxy_needs_a_name_and_an_id(
    qtbot: QtBot, window: PointWindow
) -> None:
    dialog = PayDialog(window.desk.roster.detail("NCC003"), window.staff, check=window.desk.pay.check)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.standing_button.isChecked() and "Trần Văn Bảy" in dialog.standing_button.text()
    dialog.thumbprint.setChecked(True)
    dialog.confirm.click()  # the standing proxy shows an ID card too
    assert dialog.request is None and "CCCD của người nhận thay" in dialog.problem.text()
    dialog.other_button.setChecked(True)
    dialog.confirm.click()
    assert dialog.request is None and "người nhận thay" in dialog.problem.text()
    dialog.proxy_name.insert("Lê Thị Hồng")  # QTest types ASCII only; a Vietnamese IME commits text
    dialog.proxy_relation.insert("con dâu")
    qtbot.keyClicks(dialog.proxy_id, "086190000111")
    dialog.confirm.click()  # no written authorisation yet
    assert dialog.request is None and "giấy ủy quyền" in dialog.problem.text()
    assert dialog.focusWidget() is dialog.proxy_paper
    dialog.proxy_paper.insert("UQ 5/2026")
    dialog.confirm.click()
    assert dialog.request is not None and dialog.request.proxy is not None
    assert dialog.request.proxy.name == "Lê Thị Hồng" and dialog.request.thumbprint
    assert window.pay(dialog.request) is not None
    window.select_code("NCC003")
    assert "Lê Thị Hồng" in window.pane_text.text()


def test_a_second_payout_is_refused_with_who_paid(window: PointWindow) -> None:
    assert window.pay(signed("NCC004", staff="Nguyễn Thị Lan")) is not None
    assert window.pay(signed("NCC004", staff="Trần Văn Hùng")) is None
    assert "ĐÃ ĐƯỢC CHI" in window.last_message and "Nguyễn Thị Lan" in window.last_message
    assert "Đã chi 1/12" in window.progress.text()


def test_a_stopped_person_shows_why_and_cannot_be_paid(
    window: PointWindow, game: Round, tmp_path: Path
) -> None:
    report = game.office.amendments.amend(
        MONTH, "P01", tmp_path / "a", stop="NCC006", reason="deceased", day="2026-12-01"
    )
    game.devices[0].lists.load(report.path)
    window.refresh()
    window.select_code("NCC006")
    assert "KHÔNG CHI" in window.pane_text.text() and "01/12/2026" in window.pane_text.text()
    assert not window.pay_button.isEnabled()
    assert row_colour(window, "NCC006") == STATUS_COLOURS["stopped"].name()


def test_an_exception_in_two_clicks_and_a_void(window: PointWindow) -> None:
    window.select_code("NCC007")
    assert window.report_current("hospital") is not None
    assert row_colour(window, "NCC007") == STATUS_COLOURS["exception"].name()
    assert "Đang nằm viện" in window.pane_text.text()
    assert window.void_current("nhầm người") is not None
    window.select_code("NCC007")
    assert row_colour(window, "NCC007") == STATUS_COLOURS["unpaid"].name()


def test_a_qr_scan_typed_into_the_search_box_selects_the_person(
    qtbot: QtBot, window: PointWindow, game: Round
) -> None:
    cccd = "086190123456"
    give_cccd(game.devices[0], "NCC008", cccd)
    window.refresh()
    window.search.insert(
        f"{cccd}|215123456|Nguyễn Văn Nga 8|01011948|Nam|ấp 3, Xã An Phước|10082021"
    )  # a USB scanner types the whole payload
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.current_code() == "NCC008" and "NCC008" in window.qr_checked
    assert "khớp" in window.last_message
    window.search.insert("086999999999|215123456|Người Lạ|01011948|Nam|ấp 3|10082021")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert "không có trong danh sách" in window.last_message


def test_enter_opens_the_pay_dialog_for_the_selected_person(qtbot: QtBot, window: PointWindow) -> None:
    qtbot.keyClicks(window.search, "NCC009")

    def sign_and_confirm() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PayDialog)
        dialog.thumbprint.setChecked(True)
        dialog.confirm.click()

    QTimer.singleShot(50, sign_and_confirm)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert "ĐÃ GHI" in window.last_message
    assert window.desk.roster.progress().paid_count == 1


@pytest.mark.cash(0)
def test_day_close_with_a_difference_needs_a_reason(qtbot: QtBot, window: PointWindow) -> None:
    from payout_desk.ui.day_close import DayCloseDialog

    window.cash("receive", 10_000_000)
    window.pay(PayoutRequest("NCC001", staff="Lan", thumbprint=True))  # 2.790.000 paid → 7.210.000 on hand
    dialog = DayCloseDialog(window.desk.roster.progress().cash)
    qtbot.addWidget(dialog)
    dialog.counts[500_000].setValue(14)
    dialog.counts[200_000].setValue(1)  # 7.200.000: 10.000 short
    assert "CHÊNH LỆCH -10.000" in dialog.summary.text()
    dialog.close_button.click()
    assert dialog.result() != DayCloseDialog.DialogCode.Accepted and "lý do" in dialog.problem.text()
    dialog.counts[10_000].setValue(1)
    assert "khớp" in dialog.summary.text()
    dialog.counts[10_000].setValue(0)
    dialog.reason.setText("thiếu 10.000, đã báo trưởng bưu cục")
    dialog.close_button.click()
    assert dialog.result() == DayCloseDialog.DialogCode.Accepted
    closed = window.close_day(dialog.denominations(), dialog.reason.text())
    assert closed is not None and closed.difference == -10_000
    assert "chênh lệch -10.000" in window.last_message


def test_export_then_the_office_imports_it(
    qtbot: QtBot, window: PointWindow, game: Round, tmp_path: Path
) -> None:
    window.pay(PayoutRequest("NCC001", staff="Lan", thumbprint=True))
    window.select_code("NCC002")
    window.report_current("absent")
    with qtbot.waitSignal(window.finished, timeout=10_000) as finished:
        window.export_to(tmp_path / "out.pdsync")
    assert "Đã xuất 3 lần ghi (1 lần chi" in str(finished.args[0])  # and the cash the round gave (#1)
    result = game.office.imports.files([tmp_path / "out.pdsync"])
    assert [f.status for f in result.files] == ["imported"]
    status = game.office.status.month(MONTH)
    assert (status.points[0].figures.paid_count, status.points[0].figures.exceptions) == (1, {"absent": 1})


def test_an_amendment_loaded_from_the_window_stops_payment(
    qtbot: QtBot, window: PointWindow, game: Round, tmp_path: Path
) -> None:
    path = game.office.amendments.amend(
        MONTH, "P01", tmp_path / "a", stop="NCC010", reason="moved", day="2026-12-01"
    ).path
    with qtbot.waitSignal(window.finished, timeout=10_000) as finished:
        window.load_file(path)
    assert "1 thông báo mới" in str(finished.args[0])
    assert row_colour(window, "NCC010") == STATUS_COLOURS["stopped"].name()
    with qtbot.waitSignal(window.finished, timeout=10_000) as again:
        window.load_file(path)
    assert "đã nạp rồi" in str(again.args[0])
    broken = tmp_path / "broken.pdamend"
    broken.write_bytes(path.read_bytes()[:100])
    with qtbot.waitSignal(window.finished, timeout=10_000) as refused:
        window.load_file(broken)
    assert "File bị từ chối" in str(refused.args[0]) and "broken.pdamend" in str(refused.args[0])


def test_idle_lock_hides_the_list_and_unlocks_with_the_pin(qtbot: QtBot, window: PointWindow) -> None:
    from payout_desk.ui.staff import IdleWatch, StaffDialog

    assert window.desk.staff.check_pin("Nguyễn Thị Lan", "2468")  # roundkit.CLERK_PIN
    watch = IdleWatch(minutes=0.0005)  # 30 ms
    QApplication.instance().installEventFilter(watch)
    watch.idle.connect(window.lock)
    seen: dict[str, object] = {}

    def unlock() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StaffDialog)
        seen["hidden"] = not window.body.isVisible()
        dialog.reject()  # Escape does not dismiss a lock
        dialog.pin.setText("1111")
        dialog.ok.click()
        seen["wrong"] = dialog.problem.text()
        dialog.pin.setText("2468")
        dialog.ok.click()

    QTimer.singleShot(200, unlock)
    qtbot.waitUntil(lambda: "wrong" in seen, timeout=5_000)
    qtbot.waitUntil(lambda: not window.locked, timeout=5_000)
    QApplication.instance().removeEventFilter(watch)
    watch.timer.stop()
    assert seen["hidden"] is True and "không đúng" in str(seen["wrong"])
    assert window.body.isVisible() and window.staff == "Nguyễn Thị Lan"


@pytest.mark.clerks()
def test_the_first_staff_member_chooses_a_pin(qtbot: QtBot, game: Round) -> None:
    from payout_desk.ui.staff import StaffDialog

    dialog = StaffDialog(game.devices[0])
    qtbot.addWidget(dialog)
    dialog.name.setEditText("Trần  Văn Hùng")
    dialog.pin.setText("1357")
    dialog.new_pin.setText("1350")
    dialog.ok.click()
    assert "không giống" in dialog.problem.text() and dialog.staff is None
    dialog.new_pin.setText("1357")
    dialog.ok.click()
    assert dialog.staff == "Trần Văn Hùng"
    assert game.devices[0].staff.check_pin("Trần Văn Hùng", "1357")


def test_the_home_visit_route_groups_by_village(window: PointWindow, game: Round, tmp_path: Path) -> None:
    from payout_desk.ui.route import by_village

    rows = window.model.rows()
    visits = [r for r in rows if r.home_visit]
    assert [(v, [p.code for p in people]) for v, people in by_village(rows)] == [
        (visits[0].village, [visits[0].code])
    ]
    dialog = window.show_route()
    assert "1 người cần đến nhà, còn 1 người chưa chi" in dialog.summary.text()
    assert dialog.tree.topLevelItem(0).child(0).text(1) == "NCC002"
    dialog.close()


def test_the_bundled_font_is_used_when_the_system_font_lacks_vietnamese(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from payout_desk.ui import fonts
    from payout_desk.ui.qt import QFont, QFontDatabase

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    real = fonts.renders_vietnamese
    monkeypatch.setattr(fonts, "renders_vietnamese", lambda font: False)  # a system font without Vietnamese
    try:
        app.setFont(QFont("Sans Serif"))
        family = fonts.ensure_vietnamese_font(app)
        assert family in QFontDatabase.families() and "DejaVu Sans" in family
        assert app.font().family() == family and real(app.font())
        assert all(
            (folder / "fonts" / name).exists()
            for name in fonts.FONT_FILES
            for folder in fonts.resource_dirs()[1:]
        )
    finally:
        app.setFont(before)


def test_a_refused_file_is_explained_in_vietnamese(qtbot: QtBot, window: PointWindow, tmp_path: Path) -> None:
    junk = tmp_path / "junk.pdlist"
    junk.write_bytes(b"not a zip at all")
    with qtbot.waitSignal(window.finished, timeout=10_000) as refused:
        window.load_file(junk)
    assert str(refused.args[0]).startswith("File bị từ chối, không dùng được")


def test_the_receipt_and_the_signature_sheet_from_the_print_menu(
    qtbot: QtBot, window: PointWindow, tmp_path: Path
) -> None:
    window.desk.pay.record(PayoutRequest("NCC001", thumbprint=True))
    out = tmp_path / "bien-nhan.pdf"
    window.printer.write(window.receipt("NCC001"), out)
    qtbot.waitUntil(lambda: not window.printer.busy(), timeout=20_000)
    assert window.last_message.startswith(f"Đã ghi {out}: 1 trang")
    assert "NCC001" in PdfReader(out).pages[0].extract_text()
    window.printer.write(window.receipt("NCC002"), tmp_path / "unpaid.pdf")
    qtbot.waitUntil(lambda: not window.printer.busy(), timeout=20_000)
    assert not (tmp_path / "unpaid.pdf").exists() and "NCC002" in window.last_message
    sheet = tmp_path / "sheet.pdf"
    window.printer.write(window.desk.papers.signature_sheet, sheet)
    qtbot.waitUntil(lambda: not window.printer.busy(), timeout=20_000)
    assert "DANH SÁCH KÝ NHẬN" in PdfReader(sheet).pages[0].extract_text().upper()


def test_the_clerk_backs_the_data_up_to_a_usb_stick(
    qtbot: QtBot, window: PointWindow, tmp_path: Path
) -> None:
    window.desk.pay.record(signed("NCC001"))
    out = tmp_path / "usb" / "sao-luu.sqlite3"
    out.parent.mkdir()
    with qtbot.waitSignal(window.finished, timeout=10_000) as done:
        window.sync.backup_to(out)
    assert str(done.args[0]) == f"Đã sao lưu dữ liệu của máy vào {out}. Cất ở nơi an toàn."
    assert out.read_bytes().startswith(b"SQLite format 3\x00")
