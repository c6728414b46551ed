"""The office's window over `services.OfficeDesk`: the month's dashboard, the register and lists, devices
and amendments, sync files in, conflicts, and the settlement. Slow steps run off the window's thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from payout_desk.domain.clock import to_local, utc_now
from payout_desk.domain.money import format_vnd
from payout_desk.domain.month import Month
from payout_desk.domain.opening import opening_month
from payout_desk.services.errors import DeskError
from payout_desk.services.office import ImportResult, OfficeDesk, RegisterReport
from payout_desk.services.office_amend import AmendReport, Enrolled, key_fingerprint
from payout_desk.services.office_status import ConflictReport, OfficeStatus
from payout_desk.services.register_month import MonthMismatch
from payout_desk.services.settlement import SettlementResult
from payout_desk.ui import dialogs
from payout_desk.ui.about import AboutDialog
from payout_desk.ui.language_menu import add_language_menu
from payout_desk.ui.office_conflicts import ConflictsTab
from payout_desk.ui.office_dashboard import DashboardTab, month_words
from payout_desk.ui.office_devices import DevicesTab, Enrolment, Stop
from payout_desk.ui.office_register import RegisterTab
from payout_desk.ui.office_sync import SyncTab
from payout_desk.ui.plain import plain
from payout_desk.ui.printing import Printer, Report
from payout_desk.ui.qt import (
    QAction,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QShowEvent,
    QSize,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from payout_desk.ui.rows_model import demo_banner
from payout_desk.ui.words import message
from payout_desk.ui.work import Work

FRAME = (16, 64)  # what a window manager adds around a window: borders, a title bar (and a taskbar's share)


def fits(width: int, height: int, available: QSize) -> bool:
    """Whether a window of that size, with its frame and title bar, fits the screen's available area."""
    return width + FRAME[0] <= available.width() and height + FRAME[1] <= available.height()


class OfficeWindow(QMainWindow):
    finished = Signal(str)  # a step ended: the sentence shown in the status bar

    def __init__(self, desk: OfficeDesk, *, demo: bool = False, today: date | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.today = today
        self.last_message = ""
        self.work = Work(self)  # the slow steps, off the window's thread; the window refreshes after them
        self.work.failed.connect(self._failed)
        self.work.busy.connect(self._busy)
        self.work.desk_changed.connect(self._desk_changed)
        self.printer = Printer(self, self.work)
        self.printer.done.connect(self._say)
        self.printer.failed.connect(self._say)
        self._queue: list[Path] = []
        self._imported: list[Any] = []
        self.known_devices: dict[str, tuple[str, str]] = {}
        self._placed = False  # first shown yet (then maximised if it would not fit the screen)
        self.month_question: QMessageBox | None = None  # open while the office decides a register's month
        office = desk.require_identity("office").name
        self.setWindowTitle(
            self.tr("Payout Desk — bưu cục: %s") % office + (self.tr(" — DỮ LIỆU MẪU (demo)") if demo else "")
        )
        central = QWidget()
        layout = QVBoxLayout(central)
        if demo:
            layout.addWidget(demo_banner(self.tr("ĐÂY LÀ DỮ LIỆU MẪU ĐỂ LÀM QUEN — không phải số liệu thật")))
        layout.addLayout(self._month_bar())
        self.tabs = QTabWidget()
        self.dashboard = DashboardTab()
        self.register = RegisterTab()
        self.devices = DevicesTab()
        self.sync = SyncTab()
        self.conflicts = ConflictsTab()
        for tab, title in (
            (self.dashboard, self.tr("Tổng quan tháng")),
            (self.register, self.tr("Danh sách và phát hành")),
            (self.devices, self.tr("Máy, báo giảm/tăng")),
            (self.sync, self.tr("Nhận file đồng bộ")),
            (self.conflicts, self.tr("Sai lệch")),
        ):
            self.tabs.addTab(tab, title)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._connect()
        self._menus()
        self.reload_points()
        self.refresh_now()

    # layout ---------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """The first time it is shown on a real screen, a window that would not fit with its title bar
        (1366×768 asked on a 1366×768 laptop) opens maximised: every tab's bottom and the status line stay on
        it. (Offscreen rendering, for tests and screenshots, has no real screen: the size asked stands.)"""
        super().showEvent(event)
        if self._placed:
            return
        self._placed = True
        screen = self.screen().availableGeometry()
        if QApplication.platformName() != "offscreen" and not fits(
            self.width(), self.height(), screen.size()
        ):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _month_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.month = QComboBox()
        self.month.setEditable(True)
        self.month.setMinimumContentsLength(8)  # "2026-12" whole, with room for the cursor
        self.month.setToolTip(self.tr("Tháng chi trả, dạng YYYY-MM"))
        opening = str(opening_month(self.desk.month_work(), self._today()).month)
        self.month.addItems(sorted({*self.desk.months(), opening}, reverse=True))
        self.month.setCurrentText(opening)
        self.month.currentTextChanged.connect(lambda _text: self.refresh_now())
        refresh = QPushButton(self.tr("Làm mới"))
        refresh.clicked.connect(self.refresh_now)
        self.settle_button = QPushButton(self.tr("Xuất bảng thanh quyết toán (.xlsx)…"))
        self.settle_button.clicked.connect(self._ask_settlement)
        bar.addWidget(QLabel(self.tr("Tháng:")))
        bar.addWidget(self.month)
        bar.addWidget(refresh)
        bar.addStretch(1)
        bar.addWidget(self.settle_button)
        return bar

    def _connect(self) -> None:
        self.register.import_wanted.connect(self._ask_register)
        self.register.issue_wanted.connect(self._ask_issue)
        self.devices.public_key.textChanged.connect(self._key_pasted)
        self.devices.enrol_wanted.connect(self.enrol)
        self.devices.stop_wanted.connect(self._ask_stop)
        self.devices.add_wanted.connect(self._ask_add)
        self.devices.revoke_wanted.connect(self._ask_revoke)
        self.sync.files_wanted.connect(self.import_sync_files)
        self.sync.choose_wanted.connect(self._ask_sync_files)
        self.conflicts.resolve_wanted.connect(self.resolve)

    def _menus(self) -> None:
        office = self.menuBar().addMenu(self.tr("&Bưu cục"))
        for title, slot in (
            (self.tr("Nhập danh sách của tháng…"), lambda: self._ask_register(False)),
            (self.tr("Phát hành danh sách…"), self._ask_issue),
            (self.tr("Nhận file đồng bộ…"), self._ask_sync_files),
            (self.tr("Xuất bảng thanh quyết toán…"), self._ask_settlement),
        ):
            action = QAction(title, self)
            action.triggered.connect(slot)
            office.addAction(action)
        papers = self.menuBar().addMenu(self.tr("&In giấy tờ"))
        self.printer.add_menu(
            papers,
            [
                (self.tr("Danh sách ký nhận (PDF)…"), lambda: self.ask_paper("danh-sach-ky-nhan")),
                (self.tr("Niêm yết công khai (PDF)…"), lambda: self.ask_paper("niem-yet")),
                (self.tr("Thanh quyết toán (PDF)…"), lambda: self.ask_paper("thanh-quyet-toan")),
            ],
        )
        views = self.menuBar().addMenu(self.tr("&Xem"))
        add_language_menu(views, self._say)
        about = QAction(self.tr("Giới thiệu…"), self)
        about.triggered.connect(self.show_about)
        self.menuBar().addMenu(self.tr("Trợ &giúp")).addAction(about)

    def show_about(self) -> AboutDialog:
        """Giới thiệu: the version and this desk's folders (data, backups, logs)."""
        dialog = AboutDialog(self.desk.data_dir, self, database=self.desk.database_label())
        dialog.open()
        return dialog

    # state ----------------------------------------------------------------------------------------

    def _today(self) -> date:
        return self.today or to_local(utc_now()).date()

    def month_text(self) -> str:
        return self.month.currentText().strip()

    def refresh_now(self) -> OfficeStatus | None:
        """Read the month again and show it everywhere (fast: a few aggregate queries)."""
        try:
            Month.parse(self.month_text())
        except ValueError:
            self._say(self.tr("Tháng phải có dạng YYYY-MM, ví dụ 2026-12."))
            return None
        try:
            status = self.desk.status(self.month_text())
        except DeskError as exc:
            self._say(message(exc))
            return None
        self.dashboard.show_status(status, self._today())
        opening = opening_month(self.desk.month_work(), self._today())
        self.dashboard.show_opening(opening, Month.parse(status.month), self._today())
        self.conflicts.show_conflicts(status.conflicts)
        open_ = sum(1 for c in status.conflicts if c.resolution is None)
        self.tabs.setTabText(4, self.tr("Sai lệch (%d)") % open_ if open_ else self.tr("Sai lệch"))
        return status

    def reload_points(self) -> None:
        """The points and enrolled devices (they change on import, issue and enrolment only)."""
        devices = self.desk.devices()
        self.known_devices = {d.key_id: (d.point_code, d.name) for d in devices}
        self.devices.set_points(self.desk.points())
        self.devices.show_devices(devices)

    def _say(self, text: str) -> None:
        self.last_message = text
        self.statusBar().showMessage(text)
        self.finished.emit(text)

    def _desk_changed(self) -> None:
        """After a step run off the window's thread changed the desk (an import, an issue)."""
        self.reload_points()
        self.refresh_now()

    def _failed(self, text: str) -> None:
        self._say(text)
        if self._queue or self._imported:  # a sync import stopped half-way: the files taken in stay in
            self._queue.clear()
            self.sync.finish(self.desk.conflict_count(self.month_text()))

    def _busy(self, busy: bool) -> None:
        self.register.set_busy(busy)
        self.settle_button.setEnabled(not busy)

    # register and lists ---------------------------------------------------------------------------

    def _ask_register(self, skip_invalid: bool) -> None:
        path = dialogs.open_file(
            self,
            self.tr("Danh sách của tháng"),
            [self.tr("Bảng tính Excel, OpenDocument, CSV (*.xlsx *.xls *.xlsm *.ods *.csv)")],
        )
        if path:
            self.import_register(path, skip_invalid=skip_invalid)

    def import_register(self, path: Path, *, skip_invalid: bool = False, confirm_month: bool = False) -> None:
        month = self.month_text()
        self._say(self.tr("Đang đọc %s…") % path.name)
        self.tabs.setCurrentWidget(self.register)

        def work() -> RegisterReport | MonthMismatch:
            try:
                return self.desk.import_register(
                    path, month, skip_invalid=skip_invalid, confirm_month=confirm_month
                )
            except MonthMismatch as exc:  # not a failure: a question for the office
                return exc

        def done(report: RegisterReport | MonthMismatch) -> None:
            if isinstance(report, MonthMismatch):
                self._ask_month(path, report, skip_invalid)
                return
            self.register.show_report(report)
            if report.committed:
                self._say(self.tr("Đã nhập danh sách %s cho tháng %s.") % (path.name, month))
            else:
                self._say(self.tr("Chưa nhập: %d dòng có lỗi (xem bảng).") % len(report.errors))

        self.work.run(work, done)

    def _ask_month(self, path: Path, mismatch: MonthMismatch, skip_invalid: bool) -> QMessageBox:
        """The register's title names another month: import it for the chosen month (Có), or nothing."""
        title, chosen = month_words(mismatch.title), month_words(mismatch.chosen)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Tháng của danh sách"),
            self.tr("Tiêu đề file %s ghi %s, nhưng tháng đang chọn là %s.\n\nVẫn nhập danh sách này cho %s?")
            % (path.name, title, chosen, chosen),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        plain(box)  # the file's name is data
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Có, nhập cho %s") % chosen)
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Không, chưa nhập"))
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.import_register(path, skip_invalid=skip_invalid, confirm_month=True)
            else:
                self._say(
                    self.tr("Chưa nhập gì: tiêu đề file ghi %s, tháng đang chọn là %s.") % (title, chosen)
                )

        box.finished.connect(answered)
        self.month_question = box
        box.open()
        return box

    def _ask_issue(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Thư mục ghi các file danh sách"))
        if folder:
            self.issue_lists(folder)

    def issue_lists(self, folder: Path) -> None:
        month = self.month_text()

        def done(files: list[Any]) -> None:
            self.register.show_issued(files, folder)
            self._say(self.tr("Đã phát hành %d danh sách tháng %s vào %s.") % (len(files), month, folder))

        self.work.run(lambda: self.desk.issue_lists(month, folder), done)

    # devices and amendments -----------------------------------------------------------------------

    def _key_pasted(self, text: str) -> None:
        if not text.strip():
            self.devices.show_fingerprint(None)
            return
        try:
            self.devices.show_fingerprint(key_fingerprint(text))
        except DeskError as exc:
            self.devices.show_fingerprint(None, message(exc))

    def enrol(self, enrolment: Enrolment) -> Enrolled | None:
        try:
            done = self.desk.enroll_device(enrolment.point_code, enrolment.public_key, enrolment.name)
        except DeskError as exc:
            self._say(message(exc))
            return None
        self._say(
            self.tr("Đã đăng ký máy “%s” cho %s %s. Lần phát hành danh sách tới sẽ có tên máy này.")
            % (done.name, done.point_code, done.point_name)
        )
        self.devices.public_key.clear()
        self.devices.device_name.clear()
        self.reload_points()
        return done

    def _ask_revoke(self, key_id: str) -> None:
        name = self.known_devices.get(key_id, ("", key_id))[1]
        if dialogs.confirm(
            self,
            self.tr("Ngừng sử dụng máy"),
            self.tr(
                "Ngừng sử dụng máy “%s”? Các lần ghi bưu cục đã nhận của máy này vẫn giữ; file mới hơn của nó sẽ bị từ chối."
            )
            % name,
        ):
            self.revoke(key_id)

    def revoke(self, key_id: str) -> None:
        try:
            done = self.desk.revoke_device(key_id)
        except DeskError as exc:
            self._say(message(exc))
            return
        self._say(
            self.tr(
                "Đã ngừng sử dụng máy “%s” của %s. Phát hành lại danh sách để các máy khác của điểm thôi tin máy này."
            )
            % (done.name, done.point_code)
        )
        self.reload_points()

    def _amend_folder(self) -> Path | None:
        return dialogs.choose_folder(self, self.tr("Thư mục ghi file báo giảm/báo tăng"))

    def _ask_stop(self, stop: Stop) -> None:
        folder = self._amend_folder()
        if folder is not None:
            self.stop(stop, folder)

    def stop(self, stop: Stop, folder: Path) -> AmendReport | None:
        return self._amend(
            lambda: self.desk.amend(
                self.month_text(), stop.point_code, folder, stop=stop.code, reason=stop.reason, day=stop.day
            )
        )

    def _ask_add(self, point_code: str) -> None:
        path = dialogs.open_file(
            self,
            self.tr("Người được báo tăng (cùng mẫu với danh sách)"),
            [self.tr("Bảng tính Excel, CSV (*.xlsx *.xls *.ods *.csv)")],
        )
        folder = self._amend_folder() if path else None
        if path and folder is not None:
            self.add(point_code, path, folder)

    def add(self, point_code: str, path: Path, folder: Path) -> AmendReport | None:
        return self._amend(lambda: self.desk.amend(self.month_text(), point_code, folder, add_file=path))

    def _amend(self, work: Any) -> AmendReport | None:
        try:
            report: AmendReport = work()
        except DeskError as exc:
            self._say(message(exc))
            return None
        self.devices.show_amended(report.path, len(report.changes))
        self._say(self.tr("Đã ký thông báo cho %s: %s.") % (report.point_code, report.path))
        self.refresh_now()
        return report

    # sync files -----------------------------------------------------------------------------------

    def _ask_sync_files(self) -> None:
        paths = dialogs.open_files(
            self, self.tr("File đồng bộ của các điểm"), [self.tr("File đồng bộ (*.pdsync)")]
        )
        if paths:
            self.import_sync_files(paths)

    def import_sync_files(self, paths: list[Path]) -> None:
        """Take the files in one by one off the window's thread; each file is its own transaction."""
        if self._queue:
            self._say(self.tr("Đang nhận file; đợi xong rồi thả tiếp."))
            return
        self.tabs.setCurrentWidget(self.sync)
        self.sync.start(len(paths))
        self._queue, self._imported = list(paths), []
        self._next_file()

    def _next_file(self) -> None:
        if not self._queue:
            conflicts = self.desk.conflict_count(self.month_text())
            self.sync.finish(conflicts)
            imported = sum(1 for o in self._imported if o.status == "imported")
            self._say(self.tr("Đã nhận %d/%d file đồng bộ.") % (imported, len(self._imported)))
            self._imported = []
            return
        path = self._queue.pop(0)

        def done(result: ImportResult) -> None:
            for outcome in result.files:
                self._imported.append(outcome)
                self.sync.add_outcome(outcome, self.known_devices)
            self._next_file()

        self.work.run(lambda: self.desk.import_files([path]), done)

    def importing(self) -> bool:
        return bool(self._queue) or self.work.running()

    # conflicts and settlement ---------------------------------------------------------------------

    def resolve(self, conflict_id: str, note: str, by: str) -> ConflictReport | None:
        try:
            done = self.desk.resolve(self.month_text(), conflict_id, note, by)
        except DeskError as exc:
            self._say(message(exc))
            return None
        self.conflicts.resolved()
        self._say(self.tr("Đã ghi quyết định cho sai lệch %s.") % conflict_id[:8])
        self.refresh_now()
        return done

    def paper(self, kind: str) -> Report:
        """The month's paper of that kind for the point chosen on the dashboard, or every point."""
        month, point = self.month_text(), self.dashboard.selected_point()
        write = {
            "danh-sach-ky-nhan": self.desk.signature_sheet,
            "niem-yet": self.desk.posting_list,
            "thanh-quyet-toan": self.desk.settlement_report,
        }[kind]
        return lambda path: write(month, path, point)

    def ask_paper(self, kind: str) -> None:
        point = self.dashboard.selected_point()
        name = f"{kind}-{self.month_text()}{'-' + point if point else ''}.pdf"
        self.printer.ask(self.tr("Lưu file PDF"), name, self.paper(kind))

    def _ask_settlement(self) -> None:
        month = self.month_text()
        path = dialogs.save_file(
            self,
            self.tr("Bảng thanh quyết toán"),
            f"thanh-quyet-toan-{month}.xlsx",
            [self.tr("Bảng tính Excel (*.xlsx)")],
        )
        if path:
            self.export_settlement(path)

    def export_settlement(self, path: Path) -> None:
        month = self.month_text()

        def done(result: SettlementResult) -> None:
            self._say(
                self.tr("Đã xuất %s: %d điểm, %d người, đã chi %s, tiền còn ở điểm %s, %d sai lệch.")
                % (
                    result.path,
                    result.points,
                    result.beneficiaries,
                    format_vnd(result.paid_amount),
                    format_vnd(result.cash_out),
                    result.conflicts,
                )
            )

        self.work.run(lambda: self.desk.settlement(month, path), done, changes_desk=False)
