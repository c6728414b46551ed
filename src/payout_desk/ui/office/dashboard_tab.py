"""The office's month at a glance: per point progress as bars (paid / exceptions / stopped / unpaid),
conflicts, money paid and cash still out, each device's last sync, the deadline and the points behind."""

from __future__ import annotations

from datetime import date

from payout_desk.domain.clock import vn_date, vn_from_utc
from payout_desk.domain.figures import is_behind
from payout_desk.domain.money import format_vnd
from payout_desk.domain.month import Month
from payout_desk.domain.opening import Opening, payout_month
from payout_desk.domain.settlement import PointFigures
from payout_desk.services.office.register_month import month_name
from payout_desk.services.office.status import OfficeStatus, PointReport
from payout_desk.ui.office.bank_results import BankStatePanel
from payout_desk.ui.office.register_tab import set_widths
from payout_desk.ui.plain import plain, rich
from payout_desk.ui.qt import (
    QAbstractItemView,
    QColor,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPainter,
    QPersistentModelIndex,
    QRectF,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from payout_desk.ui.rows_model import VALUE_ROLE, Row, RowsModel
from payout_desk.ui.words import english

# the bar's segments, in order: paid, exceptions (absent, hospital…), stopped, still unpaid
BAR_COLOURS = ("#3c9a4b", "#e0a526", "#c0504d", "#d9d9d9")
BEHIND_COLOUR = "#fde2e1"
CONFLICT_COLOUR = "#fff1c2"
BAR_COLUMN = 2


def month_words(month: Month) -> str:
    """ "tháng 12/2026" in the window's language."""
    return month_name(month).render("en" if english() else "vi")


class ProgressBars(QStyledItemDelegate):
    """Paints a point's people as one stacked bar; the numbers are in the tooltip and the next columns."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        parts = index.data(VALUE_ROLE)
        if not isinstance(parts, tuple) or not sum(parts):
            super().paint(painter, option, index)
            return
        rect = QRectF(option.rect).adjusted(4, 6, -4, -6)
        total, x = sum(parts), rect.left()
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        for count, colour in zip(parts, BAR_COLOURS, strict=True):
            width = rect.width() * count / total
            painter.fillRect(QRectF(x, rect.top(), width, rect.height()), QColor(colour))
            x += width
        painter.restore()


class DashboardTab(QWidget):
    COLUMNS = (
        "Mã",
        "Điểm chi trả",
        "Tiến độ",
        "Đã chi",
        "Chưa chi",
        "Chưa chi được",
        "Báo giảm",
        "Sai lệch",
        "Tiền thực chi",
        "Tiền còn ở điểm",
        "Đồng bộ gần nhất",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.opening = plain(QLabel())  # why the window opened on this month, or which month still has work
        self.opening.setWordWrap(True)
        self.opening.setStyleSheet("font-weight:600")
        self.summary = plain(QLabel())
        self.summary.setStyleSheet("font-size:13pt;font-weight:600")
        self.summary.setWordWrap(True)
        self.deadline = plain(QLabel())
        self.deadline.setWordWrap(True)
        self.legend = rich(
            QLabel(  # our markup, our words
                " ".join(
                    f'<span style="color:{colour}">■</span> {label}'
                    for colour, label in zip(
                        BAR_COLOURS,
                        (
                            self.tr("đã chi"),
                            self.tr("chưa chi được"),
                            self.tr("báo giảm"),
                            self.tr("chưa chi"),
                        ),
                        strict=True,
                    )
                )
            )
        )
        self.model = RowsModel([self.tr(c) for c in self.COLUMNS], self, right=range(3, 10))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(BAR_COLUMN, ProgressBars(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        set_widths(self.table, (50, 190, 150, 70, 75, 80, 85, 80, 125, 130))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # whole point codes
        layout.addWidget(self.opening)
        layout.addWidget(self.summary)
        layout.addWidget(self.deadline)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)
        self.banks = BankStatePanel(self)  # issue 17: the month's transfers per bank, when it has any
        layout.addWidget(self.banks)
        self.behind: list[str] = []

    def selected_point(self) -> str | None:
        """The point chosen in the table, if any (the papers are then for that point alone)."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).key if rows else None

    def show_status(self, status: OfficeStatus, today: date) -> None:
        month = Month.parse(status.month)
        self.behind = [p.code for p in status.points if is_behind(p.figures, month.deadline, today)]
        rows = [self._row(p, p.code in self.behind, status.settlement.point(p.code)) for p in status.points]
        self.model.set_rows(rows)
        self.banks.show_banks(status.settlement)
        t = status.settlement.total  # the figures every paper prints
        open_conflicts = sum(1 for c in status.conflicts if c.resolution is None)
        if not status.points:
            self.summary.setText(self.tr("%s: chưa phát hành danh sách nào.") % month.label_vi)
        else:
            self.summary.setText(
                self.tr(
                    "%s — đã chi %d/%d người · %s / %s · tiền còn ở các điểm %s · sai lệch chưa xử lý: %d"
                )
                % (
                    month.label_vi,
                    t.paid.people,
                    t.issued.people,
                    format_vnd(t.paid.money),
                    format_vnd(t.issued.money),
                    format_vnd(t.held),
                    open_conflicts,
                )
            )
            self.summary.setToolTip(
                self.tr("Đã chi theo danh sách %s; thực chi (tiền mặt đã phát, kể cả chi trùng) %s.")
                % (format_vnd(t.paid.money), format_vnd(t.paid_out))
            )
        days = (month.deadline - today).days
        when = (
            self.tr("còn %d ngày đến hạn chi mùng 5 (%s)") % (days, vn_date(month.deadline.isoformat()))
            if days >= 0
            else self.tr("đã quá hạn chi mùng 5 (%s)") % vn_date(month.deadline.isoformat())
        )
        late = (
            self.tr("Điểm chậm tiến độ (%d): %s") % (len(self.behind), ", ".join(self.behind))
            if self.behind
            else self.tr("Không có điểm nào chậm tiến độ.")
        )
        self.deadline.setText(f"{when}. {late}")

    def show_opening(self, opening: Opening, shown: Month, today: date) -> None:
        """One line: why the window is on `shown` (the opening rule's month), or, on another month, which
        earlier month still has work."""
        name = month_words(opening.month)
        if opening.has_work:
            parts = []
            if opening.open_conflicts:
                parts.append(self.tr("%d sai lệch chưa xử lý") % opening.open_conflicts)
            if opening.points_waiting:
                parts.append(self.tr("%d điểm chưa gửi file") % opening.points_waiting)
            work = ", ".join(parts)
            if shown == opening.month:
                text = self.tr("Đang mở %s: còn %s.") % (name, work)
            else:
                text = self.tr("Chú ý: %s còn %s.") % (name, work)
        elif shown != opening.month:
            text = ""
        elif opening.month == payout_month(today) and today >= opening.month.first_day:
            text = self.tr("Đang mở %s: tháng đang chi trả (hạn chi trước mùng 5).") % name
        else:
            text = self.tr("Đang mở %s: tháng chi trả tới; các tháng trước không còn việc.") % name
        self.opening.setText(text)
        self.opening.setVisible(bool(text))

    def _devices_text(self, point: PointReport) -> str:
        if not point.devices:
            return self.tr("chưa có máy")
        synced = [d.last_sync for d in point.devices if d.last_sync]
        if not synced:
            return self.tr("chưa đồng bộ")
        return vn_from_utc(max(synced))

    def _row(self, p: PointReport, behind: bool, settled: PointFigures) -> Row:
        f = p.figures
        exceptions = sum(f.exceptions.values())
        parts = (f.paid_count, exceptions, f.stopped_count, f.unpaid_count - exceptions)
        colour = CONFLICT_COLOUR if p.conflicts or p.flags else BEHIND_COLOUR if behind else None
        tooltip = (self.tr("Chậm tiến độ. ") if behind else "") + self.tr(
            "%s: đã chi %d, chưa chi được %d, báo giảm %d, chưa chi %d trên %d người"
        ) % (
            p.name,
            f.paid_count,
            exceptions,
            f.stopped_count,
            f.unpaid_count - exceptions,
            f.beneficiaries,
        )
        if p.flags:  # stored records the figures leave out: the settlement lists them
            tooltip += self.tr(
                ". %d bản ghi lạ bị gắn cờ, không tính vào số liệu (xem bản quyết toán)."
            ) % len(p.flags)
        share = f"{100 * f.paid_count // f.beneficiaries}%" if f.beneficiaries else ""
        return Row(
            p.code,
            [
                p.code,
                p.name,
                share,
                str(f.paid_count),
                str(f.unpaid_count),
                str(exceptions),
                str(f.stopped_count),
                str(p.conflicts),
                format_vnd(settled.paid_out, unit=""),
                format_vnd(settled.held, unit=""),
                self._devices_text(p),
            ],
            values=[p.code, p.name, parts],
            colour=colour,
            tooltip=tooltip,
        )
