"""Point devices and amendments: enrol a laptop's key for a point (after reading its fingerprint back to
the point), and stop or add beneficiaries on an issued list (báo giảm / báo tăng)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from payout_desk.domain.clock import vn_from_utc
from payout_desk.domain.payout_list import STOP_REASONS
from payout_desk.services.office.devices import EnrolledDevice, PointInfo
from payout_desk.ui.office.family import FamilyBox
from payout_desk.ui.office.register_tab import scrolled, table
from payout_desk.ui.plain import data, plain, rich
from payout_desk.ui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from payout_desk.ui.rows_model import Row, RowsModel
from payout_desk.ui.words import stop_reason_text


@dataclass(frozen=True, slots=True)
class Enrolment:
    point_code: str
    public_key: str
    name: str


@dataclass(frozen=True, slots=True)
class Stop:
    point_code: str
    code: str
    reason: str
    day: str  # YYYY-MM-DD


class DevicesTab(QWidget):
    enrol_wanted = Signal(object)  # Enrolment
    stop_wanted = Signal(object)  # Stop
    add_wanted = Signal(str)  # point code: the window asks for the file
    revoke_wanted = Signal(str)  # key id of the device chosen in the table

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self._enrol_box())
        self.devices = RowsModel(
            [self.tr("Điểm"), self.tr("Tên máy"), self.tr("Mã kiểm tra"), self.tr("Đăng ký lúc")], self
        )
        left.addWidget(QLabel(self.tr("Máy đã đăng ký:")))
        self.device_view = table(self.devices, (50, 190, 330), whole=(0, 2))
        left.addWidget(self.device_view, 1)
        self.revoke_button = QPushButton(self.tr("Ngừng sử dụng máy đang chọn (mất, hỏng)…"))
        self.revoke_button.clicked.connect(self._revoke)
        left.addWidget(self.revoke_button)
        layout.addLayout(left, 3)
        column = QWidget()
        stack = QVBoxLayout(column)
        stack.addWidget(self._amend_box())
        stack.addStretch(1)
        layout.addWidget(scrolled(column), 2)
        # issue 15: a one-off payment to a family, a move to another point — on a tab of its own (the window
        # adds it), so this tab still fits a 1366×768 screen
        self.family = FamilyBox()

    # enrolment ------------------------------------------------------------------------------------

    def _enrol_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Đăng ký máy của điểm chi trả"))
        form = QFormLayout(box)
        self.enrol_point = QComboBox()
        self.public_key = QLineEdit()
        self.public_key.setPlaceholderText(
            self.tr("mã máy do máy ở điểm hiển thị (trang “Đăng ký máy với bưu cục”)")
        )
        self.device_name = QLineEdit()
        self.device_name.setPlaceholderText(self.tr("ví dụ: An Phước – máy 1"))
        self.fingerprint = plain(
            QLabel(self.tr("Dán mã máy để xem mã kiểm tra; đọc cho điểm để đối chiếu trước khi đăng ký."))
        )
        self.fingerprint.setWordWrap(True)
        self.enrol_button = QPushButton(self.tr("Đã đối chiếu — đăng ký máy này"))
        self.enrol_button.setEnabled(False)
        self.enrol_button.clicked.connect(self._enrol)
        form.addRow(self.tr("Điểm chi trả"), self.enrol_point)
        form.addRow(self.tr("Mã máy"), self.public_key)
        form.addRow(self.tr("Tên máy"), self.device_name)
        form.addRow(self.fingerprint)
        form.addRow(self.enrol_button)
        return box

    def show_fingerprint(self, fingerprint: str | None, problem: str = "") -> None:
        """The window checks the pasted key and tells the tab what to show."""
        if fingerprint is None:
            plain(self.fingerprint).setText(problem or self.tr("Dán mã máy để xem mã kiểm tra."))
            self.enrol_button.setEnabled(False)
            return
        rich(self.fingerprint).setText(
            self.tr("Mã kiểm tra: <b>%s</b><br>Đọc to cho người ở điểm: phải trùng với máy của họ.")
            % data(fingerprint)
        )
        self.enrol_button.setEnabled(True)

    def _enrol(self) -> None:
        self.enrol_wanted.emit(
            Enrolment(
                str(self.enrol_point.currentData()), self.public_key.text().strip(), self.device_name.text()
            )
        )

    def _revoke(self) -> None:
        rows = self.device_view.selectionModel().selectedRows()
        if rows:
            self.revoke_wanted.emit(self.devices.row_at(rows[0].row()).key)

    def show_devices(self, devices: list[EnrolledDevice]) -> None:
        self.devices.set_rows(
            [
                Row(
                    d.key_id,
                    [
                        d.point_code,
                        d.name + (self.tr(" (đã ngừng sử dụng)") if d.revoked_at else ""),
                        d.fingerprint,
                        vn_from_utc(d.enrolled_at),
                    ],
                    colour="#eeeeee" if d.revoked_at else None,
                )
                for d in devices
            ]
        )

    # amendments -----------------------------------------------------------------------------------

    def _amend_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Báo giảm / báo tăng sau khi đã phát hành"))
        form = QFormLayout(box)
        self.amend_point = QComboBox()
        self.stop_code = QLineEdit()
        self.stop_code.setPlaceholderText(self.tr("mã đối tượng, ví dụ NCC001"))
        self.stop_reason = QComboBox()
        for reason in STOP_REASONS:
            self.stop_reason.addItem(stop_reason_text(reason), reason)
        self.stop_date = QDateEdit(QDate.currentDate())
        self.stop_date.setDisplayFormat("dd/MM/yyyy")
        self.stop_date.setCalendarPopup(True)
        self.stop_button = QPushButton(self.tr("Báo giảm người này…"))
        self.stop_button.clicked.connect(self._stop)
        self.add_button = QPushButton(self.tr("Báo tăng từ file Excel…"))
        self.add_button.clicked.connect(lambda: self.add_wanted.emit(str(self.amend_point.currentData())))
        self.amend_result = plain(QLabel())
        self.amend_result.setWordWrap(True)
        form.addRow(self.tr("Điểm chi trả"), self.amend_point)
        form.addRow(self.tr("Mã đối tượng"), self.stop_code)
        form.addRow(self.tr("Lý do"), self.stop_reason)
        form.addRow(self.tr("Từ ngày"), self.stop_date)
        form.addRow(self.stop_button)
        form.addRow(self.add_button)
        form.addRow(self.amend_result)
        return box

    def _stop(self) -> None:
        self.stop_wanted.emit(
            Stop(
                str(self.amend_point.currentData()),
                self.stop_code.text().strip(),
                str(self.stop_reason.currentData()),
                self.stop_date.date().toString("yyyy-MM-dd"),
            )
        )

    def show_amended(self, path: Path, changes: int) -> None:
        self.amend_result.setText(
            self.tr(
                "Đã ký %s (%d thay đổi từ đầu tháng). Gửi file này cho điểm; máy ở điểm nạp như một danh sách."
            )
            % (path, changes)
        )

    def set_points(self, points: list[PointInfo]) -> None:
        self.family.set_points(points)
        for combo in (self.enrol_point, self.amend_point):
            current = combo.currentData()
            combo.clear()
            for p in points:
                combo.addItem(f"{p.code} — {p.name}", p.code)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current)))
