"""The point laptop's cash and sync-file steps on its screen, through the menus, dialogs and keys only: cash
received from the office, the day closed with a count by banknote (a difference needs a reason), the sync
file exported to a read-only and to a full USB stick (one Vietnamese sentence, nothing lost, then it works).
The pay, first-run, staff and void flows are being rebuilt; their lane tests come with them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from payout_desk.ui.day_close import DayCloseDialog
from payout_desk.ui.money_edit import CashDialog, group
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.qt import QApplication, QFileDialog, QMessageBox, QWidget
from tests.faults import test_faults as faults
from tests.paykit import signed
from tests.roundkit import Round
from tests.screen.conftest import open_point_window
from tests.screen.kit import Key, Screen, button

pytestmark = [pytest.mark.devices(1), pytest.mark.clerks("Nguyễn Thị Lan", "Trần Văn Hùng")]
mount = faults.mount  # a real tmpfs, read-only or small (root only; skipped elsewhere)
VIETNAMESE = re.compile(r"[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", re.I)


def receive_cash(screen: Screen, window: PointWindow, amount: str) -> None:
    def type_amount(dialog: QWidget) -> None:
        screen.assert_fits(dialog)
        assert isinstance(dialog, CashDialog)
        screen.click(dialog.amount)
        screen.type_text(amount)
        assert dialog.amount.text() == group(amount)  # grouped as typed: 5.000.000
        screen.shot("amount-typed")
        screen.press(Key.Key_Return)

    screen.when_modal(CashDialog, type_amount)
    screen.choose_menu(window, "Tiền mặt", "Nhận tiền từ bưu cục")
    screen.finish()


@pytest.mark.cash(0)  # the laptop receives its own cash on screen
def test_cash_received_then_the_day_closed_with_a_count_by_banknote(
    screen: Screen, point_window: PointWindow
) -> None:
    window = point_window
    screen.shot("start")
    receive_cash(screen, window, "5000000")
    assert window.desk.roster.progress().cash.on_hand == 5_000_000
    assert "Tiền mặt còn giữ 5.000.000" in window.progress.text()
    screen.shot("cash-received")

    def count(dialog: QWidget) -> None:
        assert isinstance(dialog, DayCloseDialog)
        screen.assert_fits(dialog)
        screen.replace_text(dialog.counts[500_000], "9")  # one note of 500.000 short
        assert "CHÊNH LỆCH -500.000" in dialog.summary.text()
        screen.click(dialog.close_button)
        assert dialog.isVisible() and dialog.problem.text() == "Có chênh lệch: đếm lại, hoặc ghi lý do."
        screen.shot("a-difference-needs-a-reason")
        screen.click(dialog.reason)
        screen.type_text("Thiếu một tờ 500.000 đ, đã báo trưởng bưu cục")
        screen.shot("reason-given")
        screen.click(dialog.close_button)

    screen.when_modal(DayCloseDialog, count)
    screen.choose_menu(window, "Tiền mặt", "Kết thúc ngày (kiểm tiền)")
    screen.finish()
    assert window.last_message.startswith("Đã kết thúc ngày") and "chênh lệch -500.000" in window.last_message
    assert (
        window.desk.roster.progress().cash.on_hand == 5_000_000
    )  # the books keep their figure; the count its own
    screen.shot("day-closed")


def export_through_the_menu(screen: Screen, window: PointWindow, target: Path) -> str:
    """Đồng bộ → Xuất file đồng bộ…, the file name typed in the save dialog; what the window then says."""
    said: list[str] = []
    window.finished.connect(said.append)
    screen.when_modal(QFileDialog, lambda dialog: screen.choose_files(dialog, target))
    screen.choose_menu(window, "Đồng bộ", "Xuất file đồng bộ (gửi bưu cục)")
    screen.finish()
    screen.qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    window.finished.disconnect(said.append)
    return said[0]


def warning_box() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1, boxes
    return boxes[0]


def one_vietnamese_sentence(text: str) -> None:
    assert VIETNAMESE.search(text), f"not in Vietnamese: {text!r}"
    assert "\n" not in text.strip(), f"more than one line: {text!r}"
    assert "--" not in text, f"a CLI flag in the window: {text!r}"


@pytest.fixture
def stick(request: pytest.FixtureRequest, mount: faults.Mount) -> Path:
    """A USB stick that is read-only, or full to the last byte."""
    if request.param == "read-only":
        return mount("ro", read_only=True)
    small = mount("usb", size_kb=64)
    faults.fill(small)
    return small


@pytest.mark.parametrize("stick", ["read-only", "full"], indirect=True)
def test_export_to_a_bad_stick_says_one_vietnamese_sentence_and_loses_nothing(
    screen: Screen, game: Round, stick: Path
) -> None:
    desk = game.devices[0]
    desk.pay.record(signed("NCC001"))
    desk.pay.record(signed("NCC002"))
    window = open_point_window(screen, desk)
    said = export_through_the_menu(screen, window, stick / "may1.pdsync")
    box = warning_box()
    screen.assert_fits(box)
    screen.shot("refused")
    assert box.text() == said
    assert [p.name for p in stick.iterdir() if p.suffix in {".pdsync", ".part"}] == []
    screen.click(button(box, "OK"))
    assert not box.isVisible()
    assert desk.lists.status().figures.payouts == 2  # nothing lost on the laptop
    one_vietnamese_sentence(said)


def test_export_to_a_full_stick_works_once_there_is_room(
    screen: Screen, game: Round, mount: faults.Mount
) -> None:
    desk = game.devices[0]
    desk.pay.record(signed("NCC001"))
    window = open_point_window(screen, desk)
    small = mount("usb", size_kb=64)
    filler = faults.fill(small)
    export_through_the_menu(screen, window, small / "may1.pdsync")
    screen.shot("refused")
    screen.click(button(warning_box(), "OK"))
    assert not (small / "may1.pdsync").exists()
    filler.unlink()
    said = export_through_the_menu(screen, window, small / "may1.pdsync")
    assert (small / "may1.pdsync").exists() and "may1.pdsync" in said
    screen.shot("exported-once-there-is-room")
    assert [f.status for f in game.office.imports.files([small / "may1.pdsync"]).files] == ["imported"]
