"""Đăng ký nhận qua tài khoản: a beneficiary asks to be paid by bank account (issue 17 item 5).

Made for a 1280×720 screen, two columns as the pay dialog: the bank (searchable by name, code or BIN), the
account typed twice — or the VietQR code scanned from the person's bank app (the scanner types its text and
Enter into the QR field: the bank and account are filled in, nothing is recorded) —, the holder (the
person's name as banks write it), the phone, then the person's signature or thumbprint on the right. The
record button is the default; Enter never erases the signature (SignBox). The dialog holds no rule of its
own: before it closes it asks the service (`desk.signups.check`) and shows its refusal."""

from __future__ import annotations

from collections.abc import Callable

from payout_desk.domain.accounts import bank_name_form, holder_matches
from payout_desk.domain.banks import Bank
from payout_desk.domain.signup import SignupForm
from payout_desk.domain.text import fold
from payout_desk.domain.vietqr import VietQrError, parse_vietqr
from payout_desk.services.common.errors import DeskError
from payout_desk.services.point.roster import Detail
from payout_desk.services.point.signups import SignedUp, SignupRequest
from payout_desk.ui.plain import data, rich
from payout_desk.ui.qt import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    Qt,
    QVBoxLayout,
    QWidget,
)
from payout_desk.ui.sign_box import SignBox, confirm_buttons, problem_line
from payout_desk.ui.words import message, said


class SignupDialog(QDialog):
    def __init__(
        self,
        detail: Detail,
        staff: str,
        *,
        earlier: SignedUp | None = None,
        banks: tuple[Bank, ...],
        parent: QWidget | None = None,
        check: Callable[[SignupRequest], object] | None = None,
    ) -> None:
        """`earlier`: this person's sign-up this month on this laptop (a new one needs a reason); `banks`: the
        table of banks to choose from (desk.signups.banks()); `check`:
        the service's refusal of a request (desk.signups.check), asked before the dialog closes."""
        super().__init__(parent)
        self.detail, self.staff, self.check, self.earlier = detail, staff, check, earlier
        self.request: SignupRequest | None = None
        self.setWindowTitle(self.tr("Đăng ký nhận qua tài khoản — %s") % detail.row.name)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._who())
        left.addWidget(self._account_box(banks))
        left.addStretch(1)
        self.sign = SignBox(self.tr("Người hưởng ký tên"), self.tr("Điểm chỉ (người hưởng không ký được)"))
        columns.addLayout(left, 6)
        columns.addWidget(self.sign, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        self.problem = problem_line()
        layout.addWidget(self.problem)
        buttons, self.confirm, self.cancel = confirm_buttons(
            self, self.tr("Ghi đăng ký (Enter)"), self.tr("Thôi (Esc)"), self._try_accept
        )
        layout.addWidget(buttons)
        self.bank.setFocus()

    def _who(self) -> QLabel:
        row = self.detail.row
        who = QLabel(
            f"<div style='font-size:15pt;font-weight:600'>{data(row.name)}</div>"
            f"<div>{data(row.code)} · {data(row.village)}</div>"
        )
        rich(who)  # our markup; every piece of data in it went through `data`
        who.setWordWrap(True)
        return who

    def _account_box(self, banks: tuple[Bank, ...]) -> QGroupBox:
        box = QGroupBox(self.tr("Tài khoản nhận trợ cấp"))
        form = QFormLayout(box)
        self.qr = QLineEdit()
        self.qr.setPlaceholderText(self.tr("Quét mã VietQR trên ứng dụng ngân hàng (không bắt buộc)"))
        form.addRow(self.tr("Mã VietQR"), self.qr)
        self.bank = QComboBox()
        self.bank.setEditable(True)
        self.bank.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for bank in banks:
            self.bank.addItem(f"{bank.short_name} — {bank.bin} — {bank.name}", bank.bin)
        self.bank.setCurrentIndex(-1)
        typed = self.bank.lineEdit()
        if typed is not None:
            typed.setPlaceholderText(self.tr("Gõ tên ngân hàng hoặc mã BIN"))
            typed.editingFinished.connect(self._resolve_bank)
        completer = QCompleter(self.bank.model(), self.bank)
        self.bank.setCompleter(completer)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        form.addRow(self.tr("Ngân hàng"), self.bank)
        self.account = QLineEdit()
        self.account_again = QLineEdit()
        form.addRow(self.tr("Số tài khoản"), self.account)
        form.addRow(self.tr("Nhập lại số tài khoản"), self.account_again)
        self.holder = QLineEdit(bank_name_form(self.detail.row.name))
        self.holder.textChanged.connect(self._holder_changed)
        form.addRow(self.tr("Chủ tài khoản"), self.holder)
        self.holder_confirmed = QCheckBox(self.tr("Đã xác nhận: tài khoản của người khác (vợ, chồng, con…)"))
        self.holder_confirmed.setVisible(False)
        form.addRow("", self.holder_confirmed)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("09xx xxx xxx")
        form.addRow(self.tr("Điện thoại"), self.phone)
        self.reason = QLineEdit()
        if self.earlier is not None:
            form.addRow(self.tr("Lý do thay đăng ký trước"), self.reason)
            self.reason.setPlaceholderText(
                self.tr("Đã đăng ký %s tài khoản %s") % (self.earlier.bank, self.earlier.account_masked)
            )
        return box

    def _resolve_bank(self) -> None:
        """What the clerk typed ("970436", "vietcom") names one bank of the list: show that bank."""
        text = fold(self.bank.currentText())
        index = self.bank.currentIndex()
        if not text or (index >= 0 and self.bank.currentText() == self.bank.itemText(index)):
            return
        matches = [i for i in range(self.bank.count()) if text in fold(self.bank.itemText(i))]
        if len(matches) == 1:
            self.bank.setCurrentIndex(matches[0])

    def _holder_changed(self, text: str) -> None:
        other = bool(text.strip()) and not holder_matches(text, self.detail.row.name)
        self.holder_confirmed.setVisible(other)
        if not other:
            self.holder_confirmed.setChecked(False)

    # the VietQR code ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the QR field reads the code (a scanner ends with Enter): it records nothing."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.qr.hasFocus():
            self.read_qr()
            return
        super().keyPressEvent(event)

    def read_qr(self) -> bool:
        """Fill the bank and the account from the scanned text; say why when it is not a VietQR."""
        try:
            code = parse_vietqr(self.qr.text())
        except VietQrError as exc:
            self.problem.setText(said(exc.text))
            self.qr.selectAll()
            return False
        index = self.bank.findData(code.bin)
        if index >= 0:
            self.bank.setCurrentIndex(index)
        else:
            self.bank.setEditText(code.bin)
        self.account.setText(code.account)
        self.account_again.setText(code.account)
        self.problem.setText("")
        self.phone.setFocus()
        return True

    # ending ------------------------------------------------------------------------------------------

    def bank_text(self) -> str:
        """The chosen bank's BIN, or what the clerk typed (the service finds it, or says it cannot)."""
        index = self.bank.currentIndex()
        if index >= 0 and self.bank.currentText() == self.bank.itemText(index):
            return str(self.bank.itemData(index))
        return self.bank.currentText()

    def _request(self) -> SignupRequest:
        form = SignupForm(
            bank=self.bank_text(),
            account=self.account.text(),
            account_again=self.account_again.text(),
            holder=self.holder.text(),
            phone=self.phone.text(),
            holder_confirmed=self.holder_confirmed.isChecked(),
            reason=self.reason.text(),
        )
        thumb = self.sign.thumbprint.isChecked()
        return SignupRequest(
            self.detail.row.code, form, self.staff, signature_png=self.sign.signature_png(), thumbprint=thumb
        )

    def _try_accept(self) -> None:
        request = self._request()
        if self.check is not None:
            try:
                self.check(request)
            except DeskError as exc:  # the service's refusal, as the command line gets it
                self.problem.setText(message(exc))
                return
        self.request = request
        self.accept()

    def reject(self) -> None:
        """Esc or Thôi: a drawn signature is not dropped without asking."""
        text = self.tr("Người hưởng đã ký. Đóng cửa sổ này thì chữ ký bị bỏ và chưa ghi đăng ký.")
        if self.sign.may_close(self, text, self.tr("Bỏ chữ ký, không ghi")):
            super().reject()
