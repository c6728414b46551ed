"""Conflicts: two records that cannot both be right (paid twice, paid after a stop…), each with both
records side by side. Nothing is deleted: a person at the office records what was decided, and by whom."""

from __future__ import annotations

from typing import Any

from payout_desk.domain.clock import vn_datetime, vn_from_utc
from payout_desk.domain.fold import ConflictKind
from payout_desk.domain.ledger import Kind
from payout_desk.domain.money import format_vnd
from payout_desk.services.common.report_override import override_line
from payout_desk.services.office.status import ConflictReport
from payout_desk.services.office.transfers import listed_text
from payout_desk.ui.office.register_tab import scrolled, table
from payout_desk.ui.plain import data, plain, rich
from payout_desk.ui.qt import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from payout_desk.ui.rows_model import Row, RowsModel
from payout_desk.ui.words import english, report_text

OPEN_COLOUR, RESOLVED_COLOUR = "#f8d0d0", "#d9f2d9"
EVENT_VI = {"payout": "chi tiền", "report": "báo", "void": "hủy"}


def conflict_text(kind: str) -> str:
    try:
        conflict = ConflictKind(kind)
    except ValueError:
        return kind
    return conflict.label_en if english() else conflict.label_vi


def event_line(event: dict[str, Any]) -> str:
    """One record of a conflict as the office reads it."""
    if "presented_hash" in event:  # a fork: the device showed two histories
        return (
            f"{event.get('device_name')}: #{event.get('seq')} — "
            f"{event.get('known_hash', '')[:12]}… ≠ {event.get('presented_hash', '')[:12]}…, "
            f"{vn_from_utc(str(event.get('detected_at') or ''))}"
        )
    if (place := listed_text(event)) is not None:  # a person on two lists: one of the lists
        return place.en if english() else place.vi
    kind = str(event.get("kind"))
    what = EVENT_VI.get(kind, kind)
    if kind == Kind.PAYOUT:
        recipient = event.get("recipient")
        what += f" {format_vnd(int(event.get('amount') or 0))}"
        what += " cho chính chủ" if recipient == "self" else f" cho {recipient} (nhận thay)"
        what += " tại nhà" if event.get("at_home") else ""
    elif kind == Kind.REPORT:
        what += f" {report_text(str(event.get('report'))) or event.get('report')}"
    return (
        f"{vn_datetime(str(event.get('at_local') or ''))} — {event.get('device_name')} #{event.get('seq')}"
        f" — {event.get('staff') or ''}: {what} (danh sách lần {event.get('revision')})"
    )


def override_lines(conflict: ConflictReport) -> list[str]:
    """ "Laptop B voided laptop A's report — reason: …" when the conflict is such an override (else none)."""
    line = override_line(conflict.events)
    if line is None:
        return []
    return [line.en if english() else line.vi]


class ConflictsTab(QWidget):
    resolve_wanted = Signal(str, str, str)  # conflict id, note, by

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conflicts: dict[str, ConflictReport] = {}
        layout = QVBoxLayout(self)
        self.summary = plain(QLabel())
        layout.addWidget(self.summary)
        self.model = RowsModel(
            [self.tr("Điểm"), self.tr("Loại"), self.tr("Mã"), self.tr("Họ và tên"), self.tr("Quyết định")],
            self,
        )
        self.view = table(self.model, (50, 230, 100, 180), whole=(0, 2))
        self.view.clicked.connect(self._selected)
        self.view.activated.connect(self._selected)
        detail = QWidget()
        form = QFormLayout(detail)
        self.records = rich(QLabel(self.tr("Chọn một sai lệch để xem hai lần ghi.")))  # data through `data`
        self.records.setWordWrap(True)
        self.records.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            self.tr("Quyết định: ví dụ “đã thu hồi 2.789.000 đ lần chi thứ hai, biên bản số 12”")
        )
        self.note.setMaximumHeight(80)
        self.note.setTabChangesFocus(True)
        self.by = QLineEdit()
        self.by.setPlaceholderText(self.tr("họ tên người quyết định"))
        self.by.returnPressed.connect(self._resolve)
        self.missing = plain(QLabel())  # what the form still needs, in words
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color:#a61b1b")
        self.missing.hide()
        self.resolve_button = QPushButton(self.tr("Ghi quyết định"))
        self.resolve_button.setEnabled(False)
        self.resolve_button.clicked.connect(self._resolve)
        form.addRow(self.records)
        form.addRow(self.tr("Quyết định"), self.note)
        form.addRow(self.tr("Người quyết định"), self.by)
        form.addRow(self.missing)
        form.addRow(self.resolve_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(scrolled(detail))  # many records: the form scrolls, its button stays reachable
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.selected: str | None = None

    def show_conflicts(self, conflicts: list[ConflictReport]) -> None:
        self._conflicts = {c.conflict_id: c for c in conflicts}
        self.model.set_rows(
            [
                Row(
                    c.conflict_id,
                    [
                        c.point_code,
                        conflict_text(c.kind),
                        c.beneficiary_code or "",
                        c.beneficiary_name or "",
                        (
                            f"{c.resolution['note']} — {c.resolution['by']}"
                            if c.resolution
                            else self.tr("chưa xử lý")
                        ),
                    ],
                    colour=RESOLVED_COLOUR if c.resolution else OPEN_COLOUR,
                    tooltip="\n".join([*(event_line(e) for e in c.events), *override_lines(c)]),
                )
                for c in conflicts
            ]
        )
        open_ = sum(1 for c in conflicts if c.resolution is None)
        self.summary.setText(
            self.tr("%d sai lệch, %d chưa xử lý. Không xóa lần ghi nào: ghi quyết định để khép lại.")
            % (len(conflicts), open_)
        )
        if self.selected not in self._conflicts:  # show the first open one (or none)
            self.selected = next((c.conflict_id for c in conflicts if c.resolution is None), None)
        if self.selected is None:
            self.records.setText(self.tr("Chọn một sai lệch để xem hai lần ghi."))
            self.resolve_button.setEnabled(False)
        else:
            self.select(self.selected)

    def select(self, conflict_id: str) -> None:
        for row, item in enumerate(self.model.rows()):
            if item.key == conflict_id:
                self.view.selectRow(row)
                self._show(self._conflicts[conflict_id])

    def _selected(self, index: QModelIndex) -> None:
        if index.isValid():
            self._show(self._conflicts[self.model.row_at(index.row()).key])

    def _show(self, conflict: ConflictReport) -> None:
        self.selected = conflict.conflict_id
        head = f"{conflict.point_code} {conflict.beneficiary_code or ''} {conflict.beneficiary_name or ''}"
        lines = [f"<b>{data(conflict_text(conflict.kind))}</b> — {data(head)}"]
        lines += [f"• {data(event_line(e))}" for e in conflict.events]
        lines += [f"<b>{data(line)}</b>" for line in override_lines(conflict)]  # a reason is typed text
        if conflict.resolution:
            lines.append(
                data(
                    self.tr("Đã quyết định: %s — %s, %s")
                    % (
                        conflict.resolution["note"],
                        conflict.resolution["by"],
                        vn_from_utc(conflict.resolution["at"]),
                    )
                )
            )
        self.records.setText("<br>".join(lines))
        self.resolve_button.setEnabled(True)

    def _resolve(self) -> None:
        """Ask for what is missing in words (what was decided, who decided), else hand the decision on."""
        if self.selected is None:
            return
        note, by = self.note.toPlainText().strip(), self.by.text().strip()
        if not note:
            self._ask(
                self.tr("Ghi nội dung quyết định: đã làm gì (ví dụ thu lại tiền, biên bản số mấy)."),
                self.note,
            )
        elif not by:
            self._ask(self.tr("Ghi họ tên người quyết định."), self.by)
        else:
            self.missing.hide()
            self.resolve_wanted.emit(self.selected, note, by)

    def _ask(self, text: str, field: QWidget) -> None:
        self.missing.setText(text)
        self.missing.show()
        field.setFocus()

    def resolved(self) -> None:
        self.note.clear()
        self.missing.hide()
