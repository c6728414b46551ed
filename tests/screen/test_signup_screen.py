"""Issue 17's sign-ups on a real screen, through the real keys and buttons only: at the point, the sign-up
dialog from the person's pane (it fits; Enter with something missing says why and keeps the signature; a
VietQR code scanned into its field with Enter fills bank and account and records nothing; Enter records), a
second sign-up that needs a reason, a holder who is not the person confirmed with a thumbprint; at the
office, the month's sign-ups written from the In giấy tờ menu and read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from payout_desk.domain.vietqr import build_vietqr
from payout_desk.services.point.signups import SignupRequest
from payout_desk.ui.office_window import OfficeWindow
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import QApplication, QFileDialog, QWidget
from payout_desk.ui.signup_dialog import SignupDialog
from tests.roundkit import MONTH, Round
from tests.screen.kit import Key, Screen

pytestmark = [pytest.mark.devices(1), pytest.mark.clerks("Nguyễn Thị Lan", "Trần Văn Hùng")]
STROKE = [(30, 90), (70, 50), (110, 110), (170, 60), (230, 100), (280, 70)]
QR = build_vietqr("970405", "0123456789012")


def open_signup(screen: Screen, window: PointWindow, name: str, act) -> None:  # type: ignore[no-untyped-def]
    screen.click(window.search)
    screen.type_text(name)
    screen.when_modal(SignupDialog, act)
    screen.click(window.signup_button)
    screen.finish()


def test_a_sign_up_through_the_dialog(screen: Screen, point_window: PointWindow) -> None:
    window = point_window
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, SignupDialog)
        screen.assert_fits(dialog)
        assert QApplication.focusWidget() is dialog.bank  # typing searches the banks
        assert dialog.holder.text() == "NGUYEN VAN BINH 1" and dialog.confirm.isDefault()
        screen.shot("sign-up-window")
        screen.click(dialog.account)
        screen.type_text("0123 4567 89012")
        screen.click(dialog.account_again)
        screen.type_text("0123456789012")
        screen.draw(dialog.sign.pad, STROKE)
        screen.press(Key.Key_Return)  # no bank yet: said, the signature kept
        seen["refusal"] = dialog.problem.text()
        assert dialog.isVisible() and not dialog.sign.pad.is_empty()
        screen.shot("refused-bank-missing-signature-kept")
        screen.click(dialog.qr)
        screen.type_text(QR)
        screen.press(Key.Key_Return)  # the scanner's Enter: reads the code, records nothing
        assert dialog.isVisible() and dialog.bank.currentText().startswith("Agribank — 970405")
        assert dialog.account.text() == "0123456789012" and dialog.problem.text() == ""
        assert QApplication.focusWidget() is dialog.phone
        screen.type_text("0912 345 678")
        screen.shot("code-read")
        screen.press(Key.Key_Return)  # records

    open_signup(screen, window, "nguyen van binh 1", fill)
    assert seen["refusal"] == "Chọn ngân hàng."
    done = window.desk.signups.of("NCC001")
    assert done is not None and (done.bank_bin, done.account, done.phone) == (
        "970405",
        "0123456789012",
        "0912345678",
    )
    assert done.staff == "Nguyễn Thị Lan" and "•••••••••9012" in window.last_message
    assert "0123456789012" not in window.pane_text.text() and "9012" in window.pane_text.text()
    screen.shot("recorded")

    def again(dialog: QWidget) -> None:
        assert isinstance(dialog, SignupDialog)
        screen.assert_fits(dialog)
        screen.click(dialog.bank.lineEdit())
        screen.type_text("970436")  # the BIN, or any part of a name: the matching banks pop up
        popup = dialog.bank.completer().popup()
        screen.qtbot.waitUntil(popup.isVisible, timeout=5_000)
        screen.shot("banks-found")
        for key in (Key.Key_Down, Key.Key_Return):  # while it is open, the keys go to the popup
            screen.qtbot.keyClick(popup, key)
        assert dialog.isVisible() and dialog.bank.currentText().startswith("Vietcombank — 970436")
        screen.click(dialog.account)
        screen.type_text("0071000123456")
        screen.click(dialog.account_again)
        screen.type_text("0071000123456")
        screen.replace_text(dialog.holder, "Lê Thị Hai")
        assert dialog.holder_confirmed.isVisible()
        screen.click(dialog.sign.thumbprint)
        screen.click(dialog.phone)
        screen.press(Key.Key_Return)
        assert "xác nhận" in dialog.problem.text()  # the holder is not the person
        screen.shot("holder-not-confirmed")
        screen.click(dialog.holder_confirmed)
        screen.click(dialog.phone)
        screen.press(Key.Key_Return)
        assert "lý do" in dialog.problem.text()  # a second sign-up this month
        screen.click(dialog.reason)
        screen.type_text("Chuyển sang tài khoản của vợ")
        screen.shot("reason-given")
        screen.press(Key.Key_Return)

    open_signup(screen, window, "nguyen van binh 1", again)
    second = window.desk.signups.of("NCC001")
    assert second is not None and second.holder == "LE THI HAI" and second.holder_mismatch
    assert second.replaces == done.signup_id and "tài khoản của vợ" in second.reason
    screen.shot("replaced")


def test_the_offices_list_from_the_papers_menu(screen: Screen, game: Round, office_window: OfficeWindow,
                                               tmp_path: Path) -> None:  # fmt: skip
    from payout_desk.domain.signup import SignupForm

    desk = game.devices[0]
    form = SignupForm(bank="Agribank", account="0123456789012", account_again="0123456789012")
    desk.signups.record(SignupRequest("NCC001", form, staff="Nguyễn Thị Lan", thumbprint=True))
    game.office.imports.sync_files([game.export(0, "dev0.pdsync")])
    window = office_window
    out = tmp_path / "phong" / f"dang-ky-tai-khoan-{MONTH}.xlsx"
    out.parent.mkdir()

    def save(dialog: QWidget) -> None:
        screen.choose_files(dialog, out)

    screen.when_modal(QFileDialog, save)
    screen.choose_menu(window, "In giấy tờ", "Danh sách đăng ký nhận qua tài khoản (Excel)…")
    screen.finish()
    screen.qtbot.waitUntil(lambda: "Đã xuất" in window.last_message, timeout=30_000)
    rows = list(load_workbook(out).active.iter_rows(min_row=5, values_only=True))
    assert [(r[1], r[7], r[11]) for r in rows] == [("NCC001", "0123456789012", "Điểm chỉ")]
    screen.shot("sign-ups-exported")
