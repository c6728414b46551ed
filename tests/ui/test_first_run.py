"""The first-run wizard on a point laptop, driven through its buttons (offscreen): the key made, its check
code read and the key copied / saved for the office, a list that is not for this laptop refused in
Vietnamese with a way on, the sealed list of the point shown (point, month, head-count, total, office
and its check code) and loaded, the key's passphrase asked on the window's thread."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from payout_desk.domain.money import format_vnd
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk
from payout_desk.trust.seal import is_sealed
from payout_desk.ui.first_run import FirstRunWizard
from payout_desk.ui.qt import QApplication, QWizard
from payout_desk.ui.work import OnWindowThread
from tests.conftest import PASSPHRASE
from tests.roundkit import MONTH, default_rows, passphrase, write_register
from tests.ui.keys import type_text

P01_TOTAL = sum(2_789_000 + 1000 * i for i in range(1, 13))  # roundkit.default_rows: 12 people at P01


class Asked:
    """The desk key's passphrase source, noting on which thread each question came."""

    def __init__(self) -> None:
        self.threads: list[tuple[int, bool]] = []

    def __call__(self, new: bool) -> str:
        self.threads.append((threading.get_ident(), new))
        return PASSPHRASE


def click(wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), button.text()
    button.click()


def choose(qtbot: QtBot, wizard: FirstRunWizard, path: Path) -> None:
    """Type the file's path into the list page's field and wait until the page has looked at it."""
    page = wizard.list_page
    page.path.clear()
    type_text(page.path, str(path))
    qtbot.waitUntil(lambda: bool(page.problem.text()) or page.preview is not None, timeout=10_000)


def test_first_run_with_a_sealed_list_and_a_wrong_one_first(qtbot: QtBot, tmp_path: Path) -> None:
    office = OfficeDesk(tmp_path / "office", passphrase=passphrase)
    office.init_keys("office", "Bưu điện huyện Mang Thít")
    office.registers.import_file(write_register(tmp_path / "r.csv", default_rows()), MONTH)
    office.lists.issue(MONTH, tmp_path / "before")  # issued before the laptop was enrolled: names no laptop
    other = PointDesk(tmp_path / "other", passphrase=passphrase)
    office.devices.enroll("P02", other.init_keys("point", "Mỹ An máy 1").public_key.b64, "Mỹ An máy 1")
    asked = Asked()
    desk = PointDesk(tmp_path / "point", passphrase=OnWindowThread(asked))
    wizard = FirstRunWizard(desk)
    qtbot.addWidget(wizard)
    wizard.show()
    texts = {wizard.buttonText(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton)}
    assert texts == {"< Quay lại", "Tiếp tục >"}
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Hoàn tất"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Hủy"

    type_text(wizard.name_page.name, "Điểm BĐVHX An Phước – máy 1")
    click(wizard, QWizard.WizardButton.NextButton)
    ident = desk.require_identity("point")
    page = wizard.key_page
    assert wizard.currentPage() is page and page.fingerprint.text() == ident.fingerprint

    page.copy_button.click()
    assert QApplication.clipboard().text() == ident.public_key.b64 and "sao chép" in page.note.text()
    page.save_button.click()
    dialog = page.save_dialog
    assert dialog is not None and dialog.isVisible() and dialog.selectedFiles()[0].endswith(".txt")
    saved = tmp_path / "usb" / "ma-may"
    saved.parent.mkdir()
    dialog.selectFile(str(saved))
    dialog.accept()
    text = saved.with_suffix(".txt").read_text(encoding="utf-8")
    assert ident.name in text and ident.public_key.b64 in text and ident.fingerprint in text
    assert "Gửi file này cho bưu cục" in page.note.text()

    # the office enrols the laptop from the key it was sent, and issues the point's list (sealed to it)
    office.devices.enroll("P01", QApplication.clipboard().text(), "An Phước máy 1")
    office.lists.issue(MONTH, tmp_path / "lists")
    assert is_sealed((tmp_path / "lists" / "P01_2026-12.pdlist").read_bytes())
    click(wizard, QWizard.WizardButton.NextButton)
    lists = wizard.list_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)

    choose(qtbot, wizard, tmp_path / "lists" / "P02_2026-12.pdlist")  # another point's, sealed to its laptop
    assert "không dành cho máy này" in lists.problem.text() and "danh sách" in lists.problem.text()
    assert "Chọn file" in lists.problem.text() and lists.preview is None

    choose(qtbot, wizard, tmp_path / "before" / "P01_2026-12.pdlist")  # the point's, but not for this laptop
    assert "P01" in lists.summary.text() and "chưa được đăng ký" in lists.problem.text()
    assert not lists.matches.isEnabled() and not finish.isEnabled() and lists.preview is None
    click(wizard, QWizard.WizardButton.BackButton)  # a way back: the key page again
    assert wizard.currentPage() is page
    click(wizard, QWizard.WizardButton.NextButton)

    choose(qtbot, wizard, tmp_path / "lists" / "P01_2026-12.pdlist")
    summary = lists.summary.text()
    assert lists.problem.text() == "" and lists.preview is not None
    assert "P01" in summary and "Điểm BĐVHX An Phước" in summary and "Tháng 12/2026" in summary
    assert "Số người: 12" in summary and format_vnd(P01_TOTAL) in summary
    office_ident = office.require_identity("office")
    assert (
        "Bưu điện huyện Mang Thít" in lists.office.text() and office_ident.fingerprint in lists.office.text()
    )
    assert lists.matches.isEnabled() and not finish.isEnabled()
    lists.matches.click()
    click(wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: wizard.result() == QWizard.DialogCode.Accepted, timeout=10_000)
    assert (
        desk.lists.has_list()
        and desk.lists.status().beneficiaries == 12
        and desk.lists.status().device_in_list
    )
    window_thread = threading.get_ident()
    assert asked.threads == [(window_thread, True), (window_thread, False)]  # chosen, then unlocked once
    for d in (desk, other, office):
        d.close()
