"""The point clerk's window: search, the beneficiary table, one person's pane, pay, exceptions, progress."""

from __future__ import annotations

from pathlib import Path

from payout_desk.domain.clock import vn_date, vn_datetime
from payout_desk.domain.ids import CccdQr, looks_like_cccd_qr, parse_cccd_qr
from payout_desk.domain.ledger import Event, ReportKind
from payout_desk.domain.money import format_vnd
from payout_desk.domain.month import Month
from payout_desk.services.errors import DeskError
from payout_desk.services.point import PointDesk
from payout_desk.services.point_cash import DayClose
from payout_desk.services.point_ledger import Recorded
from payout_desk.services.point_pay import PayoutRequest
from payout_desk.services.point_roster import RosterRow
from payout_desk.ui import dialogs
from payout_desk.ui.about import AboutDialog
from payout_desk.ui.day_close import DayCloseDialog
from payout_desk.ui.language_menu import add_language_menu
from payout_desk.ui.money_edit import CashDialog
from payout_desk.ui.pay_dialog import PayDialog
from payout_desk.ui.person_pane import PersonPane
from payout_desk.ui.plain import plain
from payout_desk.ui.printing import Printer, Report
from payout_desk.ui.qt import (
    QAbstractItemView,
    QAction,
    QComboBox,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QItemSelectionModel,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QObject,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from payout_desk.ui.record_dialogs import DeathDialog, RefusalDialog, VoidDialog
from payout_desk.ui.roster_model import ROW_ROLE, RosterFilter, RosterModel
from payout_desk.ui.route import RouteDialog
from payout_desk.ui.rows_model import demo_banner
from payout_desk.ui.staff import StaffDialog, StaffMenu
from payout_desk.ui.sync_runner import SyncRunner
from payout_desk.ui.words import english, message, report_text
from payout_desk.ui.work import Work

FILTERS = (
    ("all", "Tất cả"),
    ("unpaid", "Chưa chi"),
    ("home", "Chi tại nhà"),
    ("exceptions", "Chưa chi được, báo giảm"),
)


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
        self.sync.done.connect(self._sync_done)
        self.sync.failed.connect(self._sync_failed)
        self._locked = False
        self.last_message = ""
        self.printer = Printer(self, self.work)
        self.printer.done.connect(self._say)
        self.printer.failed.connect(self._say)
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
        layout.addLayout(self._search_bar())
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
        self._menus()
        self.refresh()
        self._show_current()
        self.search.setFocus()

    # layout --------------------------------------------------------------------------------------

    def _search_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Tìm: họ tên (không cần dấu), mã, số cuối CCCD, thôn/ấp — hoặc quét mã QR")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._enter)
        self.search.installEventFilter(self)  # ↑ ↓ PgUp PgDn move through the table while typing
        self.mode = QComboBox()
        for key, label in FILTERS:
            self.mode.addItem(self.tr(label), key)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.mode)
        return bar

    def _mode_changed(self, _index: int) -> None:
        self.filter.set_mode(str(self.mode.currentData()))

    MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The arrow keys in the search box move the table's selection (the text keeps the focus)."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in self.MOVE_KEYS
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._move_selection(Qt.Key(event.key()))
            return True
        return super().eventFilter(watched, event)

    def _move_selection(self, key: Qt.Key) -> None:
        rows = self.filter.rowCount()
        if not rows:
            return
        current = self.table.selectionModel().currentIndex()
        row = current.row() if current.isValid() else -1
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}[key]
        target = min(max(row + step, 0), rows - 1)
        index = self.filter.index(target, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

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
        menu = QMenu(self.report_button)
        for kind in ReportKind:
            action = menu.addAction(report_text(kind.value))
            action.setData(kind.value)
        menu.triggered.connect(self._report_chosen)
        self.report_button.setMenu(menu)
        self.void_button = QPushButton(self.tr("Hủy lần ghi nhầm (có lý do)…"))
        self.void_button.clicked.connect(lambda _checked=False: self.ask_void())
        for button in (self.pay_button, self.report_button, self.void_button):
            layout.addWidget(button)
        return pane

    def _menus(self) -> None:
        cash = self.menuBar().addMenu(self.tr("&Tiền mặt"))
        receive = QAction(self.tr("Nhận tiền từ bưu cục…"), self)
        receive.triggered.connect(lambda: self._ask_cash("receive"))
        give_back = QAction(self.tr("Nộp lại tiền…"), self)
        give_back.triggered.connect(lambda: self._ask_cash("return"))
        close_day = QAction(self.tr("Kết thúc ngày (kiểm tiền)…"), self)
        close_day.triggered.connect(self._ask_close_day)
        cash.addActions([receive, give_back, close_day])
        sync = self.menuBar().addMenu(self.tr("Đồng &bộ"))
        export = QAction(self.tr("Xuất file đồng bộ (gửi bưu cục)…"), self)
        export.triggered.connect(self._ask_export)
        load = QAction(self.tr("Nạp danh sách hoặc thông báo báo giảm/báo tăng…"), self)
        load.triggered.connect(self._ask_load)
        peer = QAction(self.tr("Nhận file của máy khác cùng điểm…"), self)
        peer.triggered.connect(self._ask_peer)
        backup = QAction(self.tr("Sao lưu dữ liệu của máy (ra USB)…"), self)
        backup.triggered.connect(self._ask_backup)
        sync.addActions([export, load, peer, backup])
        papers = self.menuBar().addMenu(self.tr("&In"))
        self.printer.add_menu(
            papers,
            [
                (self.tr("Biên nhận của người đang chọn (PDF)…"), self._ask_receipt),
                (self.tr("Danh sách ký nhận của điểm (PDF)…"), self._ask_sheet),
            ],
        )
        views = self.menuBar().addMenu(self.tr("&Xem"))
        route = QAction(self.tr("Chi tại nhà: lộ trình theo thôn/ấp"), self)
        route.triggered.connect(self.show_route)
        views.addAction(route)
        add_language_menu(views, self._say)
        self.staff_menu = StaffMenu(self, self.desk, lambda: self.staff)  # Nhân viên: add, switch clerk
        self.staff_menu.switched.connect(self._staff_switched)
        self.staff_menu.said.connect(self._say)
        about = QAction(self.tr("Giới thiệu…"), self)
        about.triggered.connect(self.show_about)
        self.menuBar().addMenu(self.tr("Trợ &giúp")).addAction(about)
        find = QAction(self.tr("Tìm"), self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(self.focus_search)
        self.addAction(find)

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
        self.model.set_rows(self.desk.roster())
        progress = self.desk.progress()
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
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        self._pane_timer.stop()
        self._show_current()
        return True

    def visible_codes(self) -> list[str]:
        return [str(self.filter.index(i, 0).data()) for i in range(self.filter.rowCount())]

    # search and QR ----------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        if looks_like_cccd_qr(text):
            return  # a scanner is still typing, or finished: Enter handles it
        self.filter.set_text(text)
        current = self.table.selectionModel().currentIndex()
        if self.filter.rowCount() and not current.isValid():  # the person selected was filtered out
            self.table.selectionModel().setCurrentIndex(
                self.filter.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _enter(self) -> None:
        text = self.search.text()
        if looks_like_cccd_qr(text):
            self.scan_qr(text)
            return
        if self.current_row() is not None:
            self.pay_current()

    def scan_qr(self, payload: str) -> CccdQr | None:
        """A CCCD QR read by a scanner that types into the search box: select that person, ID checked."""
        try:
            qr = parse_cccd_qr(payload)
        except ValueError as exc:
            self._warn(self.tr("Mã QR không đọc được: %s") % exc)
            return None
        self.search.clear()
        self.filter.set_text("")
        match = next((r for r in self.model.rows() if r.cccd == qr.id_number), None)
        if match is None:
            by_name = [r for r in self.model.rows() if r.name.casefold() == qr.full_name.casefold()]
            hint = (
                self.tr(" Có người trùng tên (%s): kiểm tra lại số CCCD.") % by_name[0].code
                if by_name
                else ""
            )
            self._warn(
                self.tr("CCCD %s (%s) không có trong danh sách.") % (qr.id_number, qr.full_name) + hint
            )
            return qr
        self.qr_checked.add(match.code)
        self.select_code(match.code)
        self._say(self.tr("Đã quét CCCD của %s: khớp với danh sách.") % match.name)
        return qr

    # one person ----------------------------------------------------------------------------------

    def _selection_moved(self) -> None:
        """The buttons follow the selection at once (from the roster row); the pane once typing pauses."""
        row = self.current_row()
        self.report_button.setEnabled(row is not None)
        self.pay_button.setEnabled(row is not None and row.status in ("unpaid", "exception"))
        self.void_button.setEnabled(row is not None and row.status in ("paid", "exception"))
        self._pane_timer.start()

    def _show_current(self) -> None:
        row = self.current_row()
        self.report_button.setEnabled(row is not None)
        if row is None:  # nobody chosen: no button that would do nothing
            self.pane_text.show_nobody()
            self.pay_button.setEnabled(False)
            self.void_button.setEnabled(False)
            return
        detail = self.desk.detail(row.code)
        self.pane_text.show_detail(detail)
        self.pay_button.setEnabled(row.status in ("unpaid", "exception"))
        self.void_button.setEnabled(bool(detail.payouts or detail.reports))

    def _report_chosen(self, action: QAction) -> None:
        kind = str(action.data())
        if kind != ReportKind.DECEASED:
            self.report_current(kind)
            return
        row = self.current_row()
        if row is None:
            return
        dialog = DeathDialog(row.name, parent=self)
        self.death_dialog = dialog
        if dialog.exec() == DeathDialog.DialogCode.Accepted:
            self.report_current(
                kind, dialog.note.text(), day=dialog.day(), reported_by=dialog.reported_by.text()
            )

    def pay_current(self) -> Recorded | None:
        row = self.current_row()
        if row is None:
            return None
        try:
            refusal = self.desk.payable(row.code)
        except DeskError as exc:
            self._warn(message(exc))
            return None
        if refusal is not None:  # said before anyone signs, with the way forward
            self.refusal_dialog = RefusalDialog(refusal, self)
            if self.refusal_dialog.exec() == RefusalDialog.DialogCode.Accepted:
                if refusal.next_step == "void-sibling" and refusal.target is not None:
                    if self.ask_void_sibling(row, refusal.target, refusal.device) is not None:
                        return self.pay_current()  # the report no longer stands: on to the pay window
                else:
                    self.ask_void()
            self.search.setFocus()
            return None
        dialog = PayDialog(
            self.desk.detail(row.code), self.staff, qr_checked=row.code in self.qr_checked, parent=self
        )
        self.pay_dialog = dialog
        if dialog.exec() != PayDialog.DialogCode.Accepted or dialog.request is None:
            self.search.setFocus()
            return None
        return self.pay(dialog.request)

    def pay(self, request: PayoutRequest) -> Recorded | None:
        """Record a payout; the confirmation shows only after the commit returned."""
        try:
            done = self.desk.pay(request)
        except DeskError as exc:
            self._warn(message(exc))
            return None
        self.refresh(done.beneficiary)
        self._say(
            self.tr("ĐÃ GHI: chi %s cho %s lúc %s.")
            % (format_vnd(done.amount), done.name, vn_datetime(done.at_local))
        )
        self.paid.emit(done.event_id)
        self.search.clear()
        self.search.setFocus()
        return done

    def report_current(
        self, kind: str, note: str = "", *, day: str | None = None, reported_by: str = ""
    ) -> Recorded | None:
        row = self.current_row()
        if row is None:
            return None
        try:
            done = self.desk.report(
                row.code, kind, note=note, staff=self.staff, day=day, reported_by=reported_by
            )
        except DeskError as exc:
            self._warn(message(exc))
            return None
        self.refresh(row.code)
        self._say(self.tr("Đã ghi: %s — %s.") % (row.name, report_text(kind)))
        return done

    def ask_void(self) -> Recorded | None:
        """The void button: the newest payout or report this laptop made for the person, with a reason."""
        row = self.current_row()
        if row is None:
            return None
        try:
            target = self.desk.last_voidable(row.code)
        except DeskError as exc:
            self._warn(message(exc))
            return None
        if target is None:
            self._warn(self.tr("%s chưa có lần chi hay lần báo nào của máy này để hủy.") % row.name)
            return None
        dialog = VoidDialog(row.name, target, self)
        self.void_dialog = dialog
        if dialog.exec() != VoidDialog.DialogCode.Accepted:
            return None
        return self._void(row, target, dialog.reason.text())

    def ask_void_sibling(self, row: RosterRow, target: Event, sibling: str) -> Recorded | None:
        """ "Hủy báo cáo này": void another laptop's report that blocks the payout, with a reason (the office
        sees the report and the void side by side)."""
        dialog = VoidDialog(row.name, target, self, sibling=sibling or target.device_id)
        self.void_dialog = dialog
        if dialog.exec() != VoidDialog.DialogCode.Accepted:
            return None
        return self._void(row, target, dialog.reason.text())

    def void_current(self, reason: str) -> Recorded | None:
        """Void the newest step this laptop recorded for the selected person."""
        row = self.current_row()
        target = self.desk.last_voidable(row.code) if row is not None else None
        if row is None or target is None:
            return None
        return self._void(row, target, reason)

    def _void(self, row: RosterRow, target: Event, reason: str) -> Recorded | None:
        """Void the step the clerk was shown (the void refuses it if it was voided meanwhile)."""
        try:
            done = self.desk.void(target.event_id, reason, staff=self.staff)
        except DeskError as exc:
            self._warn(message(exc))
            return None
        self.refresh(row.code)
        self._say(self.tr("Đã hủy lần ghi nhầm của %s (lý do: %s).") % (row.name, reason))
        return done

    # cash ------------------------------------------------------------------------------------------

    def _ask_cash(self, move: str) -> None:
        title = self.tr("Nhận tiền từ bưu cục") if move == "receive" else self.tr("Nộp lại tiền")
        dialog = CashDialog(title, self.tr("Số tiền (đồng), ví dụ 50.000.000:"), self)
        self.cash_dialog = dialog
        if dialog.exec() == CashDialog.DialogCode.Accepted:
            self.cash(move, dialog.amount.amount())

    def cash(self, move: str, amount: int) -> Recorded | None:
        try:
            if move == "receive":
                done = self.desk.cash_receive(amount, staff=self.staff)
            else:
                done = self.desk.cash_return(amount, staff=self.staff)
        except DeskError as exc:
            self._warn(message(exc))
            return None
        self.refresh()
        return done

    def _ask_close_day(self) -> None:
        dialog = DayCloseDialog(self.desk.progress().cash, self)
        if dialog.exec() == DayCloseDialog.DialogCode.Accepted:
            self.close_day(dialog.denominations(), dialog.reason.text())

    def close_day(self, denominations: dict[int, int], reason: str = "") -> DayClose | None:
        """Record the count, then close the day against it."""
        try:
            if denominations:
                self.desk.cash_count(denominations, staff=self.staff)
            closed = self.desk.close_day(reason=reason, staff=self.staff)
        except DeskError as exc:
            self._warn(message(exc))
            return None
        self.refresh()
        difference = closed.difference or 0
        self._say(
            self.tr("Đã kết thúc ngày %s: %d lần chi, %s; tiền còn giữ %s%s")
            % (
                vn_date(closed.date),
                closed.payouts_today,
                format_vnd(closed.paid_today),
                format_vnd(closed.cash.on_hand),
                self.tr(", chênh lệch %s") % format_vnd(difference) if difference else "",
            )
        )
        return closed

    # sync files (off the window's thread) --------------------------------------------------------

    def _ask_receipt(self) -> None:
        code = self.current_code()
        if code is None:
            self._say(self.tr("Chọn người đã nhận tiền trước, rồi in biên nhận."))
            return
        self.printer.ask(self.tr("Lưu biên nhận"), f"bien-nhan-{code}.pdf", self.receipt(code))

    def receipt(self, code: str) -> Report:
        return lambda path: self.desk.receipt(code, path)

    def _ask_sheet(self) -> None:
        self.printer.ask(self.tr("Lưu danh sách ký nhận"), "danh-sach-ky-nhan.pdf", self.desk.signature_sheet)

    def _ask_backup(self) -> None:
        path = dialogs.save_file(
            self,
            self.tr("Sao lưu dữ liệu"),
            "sao-luu-payout-desk.sqlite3",
            [self.tr("Bản sao dữ liệu (*.sqlite3)")],
        )
        if path:
            self.sync.backup_to(path)

    def _ask_export(self) -> None:
        try:
            suggested = self.desk.suggested_sync_name()  # P05_2026-12_may-1.pdsync: point, month, laptop
        except DeskError as exc:
            self._warn(message(exc))
            return
        path = dialogs.save_file(
            self,
            self.tr("Xuất file đồng bộ"),
            suggested,
            [self.tr("File đồng bộ (*.pdsync)")],
            suffix=".pdsync",
        )
        if path:
            self.export_to(path)

    def _ask_load(self) -> None:
        path = dialogs.open_file(
            self,
            self.tr("Nạp file của bưu cục"),
            [self.tr("Danh sách, thông báo báo giảm/báo tăng (*.pdlist *.pdamend)")],
        )
        if path:
            self.load_file(path)

    def _ask_peer(self) -> None:
        path = dialogs.open_file(self, self.tr("File của máy khác"), [self.tr("File đồng bộ (*.pdsync)")])
        if path:
            self.import_peer_file(path)

    def _sync_done(self, text: str) -> None:
        self._say(text)
        self.finished.emit(text)

    def _sync_failed(self, text: str) -> None:
        self._warn(text)
        self.finished.emit(text)

    def export_to(self, path: Path) -> None:
        self._say(self.tr("Đang xử lý…"))
        self.sync.export_to(path)

    def load_file(self, path: Path) -> None:
        self._say(self.tr("Đang xử lý…"))
        self.sync.load_file(path)

    def import_peer_file(self, path: Path) -> None:
        self._say(self.tr("Đang xử lý…"))
        self.sync.import_peer_file(path)

    # messages --------------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.last_message = text
        self.statusBar().showMessage(text, 15_000)

    def _warn(self, text: str) -> None:
        self.last_message = text
        self.statusBar().showMessage(text, 30_000)
        dialogs.warning(self, self.tr("Không thực hiện được"), text)
