"""The pay step: who, how much (figures and words), ID check, recipient, signature or thumbprint."""

from __future__ import annotations

from payout_desk.domain.money import format_vnd
from payout_desk.services.point_pay import PayoutRequest, Proxy
from payout_desk.services.point_roster import Detail
from payout_desk.ui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from payout_desk.ui.signature_pad import SignaturePad

ID_CHECKS = (("card", "Đã xem CCCD"), ("qr", "Quét mã QR trên CCCD"), ("known", "Người quen, biết rõ"))


class PayDialog(QDialog):
    def __init__(
        self, detail: Detail, staff: str, *, qr_checked: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.detail, self.staff = detail, staff
        row = detail.row
        self.setWindowTitle(self.tr("Chi trả — %s") % row.name)
        layout = QVBoxLayout(self)

        born, total, in_words = self.tr("sinh năm"), self.tr("Tổng"), self.tr("Bằng chữ")
        who = QLabel(
            f"<div style='font-size:17pt;font-weight:600'>{row.name}</div>"
            f"<div>{row.code} · {born} {row.birth_year or '—'} · {row.village}</div>"
            f"<div><i>{row.category}</i></div>"
        )
        who.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(who)
        money = QLabel(
            "<table>"
            + "".join(
                f"<tr><td>{label}</td><td align='right'>&nbsp;{format_vnd(amount)}</td></tr>"
                for label, amount in detail.lines
            )
            + f"</table><div style='font-size:16pt;font-weight:700'>{total}: {format_vnd(row.total)}</div>"
            f"<div><i>{in_words}: {detail.amount_words}</i></div>"
        )
        money.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(money)

        layout.addWidget(self._id_box(qr_checked))
        layout.addWidget(self._recipient_box())

        self.at_home = QCheckBox(self.tr("Chi tại nhà"))
        self.at_home.setChecked(row.home_visit)
        layout.addWidget(self.at_home)

        sign = QGroupBox(self.tr("Người nhận ký tên"))
        sign_layout = QVBoxLayout(sign)
        self.pad = SignaturePad()
        sign_layout.addWidget(self.pad)
        under = QHBoxLayout()
        clear = QPushButton(self.tr("Xóa chữ ký"))
        clear.clicked.connect(self.pad.clear)
        self.thumbprint = QCheckBox(self.tr("Điểm chỉ (người nhận không ký được)"))
        under.addWidget(clear)
        under.addWidget(self.thumbprint)
        under.addStretch(1)
        sign_layout.addLayout(under)
        layout.addWidget(sign)

        self.problem = QLabel("")
        self.problem.setStyleSheet("color:#b00020;font-weight:600")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton(
            self.tr("Xác nhận đã chi %s") % format_vnd(row.total), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm.setDefault(True)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.request: PayoutRequest | None = None

    def _id_box(self, qr_checked: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Kiểm tra giấy tờ"))
        form = QFormLayout(box)
        self.id_check = QComboBox()
        for key, label in ID_CHECKS:
            self.id_check.addItem(self.tr(label), key)
        self.id_check.setCurrentIndex(1 if qr_checked else 0)
        form.addRow(self.tr("Cách kiểm tra"), self.id_check)
        self.last_digits = QLineEdit()
        self.last_digits.setPlaceholderText(self.tr("gõ 4 số cuối CCCD"))
        self.last_digits.setMaxLength(12)
        self.id_result = QLabel(self.tr("Đã quét QR: khớp") if qr_checked else "")
        self.last_digits.textChanged.connect(self._check_digits)
        form.addRow(self.tr("Số CCCD"), self.last_digits)
        form.addRow("", self.id_result)
        return box

    def _recipient_box(self) -> QGroupBox:
        row = self.detail.row
        box = QGroupBox(self.tr("Người nhận tiền"))
        layout = QVBoxLayout(box)
        self.recipient = QButtonGroup(self)
        self.self_button = QRadioButton(self.tr("Chính chủ"))
        self.standing_button = QRadioButton(
            self.tr("Người nhận thay theo danh sách: %s") % f"{row.proxy_name} ({row.proxy_relation or '—'})"
            if row.proxy_name
            else self.tr("Không có người nhận thay trong danh sách")
        )
        self.standing_button.setEnabled(bool(row.proxy_name))
        self.other_button = QRadioButton(self.tr("Người khác nhận thay (có giấy ủy quyền)"))
        for i, button in enumerate((self.self_button, self.standing_button, self.other_button)):
            self.recipient.addButton(button, i)
            layout.addWidget(button)
        (self.standing_button if row.proxy_name else self.self_button).setChecked(True)
        form = QFormLayout()
        self.proxy_name, self.proxy_id = QLineEdit(), QLineEdit()
        self.proxy_relation, self.proxy_paper = QLineEdit(), QLineEdit()
        form.addRow(self.tr("Họ tên người nhận thay"), self.proxy_name)
        form.addRow(self.tr("Số CCCD người nhận thay"), self.proxy_id)
        form.addRow(self.tr("Quan hệ"), self.proxy_relation)
        form.addRow(self.tr("Giấy ủy quyền số"), self.proxy_paper)
        layout.addLayout(form)
        self.recipient.idToggled.connect(self._recipient_changed)
        self._recipient_changed()
        return box

    def _recipient_changed(self, *_args: object) -> None:
        other = self.recipient.checkedId() == 2
        self.proxy_name.setEnabled(other)
        self.proxy_relation.setEnabled(other)
        self.proxy_paper.setEnabled(other)
        self.proxy_id.setEnabled(self.recipient.checkedId() != 0)

    def _check_digits(self, text: str) -> None:
        digits = text.strip()
        cccd = self.detail.row.cccd or ""
        if not digits or self.recipient.checkedId() != 0:
            self.id_result.setText("")
        elif cccd.endswith(digits):
            self.id_result.setText(self.tr("✓ khớp với danh sách"))
            self.id_result.setStyleSheet("color:#1b7f3b")
        else:
            self.id_result.setText(self.tr("✗ KHÔNG khớp với số CCCD trong danh sách"))
            self.id_result.setStyleSheet("color:#b00020;font-weight:600")

    def _try_accept(self) -> None:
        choice = self.recipient.checkedId()
        if choice == 2 and not self.proxy_name.text().strip():
            self.problem.setText(self.tr("Nhập họ tên người nhận thay."))
            return
        if self.pad.is_empty() and not self.thumbprint.isChecked():
            self.problem.setText(self.tr("Người nhận chưa ký. Mời ký vào ô, hoặc chọn điểm chỉ."))
            return
        proxy = None
        if choice == 2:
            proxy = Proxy(
                self.proxy_name.text(),
                self.proxy_id.text(),
                self.proxy_relation.text(),
                self.proxy_paper.text(),
            )
        elif choice == 1:
            proxy = Proxy("", self.proxy_id.text())
        self.request = PayoutRequest(
            code=self.detail.row.code,
            staff=self.staff,
            proxy=proxy,
            standing_proxy=choice == 1,
            id_check=str(self.id_check.currentData()),
            signature_png=None if self.thumbprint.isChecked() else self.pad.png_bytes(),
            thumbprint=self.thumbprint.isChecked(),
            at_home=self.at_home.isChecked(),
        )
        self.accept()
