"""The pay step: who, how much (figures and words), ID check, recipient, signature or thumbprint.

Made for a 1280×720 laptop screen: two columns (the person and the checks on the left, who takes the money
and the signature on the right), so the confirm button is never below the screen's edge. The ordinary payout
is Enter · sign · Enter: the confirm button is the default and no other button takes Enter.

The dialog holds no rule of its own: before it closes it asks the service (`desk.pay.check`, the rule every
payout obeys, domain/payout_rules.py) and shows its refusal, with the cursor on the field to fill."""

from __future__ import annotations

from collections.abc import Callable

from payout_desk.domain.money import format_vnd
from payout_desk.domain.oneoff import is_payment_code
from payout_desk.domain.payout_rules import Missing
from payout_desk.services.common.errors import DeskError
from payout_desk.services.point.pay import PayoutRequest, Proxy
from payout_desk.services.point.payout_rule import PayoutIncomplete
from payout_desk.services.point.roster import Detail
from payout_desk.ui.plain import button_text, data, rich
from payout_desk.ui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QRegularExpression,
    QRegularExpressionValidator,
    QVBoxLayout,
    QWidget,
)
from payout_desk.ui.sign_box import SignBox, confirm_buttons, problem_line
from payout_desk.ui.words import message

ID_CHECKS = (("card", "Đã xem CCCD"), ("qr", "Quét mã QR trên CCCD"), ("known", "Người quen, biết rõ"))
SELF, STANDING, OTHER = 0, 1, 2


class PayDialog(QDialog):
    def __init__(
        self,
        detail: Detail,
        staff: str,
        *,
        qr_checked: bool = False,
        parent: QWidget | None = None,
        check: Callable[[PayoutRequest], None] | None = None,
    ) -> None:
        """`check`: the service's refusal of a request (desk.pay.check), asked before the dialog closes."""
        super().__init__(parent)
        self.detail, self.staff, self.check = detail, staff, check
        self.setWindowTitle(self.tr("Chi trả — %s") % detail.row.name)
        self.request: PayoutRequest | None = None
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._who())
        left.addWidget(self._id_box(qr_checked))
        self.at_home = QCheckBox(self.tr("Chi tại nhà"))
        self.at_home.setChecked(detail.row.home_visit)
        left.addWidget(self.at_home)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._recipient_box())
        right.addWidget(self._sign_box(), 1)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        self.problem = problem_line()
        layout.addWidget(self.problem)
        buttons, self.confirm, self.cancel = confirm_buttons(
            self,
            self.tr("Xác nhận đã chi %s (Enter)") % format_vnd(detail.row.total),
            self.tr("Thôi, không chi (Esc)"),
            self._try_accept,
        )
        layout.addWidget(buttons)
        self.last_digits.setFocus()

    # the left column: who and how much, the ID check ------------------------------------------------

    def _who(self) -> QLabel:
        row, d = self.detail.row, self.detail
        born, total, in_words = self.tr("sinh năm"), self.tr("Tổng"), self.tr("Bằng chữ")
        lines = "".join(
            f"<tr><td>{data(label)}</td><td align='right'>&nbsp;{format_vnd(amount)}</td></tr>"
            for label, amount in d.lines
        )
        who = QLabel(
            f"<div style='font-size:16pt;font-weight:600'>{data(row.name)}</div>"
            f"<div>{data(row.code)} · {born} {data(row.birth_year or '—')} · {data(row.village)}</div>"
            f"<div><i>{data(row.category)}</i></div>"
            f"{self._family_line()}"
            f"<table>{lines}</table>"
            f"<div style='font-size:15pt;font-weight:700'>{total}: {format_vnd(row.total)}</div>"
            f"<div><i>{in_words}: {data(d.amount_words)}</i></div>"
        )
        rich(who)  # our markup; every piece of data in it went through `data`
        who.setWordWrap(True)
        return who

    def _family_line(self) -> str:
        """A one-off payment to a deceased person's family (domain/oneoff.py): what it is and who alone
        takes it, in large type ("Mai táng phí — người nhận: Lê Thị Hai (vợ)")."""
        row = self.detail.row
        if not is_payment_code(row.code) or not self.detail.lines:
            return ""
        text = self.tr("%s — người nhận: %s") % (
            self.detail.lines[0][0],
            f"{row.proxy_name} ({row.proxy_relation})",
        )
        return f"<div style='font-size:14pt;font-weight:700;color:#8a4b00'>{data(text)}</div>"

    def _id_box(self, qr_checked: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Kiểm tra giấy tờ"))
        form = QFormLayout(box)
        self.id_check = QComboBox()
        for key, label in ID_CHECKS:
            self.id_check.addItem(self.tr(label), key)
        self.id_check.setCurrentIndex(1 if qr_checked else 0)
        form.addRow(self.tr("Cách kiểm tra"), self.id_check)
        self.last_digits = QLineEdit()
        self.last_digits.setPlaceholderText(self.tr("gõ 4 số cuối CCCD (nếu cần)"))
        self.last_digits.setMaxLength(12)
        self.last_digits.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self))
        self.last_digits.textChanged.connect(self._check_digits)
        form.addRow(self.tr("Số CCCD"), self.last_digits)
        self.id_result = QLabel(self.tr("Đã quét QR: khớp") if qr_checked else "")
        self.id_result.setWordWrap(True)
        form.addRow(self.id_result)
        self.override = QCheckBox(self.tr("Vẫn chi: đã đối chiếu giấy tờ khác"))
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(self.tr("Lý do vẫn chi (bắt buộc)"))
        self.override.toggled.connect(self.override_reason.setEnabled)
        form.addRow(self.override)
        form.addRow(self.override_reason)
        self._show_override(False)
        return box

    def _show_override(self, show: bool) -> None:
        self.override.setVisible(show)
        self.override_reason.setVisible(show)
        if not show:
            self.override.setChecked(False)
            self.override_reason.clear()
        self.override_reason.setEnabled(self.override.isChecked())

    def digits_mismatch(self) -> bool:
        """The beneficiary's ID digits typed here differ from the list (only when they take the money)."""
        digits = self.last_digits.text().strip()
        cccd = self.detail.row.cccd or ""
        return bool(digits and cccd) and self.recipient.checkedId() == SELF and not cccd.endswith(digits)

    def _check_digits(self, *_args: object) -> None:
        digits = self.last_digits.text().strip()
        if not digits or self.recipient.checkedId() != SELF:
            self.id_result.setText("")
        elif not self.digits_mismatch():
            self.id_result.setText(self.tr("✓ khớp với danh sách"))
            self.id_result.setStyleSheet("color:#1b7f3b")
        else:
            self.id_result.setText(self.tr("✗ KHÔNG khớp với số CCCD trong danh sách"))
            self.id_result.setStyleSheet("color:#b00020;font-weight:600")
        self._show_override(self.digits_mismatch())

    # the right column: who takes the money, the signature -------------------------------------------

    def _recipient_box(self) -> QGroupBox:
        row = self.detail.row
        box = QGroupBox(self.tr("Người nhận tiền"))
        layout = QVBoxLayout(box)
        self.recipient = QButtonGroup(self)
        self.self_button = QRadioButton(self.tr("Chính chủ"))
        self.standing_button = QRadioButton(
            self.tr("Người nhận thay theo danh sách: %s")
            % button_text(f"{row.proxy_name} ({row.proxy_relation or '—'})")
            if row.proxy_name
            else self.tr("Không có người nhận thay trong danh sách")
        )
        self.standing_button.setEnabled(bool(row.proxy_name))
        self.other_button = QRadioButton(self.tr("Người khác nhận thay (có giấy ủy quyền)"))
        for i, button in enumerate((self.self_button, self.standing_button, self.other_button)):
            self.recipient.addButton(button, i)
            layout.addWidget(button)
        (self.standing_button if row.proxy_name else self.self_button).setChecked(True)
        if is_payment_code(row.code):  # a family's one-off payment: only the relative the office named
            self.self_button.setEnabled(False)
            self.other_button.setEnabled(False)
        self.proxy_form = QWidget()
        grid = QGridLayout(self.proxy_form)
        grid.setContentsMargins(0, 0, 0, 0)
        self.proxy_name, self.proxy_id = QLineEdit(), QLineEdit()
        self.proxy_relation, self.proxy_paper = QLineEdit(), QLineEdit()
        self.proxy_name.setPlaceholderText(self.tr("Họ tên người nhận thay"))
        self.proxy_id.setPlaceholderText(self.tr("Số CCCD người nhận thay"))
        self.proxy_relation.setPlaceholderText(self.tr("Quan hệ (con, vợ, cháu…)"))
        self.proxy_paper.setPlaceholderText(self.tr("Giấy ủy quyền số"))
        grid.addWidget(self.proxy_name, 0, 0)
        grid.addWidget(self.proxy_id, 0, 1)
        grid.addWidget(self.proxy_relation, 1, 0)
        grid.addWidget(self.proxy_paper, 1, 1)
        self.proxy_id_checked = QCheckBox(self.tr("Đã đối chiếu CCCD: đúng người nhận thay trong danh sách"))
        grid.addWidget(self.proxy_id_checked, 2, 0, 1, 2)
        layout.addWidget(self.proxy_form)
        self.recipient.idToggled.connect(self._recipient_changed)
        self._recipient_changed()
        return box

    def _recipient_changed(self, *_args: object) -> None:
        choice = self.recipient.checkedId()
        other = choice == OTHER
        self.proxy_form.setVisible(choice != SELF)
        for field in (self.proxy_name, self.proxy_relation, self.proxy_paper):
            field.setVisible(other)
        self.proxy_id_checked.setVisible(choice == STANDING)
        self.proxy_id.setEnabled(choice != SELF)
        if hasattr(self, "id_result"):
            self._check_digits()

    def _sign_box(self) -> QGroupBox:
        box = SignBox(self.tr("Người nhận ký tên"), self.tr("Điểm chỉ (người nhận không ký được)"))
        self.sign, self.pad, self.clear_button, self.thumbprint = (
            box,
            box.pad,
            box.clear_button,
            box.thumbprint,
        )
        return box

    # ending ------------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc or Thôi: a drawn signature is not dropped without asking."""
        text = self.tr("Người nhận đã ký. Đóng cửa sổ này thì chữ ký bị bỏ và chưa chi tiền.")
        if self.sign.may_close(self, text, self.tr("Bỏ chữ ký, không chi")):
            super().reject()

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)

    def _field_for(self, missing: Missing) -> QWidget:
        """Where the clerk gives what the service says is missing."""
        return {
            Missing.PROXY_NAME: self.proxy_name,
            Missing.PROXY_ID: self.proxy_id,
            Missing.PROXY_ID_SHAPE: self.proxy_id,
            Missing.AUTHORISATION: self.proxy_paper,
            Missing.ID_CHECKED: self.proxy_id_checked,
            Missing.ACKNOWLEDGEMENT: self.pad,
        }[missing]

    def _request(self) -> PayoutRequest:
        """The payout as filled in, unchecked."""
        choice = self.recipient.checkedId()
        proxy = None
        if choice == OTHER:
            proxy = Proxy(
                self.proxy_name.text(),
                self.proxy_id.text(),
                self.proxy_relation.text(),
                self.proxy_paper.text(),
            )
        elif choice == STANDING:
            proxy = Proxy("", self.proxy_id.text(), id_checked=self.proxy_id_checked.isChecked())
        overridden = self.digits_mismatch() and self.override.isChecked()
        return PayoutRequest(
            code=self.detail.row.code,
            staff=self.staff,
            proxy=proxy,
            standing_proxy=choice == STANDING,
            id_check=str(self.id_check.currentData()),
            signature_png=self.sign.signature_png(),
            thumbprint=self.thumbprint.isChecked(),
            at_home=self.at_home.isChecked(),
            id_digits=self.last_digits.text().strip() if choice == SELF else "",
            id_override=self.override_reason.text().strip() if overridden else "",
        )

    def _try_accept(self) -> None:
        request = self._request()
        if self.check is not None:
            try:
                self.check(request)
            except DeskError as exc:  # the service's refusal, as the command line gets it
                self._refuse(message(exc))
                if isinstance(exc, PayoutIncomplete) and exc.missing:
                    self._field_for(exc.missing[0]).setFocus()
                elif self.digits_mismatch():
                    (self.override_reason if self.override.isChecked() else self.override).setFocus()
                return
        self.request = request
        self.accept()
