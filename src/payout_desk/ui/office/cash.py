"""Tiền mặt các điểm (issue 16, items 2 and 3): the office's cash issue to a point for the month (point,
amount, note; a wrong entry voided with a reason), the month's issues, and each point's cash per day from its
laptops — received, paid, returned, counted, the difference and its reason, the clerks' notes — with the flags
(negative balance, count short or over, payouts but no count, receipts that differ from what was issued).
Opened from the Tiền mặt menu; the dashboard's line of flagged points comes from `cash_flags_line`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from payout_desk.domain.cash_days import CashDay, PointCash
from payout_desk.domain.cash_office import FLAG_KEYS, CashIssue
from payout_desk.domain.money import format_vnd
from payout_desk.lang import Text
from payout_desk.services.common.errors import DeskError
from payout_desk.services.office.point_cash import MonthCash
from payout_desk.ui import dialogs
from payout_desk.ui.money_edit import MoneyEdit
from payout_desk.ui.office.register_tab import table
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
from payout_desk.ui.rows_model import Row, RowsModel
from payout_desk.ui.words import message, said

if TYPE_CHECKING:
    from payout_desk.ui.office_window import OfficeWindow

FLAGGED, VOIDED = "#ffd9d9", "#e6e6e6"


def flags_said(flags: list[str]) -> str:
    return "; ".join(said(Text(FLAG_KEYS[f])) for f in flags if f in FLAG_KEYS)


def _money(amount: int | None) -> str:
    return "—" if amount is None else format_vnd(amount)


class OfficeCashDialog(QDialog):
    """The month's cash: issue to a point, the issues (void one), the points' days."""

    def __init__(self, office: OfficeWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or office)
        self.office = office
        self.issues: list[CashIssue] = []
        self.setWindowTitle(self.tr("Tiền mặt các điểm — tháng %s") % office.month_text())
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.point = QComboBox()
        for point in office.desk.devices.points():
            self.point.addItem(f"{point.code} — {point.name}", point.code)
        self.amount = MoneyEdit()
        self.note = QLineEdit()
        self.by = QLineEdit()
        self.by.setPlaceholderText(
            self.tr("Người xuất tiền (để trống: cán bộ đang làm việc, hoặc tên bưu cục)")
        )
        form.addRow(self.tr("Điểm chi trả"), self.point)
        form.addRow(self.tr("Số tiền xuất (đồng)"), self.amount)
        form.addRow(self.tr("Ghi chú"), self.note)
        form.addRow(self.tr("Người xuất"), self.by)
        layout.addLayout(form)
        issue_bar = QHBoxLayout()
        self.issue_button = QPushButton(self.tr("Ghi xuất tiền cho điểm"))
        self.issue_button.clicked.connect(self.issue)
        issue_bar.addStretch(1)
        issue_bar.addWidget(self.issue_button)
        layout.addLayout(issue_bar)
        self.problem = plain(QLabel())
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#a61b1b")
        layout.addWidget(self.problem)
        self.issue_rows = RowsModel(
            [
                self.tr("Số"),
                self.tr("Điểm"),
                self.tr("Số tiền"),
                self.tr("Lúc (UTC)"),
                self.tr("Người xuất"),
                self.tr("Ghi chú"),
                self.tr("Tình trạng"),
            ],
            self,
        )
        self.issue_view = table(self.issue_rows, (40, 60, 120, 130, 140, 160), whole=(0, 1))
        layout.addWidget(self.issue_view, 1)
        void_bar = QHBoxLayout()
        self.void_button = QPushButton(self.tr("Hủy lần xuất đã chọn…"))
        self.void_button.clicked.connect(self.ask_void)
        void_bar.addStretch(1)
        void_bar.addWidget(self.void_button)
        layout.addLayout(void_bar)
        self.summary = plain(QLabel())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.day_rows = RowsModel(
            [
                self.tr("Điểm"),
                self.tr("Ngày"),
                self.tr("Máy"),
                self.tr("Nhận"),
                self.tr("Đã chi"),
                self.tr("Nộp lại"),
                self.tr("Sổ sách còn"),
                self.tr("Kiểm đếm"),
                self.tr("Chênh lệch"),
                self.tr("Lý do, ghi chú"),
                self.tr("Cảnh báo"),
            ],
            self,
        )
        self.day_view = table(self.day_rows, (50, 90, 120, 110, 110, 90, 110, 110, 90, 180), whole=(0, 1))
        layout.addWidget(self.day_view, 2)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.resize(1200, 640)
        self.setMaximumSize(1340, 700)
        self.refresh()

    def refresh(self) -> None:
        desk, month = self.office.desk, self.office.month_text()
        try:
            self.issues = desk.cash.month(month)
            cash = desk.point_cash.month(month)
        except DeskError as exc:
            self.problem.setText(message(exc))
            return
        self.issue_rows.set_rows([self._issue_row(i) for i in self.issues])
        self.day_rows.set_rows([row for p in cash.points for row in self._point_rows(p, cash)])
        self.summary.setText(self.summary_text(cash))

    def summary_text(self, cash: MonthCash) -> str:
        parts = [
            self.tr("%s: bưu cục xuất %s, điểm khai nhận %s")
            % (p.code, format_vnd(p.issued), format_vnd(p.received))
            + (f" — {flags_said(p.flags)}" if p.flags else "")
            for p in cash.points
            if p.issued or p.received or p.flags
        ]
        return "\n".join(parts) or self.tr("Chưa có tiền mặt nào được ghi trong tháng này.")

    def _issue_row(self, i: CashIssue) -> Row:
        state = (
            self.tr("Đã hủy %s (%s): %s") % (i.voided_at[:10], i.voided_by or "", i.void_reason or "")
            if i.voided_at
            else self.tr("Còn hiệu lực")
        )
        cells = [
            str(i.id),
            i.point_code,
            format_vnd(i.amount),
            i.issued_at[:16].replace("T", " "),
            i.issued_by,
        ]
        cells += [i.note, state]
        return Row(
            str(i.id), cells, colour=None if i.standing else VOIDED, tooltip=f"{i.point_name}: {i.note}"
        )

    def _point_rows(self, p: PointCash, cash: MonthCash) -> list[Row]:
        return [self._day_row(p, d, cash) for d in p.days]

    @staticmethod
    def _day_row(p: PointCash, d: CashDay, cash: MonthCash) -> Row:
        said_notes = " · ".join(x for x in (d.reason, *d.notes) if x)
        cells = [p.code, d.date, cash.device_name(d.device), format_vnd(d.received), format_vnd(d.paid)]
        cells += [format_vnd(d.returned), format_vnd(d.balance), _money(d.counted), _money(d.difference)]
        cells += [said_notes, flags_said(d.flags)]
        key = f"{p.code}/{d.date}/{d.device}"
        return Row(key, cells, colour=FLAGGED if d.flags else None, tooltip=said_notes)

    def issue(self) -> CashIssue | None:
        """Record the issue through `office.cash`; a bad amount or point: its sentence, nothing recorded."""
        try:
            made = self.office.desk.cash.issue(
                str(self.point.currentData() or ""),
                self.amount.text(),
                self.office.month_text(),
                by=self.by.text(),
                note=self.note.text(),
            )
        except DeskError as exc:
            self.problem.setText(message(exc))
            return None
        self.problem.clear()
        self.amount.clear()
        self.note.clear()
        self.office.say(
            self.tr("Đã ghi xuất %s cho điểm %s (lần số %d).")
            % (format_vnd(made.amount), made.point_code, made.id)
        )
        self.refresh()
        self.office.refresh_now()
        return made

    def chosen(self) -> CashIssue | None:
        picked = self.issue_view.selectionModel().selectedRows()
        if not picked:
            return None
        key = self.issue_rows.row_at(picked[0].row()).key
        return next((i for i in self.issues if str(i.id) == key), None)

    def ask_void(self) -> None:
        chosen = self.chosen()
        if chosen is None or not chosen.standing:
            return
        reason = dialogs.ask_text(
            self, self.tr("Hủy lần xuất tiền"), self.tr("Lý do hủy lần xuất số %d:") % chosen.id
        )
        if reason:
            self.void(chosen.id, reason)

    def void(self, issue_id: int, reason: str) -> CashIssue | None:
        try:
            done = self.office.desk.cash.void(issue_id, reason, by=self.by.text())
        except DeskError as exc:
            self.problem.setText(message(exc))
            return None
        self.problem.clear()
        self.office.say(self.tr("Đã hủy lần xuất tiền số %d.") % done.id)
        self.refresh()
        self.office.refresh_now()
        return done


def cash_flags(office: OfficeWindow) -> tuple[str, str]:
    """The dashboard's line — the points whose cash is flagged, each with its first flag — and the whole of
    it for the tooltip (("", "") when none is)."""
    try:
        cash = office.desk.point_cash.month(office.month_text())
    except DeskError:
        return "", ""
    short = ", ".join(
        f"{p.code} ({flags_said(p.flags[:1])}{' …' if len(p.flags) > 1 else ''})" for p in cash.flagged
    )
    return short, "\n".join(f"{p.code}: {flags_said(p.flags)}" for p in cash.flagged)


def ask_cash(office: OfficeWindow) -> OfficeCashDialog:
    dialog = OfficeCashDialog(office)
    dialog.exec()
    return dialog
