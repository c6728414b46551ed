"""Devices and amendments: enrol a point's laptop by its public key, stop using one, and sign a point's
stops (báo giảm) and additions (báo tăng) into a .pdamend file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from payout_desk.services.common.errors import DeskError
from payout_desk.services.office.approvals import PendingInfo
from payout_desk.services.office.devices import AmendReport, Enrolled, key_fingerprint
from payout_desk.ui import dialogs
from payout_desk.ui.office.clerks import prepared_instead
from payout_desk.ui.office.devices_tab import Enrolment, Stop
from payout_desk.ui.qt import QObject
from payout_desk.ui.words import message

if TYPE_CHECKING:
    from payout_desk.ui.office_window import OfficeWindow


class DeviceActions(QObject):
    def __init__(self, office: OfficeWindow) -> None:
        super().__init__(office)
        self.office = office

    def key_pasted(self, text: str) -> None:
        devices = self.office.devices
        if not text.strip():
            devices.show_fingerprint(None)
            return
        try:
            devices.show_fingerprint(key_fingerprint(text))
        except DeskError as exc:
            devices.show_fingerprint(None, message(exc))

    def enrol(self, enrolment: Enrolment) -> Enrolled | None:
        office = self.office
        try:
            done = office.desk.devices.enroll(enrolment.point_code, enrolment.public_key, enrolment.name)
        except DeskError as exc:
            office.say(message(exc))
            return None
        office.say(
            self.tr("Đã đăng ký máy “%s” cho %s %s. Lần phát hành danh sách tới sẽ có tên máy này.")
            % (done.name, done.point_code, done.point_name)
        )
        office.devices.public_key.clear()
        office.devices.device_name.clear()
        office.reload_points()
        return done

    def ask_revoke(self, key_id: str) -> None:
        name = self.office.known_devices.get(key_id, ("", key_id))[1]
        if dialogs.confirm(
            self.office,
            self.tr("Ngừng sử dụng máy"),
            self.tr(
                "Ngừng sử dụng máy “%s”? Các lần ghi bưu cục đã nhận của máy này vẫn giữ; file mới hơn của nó sẽ bị từ chối."
            )
            % name,
        ):
            self.revoke(key_id)

    def revoke(self, key_id: str) -> None:
        office = self.office
        try:
            done = office.desk.devices.revoke(key_id)
        except DeskError as exc:
            office.say(message(exc))
            return
        office.say(
            self.tr(
                "Đã ngừng sử dụng máy “%s” của %s. Phát hành lại danh sách để các máy khác của điểm thôi tin máy này."
            )
            % (done.name, done.point_code)
        )
        office.reload_points()

    def _amend_folder(self) -> Path | None:
        return dialogs.choose_folder(self.office, self.tr("Thư mục ghi file báo giảm/báo tăng"))

    def ask_stop(self, stop: Stop) -> None:
        folder = self._amend_folder()
        if folder is not None:
            self.stop(stop, folder)

    def stop(self, stop: Stop, folder: Path) -> AmendReport | None:
        office = self.office
        month = office.month_text()

        def prepare() -> PendingInfo:
            return office.desk.approvals.prepare_amend(
                month, stop.point_code, stop=stop.code, reason=stop.reason, day=stop.day
            )

        if prepared_instead(office, prepare):
            return None  # an office with clerks: an approver signs it (issue 16)
        return self._amend(
            lambda: office.desk.amendments.amend(
                office.month_text(), stop.point_code, folder, stop=stop.code, reason=stop.reason, day=stop.day
            )
        )

    def ask_add(self, point_code: str) -> None:
        path = dialogs.open_file(
            self.office,
            self.tr("Người được báo tăng (cùng mẫu với danh sách)"),
            [self.tr("Bảng tính Excel, CSV (*.xlsx *.xls *.ods *.csv)")],
        )
        folder = self._amend_folder() if path else None
        if path and folder is not None:
            self.add(point_code, path, folder)

    def add(self, point_code: str, path: Path, folder: Path) -> AmendReport | None:
        office = self.office
        month = office.month_text()
        if prepared_instead(
            office, lambda: office.desk.approvals.prepare_amend(month, point_code, add_file=path)
        ):
            return None  # an office with clerks: an approver signs it (issue 16)
        return self._amend(
            lambda: office.desk.amendments.amend(office.month_text(), point_code, folder, add_file=path)
        )

    def _amend(self, work: Callable[[], AmendReport]) -> AmendReport | None:
        office = self.office
        try:
            report = work()
        except DeskError as exc:
            office.say(message(exc))
            return None
        office.devices.show_amended(report.path, len(report.changes))
        office.say(self.tr("Đã ký thông báo cho %s: %s.") % (report.point_code, report.path))
        office.refresh_now()
        return report
