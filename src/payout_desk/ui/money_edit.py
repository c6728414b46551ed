"""Typing an amount of money the way it is written in Vietnam: 50.000.000 — grouped by dots as you type,
dots and spaces typed by the clerk are taken, never dropped."""

from __future__ import annotations

from payout_desk.domain.money import format_vnd
from payout_desk.ui.plain import plain
from payout_desk.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    Qt,
    QVBoxLayout,
    QWidget,
)

MAX_AMOUNT = 10_000_000_000  # ten billion đồng: more than any point's month


def group(digits: str) -> str:
    """'50000000' → '50.000.000' (digits only in; '' stays '')."""
    digits = digits.lstrip("0") or ("0" if digits else "")
    out: list[str] = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    if digits:
        out.insert(0, digits)
    return ".".join(out)


class MoneyEdit(QLineEdit):
    """A line for đồng: only digits count; the text is regrouped after each keystroke, the cursor kept after
    the same digit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("0")
        self.textEdited.connect(self._regroup)

    def _regroup(self, text: str) -> None:
        digits_before_cursor = sum(c.isdigit() for c in text[: self.cursorPosition()])
        digits = "".join(c for c in text if c.isdigit())[:11]
        grouped = group(digits)
        self.setText(grouped)
        position, seen = 0, 0
        while position < len(grouped) and seen < digits_before_cursor:
            seen += grouped[position].isdigit()
            position += 1
        self.setCursorPosition(position)

    def amount(self) -> int:
        digits = "".join(c for c in self.text() if c.isdigit())
        return int(digits) if digits else 0

    def set_amount(self, amount: int) -> None:
        self.setText(group(str(amount)) if amount else "")


class CashDialog(QDialog):
    """Cash received from the post office, or returned to it: one amount, shown back in figures."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(plain(QLabel(prompt)))
        self.amount = MoneyEdit()
        self.amount.setStyleSheet("font-size:15pt")
        layout.addWidget(self.amount)
        self.echo = QLabel("")
        layout.addWidget(self.echo)
        self.problem = QLabel("")
        self.problem.setStyleSheet("color:#b00020;font-weight:600")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Ghi số tiền"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        buttons.addButton(self.tr("Thôi"), QDialogButtonBox.ButtonRole.RejectRole).setAutoDefault(False)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.amount.textChanged.connect(self._echo)
        self.amount.setFocus()

    def _echo(self, _text: str) -> None:
        value = self.amount.amount()
        self.echo.setText(format_vnd(value) if value else "")

    def _try_accept(self) -> None:
        value = self.amount.amount()
        if value <= 0:
            self.problem.setText(self.tr("Nhập số tiền lớn hơn 0."))
            return
        if value > MAX_AMOUNT:
            self.problem.setText(self.tr("Số tiền quá lớn: kiểm tra lại."))
            return
        self.accept()
