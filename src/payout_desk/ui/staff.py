"""Who is at the desk: choosing the clerk with a PIN at the start of the day (or switching clerk), a
signed-in clerk adding another (the "Nhân viên" menu), and the idle lock (the cash is on the table: after
a few idle minutes the window locks until the PIN is typed again)."""

from __future__ import annotations

from collections.abc import Callable

from payout_desk.services.common.errors import DeskError
from payout_desk.services.point.desk import PointDesk
from payout_desk.ui.plain import plain
from payout_desk.ui.qt import (
    QAction,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QObject,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from payout_desk.ui.words import message

IDLE_MINUTES = 5


class StaffDialog(QDialog):
    """Choose who you are and type your PIN; the first time, add yourself with a new PIN."""

    def __init__(
        self,
        desk: PointDesk,
        *,
        locked_for: str | None = None,
        switching: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.staff: str | None = None
        names = desk.staff.names()
        self.setWindowTitle(
            self.tr("Màn hình đã khóa")
            if locked_for
            else self.tr("Đổi người làm việc")
            if switching
            else self.tr("Nhân viên làm việc hôm nay")
        )
        layout = QVBoxLayout(self)
        if locked_for:
            layout.addWidget(QLabel(self.tr("Máy đã khóa vì để lâu không dùng. Nhập mã PIN để mở.")))
        form = QFormLayout()
        self.name = QComboBox()
        self.name.setEditable(not names)
        self.name.addItems(names)
        if locked_for:
            self.name.setCurrentText(locked_for)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        form.addRow(self.tr("Họ tên"), self.name)
        form.addRow(self.tr("Mã PIN (4–8 số)"), self.pin)
        self.new_pin = QLineEdit()
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        if not names:
            layout.addWidget(QLabel(self.tr("Chưa có nhân viên nào: nhập họ tên và chọn mã PIN của bạn.")))
            form.addRow(self.tr("Nhập lại mã PIN"), self.new_pin)
        layout.addLayout(form)
        self.problem = plain(QLabel(""))
        self.problem.setStyleSheet("color:#b00020;font-weight:600")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            self.tr("Vào làm việc") if not locked_for else self.tr("Mở khóa"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        if not locked_for:
            buttons.addButton(
                self.tr("Hủy") if switching else self.tr("Thoát"), QDialogButtonBox.ButtonRole.RejectRole
            )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pin.setFocus()

    def _try_accept(self) -> None:
        name, pin = self.name.currentText().strip(), self.pin.text().strip()
        if self.name.isEditable():  # the first staff member chooses a PIN
            if pin != self.new_pin.text().strip():
                self.problem.setText(self.tr("Hai lần nhập mã PIN không giống nhau."))
                return
            try:
                name = self.desk.staff.add(name, pin)
            except DeskError as exc:
                self.problem.setText(message(exc))
                return
        else:
            try:
                right = self.desk.staff.check_pin(name, pin)
            except DeskError as exc:  # locked after too many wrong PINs: for how long
                right = False
                self.problem.setText(message(exc))
            else:
                self.problem.setText("" if right else self.tr("Mã PIN không đúng."))
            if not right:
                self.pin.clear()
                return
        self.staff = name
        self.pin.clear()
        self.accept()

    def reject(self) -> None:
        if self.windowTitle() == self.tr("Màn hình đã khóa"):
            return  # a locked screen cannot be dismissed
        super().reject()


class AddStaffDialog(QDialog):
    """The signed-in clerk adds another: the new clerk's name and PIN (twice), and the signed-in clerk's
    own PIN (so nobody adds a name on a laptop left open)."""

    def __init__(self, desk: PointDesk, by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.by = desk, by
        self.added: str | None = None
        self.setWindowTitle(self.tr("Thêm nhân viên"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.pin, self.pin_again, self.by_pin = (_pin_field() for _ in range(3))
        form.addRow(self.tr("Họ tên nhân viên mới"), self.name)
        form.addRow(self.tr("Mã PIN của người mới (4–8 số)"), self.pin)
        form.addRow(self.tr("Nhập lại mã PIN của người mới"), self.pin_again)
        form.addRow(self.tr("Mã PIN của bạn (%s)") % by, self.by_pin)
        layout.addLayout(form)
        self.problem = plain(QLabel(""))
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#b00020;font-weight:600")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Thêm"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.setFocus()

    def _try_accept(self) -> None:
        pin = self.pin.text().strip()
        if pin != self.pin_again.text().strip():
            self.problem.setText(self.tr("Hai lần nhập mã PIN không giống nhau."))
            return
        try:
            self.added = self.desk.staff.add(
                self.name.text(), pin, by=self.by, by_pin=self.by_pin.text().strip()
            )
        except DeskError as exc:
            self.by_pin.clear()
            self.problem.setText(message(exc))
            return
        self.accept()


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(8)
    return field


class StaffMenu(QObject):
    """The point window's "Nhân viên" menu: add a clerk, switch the clerk at the desk."""

    switched = Signal(str)  # the clerk now at the desk
    said = Signal(str)  # what to tell the clerk

    def __init__(self, window: QMainWindow, desk: PointDesk, current: Callable[[], str]) -> None:
        super().__init__(window)
        self.window, self.desk, self.current = window, desk, current
        self.dialog: QDialog | None = None
        menu = window.menuBar().addMenu(self.tr("&Nhân viên"))
        self.add_action = QAction(self.tr("Thêm nhân viên…"), window)
        self.add_action.triggered.connect(self.add_clerk)
        self.switch_action = QAction(self.tr("Đổi người làm việc…"), window)
        self.switch_action.triggered.connect(self.switch_clerk)
        menu.addActions([self.add_action, self.switch_action])

    def add_clerk(self) -> AddStaffDialog:
        dialog = AddStaffDialog(self.desk, self.current(), self.window)

        def added() -> None:
            self.said.emit(self.tr("Đã thêm nhân viên “%s”.") % dialog.added)

        dialog.accepted.connect(added)
        self.dialog = dialog
        dialog.open()
        return dialog

    def switch_clerk(self) -> StaffDialog:
        dialog = StaffDialog(self.desk, switching=True, parent=self.window)

        def chosen() -> None:
            if dialog.staff:
                self.switched.emit(dialog.staff)
                self.said.emit(self.tr("Người làm việc bây giờ: %s.") % dialog.staff)

        dialog.accepted.connect(chosen)
        self.dialog = dialog
        dialog.open()
        return dialog


class IdleWatch(QObject):
    """Emits `idle` when no key or pointer event reached the application for `minutes`."""

    idle = Signal()
    ACTIVITY = (
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    )

    def __init__(self, minutes: float = IDLE_MINUTES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(self.idle)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.ACTIVITY:
            self.timer.start()
        return False
