"""The beneficiary table: a Qt model over the roster (not a widget per row), and the search filter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from payout_desk.domain.fold import Status
from payout_desk.domain.money import format_vnd
from payout_desk.services.point.roster import RosterRow, matches, search_text
from payout_desk.ui.qt import (
    QBrush,
    QColor,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from payout_desk.ui.rows_model import TableModel
from payout_desk.ui.words import report_text

Index = QModelIndex | QPersistentModelIndex

STATUS_COLOURS = {
    "unpaid": QColor("#ffffff"),
    "paid": QColor("#d9f2d9"),
    "exception": QColor("#fff1c2"),
    "stopped": QColor("#f8d0d0"),
}
HOME_COLOUR = QColor("#dceaf7")
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


def status_text(row: RosterRow) -> str:
    if row.status == Status.PAID:
        return QCoreApplication.translate("status", "Đã chi")
    if row.status == Status.STOPPED:
        return QCoreApplication.translate("status", "Báo giảm")
    if row.status == Status.EXCEPTION:
        return report_text(row.exception) or QCoreApplication.translate("status", "Chưa chi được")
    home = QCoreApplication.translate("status", " · tại nhà") if row.home_visit else ""
    return QCoreApplication.translate("status", "Chưa chi") + home


class RosterModel(TableModel[RosterRow]):
    COLUMNS = ("Mã", "Họ và tên", "Năm sinh", "Thôn/ấp", "Số tiền", "Trạng thái")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.headers = [self.tr(c) for c in self.COLUMNS]
        self._by_code: dict[str, int] = {}

    def set_rows(self, rows: list[RosterRow]) -> None:
        self._by_code = {r.code: i for i, r in enumerate(rows)}
        super().set_rows(rows)

    def row_of(self, code: str) -> int | None:
        return self._by_code.get(code)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.code,
                row.name,
                row.birth_year or "",
                row.village,
                format_vnd(row.total),
                status_text(row),
            )[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = STATUS_COLOURS[row.status]
            if row.status == Status.UNPAID and row.home_visit:
                colour = HOME_COLOUR
            return QBrush(colour)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CODE_ROLE:
            return row.code
        if role == ROW_ROLE:
            return row
        return None


class RosterFilter(QSortFilterProxyModel):
    """Rows matching the search text (as typed) and the chosen view (all, unpaid, home visits, exceptions)."""

    MODES = ("all", "unpaid", "home", "exceptions")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._mode = "all"

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_text", search_text(text)))

    def set_mode(self, mode: str) -> None:
        self._refilter(lambda: setattr(self, "_mode", mode))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RosterModel)
        row = model.row_at(source_row)
        if self._mode == "unpaid" and row.status not in (Status.UNPAID, Status.EXCEPTION):
            return False
        if self._mode == "home" and not row.home_visit:
            return False
        if self._mode == "exceptions" and row.status not in (Status.EXCEPTION, Status.STOPPED):
            return False
        return matches(row, self._text)
