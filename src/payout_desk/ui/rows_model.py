"""A read-only table model over plain rows of text, with a background colour and a tooltip per row:
what the office window's tables (points, files, conflicts, register issues) need, as Qt model/view."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from payout_desk.ui.plain import plain, tip
from payout_desk.ui.qt import (
    QAbstractTableModel,
    QBrush,
    QColor,
    QLabel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's key (a point code, a conflict id…)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the cell's value for sorting and painting (a number, a tuple)


@dataclass(frozen=True, slots=True)
class Row:
    key: str
    cells: Sequence[str]
    values: Sequence[Any] = ()  # per cell, when it sorts or paints otherwise than its text
    colour: str | None = None
    tooltip: str = ""


class TableModel(QAbstractTableModel, Generic[T]):
    """A table of rows of one kind under fixed headers; subclasses say what each cell shows."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self._rows: list[T] = []

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[T]:
        return self._rows

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's names)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class RowsModel(TableModel[Row]):
    def __init__(
        self, headers: Sequence[str], parent: QObject | None = None, *, right: Sequence[int] = ()
    ) -> None:
        super().__init__(headers, parent)
        self.right = set(right)  # columns of figures, aligned right

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column] if column < len(row.cells) else ""
        if role == VALUE_ROLE:
            return row.values[column] if column < len(row.values) else row.cells[column]
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.BackgroundRole and row.colour:
            return QBrush(QColor(row.colour))
        if role == Qt.ItemDataRole.ToolTipRole and row.tooltip:
            return tip(row.tooltip)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def demo_banner(text: str) -> QLabel:
    """The yellow strip that says a window shows invented data."""
    banner = plain(QLabel(text))
    banner.setStyleSheet("background:#ffe08a;padding:6px;font-weight:700")
    return banner
