"""The clerk's pay flow through the keys and buttons (offscreen): Enter · sign · Enter, the mismatched CCCD,
refusals before anyone signs, the void button, a death report, the cash form, the arrow keys."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.domain.ledger import Kind
from payout_desk.domain.money import format_vnd
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.ui.money_edit import CashDialog, MoneyEdit, group
from payout_desk.ui.pay_dialog import PayDialog
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import QApplication, QMessageBox, Qt, QWidget
from payout_desk.ui.record_dialogs import DeathDialog, RefusalDialog, VoidDialog
from tests import roundkit
from tests.roundkit import CLERK_PIN, Round
from tests.ui.modal import check, when_modal
from tests.ui.test_point_window import draw

pytestmark = [pytest.mark.devices(1), pytest.mark.clerks("Nguyễn Thị Lan", "Lan")]
STROKE = [(20, 60), (60, 40), (100, 80), (160, 50), (220, 70)]


@pytest.fixture
def window(qtbot: QtBot, game: Round) -> PointWindow:
    window = PointWindow(game.devices[0], "Nguyễn Thị Lan")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    return window


def enter(qtbot: QtBot, top: QWidget | None = None) -> None:
    """Enter on the widget that has the keyboard focus in `top` (the active dialog, by default) — as the
    clerk presses it. (Offscreen, a dialog is not made the active window, so ask it for its focus.)"""
    top = top or QApplication.activeModalWidget()
    focus = (top.focusWidget() or top) if top is not None else QApplication.focusWidget()
    assert focus is not None  # a dialog with no focused widget yet takes the key itself (its default button)
    qtbot.keyClick(focus, Qt.Key.Key_Return)


def give_cccd(window: PointWindow, code: str, cccd: str) -> None:
    roundkit.give_cccd(window.desk, code, cccd)
    window.refresh()


def test_an_ordinary_payout_is_enter_sign_enter_and_the_search_box_is_ready_again(
    qtbot: QtBot, window: PointWindow
) -> None:
    qtbot.keyClicks(window.search, "nguyen van binh 1")
    assert window.current_code() == "NCC001"

    def sign_and_press_enter(dialog: PayDialog) -> None:
        assert dialog.confirm.isDefault() and not dialog.clear_button.autoDefault()
        draw(dialog.pad, STROKE)
        enter(qtbot)  # Enter after signing confirms (it used to erase the signature)

    seen = when_modal(PayDialog, sign_and_press_enter)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # actions: Enter, sign, Enter
    check(seen)
    assert "ĐÃ GHI" in window.last_message and "2.790.000" in window.last_message
    assert window.search.text() == "" and window.focusWidget() is window.search
    payout = window.desk.roster.detail("NCC001").payouts[0]
    assert payout.data["signature"] is not None and "id_mismatch" not in payout.data


def test_a_mismatched_cccd_needs_an_override_with_a_reason_and_the_record_keeps_it(
    qtbot: QtBot, window: PointWindow
) -> None:
    give_cccd(window, "NCC002", "086190123456")
    qtbot.keyClicks(window.search, "NCC002")
    steps: dict[str, object] = {}

    def mismatch(dialog: PayDialog) -> None:
        qtbot.keyClicks(dialog.last_digits, "9999")
        steps["result"] = dialog.id_result.text()
        assert dialog.override.isVisible() and not dialog.override_reason.isEnabled()
        draw(dialog.pad, STROKE)
        enter(qtbot)  # refused: the digits differ and no override is given
        steps["refused"] = dialog.problem.text()
        assert dialog.isVisible() and dialog.request is None
        qtbot.mouseClick(dialog.override, Qt.MouseButton.LeftButton, pos=dialog.override.rect().center())
        dialog.override_reason.setFocus()
        dialog.override_reason.insert("CCCD mới cấp lại, đã xem giấy xác nhận của xã")
        enter(qtbot)

    seen = when_modal(PayDialog, mismatch)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    check(seen)
    assert "KHÔNG khớp" in str(steps["result"]) and "vẫn chi" in str(steps["refused"])
    payout = window.desk.roster.detail("NCC002").payouts[0]
    assert payout.data["id_mismatch"] == {
        "typed": "9999",
        "reason": "CCCD mới cấp lại, đã xem giấy xác nhận của xã",
    }


def test_matching_digits_pay_without_an_override(qtbot: QtBot, window: PointWindow) -> None:
    give_cccd(window, "NCC004", "086190123456")
    dialog = PayDialog(window.desk.roster.detail("NCC004"), window.staff)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.last_digits, "3456")
    assert "khớp" in dialog.id_result.text() and not dialog.override.isVisibleTo(dialog)
    dialog.thumbprint.setChecked(True)
    dialog.confirm.click()
    assert dialog.request is not None and dialog.request.id_digits == "3456"
    assert dialog.request.id_override == ""


def test_someone_already_paid_is_refused_before_anyone_signs(qtbot: QtBot, window: PointWindow) -> None:
    window.pay(PayoutRequest("NCC005", staff="Nguyễn Thị Lan", thumbprint=True))
    qtbot.keyClicks(window.search, "NCC005")
    seen_text: dict[str, str] = {}

    def read_and_close(dialog: RefusalDialog) -> None:
        assert QApplication.activeModalWidget() is dialog  # no pay window behind it
        seen_text["text"] = dialog.refusal.text.vi
        enter(qtbot)  # the only button: Đóng

    seen = when_modal(RefusalDialog, read_and_close)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    check(seen)
    assert "ĐÃ ĐƯỢC CHI" in seen_text["text"]
    assert len(window.desk.roster.detail("NCC005").payouts) == 1


def test_a_mistaken_death_report_is_voided_from_the_refusal_and_the_person_is_paid(
    qtbot: QtBot, window: PointWindow
) -> None:
    window.select_code("NCC006")
    window.report_current("deceased", day="2026-12-01", reported_by="hàng xóm")
    qtbot.keyClicks(window.search, "NCC006")

    def void_it(dialog: RefusalDialog) -> None:
        assert dialog.refusal.next_step == "void"
        enter(qtbot)  # the default button: Hủy lần báo nhầm…

    def give_reason(dialog: VoidDialog) -> None:
        enter(qtbot)  # no reason yet: refused
        assert dialog.isVisible() and "lý do" in dialog.problem.text()
        dialog.reason.insert("người nhà báo nhầm, ông vẫn khỏe")
        enter(qtbot)

    first, second = when_modal(RefusalDialog, void_it), when_modal(VoidDialog, give_reason)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    check(first)
    check(second)
    assert "Đã hủy lần ghi nhầm" in window.last_message
    assert window.desk.pay.payable("NCC006") is None

    seen = when_modal(PayDialog, lambda d: (draw(d.pad, STROKE), enter(qtbot)))
    window.select_code("NCC006")
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    check(seen)
    assert len(window.desk.roster.detail("NCC006").payouts) == 1


def test_the_void_button_voids_the_newest_step_with_a_reason(qtbot: QtBot, window: PointWindow) -> None:
    window.pay(PayoutRequest("NCC007", staff="Nguyễn Thị Lan", thumbprint=True))
    window.select_code("NCC007")
    assert window.void_button.isEnabled()

    def reason(dialog: VoidDialog) -> None:
        amount = format_vnd(window.desk.roster.detail("NCC007").row.total)
        assert amount in dialog.findChildren(type(window.heading))[0].text()
        dialog.reason.insert("bấm nhầm người")
        enter(qtbot)

    seen = when_modal(VoidDialog, reason)
    qtbot.mouseClick(window.void_button, Qt.MouseButton.LeftButton)
    check(seen)
    assert window.desk.roster.detail("NCC007").payouts == []
    voids = [e for e in window.desk.roster.detail("NCC007").reports if e.kind == Kind.VOID]
    assert voids == []  # a void is not a report: the person is simply unpaid again
    assert window.desk.pay.payable("NCC007") is None


def test_a_death_report_asks_the_date_and_who_brought_the_news(qtbot: QtBot, window: PointWindow) -> None:
    window.select_code("NCC008")
    menu = window.report_button.menu()
    deceased = next(a for a in menu.actions() if a.data() == "deceased")
    assert deceased.text() == "Đã mất"

    def fill(dialog: DeathDialog) -> None:
        enter(qtbot)  # nobody named: refused
        assert dialog.isVisible() and "báo tin" in dialog.problem.text()
        dialog.reported_by.insert("Nguyễn Văn Tư, con trai")
        enter(qtbot)

    seen = when_modal(DeathDialog, fill)
    deceased.trigger()
    check(seen)
    report = window.desk.roster.detail("NCC008").reports[0]
    assert report.data["report"] == "deceased" and report.data["reported_by"] == "Nguyễn Văn Tư, con trai"
    assert report.data["date"]


def test_escape_after_signing_asks_before_dropping_the_signature(qtbot: QtBot, window: PointWindow) -> None:
    dialog = PayDialog(window.desk.roster.detail("NCC009"), window.staff)
    qtbot.addWidget(dialog)
    dialog.show()
    draw(dialog.pad, STROKE)

    def stay(box: QMessageBox) -> None:
        qtbot.keyClick(box, Qt.Key.Key_Escape)  # the safe answer: back to the pay window

    seen = when_modal(QMessageBox, stay)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    check(seen)
    assert dialog.isVisible() and not dialog.pad.is_empty()

    def drop(box: QMessageBox) -> None:
        drop_button = next(b for b in box.buttons() if "Bỏ chữ ký" in b.text())
        drop_button.click()

    seen = when_modal(QMessageBox, drop)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    check(seen)
    assert not dialog.isVisible()


@pytest.mark.cash(0)
def test_the_cash_form_groups_the_amount_as_it_is_typed(qtbot: QtBot, window: PointWindow) -> None:
    assert group("50000000") == "50.000.000" and group("") == "" and group("007") == "7"
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "50000000")
    assert edit.text() == "50.000.000" and edit.amount() == 50_000_000
    edit.clear()
    qtbot.keyClicks(edit, "1.500.000")  # the dots a clerk types are taken, not dropped
    assert edit.text() == "1.500.000" and edit.amount() == 1_500_000

    def receive(dialog: CashDialog) -> None:
        qtbot.keyClicks(dialog.amount, "20000000")
        assert "20.000.000" in dialog.echo.text()
        enter(qtbot)

    seen = when_modal(CashDialog, receive)
    window._ask_cash("receive")
    check(seen)
    assert window.desk.roster.progress().cash.received == 20_000_000
    assert "20.000.000" in window.progress.text()


def test_the_arrow_keys_in_the_search_box_move_through_the_table(qtbot: QtBot, window: PointWindow) -> None:
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    first = window.current_code()
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    second = window.current_code()
    assert first and second and first != second and window.focusWidget() is window.search
    qtbot.keyClick(window.search, Qt.Key.Key_Up)
    assert window.current_code() == first


def test_the_table_shows_whole_codes(window: PointWindow) -> None:
    metrics = window.table.fontMetrics()
    widest = max(metrics.horizontalAdvance(code) for code in window.visible_codes())
    assert window.table.columnWidth(0) >= widest


def test_the_locked_screen_hides_the_cash_on_hand(window: PointWindow) -> None:
    window.statusBar().setVisible(True)
    seen: dict[str, bool] = {}

    def look(dialog: object) -> None:
        seen["status"] = window.statusBar().isVisible()
        seen["body"] = window.body.isVisible()
        dialog.pin.setText(CLERK_PIN)  # type: ignore[attr-defined]
        dialog.ok.click()  # type: ignore[attr-defined]

    from payout_desk.ui.staff import StaffDialog

    pending = when_modal(StaffDialog, look)
    window.lock()
    check(pending)
    assert seen == {"status": False, "body": False}
    assert window.statusBar().isVisible()


def test_with_nobody_chosen_no_button_does_nothing(qtbot: QtBot, window: PointWindow) -> None:
    assert window.current_row() is None
    assert not (window.pay_button.isEnabled() or window.void_button.isEnabled())
    assert not window.report_button.isEnabled()
    window.select_code("NCC001")
    assert window.pay_button.isEnabled() and window.report_button.isEnabled()
    assert not window.void_button.isEnabled()  # nothing recorded for NCC001 yet
