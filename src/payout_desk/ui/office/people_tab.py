"""The office's "Tra cứu đối tượng" tab (issue 15, item 1): type a code, a CCCD or a name → everyone ever
listed who matches → one person's every month (point, amount, what came of it, who paid when on which laptop,
the point's report, the office's stop, conflicts), their death with its evidence, holds and arrears."""

from __future__ import annotations

from payout_desk.domain.clock import vn_date, vn_datetime
from payout_desk.domain.history import OUTCOME_KEYS, Outcome, PersonHistory, PersonMonth
from payout_desk.domain.money import format_vnd
from payout_desk.lang import Text
from payout_desk.services.common.errors import DeskError
from payout_desk.services.office.people import People, PersonFound
from payout_desk.ui.plain import plain
from payout_desk.ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from payout_desk.ui.rows_model import Row, RowsModel
from payout_desk.ui.words import message, report_text, said, stop_reason_text

OUTCOME_COLOURS = {
    Outcome.PAID: None,
    Outcome.UNPAID: "#fff1c2",
    Outcome.STOPPED: "#fde2e1",
    Outcome.HELD: "#e3e3e3",
}


def _table(model: RowsModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PeopleTab(QWidget):
    FOUND = ("Mã", "Họ tên", "CCCD", "Tháng gần nhất", "Điểm")
    MONTHS = (
        "Tháng",
        "Điểm",
        "Số tiền",
        "Kết quả",
        "Đã chi lúc",
        "Nhân viên",
        "Máy",
        "Người nhận",
        "Báo cáo của điểm",
        "Báo giảm",
        "Sai lệch",
    )

    def __init__(self, people: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Mã đối tượng, số CCCD hoặc họ tên (gõ không dấu cũng được)"))
        self.search.returnPressed.connect(self.find_people)
        button = QPushButton(self.tr("Tìm"))
        button.clicked.connect(self.find_people)
        bar.addWidget(QLabel(self.tr("Tra cứu:")))
        bar.addWidget(self.search, 1)
        bar.addWidget(button)
        self.note = plain(QLabel())
        self.note.setWordWrap(True)
        self.found = RowsModel([self.tr(c) for c in self.FOUND], self)
        self.found_table = _table(self.found)
        self.found_table.setMaximumHeight(170)
        self.found_table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.title = plain(QLabel())
        self.title.setStyleSheet("font-size:13pt;font-weight:600")
        self.months = RowsModel([self.tr(c) for c in self.MONTHS], self, right=(2,))
        self.months_table = _table(self.months)
        self.details = plain(QLabel())
        self.details.setWordWrap(True)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.found_table)
        layout.addWidget(self.title)
        layout.addWidget(self.months_table, 1)
        layout.addWidget(self.details)
        self.shown: PersonHistory | None = None

    # steps ----------------------------------------------------------------------------------------

    def find_people(self) -> list[PersonFound]:
        """Everyone ever listed who matches the search box; one match is shown at once."""
        text = self.search.text().strip()
        try:
            found = self.people.find(text) if text else []
        except DeskError as exc:
            self.note.setText(message(exc))
            return []
        self.found.set_rows([self._found_row(p) for p in found])
        self.note.setText(
            self.tr("Không tìm thấy ai.") if text and not found else self.tr("%d người.") % len(found)
        )
        if len(found) == 1:
            self.found_table.selectRow(0)
        return found

    def show_code(self, code: str) -> PersonHistory | None:
        try:
            person = self.people.person(code)
        except DeskError as exc:
            self.note.setText(message(exc))
            return None
        self.show_person(person)
        return person

    def _chosen(self) -> None:
        rows = self.found_table.selectionModel().selectedRows()
        if rows:
            self.show_code(self.found.row_at(rows[0].row()).key)

    # showing --------------------------------------------------------------------------------------

    def show_person(self, person: PersonHistory) -> None:
        self.shown = person
        cccd = self.tr(" · CCCD %s") % person.cccd if person.cccd else ""
        self.title.setText(f"{person.code} — {person.name}{cccd}")
        self.months.set_rows([self._month_row(m) for m in reversed(person.months)])  # newest first
        self.details.setText("\n".join(self._details(person)))

    def month_cells(self) -> list[list[str]]:
        return [list(row.cells) for row in self.months.rows()]

    def _found_row(self, p: PersonFound) -> Row:
        return Row(p.code, [p.code, p.name, p.cccd or "", p.month, p.point_code])

    def _month_row(self, m: PersonMonth) -> Row:
        paid = m.paid
        recipient = (paid.recipient or self.tr("chính chủ")) if paid else ""
        stop = (
            f"{stop_reason_text(m.stop_reason)} {vn_date(m.stop_date or '')}".strip() if m.stop_reason else ""
        )
        return Row(
            f"{m.month}",
            [
                m.month,
                f"{m.point_code} {m.point_name}",
                format_vnd(m.amount, unit=""),
                said(Text(OUTCOME_KEYS[m.outcome])),
                vn_datetime(paid.at_local) if paid else "",
                paid.staff if paid else "",
                paid.device if paid else "",
                recipient,
                report_text(m.exception),
                stop,
                ", ".join(m.conflicts),
            ],
            colour=OUTCOME_COLOURS[m.outcome] if not m.conflicts else "#ffd8a8",
        )

    def _details(self, person: PersonHistory) -> list[str]:
        lines = []
        if len(person.codes) > 1:
            lines.append(self.tr("Mã cũ của cùng người (cùng CCCD): %s") % ", ".join(person.codes[1:]))
        lines.append(self.tr("Đã cấp %s, đã chi %s.") % (format_vnd(person.issued), format_vnd(person.paid)))
        if person.unclaimed:
            lines.append(self.tr("Chưa nhận %d tháng liền.") % person.unclaimed)
        for d in person.deaths:
            when = vn_date(d.date) if d.date else self.tr("không rõ ngày")
            if d.source == "point":
                lines.append(
                    self.tr("Đã mất (%s): điểm %s báo tháng %s, người báo: %s.")
                    % (when, d.where, d.month, d.reported_by or "—")
                )
            else:
                lines.append(self.tr("Đã mất (%s): bưu cục báo giảm tháng %s.") % (when, d.month))
        for h in person.holds:
            lines.append(self.tr("Giữ lại tháng %s (%s): %s") % (h.month, h.kind, h.state))
        for a in person.arrears:
            lines.append(
                self.tr("Truy lĩnh từ %s sang %s: %s") % (a.from_month, a.to_month, format_vnd(a.amount))
            )
        return lines
