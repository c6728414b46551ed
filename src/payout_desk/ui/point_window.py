"""The point clerk's window: search, the beneficiary table, one person's pane, pay, exceptions, progress.

The window keeps layout and wiring; the actions live in ui/point/ (search, pay, records, cash, files,
papers, menus) and the window hands its public steps on to them."""

from __future__ import annotations

from pathlib import Path

from payout_desk.domain.fold import Status
from payout_desk.domain.ids import CccdQr
from payout_desk.domain.money import format_vnd
from payout_desk.domain.month import Month
from payout_desk.services.point.cash import DayClose
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.ledger import Recorded
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.services.point.roster import RosterRow
from payout_desk.ui import dialogs
from payout_desk.ui.about import AboutDialog
from payout_desk.ui.person_pane import PersonPane
from payout_desk.ui.plain import plain
from payout_desk.ui.point.cash import CashActions
from payout_desk.ui.point.files import FileActions
from payout_desk.ui.point.menus import PointMenus
from payout_desk.ui.point.papers import PaperActions
from payout_desk.ui.point.pay import PayActions
from payout_desk.ui.point.records import RecordActions
from payout_desk.ui.point.search import ROWS, SearchBar
from payout_desk.ui.point.signup import SignupActions
from payout_desk.ui.printing import Printer, Report
from payout_desk.ui.qt import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from payout_desk.ui.roster_model import ROW_ROLE, RosterFilter, RosterModel
from payout_desk.ui.route import RouteDialog
from payout_desk.ui.rows_model import demo_banner
from payout_desk.ui.staff import StaffDialog
from payout_desk.ui.sync_runner import SyncRunner
from payout_desk.ui.words import english
from payout_desk.ui.work import Work


class PointWindow(QMainWindow):
    paid = Signal(str)  # event id of a payout just committed
    finished = Signal(str)  # a background step (export, load, peer import) ended: what to tell the clerk

    def __init__(self, desk: PointDesk, staff: str, *, demo: bool = False) -> None:
        super().__init__()
        self.desk, self.staff = desk, staff
        self.qr_checked: set[str] = set()
        self.work = Work(self)  # the slow steps, off the window's thread; the window refreshes after them
        self.work.desk_changed.connect(self.refresh)
        self.sync = SyncRunner(desk, self.work, self)
        self._locked = False
        self.last_message = ""
        self.printer = Printer(self, self.work)
        self.printer.done.connect(self.say)
        self.printer.failed.connect(self.say)
        self.finder = SearchBar(self)  # the actions, each group in its part (ui/point/)
        self.search, self.mode = self.finder.box, self.finder.mode
        self.pay_actions = PayActions(self)
        self.records = RecordActions(self)
        self.cash_actions = CashActions(self)
        self.files = FileActions(self)
        self.papers = PaperActions(self)
        self.signups = SignupActions(self)  # sign-ups for payment by account (issue 17)
        self.setWindowTitle(
            self.tr("Payout Desk — điểm chi trả") + (self.tr(" — DỮ LIỆU MẪU (demo)") if demo else "")
        )
        self.model = RosterModel(self)
        self.filter = RosterFilter(self)
        self.filter.setSourceModel(self.model)
        central = QWidget()
        layout = QVBoxLayout(central)
        if demo:
            layout.addWidget(
                demo_banner(self.tr("ĐÂY LÀ DỮ LIỆU MẪU ĐỂ LÀM QUEN — không phải danh sách thật"))
            )
        self.heading = plain(QLabel())
        self.heading.setStyleSheet("font-size:14pt;font-weight:600")
        layout.addWidget(self.heading)
        layout.addLayout(self.finder.bar())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._table())
        splitter.addWidget(self._pane())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.progress = plain(QLabel())
        self.progress.setStyleSheet("font-size:11pt")
        self.statusBar().addPermanentWidget(self.progress, 1)
        # the progress line fills the bar, which left a message no room: it steps aside while one shows
        self.statusBar().messageChanged.connect(lambda text: self.progress.setVisible(not text))
        self.body = central
        self.setCentralWidget(central)
        self.staff_menu = PointMenus(self).staff_menu
        self.staff_menu.switched.connect(self._staff_switched)
        self.staff_menu.said.connect(self.say)
        self.refresh()
        self._show_current()
        self.search.setFocus()

    # layout --------------------------------------------------------------------------------------

    def _table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.filter)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 220, 80, 140, 120)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # whole codes, never "NCC08…"
        self._pane_timer = QTimer(self)  # the person's pane follows the selection once typing pauses
        self._pane_timer.setSingleShot(True)
        self._pane_timer.setInterval(120)
        self._pane_timer.timeout.connect(self._show_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_moved())
        self.table.doubleClicked.connect(lambda _index: self.pay_current())
        return self.table

    def _pane(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        self.pane_text = PersonPane()
        layout.addWidget(self.pane_text, 1)
        self.pay_button = QPushButton(self.tr("Chi trả (Enter)"))
        self.pay_button.setStyleSheet("font-size:13pt;font-weight:700;padding:8px")
        self.pay_button.clicked.connect(self.pay_current)
        self.report_button = QPushButton(self.tr("Báo chưa chi được…"))
        self.report_button.setMenu(self.records.report_menu(self.report_button))
        self.void_button = QPushButton(self.tr("Hủy lần ghi nhầm (có lý do)…"))
        self.void_button.clicked.connect(lambda _checked=False: self.ask_void())
        self.signup_button = QPushButton(self.signups.entry())
        self.signup_button.clicked.connect(lambda _checked=False: self.signups.ask_signup())
        for button in (self.pay_button, self.report_button, self.void_button, self.signup_button):
            layout.addWidget(button)
        return pane

    def _staff_switched(self, name: str) -> None:
        self.staff = name
        self.refresh()

    def show_about(self) -> AboutDialog:
        """Giới thiệu: the version and this desk's folders (data, backups, logs)."""
        dialog = AboutDialog(self.desk.data_dir, self, database=None)
        dialog.open()
        return dialog

    def lock(self) -> None:
        """Hide everything and ask for the PIN again (after idle minutes: the cash is on the table)."""
        if self._locked:
            return
        self._locked = True
        self.body.setVisible(False)
        self.statusBar().setVisible(False)  # the cash on hand is not shown to whoever passes by
        self.menuBar().setEnabled(False)
        dialog = StaffDialog(self.desk, locked_for=self.staff, parent=self)
        dialog.exec()
        self.staff = dialog.staff or self.staff
        self.menuBar().setEnabled(True)
        self.statusBar().setVisible(True)
        self.body.setVisible(True)
        self._locked = False
        self.refresh()
        self.search.setFocus()

    @property
    def locked(self) -> bool:
        return self._locked

    def show_route(self) -> RouteDialog:
        dialog = RouteDialog(self.model.rows(), self)
        dialog.show()
        return dialog

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # data ----------------------------------------------------------------------------------------

    def refresh(self, select_code: str | None = None) -> None:
        """Reload the roster and the progress line (after every recorded step)."""
        code = select_code or self.current_code()
        self.model.set_rows(self.desk.roster.rows())
        progress = self.desk.roster.progress()
        self.heading.setText(
            f"{progress.point_code} {progress.point_name} — {Month.parse(progress.month).label_en if english() else Month.parse(progress.month).label_vi} — "
            + self.tr("nhân viên: %s") % self.staff
        )
        days = progress.days_to_deadline
        deadline = self.tr("còn %d ngày đến mùng 5") % days if days >= 0 else self.tr("đã quá mùng 5")
        self.progress.setText(
            self.tr("Đã chi %d/%d người · %s · Tiền mặt còn giữ %s · %s")
            % (
                progress.paid_count,
                progress.beneficiaries,
                format_vnd(progress.paid_amount),
                format_vnd(progress.cash.on_hand),
                deadline,
            )
        )
        if code:
            self.select_code(code)

    def current_row(self) -> RosterRow | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        row = index.data(ROW_ROLE)
        return row if isinstance(row, RosterRow) else None

    def current_code(self) -> str | None:
        row = self.current_row()
        return row.code if row else None

    def select_code(self, code: str) -> bool:
        source_row = self.model.row_of(code)
        if source_row is None:
            return False
        index = self.filter.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(index, ROWS)
        self.table.scrollTo(index)
        self._pane_timer.stop()
        self._show_current()
        return True

    def visible_codes(self) -> list[str]:
        return [str(self.filter.index(i, 0).data()) for i in range(self.filter.rowCount())]

    # one person ----------------------------------------------------------------------------------

    def _selection_moved(self) -> None:
        """The buttons follow the selection at once (from the roster row); the pane once typing pauses."""
        row = self.current_row()
        self.report_button.setEnabled(row is not None)
        self.signup_button.setEnabled(row is not None)
        self.pay_button.setEnabled(row is not None and row.status in (Status.UNPAID, Status.EXCEPTION))
        self.void_button.setEnabled(row is not None and row.status in (Status.PAID, Status.EXCEPTION))
        self._pane_timer.start()

    def _show_current(self) -> None:
        row = self.current_row()
        self.report_button.setEnabled(row is not None)
        self.signup_button.setEnabled(row is not None)
        if row is None:  # nobody chosen: no button that would do nothing
            self.pane_text.show_nobody()
            self.pay_button.setEnabled(False)
            self.void_button.setEnabled(False)
            return
        detail = self.desk.roster.detail(row.code)
        self.pane_text.show_detail(detail, self.desk.signups.of(row.code))
        self.pay_button.setEnabled(row.status in (Status.UNPAID, Status.EXCEPTION))
        self.void_button.setEnabled(bool(detail.payouts or detail.reports))

    # the actions (ui/point/), by the names the tests and the rest of the app use ----------------------

    def scan_qr(self, payload: str) -> CccdQr | None:
        return self.finder.scan_qr(payload)

    def pay_current(self) -> Recorded | None:
        return self.pay_actions.pay_current()

    def pay(self, request: PayoutRequest) -> Recorded | None:
        return self.pay_actions.pay(request)

    def report_current(
        self, kind: str, note: str = "", *, day: str | None = None, reported_by: str = ""
    ) -> Recorded | None:
        return self.records.report_current(kind, note, day=day, reported_by=reported_by)

    def ask_void(self) -> Recorded | None:
        return self.records.ask_void()

    def void_current(self, reason: str) -> Recorded | None:
        return self.records.void_current(reason)

    def _ask_cash(self, move: str) -> None:
        self.cash_actions.ask_cash(move)

    def cash(self, move: str, amount: int) -> Recorded | None:
        return self.cash_actions.cash(move, amount)

    def close_day(self, denominations: dict[int, int], reason: str = "") -> DayClose | None:
        return self.cash_actions.close_day(denominations, reason)

    def receipt(self, code: str) -> Report:
        return self.papers.receipt(code)

    def export_to(self, path: Path) -> None:
        self.files.export_to(path)

    def load_file(self, path: Path) -> None:
        self.files.load_file(path)

    def import_peer_file(self, path: Path) -> None:
        self.files.import_peer_file(path)

    # messages --------------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.last_message = text
        self.statusBar().showMessage(text, 15_000)

    def warn(self, text: str) -> None:
        self.last_message = text
        self.statusBar().showMessage(text, 30_000)
        dialogs.warning(self, self.tr("Không thực hiện được"), text)
