"""The search box and the filter: typing narrows the table, the arrows move it, Enter pays or reads a QR."""

from __future__ import annotations

from typing import TYPE_CHECKING

from payout_desk.domain.ids import CccdQr, looks_like_cccd_qr, parse_cccd_qr
from payout_desk.ui.qt import (
    QComboBox,
    QEvent,
    QHBoxLayout,
    QItemSelectionModel,
    QKeyEvent,
    QLineEdit,
    QObject,
    Qt,
)

if TYPE_CHECKING:
    from payout_desk.ui.point_window import PointWindow

FILTERS = (
    ("all", "Tất cả"),
    ("unpaid", "Chưa chi"),
    ("home", "Chi tại nhà"),
    ("exceptions", "Chưa chi được, báo giảm"),
)

ROWS = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class SearchBar(QObject):
    MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)

    def __init__(self, point: PointWindow) -> None:
        super().__init__(point)
        self.point = point
        self.box = QLineEdit()
        self.box.setPlaceholderText(
            self.tr("Tìm: họ tên (không cần dấu), mã, số cuối CCCD, thôn/ấp — hoặc quét mã QR")
        )
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(self._search_changed)
        self.box.returnPressed.connect(self._enter)
        self.box.installEventFilter(self)  # ↑ ↓ PgUp PgDn move through the table while typing
        self.mode = QComboBox()
        for key, label in FILTERS:
            self.mode.addItem(self.tr(label), key)
        self.mode.currentIndexChanged.connect(self._mode_changed)

    def bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(self.box, 1)
        bar.addWidget(self.mode)
        return bar

    def _mode_changed(self, _index: int) -> None:
        self.point.filter.set_mode(str(self.mode.currentData()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The arrow keys in the search box move the table's selection (the text keeps the focus)."""
        if (
            watched is self.box
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in self.MOVE_KEYS
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._move_selection(Qt.Key(event.key()))
            return True
        return super().eventFilter(watched, event)

    def _move_selection(self, key: Qt.Key) -> None:
        rows = self.point.filter.rowCount()
        if not rows:
            return
        table = self.point.table
        current = table.selectionModel().currentIndex()
        row = current.row() if current.isValid() else -1
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}[key]
        target = min(max(row + step, 0), rows - 1)
        index = self.point.filter.index(target, 0)
        table.selectionModel().setCurrentIndex(index, ROWS)
        table.scrollTo(index)

    def _search_changed(self, text: str) -> None:
        if looks_like_cccd_qr(text):
            return  # a scanner is still typing, or finished: Enter handles it
        self.point.filter.set_text(text)
        selection = self.point.table.selectionModel()
        if (
            self.point.filter.rowCount() and not selection.currentIndex().isValid()
        ):  # the person was filtered out
            selection.setCurrentIndex(self.point.filter.index(0, 0), ROWS)

    def _enter(self) -> None:
        text = self.box.text()
        if looks_like_cccd_qr(text):
            self.scan_qr(text)
            return
        if self.point.current_row() is not None:
            self.point.pay_current()

    def scan_qr(self, payload: str) -> CccdQr | None:
        """A CCCD QR read by a scanner that types into the search box: select that person, ID checked."""
        point = self.point
        try:
            qr = parse_cccd_qr(payload)
        except ValueError as exc:
            point.warn(self.tr("Mã QR không đọc được: %s") % exc)
            return None
        self.box.clear()
        point.filter.set_text("")
        match = next((r for r in point.model.rows() if r.cccd == qr.id_number), None)
        if match is None:
            by_name = [r for r in point.model.rows() if r.name.casefold() == qr.full_name.casefold()]
            hint = (
                self.tr(" Có người trùng tên (%s): kiểm tra lại số CCCD.") % by_name[0].code
                if by_name
                else ""
            )
            point.warn(
                self.tr("CCCD %s (%s) không có trong danh sách.") % (qr.id_number, qr.full_name) + hint
            )
            return qr
        point.qr_checked.add(match.code)
        point.select_code(match.code)
        point.say(self.tr("Đã quét CCCD của %s: khớp với danh sách.") % match.name)
        return qr
