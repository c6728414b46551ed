"""The office's window over `services.OfficeDesk`: the month's dashboard, the register and lists, devices
and amendments, sync files in, conflicts, and the settlement. Slow steps run off the window's thread.

The window keeps layout, state and wiring; the actions live in ui/office/ (lists, devices, sync_in,
papers, menus) and the window hands its public steps on to them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from payout_desk.domain.clock import to_local, utc_now
from payout_desk.domain.month import Month
from payout_desk.domain.opening import opening_month
from payout_desk.services.common.errors import DeskError
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.office.devices import AmendReport, Enrolled
from payout_desk.services.office.status import ConflictReport, OfficeStatus
from payout_desk.services.office.unclaimed import UnclaimedWatch
from payout_desk.ui.about import AboutDialog
from payout_desk.ui.office.cash import cash_flags
from payout_desk.ui.office.closing import ClosingActions
from payout_desk.ui.office.conflicts_tab import ConflictsTab
from payout_desk.ui.office.dashboard_tab import DashboardTab
from payout_desk.ui.office.devices import DeviceActions
from payout_desk.ui.office.devices_tab import DevicesTab, Enrolment, Stop
from payout_desk.ui.office.family import FamilyActions
from payout_desk.ui.office.holds import HoldActions
from payout_desk.ui.office.holds_tab import HoldsTab
from payout_desk.ui.office.lists import ListActions
from payout_desk.ui.office.menus import OfficeMenus
from payout_desk.ui.office.papers import OfficePapers
from payout_desk.ui.office.people_tab import PeopleTab
from payout_desk.ui.office.register_tab import RegisterTab, scrolled
from payout_desk.ui.office.report_back import ReportBackActions
from payout_desk.ui.office.signups import SignupActions
from payout_desk.ui.office.sync_in import SyncImport
from payout_desk.ui.office.sync_tab import SyncTab
from payout_desk.ui.office.unclaimed_panel import UnclaimedPanel, watch_of
from payout_desk.ui.plain import plain, tip
from payout_desk.ui.printing import Printer, Report
from payout_desk.ui.qt import (
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
        self.watch_work = Work(self)  # the unclaimed watch, read in the background at each refresh
        self.work.failed.connect(self._failed)
        self.work.busy.connect(self._busy)
        self.work.desk_changed.connect(self._desk_changed)
        self.printer = Printer(self, self.work)
        self.printer.done.connect(self.say)
        self.printer.failed.connect(self.say)
        self.known_devices: dict[str, tuple[str, str]] = {}
        self._placed = False  # first shown yet (then maximised if it would not fit the screen)
        self.month_question: QMessageBox | None = None  # open while the office decides a register's month
        self.lists = ListActions(self)  # the actions, each group in its part (ui/office/)
        self.device_actions = DeviceActions(self)
        self.family_actions = FamilyActions(self)
        self.sync_in = SyncImport(self)
        self.papers = OfficePapers(self)
        self.report_back = ReportBackActions(self)  # the report back to the welfare office
        self.signups = SignupActions(self)  # the points' sign-ups for payment by account (issue 17)
        self.hold_actions = HoldActions(self)
        self.closing = ClosingActions(self)  # closing the month, carrying its arrears (on the dashboard)
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
        self.holds_tab = HoldsTab()
        dashboard = self.dashboard.layout()
        assert isinstance(dashboard, QVBoxLayout)
        dashboard.insertWidget(2, self.closing.bar)  # under the month's summary
        self.people = PeopleTab(desk.people)  # issue 15: anyone across months
        self.unclaimed = UnclaimedPanel()  # issue 15: on the dashboard, under the points
        self.cash_flags = plain(QLabel())  # issue 16: under the points, those whose cash is flagged, and why
        self.cash_flags.setStyleSheet("color:#a61b1b;font-weight:600")
        cast(QVBoxLayout, self.dashboard.layout()).addWidget(self.cash_flags)
        cast(QVBoxLayout, self.dashboard.layout()).addWidget(self.unclaimed)
        for tab, title in (
            (self.dashboard, self.tr("Tổng quan tháng")),
            (self.register, self.tr("Danh sách và phát hành")),
            (self.devices, self.tr("Máy, báo giảm/tăng")),
            (self.sync, self.tr("Nhận file đồng bộ")),
            (self.conflicts, self.tr("Sai lệch")),
            (self.holds_tab, self.tr("Giữ lại")),
            (scrolled(self.devices.family), self.tr("Thân nhân, chuyển điểm")),
            (self.people, self.tr("Tra cứu đối tượng")),
        ):
            self.tabs.addTab(tab, title)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._connect()
        self.menus = OfficeMenus(self)
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
        opening = str(opening_month(self.desk.status.month_work(), self._today()).month)
        self.month.addItems(sorted({*self.desk.status.months(), opening}, reverse=True))
        self.month.setCurrentText(opening)
        self.month.currentTextChanged.connect(lambda _text: self.refresh_now())
        refresh = QPushButton(self.tr("Làm mới"))
        refresh.clicked.connect(self.refresh_now)
        self.settle_button = QPushButton(self.tr("Xuất bảng thanh quyết toán (.xlsx)…"))
        self.settle_button.clicked.connect(self.papers.ask_settlement)
        bar.addWidget(QLabel(self.tr("Tháng:")))
        bar.addWidget(self.month)
        bar.addWidget(refresh)
        bar.addStretch(1)
        bar.addWidget(self.settle_button)
        return bar

    def _connect(self) -> None:
        self.register.import_wanted.connect(self.lists.ask_register)
        self.register.issue_wanted.connect(self.lists.ask_issue)
        self.devices.public_key.textChanged.connect(self.device_actions.key_pasted)
        self.devices.enrol_wanted.connect(self.device_actions.enrol)
        self.devices.stop_wanted.connect(self.device_actions.ask_stop)
        self.devices.add_wanted.connect(self.device_actions.ask_add)
        self.devices.revoke_wanted.connect(self.device_actions.ask_revoke)
        self.devices.family.payment_wanted.connect(self.family_actions.ask_payment)
        self.devices.family.transfer_wanted.connect(self.family_actions.ask_transfer)
        self.sync.files_wanted.connect(self.sync_in.import_files)
        self.sync.choose_wanted.connect(self.sync_in.ask_files)
        self.conflicts.resolve_wanted.connect(self.resolve)
        self.holds_tab.release_wanted.connect(self.hold_actions.ask_release)
        self.holds_tab.confirm_wanted.connect(self.hold_actions.ask_confirm)

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
            self.say(self.tr("Tháng phải có dạng YYYY-MM, ví dụ 2026-12."))
            return None
        try:
            status = self.desk.status.month(self.month_text())
        except DeskError as exc:
            self.say(message(exc))
            return None
        self.dashboard.show_status(status, self._today())
        self.closing.show_status(status)
        flagged, whole = cash_flags(self)
        self.cash_flags.setText(self.tr("Cảnh báo tiền mặt: %s") % flagged if flagged else "")
        self.cash_flags.setToolTip(tip(whole) if whole else "")
        self.cash_flags.setVisible(bool(flagged))
        opening = opening_month(self.desk.status.month_work(), self._today())
        self.dashboard.show_opening(opening, Month.parse(status.month), self._today())
        self.conflicts.show_conflicts(status.conflicts)
        self._watch(status.month)
        open_ = sum(1 for c in status.conflicts if c.resolution is None)
        self.tabs.setTabText(4, self.tr("Sai lệch (%d)") % open_ if open_ else self.tr("Sai lệch"))
        self.hold_actions.refresh()
        return status

    def _watch(self, month: str) -> None:
        """The unclaimed watch reads every month back (seconds on a large district): off the window's
        thread, on a runner of its own (no busy state), shown only if the month is still the one chosen."""
        self.unclaimed.show_loading()
        part = self.desk.unclaimed

        def shown(watch: object) -> None:
            if month == self.month_text():
                self.unclaimed.show_watch(watch if isinstance(watch, UnclaimedWatch) else None)

        self.watch_work.run(
            lambda: watch_of(part, month), shown, failed=lambda _s: shown(None), changes_desk=False
        )

    def reload_points(self) -> None:
        """The points and enrolled devices (they change on import, issue and enrolment only)."""
        devices = self.desk.devices.all()
        self.known_devices = {d.key_id: (d.point_code, d.name) for d in devices}
        self.devices.set_points(self.desk.devices.points())
        self.devices.show_devices(devices)

    def say(self, text: str) -> None:
        self.last_message = text
        self.statusBar().showMessage(text)
        self.finished.emit(text)

    def _desk_changed(self) -> None:
        """After a step run off the window's thread changed the desk (an import, an issue)."""
        self.reload_points()
        self.refresh_now()

    def _failed(self, text: str) -> None:
        self.say(text)
        self.sync_in.stopped()  # a sync import stopped half-way: the files taken in stay in

    def _busy(self, busy: bool) -> None:
        self.register.set_busy(busy)
        self.settle_button.setEnabled(not busy)

    # the public steps, handed on to the parts (ui/office/) ----------------------------------------

    def import_register(self, path: Path, *, skip_invalid: bool = False, confirm_month: bool = False) -> None:
        self.lists.import_register(path, skip_invalid=skip_invalid, confirm_month=confirm_month)

    def issue_lists(self, folder: Path) -> None:
        self.lists.issue_lists(folder)

    def enrol(self, enrolment: Enrolment) -> Enrolled | None:
        return self.device_actions.enrol(enrolment)

    def revoke(self, key_id: str) -> None:
        self.device_actions.revoke(key_id)

    def stop(self, stop: Stop, folder: Path) -> AmendReport | None:
        return self.device_actions.stop(stop, folder)

    def add(self, point_code: str, path: Path, folder: Path) -> AmendReport | None:
        return self.device_actions.add(point_code, path, folder)

    def import_sync_files(self, paths: list[Path]) -> None:
        self.sync_in.import_files(paths)

    def importing(self) -> bool:
        return self.sync_in.importing()

    def paper(self, kind: str) -> Report:
        return self.papers.paper(kind)

    def ask_paper(self, kind: str) -> None:
        self.papers.ask_paper(kind)

    def export_settlement(self, path: Path) -> None:
        self.papers.export_settlement(path)

    # conflicts ------------------------------------------------------------------------------------

    def resolve(self, conflict_id: str, note: str, by: str) -> ConflictReport | None:
        try:
            done = self.desk.conflicts.resolve(self.month_text(), conflict_id, note, by)
        except DeskError as exc:
            self.say(message(exc))
            return None
        self.conflicts.resolved()
        self.say(self.tr("Đã ghi quyết định cho sai lệch %s.") % conflict_id[:8])
        self.refresh_now()
        return done
