"""Who is at the desk: choosing the staff member with a PIN at the start of the day, and the idle lock
(the cash is on the table: after a few idle minutes the window locks until the PIN is typed again)."""

from __future__ import annotations

from payout_desk.services.errors import DeskError
from payout_desk.services.point import PointDesk
from payout_desk.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QLabel,
    QLineEdit,
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
        self, desk: PointDesk, *, locked_for: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.staff: str | None = None
        names = desk.staff_names()
        self.setWindowTitle(
            self.tr("Màn hình đã khóa") if locked_for else self.tr("Nhân viên làm việc hôm nay")
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
        self.problem = QLabel("")
        self.problem.setStyleSheet("color:#b00020;font-weight:600")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            self.tr("Vào làm việc") if not locked_for else self.tr("Mở khóa"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        if not locked_for:
            buttons.addButton(self.tr("Thoát"), QDialogButtonBox.ButtonRole.RejectRole)
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
                self.desk.add_staff(name, pin)
            except DeskError as exc:
                self.problem.setText(
                    message(exc) if exc.vi != str(exc) else self.tr("Cần họ tên và mã PIN 4–8 chữ số.")
                )
                return
            name = " ".join(name.split())
        elif not self.desk.check_pin(name, pin):
            self.pin.clear()
            self.problem.setText(self.tr("Mã PIN không đúng."))
            return
        self.staff = name
        self.accept()

    def reject(self) -> None:
        if self.windowTitle() == self.tr("Màn hình đã khóa"):
            return  # a locked screen cannot be dismissed
        super().reject()


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
