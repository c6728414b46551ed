"""Chuyển khoản (issue 17): the month's bank-transfer batches — per bank who waits and their total, the
batches already written, the people no batch may take and why — and writing the batches into a folder (the
bank's xlsx, the transfer list for the director, the signed manifest). At an office with clerks the step is
prepared for an approver (Bưu cục → Việc chờ duyệt…). Opened from the Chuyển khoản menu."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from payout_desk.domain.clock import vn_from_utc
from payout_desk.domain.money import format_vnd
from payout_desk.domain.transfer_batch import OUT_ACCOUNT, OUT_BANK, OUT_HELD, OUT_STOPPED, LeftOut
from payout_desk.services.common.errors import DeskError
from payout_desk.services.office.bank_batches import BatchRun, MonthPlan
from payout_desk.ui import dialogs
from payout_desk.ui.office.clerks import prepared_instead
from payout_desk.ui.office.register_tab import table
from payout_desk.ui.plain import plain
from payout_desk.ui.qt import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from payout_desk.ui.rows_model import Row, RowsModel
from payout_desk.ui.words import message

if TYPE_CHECKING:
    from payout_desk.ui.office_window import OfficeWindow

LEFT_OUT = "#ffd9d9"


class BankBatchDialog(QDialog):
    """The month's transfers per bank, and the step that writes the batches."""

    def __init__(self, office: OfficeWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or office)
        self.office = office
        self.plan: MonthPlan | None = None
        self.last: BatchRun | None = None
        self.setWindowTitle(self.tr("Bảng kê chuyển khoản — tháng %s") % office.month_text())
        layout = QVBoxLayout(self)
        self.summary = plain(QLabel())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.banks = RowsModel(
            [self.tr("Ngân hàng"), self.tr("Số người"), self.tr("Tổng tiền"), self.tr("Tình trạng")], self
        )
        layout.addWidget(table(self.banks, (220, 90, 150), whole=(1,)), 2)
        layout.addWidget(plain(QLabel(self.tr("Không đưa vào bảng kê nào (và lý do):"))))
        self.left = RowsModel(
            [
                self.tr("Dòng"),
                self.tr("Mã đối tượng"),
                self.tr("Họ và tên"),
                self.tr("Số tiền"),
                self.tr("Lý do"),
            ],
            self,
        )
        layout.addWidget(table(self.left, (60, 120, 220, 120), whole=(0, 1)), 2)
        self.problem = plain(QLabel())
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#a61b1b")
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.write_button = QPushButton(self.tr("Lập bảng kê vào thư mục…"))
        self.write_button.clicked.connect(self.ask_write)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.accept)
        buttons.addStretch(1)
        buttons.addWidget(self.write_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self.setMaximumSize(1240, 680)
        self.refresh()

    def reason(self, out: LeftOut) -> str:
        said = {
            OUT_ACCOUNT: self.tr("Số tài khoản không dùng được"),
            OUT_BANK: self.tr("Không nhận ra ngân hàng"),
            OUT_HELD: self.tr("Đang giữ lại (báo tử, đã báo giảm trước)"),
            OUT_STOPPED: self.tr("Đã xác nhận báo giảm"),
        }.get(out.reason, out.reason)
        return f"{said}: {out.detail}" if out.detail else said

    def refresh(self) -> None:
        try:
            self.plan = plan = self.office.desk.bank.plan(self.office.month_text())
        except DeskError as exc:
            self.plan = None
            self.summary.setText(message(exc))
            self.banks.set_rows([])
            self.left.set_rows([])
            self.write_button.setEnabled(False)
            return
        rows = [
            Row(f"w{w.bank_bin}", [f"{w.bank_short_name} ({w.bank_bin})", str(w.people), format_vnd(w.total),
                                   self.tr("Chờ lập bảng kê")])
            for w in plan.waiting
        ]  # fmt: skip
        rows += [
            Row(f"b{b.id}", [f"{b.bank_short_name} ({b.bank_bin})", str(b.lines), format_vnd(b.total),
                             self.tr("Đã lập bảng kê số %d lúc %s") % (b.number, vn_from_utc(b.created_at))])
            for b in plan.batches
        ]  # fmt: skip
        self.banks.set_rows(rows)
        self.left.set_rows(
            [
                Row(x.code, [str(x.row), x.code, x.name, format_vnd(x.amount), self.reason(x)], colour=LEFT_OUT,
                    tooltip=self.reason(x))
                for x in plan.left_out
            ]
        )  # fmt: skip
        waiting = sum(w.people for w in plan.waiting)
        self.summary.setText(
            self.tr("%d người nhận qua tài khoản: %d chờ lập bảng kê (%s), %d đã có trong bảng kê, %d không đưa vào được.")
            % (plan.lines, waiting, format_vnd(sum(w.total for w in plan.waiting)), plan.already_sent,
               len(plan.left_out))
        )  # fmt: skip
        self.write_button.setEnabled(waiting > 0)

    def ask_write(self) -> None:
        desk, month = self.office.desk, self.office.month_text()
        if prepared_instead(self.office, lambda: desk.approvals.prepare_bank_batch(month)):
            return
        folder = dialogs.choose_folder(self, self.tr("Thư mục ghi bảng kê chuyển khoản"))
        if folder is not None:
            self.write(folder)

    def write(self, folder: Path) -> None:
        """The batches written through `office.bank`, off the window's thread (10,000 lines take seconds);
        a refusal: its sentence, nothing written."""
        month = self.office.month_text()
        self.write_button.setEnabled(False)
        self.problem.clear()
        self.office.work.run(
            lambda: self.office.desk.bank.write(month, folder),
            lambda run: self.written(run, folder),
            failed=self.refused,
        )

    def written(self, run: BatchRun, folder: Path) -> None:
        self.last = run
        per_bank = "; ".join(f"{b.bank_short_name}: {b.lines} — {format_vnd(b.total)}" for b in run.batches)
        self.office.say(
            self.tr("Đã lập %d bảng kê chuyển khoản (%s) vào %s.") % (len(run.batches), per_bank, str(folder))
        )
        self.refresh()

    def refused(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.refresh()


def ask_bank_batches(office: OfficeWindow) -> BankBatchDialog:
    dialog = BankBatchDialog(office)
    dialog.exec()
    return dialog
