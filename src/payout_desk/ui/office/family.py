"""The devices tab's two issue-15 forms and their actions: a one-off payment to a deceased person's family
(chi một lần cho thân nhân: mai táng phí, trợ cấp một lần), and moving a person to another point (chuyển
điểm chi trả) — each signed into .pdamend files for the points."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from payout_desk.services.common.errors import DeskError
from payout_desk.services.office.devices import AmendReport, PointInfo
from payout_desk.services.office.payments import PaymentOrder
from payout_desk.services.office.transfers import TransferReport
from payout_desk.ui import dialogs
from payout_desk.ui.money_edit import MoneyEdit
from payout_desk.ui.office.clerks import prepared_instead
from payout_desk.ui.plain import plain
from payout_desk.ui.qt import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QObject,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from payout_desk.ui.words import message

if TYPE_CHECKING:
    from payout_desk.ui.office_window import OfficeWindow


@dataclass(frozen=True, slots=True)
class PaymentForm:
    point_code: str
    order: PaymentOrder


@dataclass(frozen=True, slots=True)
class TransferForm:
    code: str
    to_point: str


class FamilyBox(QWidget):
    """The two forms, one under the other."""

    payment_wanted = Signal(object)  # PaymentForm
    transfer_wanted = Signal(object)  # TransferForm

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._payment_box())
        layout.addWidget(self._transfer_box())
        self.result = plain(QLabel())
        self.result.setWordWrap(True)
        layout.addWidget(self.result)

    def _payment_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Chi một lần cho thân nhân"))
        form = QFormLayout(box)
        self.pay_point = QComboBox()
        self.pay_code = QLineEdit()
        self.pay_code.setPlaceholderText(self.tr("mã đối tượng đã mất, ví dụ NCC002"))
        self.pay_kind = QComboBox()
        self.pay_kind.addItem(self.tr("Mai táng phí"), "funeral")
        self.pay_kind.addItem(self.tr("Trợ cấp một lần"), "one-off")
        self.pay_amount = MoneyEdit()
        self.recipient_name = QLineEdit()
        self.recipient_name.setPlaceholderText(self.tr("họ tên thân nhân nhận tiền"))
        self.recipient_id = QLineEdit()
        self.recipient_id.setPlaceholderText(self.tr("số CCCD của người nhận"))
        self.relation = QLineEdit()
        self.relation.setPlaceholderText(self.tr("vợ, con, cháu…"))
        self.pay_reason = QLineEdit()
        self.pay_reason.setPlaceholderText(self.tr("quyết định chi số …"))
        self.pay_button = QPushButton(self.tr("Ký thông báo chi một lần…"))
        self.pay_button.clicked.connect(self._payment)
        form.addRow(self.tr("Điểm chi trả"), self.pay_point)
        form.addRow(self.tr("Mã đối tượng"), self.pay_code)
        form.addRow(self.tr("Khoản chi"), self.pay_kind)
        form.addRow(self.tr("Số tiền"), self.pay_amount)
        form.addRow(self.tr("Người nhận"), self.recipient_name)
        form.addRow(self.tr("Số CCCD"), self.recipient_id)
        form.addRow(self.tr("Quan hệ"), self.relation)
        form.addRow(self.tr("Lý do"), self.pay_reason)
        form.addRow(self.pay_button)
        return box

    def _transfer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Chuyển điểm chi trả"))
        form = QFormLayout(box)
        self.move_code = QLineEdit()
        self.move_code.setPlaceholderText(self.tr("mã đối tượng, ví dụ NCC001"))
        self.move_to = QComboBox()
        self.move_button = QPushButton(self.tr("Chuyển sang điểm này…"))
        self.move_button.clicked.connect(self._transfer)
        form.addRow(self.tr("Mã đối tượng"), self.move_code)
        form.addRow(self.tr("Chuyển đến điểm"), self.move_to)
        form.addRow(self.move_button)
        return box

    def _payment(self) -> None:
        order = PaymentOrder(
            self.pay_code.text().strip(),
            str(self.pay_kind.currentData()),
            self.pay_amount.amount(),
            self.recipient_name.text(),
            self.recipient_id.text(),
            self.relation.text(),
            self.pay_reason.text(),
        )
        self.payment_wanted.emit(PaymentForm(str(self.pay_point.currentData()), order))

    def _transfer(self) -> None:
        self.transfer_wanted.emit(
            TransferForm(self.move_code.text().strip(), str(self.move_to.currentData()))
        )

    def set_points(self, points: list[PointInfo]) -> None:
        for combo in (self.pay_point, self.move_to):
            current = combo.currentData()
            combo.clear()
            for p in points:
                combo.addItem(f"{p.code} — {p.name}", p.code)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current)))

    def show_result(self, text: str) -> None:
        self.result.setText(text)


class FamilyActions(QObject):
    """What the two forms ask of the office desk."""

    def __init__(self, office: OfficeWindow) -> None:
        super().__init__(office)
        self.office = office

    def _folder(self) -> Path | None:
        return dialogs.choose_folder(self.office, self.tr("Thư mục ghi file thông báo thay đổi"))

    def ask_payment(self, form: PaymentForm) -> None:
        folder = self._folder()
        if folder is not None:
            self.payment(form, folder)

    def payment(self, form: PaymentForm, folder: Path) -> AmendReport | None:
        office = self.office
        month = office.month_text()
        if prepared_instead(
            office, lambda: office.desk.approvals.prepare_amend(month, form.point_code, payment=form.order)
        ):
            return None  # an office with clerks: an approver signs it (issue 16)
        try:
            report = office.desk.amendments.amend(
                office.month_text(), form.point_code, folder, payment=form.order
            )
        except DeskError as exc:
            office.say(message(exc))
            return None
        change = report.changes[0]
        label = change.payment.label if change.payment else ""
        text = self.tr("Đã ký %s cho gia đình %s (dòng chi %s): %s. Gửi file này cho điểm %s.") % (
            label,
            form.order.code,
            change.code,
            report.path,
            report.point_code,
        )
        office.devices.family.show_result(text)
        office.say(text)
        office.refresh_now()
        return report

    def ask_transfer(self, form: TransferForm) -> None:
        folder = self._folder()
        if folder is not None:
            self.transfer(form, folder)

    def transfer(self, form: TransferForm, folder: Path) -> TransferReport | None:
        office = self.office
        month = office.month_text()
        if prepared_instead(
            office, lambda: office.desk.approvals.prepare_transfer(form.code, form.to_point, month)
        ):
            return None  # an office with clerks: an approver signs it (issue 16)
        try:
            done = office.desk.transfers.transfer(form.code, form.to_point, office.month_text(), folder)
        except DeskError as exc:
            office.say(message(exc))
            return None
        text = self.tr("Đã chuyển %s từ điểm %s sang điểm %s: gửi %s cho điểm cũ và %s cho điểm mới.") % (
            done.code,
            done.stop.point_code,
            done.add.point_code,
            done.stop.path.name,
            done.add.path.name,
        )
        office.devices.family.show_result(text)
        office.say(text)
        office.refresh_now()
        return done
