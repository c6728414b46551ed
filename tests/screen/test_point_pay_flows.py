"""The clerk's day on a real screen, through the real keys and buttons only: the first run of a laptop (key,
check code, sealed list, first clerk), a second clerk, the ordinary payout (Enter · sign · Enter), a proxy, a
mismatched CCCD paid with an override, a refusal before anyone signs (and the mistaken report voided from
it), every "not paid" report, and the void button."""

from __future__ import annotations

from pathlib import Path

import pytest

from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk
from payout_desk.ui.first_run import FirstRunWizard
from payout_desk.ui.pay_dialog import PayDialog
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import QApplication, QGuiApplication, QMenu, QTimer, QWidget, QWizard
from payout_desk.ui.record_dialogs import DeathDialog, RefusalDialog, VoidDialog
from payout_desk.ui.staff import AddStaffDialog, StaffDialog
from tests.roundkit import CLERK_PIN, MONTH, default_rows, give_cccd, passphrase, write_register
from tests.screen.conftest import open_point_window
from tests.screen.kit import Key, Screen, ScreenError, button

pytestmark = [pytest.mark.devices(1), pytest.mark.clerks("Nguyễn Thị Lan", "Trần Văn Hùng")]
STROKE = [(30, 90), (70, 50), (110, 110), (170, 60), (230, 100), (280, 70)]


def find(screen: Screen, window: PointWindow, text: str) -> None:
    """Click into the search box and type, as the clerk finds someone."""
    screen.click(window.search)
    screen.type_text(text)


def pick_from_popup(screen: Screen, entry: str) -> None:
    """When the button's popup menu opens, click its entry (scheduled before the click that opens it)."""
    tries = {"left": 300}

    def poll() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu) and popup.isVisible():
            action = next(a for a in popup.actions() if a.text() == entry)
            screen.click_at(popup, popup.actionGeometry(action).center())
            return
        tries["left"] -= 1
        if tries["left"]:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def test_an_ordinary_payout_is_enter_sign_enter(screen: Screen, point_window: PointWindow) -> None:
    window = point_window
    find(screen, window, "nguyen van binh 1")
    assert window.current_code() == "NCC001"
    screen.shot("found")
    keys: list[str] = []

    def sign_and_enter(dialog: QWidget) -> None:
        assert isinstance(dialog, PayDialog)
        screen.assert_fits(dialog)
        assert QApplication.focusWidget() is dialog.last_digits  # Enter goes to the default button
        screen.shot("pay-window")
        screen.draw(dialog.pad, STROKE)
        screen.shot("signed")
        keys.append("Enter")
        screen.press(Key.Key_Return)

    screen.when_modal(PayDialog, sign_and_enter)
    keys.append("Enter")
    screen.press(Key.Key_Return)  # on the search box: opens the pay window for the selected person
    screen.finish()
    assert keys == ["Enter", "Enter"]  # besides the search text and the signature: two key presses
    assert "ĐÃ GHI" in window.last_message and window.search.text() == ""
    assert QApplication.focusWidget() is window.search
    payout = window.desk.roster.detail("NCC001").payouts[0]
    assert payout.data["signature"] and payout.staff == "Nguyễn Thị Lan"
    screen.shot("paid")


def test_a_proxy_with_an_authorisation_is_paid(screen: Screen, point_window: PointWindow) -> None:
    window = point_window
    find(screen, window, "NCC002")

    def proxy(dialog: QWidget) -> None:
        assert isinstance(dialog, PayDialog)
        screen.click(dialog.other_button)
        screen.click(dialog.proxy_name)
        screen.type_text("Lê Thị Hồng")
        screen.click(dialog.proxy_id)
        screen.type_text("086190000111")
        screen.click(dialog.proxy_relation)
        screen.type_text("con dâu")
        screen.click(dialog.proxy_paper)
        screen.type_text("UQ-15/2026")
        screen.assert_fits(dialog)
        screen.draw(dialog.pad, STROKE)
        screen.shot("proxy-filled")
        screen.click(dialog.confirm)

    screen.when_modal(PayDialog, proxy)
    screen.press(Key.Key_Return)
    screen.finish()
    payout = window.desk.roster.detail("NCC002").payouts[0]
    assert (
        payout.data["proxy"]["name"] == "Lê Thị Hồng"
        and payout.data["proxy"]["authorisation"] == "UQ-15/2026"
    )
    screen.shot("paid-to-proxy")


def test_a_mismatched_cccd_is_paid_only_with_an_override(screen: Screen, point_window: PointWindow) -> None:
    window = point_window
    give_cccd(window.desk, "NCC004", "086190123456")
    window.refresh()
    find(screen, window, "NCC004")

    def mismatch(dialog: QWidget) -> None:
        assert isinstance(dialog, PayDialog)
        screen.type_text("9999")  # the last digits read from the card, into the focused field
        assert "KHÔNG khớp" in dialog.id_result.text() and dialog.override.isVisible()
        screen.draw(dialog.pad, STROKE)
        screen.press(Key.Key_Return)
        assert dialog.isVisible() and "vẫn chi" in dialog.problem.text()  # the service's sentence
        screen.shot("mismatch-refused")
        screen.click(dialog.override)
        screen.click(dialog.override_reason)
        screen.type_text("CCCD cấp lại, đã xem giấy hẹn của công an xã")
        screen.assert_fits(dialog)
        screen.shot("override-given")
        screen.press(Key.Key_Return)

    screen.when_modal(PayDialog, mismatch)
    screen.press(Key.Key_Return)
    screen.finish()
    payout = window.desk.roster.detail("NCC004").payouts[0]
    assert payout.data["id_mismatch"]["typed"] == "9999"
    screen.shot("paid-with-override")


def test_a_death_report_then_the_refusal_before_signing_then_the_void_from_it(
    screen: Screen, point_window: PointWindow
) -> None:
    window = point_window
    find(screen, window, "NCC006")

    def death(dialog: QWidget) -> None:
        assert isinstance(dialog, DeathDialog)
        screen.assert_fits(dialog)
        screen.type_text("Nguyễn Văn Tư, con trai")  # the focus is in "who brought the news"
        screen.shot("death-report")
        screen.press(Key.Key_Return)

    screen.when_modal(DeathDialog, death)
    pick_from_popup(screen, "Đã mất")
    screen.click(window.report_button)
    screen.finish()
    assert window.desk.roster.detail("NCC006").reports[0].data["reported_by"] == "Nguyễn Văn Tư, con trai"
    screen.shot("reported")

    def refused(dialog: QWidget) -> None:
        assert isinstance(dialog, RefusalDialog)
        screen.assert_fits(dialog)
        assert "đã mất" in dialog.refusal.text.vi
        screen.shot("refused-before-signing")
        screen.click(button(dialog, "Hủy lần báo nhầm"))

    def void(dialog: QWidget) -> None:
        assert isinstance(dialog, VoidDialog)
        screen.assert_fits(dialog)
        screen.type_text("người nhà báo nhầm, ông vẫn khỏe")
        screen.shot("void-reason")
        screen.click(button(dialog, "Hủy lần ghi này"))

    screen.when_modal(RefusalDialog, refused)
    screen.when_modal(VoidDialog, void)
    screen.click(window.search)
    screen.press(Key.Key_Return)  # no pay window opens: the refusal first
    screen.finish()
    assert window.desk.pay.payable("NCC006") is None and "Đã hủy lần ghi nhầm" in window.last_message
    screen.shot("voided")


@pytest.mark.parametrize(
    ("code", "entry", "kind"),
    [
        ("NCC007", "Vắng mặt", "absent"),
        ("NCC008", "Chuyển đi", "moved"),
        ("NCC009", "Từ chối nhận", "refused"),
        ("NCC010", "Đang nằm viện", "hospital"),
        ("NCC011", "Sai thông tin", "wrong-data"),
    ],
)
def test_each_not_paid_report_through_its_menu(
    screen: Screen, point_window: PointWindow, code: str, entry: str, kind: str
) -> None:
    window = point_window
    find(screen, window, code)
    pick_from_popup(screen, entry)
    screen.click(window.report_button)
    screen.qtbot.waitUntil(lambda: bool(window.desk.roster.detail(code).reports), timeout=10_000)
    assert window.desk.roster.detail(code).reports[0].data["report"] == kind
    assert entry.lower() in window.last_message.lower()
    screen.shot(f"reported-{kind}")


def test_the_void_button_voids_a_payout_with_its_reason(screen: Screen, point_window: PointWindow) -> None:
    window = point_window
    find(screen, window, "NCC012")
    screen.when_modal(PayDialog, lambda d: (screen.draw(d.pad, STROKE), screen.press(Key.Key_Return)))
    screen.press(Key.Key_Return)
    screen.finish()
    find(screen, window, "NCC012")
    screen.qtbot.waitUntil(window.void_button.isEnabled, timeout=5_000)

    def void(dialog: QWidget) -> None:
        assert isinstance(dialog, VoidDialog)
        screen.click(button(dialog, "Hủy lần ghi này"))  # no reason yet: refused, the dialog stays
        assert dialog.isVisible() and "lý do" in dialog.problem.text()
        screen.click(dialog.reason)
        screen.type_text("trả nhầm người, đã thu lại tiền")
        screen.shot("void-with-reason")
        screen.click(button(dialog, "Hủy lần ghi này"))

    screen.when_modal(VoidDialog, void)
    screen.click(window.void_button)
    screen.finish()
    assert window.desk.roster.detail("NCC012").payouts == []
    screen.shot("payout-voided")


def test_a_second_clerk_is_added_by_the_first_and_signs_in(screen: Screen, point_window: PointWindow) -> None:
    window = point_window
    screen.choose_menu(window, "Nhân viên", "Thêm nhân viên")
    dialog = window.staff_menu.dialog
    assert isinstance(dialog, AddStaffDialog)
    screen.wait_shown(dialog)
    screen.assert_fits(dialog)
    screen.click(dialog.name)
    screen.type_text("Phạm Thị Mai")
    for field, pin in ((dialog.pin, "1357"), (dialog.pin_again, "1357"), (dialog.by_pin, CLERK_PIN)):
        screen.click(field)
        screen.type_text(pin)
    screen.shot("second-clerk")
    screen.click(dialog.ok)
    screen.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert "Phạm Thị Mai" in window.desk.staff.names()

    screen.choose_menu(window, "Nhân viên", "Đổi người làm việc")
    switch = window.staff_menu.dialog
    assert isinstance(switch, StaffDialog)
    screen.wait_shown(switch)
    switch.name.setCurrentText("Phạm Thị Mai")  # the combo box: chosen as the clerk picks a line
    screen.click(switch.pin)
    screen.type_text("1357")
    screen.press(Key.Key_Return)
    screen.qtbot.waitUntil(lambda: window.staff == "Phạm Thị Mai", timeout=5_000)
    screen.shot("second-clerk-at-work")


def test_first_run_key_check_code_sealed_list_and_first_clerk(screen: Screen, tmp_path: Path) -> None:
    office = OfficeDesk(tmp_path / "first-office", passphrase=passphrase)
    office.init_keys("office", "Bưu điện huyện Mang Thít")
    office.registers.import_file(write_register(tmp_path / "first-register.csv", default_rows()), MONTH)
    desk = PointDesk(tmp_path / "new-laptop", passphrase=passphrase)
    wizard = FirstRunWizard(desk)
    screen.qtbot.addWidget(wizard)
    screen.show(wizard)
    try:
        screen.assert_fits(wizard)
        screen.click(wizard.name_page.name)
        screen.type_text("Điểm BĐVHX An Phước – máy 3")
        screen.click(wizard.button(QWizard.WizardButton.NextButton))
        page = wizard.key_page
        screen.assert_fits(wizard)
        screen.shot("check-code")
        screen.click(page.copy_button)
        key = QGuiApplication.clipboard().text()
        assert key == desk.require_identity("point").public_key.b64
        office.devices.enroll("P01", key, "An Phước máy 3")  # the office, on the phone, enrols it
        office.lists.issue(MONTH, tmp_path / "first-lists")  # sealed to the point's laptops
        screen.click(wizard.button(QWizard.WizardButton.NextButton))
        lists = wizard.list_page
        screen.click(lists.path)
        screen.type_text(str(tmp_path / "first-lists" / "P01_2026-12.pdlist"))
        screen.qtbot.waitUntil(lambda: lists.preview is not None, timeout=15_000)
        assert "Số người: 12" in lists.summary.text()
        screen.assert_fits(wizard)
        screen.shot("sealed-list-shown")
        screen.click(lists.matches)
        screen.click(wizard.button(QWizard.WizardButton.FinishButton))
        screen.qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=15_000)
        assert desk.lists.has_list() and desk.lists.status().device_in_list

        first = StaffDialog(desk)
        screen.qtbot.addWidget(first)
        first.open()
        screen.wait_shown(first)
        screen.assert_fits(first)
        screen.click(first.name)
        screen.type_text("Võ Thị Hạnh")
        screen.click(first.pin)
        screen.type_text("2580")
        screen.click(first.new_pin)
        screen.type_text("2580")
        screen.shot("first-clerk")
        screen.press(Key.Key_Return)
        screen.qtbot.waitUntil(lambda: first.staff == "Võ Thị Hạnh", timeout=5_000)
        window = open_point_window(screen, desk, "Võ Thị Hạnh")
        screen.assert_fits(window)
        screen.shot("first-day")
    except ScreenError:
        screen.shot("first-run-failed")
        raise
    finally:
        desk.close()
        office.close()
