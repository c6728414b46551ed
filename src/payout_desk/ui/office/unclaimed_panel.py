"""The dashboard's panel "Chưa nhận nhiều tháng" (issue 15, item 4): the people listed and not collected for
the office's flag threshold or more months in a row, up to the month shown — how many, and who."""

from __future__ import annotations

from payout_desk.domain.money import format_vnd
from payout_desk.domain.month import Month
from payout_desk.services.common.errors import DeskError
from payout_desk.services.office.unclaimed import Unclaimed, UnclaimedWatch, UnclaimedWatchPart
from payout_desk.ui.plain import plain
from payout_desk.ui.qt import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from payout_desk.ui.rows_model import Row, RowsModel
from payout_desk.ui.words import report_text

SUSPEND_COLOUR = "#fde2e1"


def months_text(months: tuple[str, ...]) -> str:
    """ "T11, T12/2026, T1/2027" — the months of a run, short."""
    return ", ".join(f"T{Month.parse(m).month}/{Month.parse(m).year}" for m in months)


def watch_of(part: UnclaimedWatchPart, month: str) -> UnclaimedWatch | None:
    """The month's flagged people (the flag threshold), or None when the month has no issued list."""
    try:
        return part.watch(None, month)
    except DeskError:
        return None


class UnclaimedPanel(QGroupBox):
    COLUMNS = ("Mã", "Họ tên", "Điểm", "Số tháng liền", "Các tháng", "Số tiền", "Báo cáo của điểm")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Chưa nhận nhiều tháng"))
        layout = QVBoxLayout(self)
        self.summary = plain(QLabel())
        self.summary.setWordWrap(True)
        self.model = RowsModel([self.tr(c) for c in self.COLUMNS], self, right=(3, 5))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(160)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.show_watch(None)

    def count(self) -> int:
        return self.model.rowCount()

    def codes(self) -> list[str]:
        return [row.key for row in self.model.rows()]

    def show_loading(self) -> None:
        self.summary.setText(self.tr("Đang đọc các tháng trước…"))

    def show_watch(self, watch: UnclaimedWatch | None) -> None:
        """The month's flagged people, or nothing when the month has no issued list."""
        if watch is None:
            self.model.set_rows([])
            self.summary.setText(self.tr("Chưa phát hành danh sách tháng này."))
            self.table.setVisible(False)
            return
        self.model.set_rows([self._row(p) for p in watch.people])
        self.table.setVisible(bool(watch.people))
        if not watch.people:
            self.summary.setText(
                self.tr("Không có ai chưa nhận từ %d tháng liền trở lên.") % watch.thresholds.flag
            )
            return
        text = self.tr("%d người chưa nhận từ %d tháng liền trở lên: hỏi trưởng thôn/ấp.") % (
            len(watch.people),
            watch.thresholds.flag,
        )
        if watch.to_suspend:
            text += " " + self.tr("%d người đã đến mức tạm dừng chi (%d tháng).") % (
                watch.to_suspend,
                watch.thresholds.suspend,
            )
        self.summary.setText(text)

    def _row(self, p: Unclaimed) -> Row:
        tooltip = self.tr("Đã đến mức tạm dừng chi.") if p.suspend else ""
        return Row(
            p.code,
            [
                p.code,
                p.name,
                f"{p.point_code} {p.point_name}",
                str(p.run),
                months_text(p.months),
                format_vnd(p.total, unit=""),
                report_text(p.exception),
            ],
            values=[p.code, p.name, p.point_code, p.run, p.months, p.total],
            colour=SUSPEND_COLOUR if p.suspend else None,
            tooltip=tooltip,
        )
