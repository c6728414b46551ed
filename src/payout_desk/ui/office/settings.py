"""The office's "Cài đặt tháng nối tháng" dialog (issue 15): the settings that carry from month to month — the
unclaimed watch's two thresholds, how arrears go onward, the register's amount-change threshold — shown as
they are, changed together through `office.month_settings` (a bad value: the service's sentence, nothing
saved). Opened from the Bưu cục menu; fits 1366×768."""

from __future__ import annotations

from typing import TYPE_CHECKING

from payout_desk.domain.money import format_vnd
from payout_desk.services.common.errors import DeskError
from payout_desk.services.office.month_settings import MonthSettings, MonthSettingsPart
from payout_desk.ui.money_edit import MoneyEdit, group
from payout_desk.ui.plain import plain
from payout_desk.ui.qt import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from payout_desk.ui.words import message

if TYPE_CHECKING:
    from payout_desk.ui.office_window import OfficeWindow

CARRY, LIST_ONLY = "carry", "list"


class SettingsDialog(QDialog):
    """The month-to-month settings; "Lưu" saves them all at once, "Đóng" leaves."""

    def __init__(self, part: MonthSettingsPart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        self.saved: MonthSettings | None = None
        self.setWindowTitle(self.tr("Cài đặt tháng nối tháng"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.flag = QLineEdit()
        self.flag.setMaxLength(3)
        self.suspend = QLineEdit()
        self.suspend.setMaxLength(3)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Cộng vào danh sách tháng sau (một dòng truy lĩnh)"), CARRY)
        self.mode.addItem(self.tr("Chỉ lập danh sách gửi phòng Lao động – Thương binh và Xã hội"), LIST_ONLY)
        self.threshold = MoneyEdit()
        form.addRow(self.tr("Đánh dấu người chưa nhận sau (số tháng liền)"), self.flag)
        form.addRow(self.tr("Mức tạm dừng chi (số tháng liền)"), self.suspend)
        form.addRow(self.tr("Truy lĩnh của tháng đã khóa sổ"), self.mode)
        form.addRow(self.tr("Số tiền hằng tháng đổi không quá (đồng) thì không đánh dấu"), self.threshold)
        layout.addLayout(form)
        hint = plain(
            QLabel(self.tr("Ngưỡng 0 đồng: mọi thay đổi số tiền so với tháng trước đều được đánh dấu."))
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.problem = plain(QLabel())  # the service's sentence for a bad value
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#a61b1b")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.outcome = plain(QLabel())
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Đóng"))
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.setMaximumSize(1280, 680)
        self.show_settings(part.current())

    def show_settings(self, found: MonthSettings) -> None:
        self.flag.setText(str(found.flag))
        self.suspend.setText(str(found.suspend))
        self.mode.setCurrentIndex(max(0, self.mode.findData(found.arrears_mode)))
        self.threshold.setText(group(str(found.amount_threshold)))

    def save(self) -> MonthSettings | None:
        """All four values to the service at once; its sentence when one is wrong (nothing is saved then)."""
        try:
            found = self.part.save(
                flag=self.flag.text(),
                suspend=self.suspend.text(),
                mode=str(self.mode.currentData()),
                threshold=self.threshold.text(),
            )
        except DeskError as exc:
            self.problem.setText(message(exc))
            self.problem.show()
            self.outcome.clear()
            return None
        self.problem.hide()
        self.show_settings(found)
        self.saved = found
        self.outcome.setText(
            self.tr("Đã lưu: đánh dấu sau %d tháng, tạm dừng chi ở %d tháng; ngưỡng chênh lệch %s.")
            % (found.flag, found.suspend, format_vnd(found.amount_threshold))
        )
        return found


def ask_settings(office: OfficeWindow) -> MonthSettings | None:
    """The dialog over the office window, modal; after a save the dashboard is read again (the watch's
    threshold may have changed). What was last saved (None when nothing was)."""
    dialog = SettingsDialog(office.desk.month_settings, office)
    dialog.exec()
    if dialog.saved is not None:
        office.refresh_now()
        office.say(dialog.outcome.text())
    return dialog.saved
