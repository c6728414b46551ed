"""Closing the day's cash: count the notes by Vietnamese denomination, see any difference, give a reason."""

from __future__ import annotations

from payout_desk.domain.fold import CashPosition
from payout_desk.domain.ledger import BANKNOTES
from payout_desk.domain.money import format_vnd
from payout_desk.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class DayCloseDialog(QDialog):
    def __init__(self, cash: CashPosition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cash = cash
        self.setWindowTitle(self.tr("Kết thúc ngày — kiểm tiền"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Đã nhận %s · đã chi %s · đã nộp lại %s")
                % (format_vnd(cash.received), format_vnd(cash.paid), format_vnd(cash.returned))
            )
        )
        form = QFormLayout()
        self.counts: dict[int, QSpinBox] = {}
        for note in BANKNOTES:
            box = QSpinBox()
            box.setRange(0, 100_000)
            box.setAccelerated(True)
            box.valueChanged.connect(self._update)
            self.counts[note] = box
            form.addRow(self.tr("Tờ %s") % format_vnd(note, unit="đ"), box)
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size:13pt;font-weight:600")
        layout.addWidget(self.summary)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Lý do chênh lệch (bắt buộc khi có chênh lệch)"))
        layout.addWidget(self.reason)
        self.problem = QLabel("")
        self.problem.setStyleSheet("color:#b00020;font-weight:600")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(
            self.tr("Kết thúc ngày"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    def denominations(self) -> dict[int, int]:
        return {note: box.value() for note, box in self.counts.items() if box.value()}

    def counted(self) -> int:
        return sum(note * n for note, n in self.denominations().items())

    def difference(self) -> int:
        return self.counted() - self.cash.on_hand

    def _update(self, *_args: object) -> None:
        difference = self.difference()
        text = self.tr("Sổ sách: %s · Đếm được: %s") % (
            format_vnd(self.cash.on_hand),
            format_vnd(self.counted()),
        )
        if difference:
            text += " · " + self.tr("CHÊNH LỆCH %s") % format_vnd(difference)
            self.summary.setStyleSheet("font-size:13pt;font-weight:700;color:#b00020")
        else:
            text += " · " + self.tr("khớp")
            self.summary.setStyleSheet("font-size:13pt;font-weight:700;color:#1b7f3b")
        self.summary.setText(text)

    def _try_accept(self) -> None:
        if self.difference() and not self.reason.text().strip():
            self.problem.setText(self.tr("Có chênh lệch: đếm lại, hoặc ghi lý do."))
            return
        self.accept()
