"""Chuyển khoản → Nhập kết quả ngân hàng… (issue 17): the bank's result file taken in — the clerk chooses what
happens to failed transfers (on the point's cash list by báo tăng, carried to next month, or only listed;
the office's setting by default), picks the file; the dialog shows the summary, each line with its result,
and the transfers per bank as they now stand. `BankStatePanel` is that per-bank table, on the dashboard too."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from payout_desk.domain.money import format_vnd
from payout_desk.domain.settlement import MonthSettlement
from payout_desk.domain.transfer_results import Verdict
from payout_desk.services.common.errors import DeskError
from payout_desk.services.office.bank_results import CARRY, CASH, LIST, LineReport, ResultsReport
from payout_desk.services.office.devices import AmendReport
from payout_desk.ui import dialogs
from payout_desk.ui.office.clerks import prepared_instead
from payout_desk.ui.office.register_tab import table
from payout_desk.ui.plain import plain
from payout_desk.ui.qt import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from payout_desk.ui.rows_model import Row, RowsModel
from payout_desk.ui.words import message, said

if TYPE_CHECKING:
    from payout_desk.ui.office_window import OfficeWindow

FLAGGED = "#fff1c2"
FAILED = "#ffd9d9"


class BankStatePanel(QWidget):
    """The month's transfers per bank: lines, sent, paid, failed, waiting, not sent, failures moved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = plain(QLabel(self.tr("Chuyển khoản theo ngân hàng")))
        self.heading.setStyleSheet("font-weight:600")
        heads = (self.tr("Ngân hàng"), self.tr("Số người"), self.tr("Số tiền"), self.tr("Đã gửi"),
                 self.tr("Đã chuyển"), self.tr("CK lỗi"), self.tr("Chờ kết quả"), self.tr("Chưa gửi"),
                 self.tr("Lỗi → tiền mặt"), self.tr("Lỗi → tháng sau"))  # fmt: skip
        self.model = RowsModel(list(heads), self, right=range(1, 10))
        self.view = table(self.model, (190, 75, 120, 70, 85, 60, 105, 75, 120), whole=(0,))
        self.view.setMaximumHeight(150)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)
        self.setVisible(False)

    def show_banks(self, settled: MonthSettlement) -> None:
        self.model.set_rows(
            [
                Row(b.bin or "?", [f"{b.name or self.tr('Ngân hàng không rõ')} ({b.bin or '—'})", str(b.lines.people),
                                   format_vnd(b.lines.money), str(b.sent.people), str(b.paid.people),
                                   str(b.failed.people), str(b.waiting.people), str(b.not_sent.people),
                                   str(b.to_cash.people), str(b.carried.people)],
                    colour=FAILED if b.failed.people > b.to_cash.people + b.carried.people else None)
                for b in settled.banks
            ]
        )  # fmt: skip
        total = settled.total
        self.heading.setText(
            self.tr("Chuyển khoản theo ngân hàng — đã chuyển %d/%d người · %s / %s · lỗi đưa vào tiền mặt: %d")
            % (total.transfer_paid.people, total.transfer_issued.people, format_vnd(total.transfer_paid.money),
               format_vnd(total.transfer_issued.money), total.transfer_to_cash.people)
        )  # fmt: skip
        self.setVisible(bool(settled.banks))


class BankResultsDialog(QDialog):
    """The bank's result file in, and what it did."""

    def __init__(self, office: OfficeWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or office)
        self.office = office
        self.last: ResultsReport | None = None
        self.setWindowTitle(self.tr("Kết quả chuyển khoản của ngân hàng — tháng %s") % office.month_text())
        layout = QVBoxLayout(self)
        choice = QHBoxLayout()
        choice.addWidget(plain(QLabel(self.tr("Người chuyển khoản lỗi:"))))
        self.failed = QComboBox()
        for value, label in ((CASH, self.tr("Báo tăng vào danh sách chi tiền mặt của điểm")),
                             (CARRY, self.tr("Chuyển sang tháng sau (truy lĩnh)")), (LIST, self.tr("Chỉ liệt kê"))):  # fmt: skip
            self.failed.addItem(label, value)
        self.failed.setCurrentIndex(max(0, self.failed.findData(office.desk.bank_results.failed_action())))
        choice.addWidget(self.failed, 1)
        layout.addLayout(choice)
        self.summary = plain(QLabel(self.tr("Chọn file kết quả ngân hàng gửi về (.xlsx hoặc .csv).")))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        heads = (self.tr("Dòng"), self.tr("Mã đối tượng"), self.tr("Họ và tên"), self.tr("Số tiền"),
                 self.tr("Kết quả"), self.tr("Ghi chú"))  # fmt: skip
        self.lines = RowsModel(list(heads), self, right=(3,))
        layout.addWidget(table(self.lines, (50, 110, 190, 110, 110), whole=(0, 1)), 2)
        self.problem = plain(QLabel())
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#a61b1b")
        layout.addWidget(self.problem)
        self.banks = BankStatePanel(self)
        layout.addWidget(self.banks)
        buttons = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Chọn file kết quả…"))
        self.choose_button.clicked.connect(self.ask_file)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.accept)
        self.to_cash_button = QPushButton(self.tr("Đưa người chuyển khoản lỗi vào danh sách tiền mặt…"))
        self.to_cash_button.clicked.connect(self.ask_to_cash)
        buttons.addWidget(self.to_cash_button)
        buttons.addStretch(1)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(940, 580)
        self.setMaximumSize(1240, 680)
        self._show_banks()

    def _show_banks(self) -> None:
        try:
            self.banks.show_banks(self.office.desk.status.month(self.office.month_text()).settlement)
            waiting = self.office.desk.bank_results.waiting_failures(self.office.month_text())
        except DeskError:
            self.banks.setVisible(False)
            waiting = []
        self.to_cash_button.setEnabled(bool(waiting))

    def ask_to_cash(self) -> None:
        """The failures taken in with “only listed” onto the cash lists: prepared for an approver at an office
        with clerks, else written into a folder the clerk picks."""
        desk, month = self.office.desk, self.office.month_text()
        if prepared_instead(self.office, lambda: desk.approvals.prepare_failed_to_cash(month)):
            return
        folder = dialogs.choose_folder(self, self.tr("Thư mục ghi báo tăng"))
        if folder is not None:
            self.to_cash(folder)

    def to_cash(self, folder: Path) -> list[AmendReport] | None:
        try:
            done = self.office.desk.bank_results.failed_to_cash(self.office.month_text(), folder)
        except DeskError as exc:
            self.problem.setText(message(exc))
            return None
        self.problem.clear()
        codes = [c.code for a in done for c in a.changes]
        self.summary.setText(
            self.tr("Đã báo tăng %d người chuyển khoản lỗi vào danh sách tiền mặt: %s")
            % (len(codes), ", ".join(str(a.path) for a in done))
        )
        self._show_banks()
        self.office.refresh_now()
        return done

    def ask_file(self) -> None:
        path = dialogs.open_file(
            self, self.tr("File kết quả chuyển khoản"), [self.tr("Kết quả ngân hàng (*.xlsx *.xls *.csv)")]
        )
        if path is not None:
            self.take_in(path)

    def take_in(self, path: Path) -> ResultsReport | None:
        """The file through `office.bank_results`; a refusal: its sentence, nothing recorded. The báo tăng
        files go beside the result file."""
        try:
            report = self.office.desk.bank_results.import_file(
                path, self.office.month_text(), failed=str(self.failed.currentData()), out_dir=path.parent
            )
        except DeskError as exc:
            self.problem.setText(message(exc))
            return None
        self.last = report
        self.problem.clear()
        lines = [said(report.head())]
        if report.amendments:
            lines.append(self.tr("Báo tăng gửi điểm: %s") % ", ".join(str(a.path) for a in report.amendments))
        if report.carried:
            lines.append(self.tr("Chuyển sang tháng sau: %s") % ", ".join(report.carried))
        if not report.changed:
            lines.append(self.tr("Không có gì thay đổi: các kết quả này đã được ghi nhận."))
        self.summary.setText("\n".join(lines))
        self.lines.set_rows([self._row(x) for x in report.lines])
        self._show_banks()
        self.office.say(lines[0])
        self.office.refresh_now()
        return report

    def _row(self, x: LineReport) -> Row:
        result = {
            Verdict.PAID: self.tr("Đã chuyển"),
            Verdict.FAILED: self.tr("Chuyển lỗi"),
            Verdict.UNCHANGED: self.tr("Đã ghi nhận trước"),
            Verdict.FLAGGED: self.tr("Cần xem lại"),
        }[x.verdict]
        action = {CASH: self.tr("→ danh sách tiền mặt"), CARRY: self.tr("→ tháng sau"), LIST: ""}.get(
            x.action or "", ""
        )
        note = said(x.flag_text()) or " ".join(part for part in (x.reason, action) if part)
        colour = FLAGGED if x.verdict == Verdict.FLAGGED else FAILED if x.reason or x.action else None
        return Row(str(x.row), [str(x.row), x.code or "", x.name, format_vnd(x.amount), result, note], colour=colour,
                   tooltip=note)  # fmt: skip


def ask_bank_results(office: OfficeWindow) -> BankResultsDialog:
    dialog = BankResultsDialog(office)
    dialog.exec()
    return dialog
