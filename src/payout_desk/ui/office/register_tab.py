"""The month's register in, the lists out: import the welfare office's Excel file (errors and warnings
in a table; a click shows that row's cells as Excel has them), then issue one signed list per point."""

from __future__ import annotations

from pathlib import Path

from payout_desk.domain.money import format_vnd
from payout_desk.services.office.lists import IssuedFile
from payout_desk.services.office.register_words import issue_message
from payout_desk.services.office.registers import RegisterReport
from payout_desk.ui.plain import plain
from payout_desk.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPushButton,
    QScrollArea,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from payout_desk.ui.resources import active_language
from payout_desk.ui.rows_model import Row, RowsModel

ERROR_COLOUR, WARNING_COLOUR = "#f8d0d0", "#fff1c2"


def table(model: RowsModel, widths: tuple[int, ...], whole: tuple[int, ...] = ()) -> QTableView:
    """A read-only, row-selecting table over `model`, the office window's usual table; the `whole` columns
    (codes, file names) always fit their text, long text elsewhere ends in "…" (its row's tooltip has it all)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    set_widths(view, widths)
    for column in whole:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return view


def set_widths(view: QTableView, widths: tuple[int, ...]) -> None:
    """The columns' widths, none narrower than its heading (a heading renamed longer stays whole: the
    dashboard's "Chưa chi được" was once cut to "ưa chi đư" at 1366×768)."""
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))


def scrolled(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area: a form taller or wider than a small screen scrolls instead of
    pushing its buttons off the window."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class RegisterTab(QWidget):
    import_wanted = Signal(bool)  # skip invalid rows?
    issue_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: RegisterReport | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Nhập danh sách của tháng (Excel)…"))
        self.skip_invalid = QCheckBox(self.tr("Bỏ qua các dòng lỗi (chỉ nhập dòng hợp lệ)"))
        self.issue_button = QPushButton(self.tr("Phát hành danh sách cho các điểm…"))
        self.import_button.clicked.connect(lambda: self.import_wanted.emit(self.skip_invalid.isChecked()))
        self.issue_button.clicked.connect(self.issue_wanted.emit)
        bar.addWidget(self.import_button)
        bar.addWidget(self.skip_invalid)
        bar.addStretch(1)
        bar.addWidget(self.issue_button)
        layout.addLayout(bar)
        self.result = plain(
            QLabel(self.tr("Chọn file danh sách (.xlsx, .xls, .ods, .csv) của tháng để nhập."))
        )
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        self.issues = RowsModel([self.tr("Dòng"), self.tr("Cột"), self.tr("Loại"), self.tr("Nội dung")], self)
        self.issue_view = table(self.issues, (60, 150, 70), whole=(0, 2))
        self.issue_view.clicked.connect(self._show_cells)
        self.issue_view.activated.connect(self._show_cells)
        self.issue_text = plain(QLabel())  # the chosen error or warning in full, wrapped
        self.issue_text.setWordWrap(True)
        self.issue_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cells = RowsModel([self.tr("Cột"), self.tr("Tiêu đề"), self.tr("Giá trị trong Excel")], self)
        self.cell_view = table(self.cells, (50, 180), whole=(0,))
        self.cell_title = QLabel(self.tr("Bấm vào một dòng lỗi để xem các ô của dòng đó trong Excel."))
        cells_box = QWidget()
        cells_layout = QVBoxLayout(cells_box)
        cells_layout.setContentsMargins(0, 0, 0, 0)
        cells_layout.addWidget(self.cell_title)
        cells_layout.addWidget(self.issue_text)
        cells_layout.addWidget(self.cell_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.issue_view)
        splitter.addWidget(cells_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

    def set_busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy)
        self.issue_button.setEnabled(not busy)

    def show_report(self, report: RegisterReport) -> None:
        self.report = report
        rows = [self._issue_row(i, e, self.tr("Lỗi"), ERROR_COLOUR) for i, e in enumerate(report.errors)]
        rows += [
            self._issue_row(i, w, self.tr("Cảnh báo"), WARNING_COLOUR)
            for i, w in enumerate(report.warnings, start=len(rows))
        ]
        self.issues.set_rows(rows)
        self.cells.set_rows([])
        self.issue_text.clear()
        head = self.tr(
            "File %s, trang “%s”: đọc %d dòng, %d dòng chuyển khoản (không vào danh sách tiền mặt)."
        ) % (
            Path(report.file).name,
            report.sheet,
            report.rows_read,
            report.non_cash,
        )
        if not report.committed:
            tail = self.tr(
                "CHƯA NHẬP GÌ: %d dòng có lỗi. Sửa trong Excel rồi nhập lại, hoặc đánh dấu “Bỏ qua các dòng lỗi”."
            ) % len(report.errors)
        else:
            points = "; ".join(
                f"{p.code} {p.name}: {p.beneficiaries} — {format_vnd(p.cash_total)}" for p in report.points
            )
            tail = self.tr("Đã nhập %d người cho %d điểm (%s). %d cảnh báo.") % (
                report.imported,
                len(report.points),
                points,
                len(report.warnings),
            )
        self.result.setText(f"{head}\n{tail}")

    def _issue_row(self, number: int, issue: dict[str, object], kind: str, colour: str) -> Row:
        """An error or warning in the table; its tooltip says it all, however narrow the column."""
        row, column = str(issue["row"] or ""), str(issue["column"] or "")  # no row: missing since last month
        text = issue_message(issue, active_language())
        where = (
            self.tr("Dòng %s, cột “%s”") % (row, column)
            if column
            else self.tr("Dòng %s") % row
            if row
            else ""
        )
        where = where or self.tr("Không có trong danh sách này")
        return Row(str(number), [row, column, kind, text], colour=colour, tooltip=f"{kind} — {where}: {text}")

    def show_issued(self, files: list[IssuedFile], folder: Path) -> None:
        fresh = sum(1 for f in files if f.new_revision)
        self.result.setText(
            self.tr("Đã ký và ghi %d file danh sách vào %s (%d bản mới). Gửi mỗi điểm file của điểm đó.")
            % (len(files), folder, fresh)
        )

    def _show_cells(self, index: QModelIndex) -> None:
        if self.report is None or not index.isValid():
            return
        if not self.issues.row_at(index.row()).cells[0]:  # an issue without a row (missing since last month)
            self.cells.set_rows([])
            self.issue_text.setText(self.issues.row_at(index.row()).tooltip)
            return
        row_number = int(self.issues.row_at(index.row()).cells[0])
        cells = self.report.cells.get(row_number, [])
        self.cell_title.setText(self.tr("Dòng %d trong Excel:") % row_number)
        self.issue_text.setText(self.issues.row_at(index.row()).tooltip)
        column = self.issues.row_at(index.row()).cells[1]
        self.cells.set_rows(
            [
                Row(
                    letter,
                    [letter, label, value],
                    colour=ERROR_COLOUR if column and label == column else None,
                )
                for letter, label, value in cells
            ]
        )
