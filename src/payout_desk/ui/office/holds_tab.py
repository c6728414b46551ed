"""Giữ lại: the month's people kept off the lists (issue 15) — held at the register import because an
earlier month recorded their death or stop, or held by the office — with the evidence, and the two ways a
hold ends: back on the list (a reason asked), or the stop confirmed."""

from __future__ import annotations

from collections.abc import Callable

from payout_desk.domain.money import format_vnd
from payout_desk.services.office.holds import HoldInfo, evidence_text, kind_text, state_text
from payout_desk.ui.office.register_tab import table
from payout_desk.ui.plain import plain
from payout_desk.ui.qt import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, Signal
from payout_desk.ui.rows_model import Row, RowsModel
from payout_desk.ui.words import said

HELD_COLOUR, DECIDED_COLOUR = "#fff1c2", "#d9f2d9"


class HoldsTab(QWidget):
    release_wanted = Signal(str)  # the person's code
    confirm_wanted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.holds: list[HoldInfo] = []
        layout = QVBoxLayout(self)
        self.summary = plain(QLabel(self.tr("Không có ai bị giữ lại trong tháng này.")))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.rows = RowsModel(
            [
                self.tr("Mã"),
                self.tr("Họ tên"),
                self.tr("Điểm"),
                self.tr("Số tiền"),
                self.tr("Vì sao giữ lại"),
                self.tr("Căn cứ"),
                self.tr("Tình trạng"),
            ],
            self,
        )
        self.view = table(self.rows, (80, 180, 60, 110, 140, 320), whole=(0,))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._chosen_changed())
        layout.addWidget(self.view, 1)
        bar = QHBoxLayout()
        self.release_button = QPushButton(self.tr("Đưa lại danh sách…"))
        self.confirm_button = QPushButton(self.tr("Xác nhận báo giảm…"))
        self.release_button.clicked.connect(lambda: self._emit(self.release_wanted.emit))
        self.confirm_button.clicked.connect(lambda: self._emit(self.confirm_wanted.emit))
        bar.addStretch(1)
        bar.addWidget(self.release_button)
        bar.addWidget(self.confirm_button)
        layout.addLayout(bar)
        self._chosen_changed()

    def show_holds(self, holds: list[HoldInfo]) -> None:
        self.holds = holds
        self.rows.set_rows([self._row(h) for h in holds])
        waiting = sum(1 for h in holds if h.state == "held")
        self.summary.setText(
            self.tr("%d người đang giữ lại, chờ bưu cục quyết định (%d đã quyết định).")
            % (waiting, len(holds) - waiting)
            if holds
            else self.tr("Không có ai bị giữ lại trong tháng này.")
        )
        self._chosen_changed()

    def chosen(self) -> HoldInfo | None:
        picked = self.view.selectionModel().selectedRows()
        if not picked:
            return None
        code = self.rows.row_at(picked[0].row()).key
        return next((h for h in self.holds if h.code == code), None)

    def choose(self, code: str) -> None:
        for number, h in enumerate(self.holds):
            if h.code == code:
                self.view.selectRow(number)

    def _row(self, h: HoldInfo) -> Row:
        evidence = said(evidence_text(h))
        cells = [h.code, h.name, h.point_code, format_vnd(h.amount), said(kind_text(h)), evidence]
        cells.append(said(state_text(h)) + (f" — {h.reason}" if h.reason else ""))
        colour = HELD_COLOUR if h.state == "held" else DECIDED_COLOUR
        return Row(h.code, cells, colour=colour, tooltip=f"{h.code} {h.name}: {evidence}")

    def _chosen_changed(self) -> None:
        h = self.chosen()
        waiting = h is not None and h.state == "held"
        self.release_button.setEnabled(waiting)
        self.confirm_button.setEnabled(waiting)

    def _emit(self, emit: Callable[[str], object]) -> None:
        h = self.chosen()
        if h is not None:
            emit(h.code)
