"""The small windows around a payout: why someone cannot be paid (before anyone signs), voiding a step
recorded by mistake (with its reason), and reporting a death (its date and who brought the news)."""

from __future__ import annotations

from collections.abc import Callable

from payout_desk.domain.clock import vn_date, vn_datetime
from payout_desk.domain.ledger import Event, Kind
from payout_desk.domain.money import format_vnd
from payout_desk.services.point.pay import PayRefusal
from payout_desk.ui.plain import plain
from payout_desk.ui.qt import (
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from payout_desk.ui.words import english, report_text


def _buttons(
    dialog: QDialog, accept: str | None, reject: str, on_accept: Callable[[], None] | None = None
) -> QDialogButtonBox:
    """The dialog's buttons: `accept` is the default (Enter), running `on_accept` (else closing with
    Accepted); with no `accept`, `reject` is the default."""
    buttons = QDialogButtonBox()
    if accept is not None:
        ok = buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.accepted.connect(on_accept or dialog.accept)
    no = buttons.addButton(reject, QDialogButtonBox.ButtonRole.RejectRole)
    no.setAutoDefault(accept is None)
    no.setDefault(accept is None)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _problem_label() -> QLabel:
    label = plain(QLabel(""))
    label.setWordWrap(True)
    label.setStyleSheet("color:#b00020;font-weight:600")
    return label


class RefusalDialog(QDialog):
    """ "Do not pay", said before the pay window opens: why, and what to do next. When the cause is a report
    this laptop made, the clerk can go straight to voiding it (accept = void); when it is a sibling
    laptop's report, to voiding that report with a reason ("Hủy báo cáo này"; accept = void, then pay)."""

    def __init__(self, refusal: PayRefusal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refusal = refusal
        self.setWindowTitle(self.tr("Không chi được"))
        layout = QVBoxLayout(self)
        text = plain(QLabel(refusal.text.en if english() else refusal.text.vi))
        text.setWordWrap(True)
        text.setStyleSheet("font-size:13pt;font-weight:600;color:#b00020")
        layout.addWidget(text)
        self.next_label = plain(QLabel(refusal.next_text.en if english() else refusal.next_text.vi))
        self.next_label.setWordWrap(True)
        layout.addWidget(self.next_label)
        accept = {
            "void": self.tr("Hủy lần báo nhầm…"),
            "void-sibling": self.tr("Hủy báo cáo này…"),
            "cash": self.tr("Nhận tiền từ bưu cục…"),
        }
        self.buttons = _buttons(self, accept.get(refusal.next_step), self.tr("Đóng"))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)


class VoidDialog(QDialog):
    """Void a payout or report recorded by mistake: it stays in the record, marked void, with the reason.
    `sibling` names the other laptop of the point whose report this laptop voids (the office sees both)."""

    def __init__(
        self, name: str, target: Event, parent: QWidget | None = None, *, sibling: str | None = None
    ) -> None:
        super().__init__(parent)
        self.target = target
        title = self.tr("Hủy báo cáo này — %s") if sibling else self.tr("Hủy lần ghi nhầm — %s")
        self.setWindowTitle(title % name)
        layout = QVBoxLayout(self)
        described = self.describe(target)
        if sibling:
            described = self.tr("%s — máy “%s”, lần ghi #%d") % (described, sibling, target.seq)
        what = plain(QLabel(described))
        what.setWordWrap(True)
        what.setStyleSheet("font-size:12pt;font-weight:600")
        layout.addWidget(what)
        layout.addWidget(
            QLabel(self.tr("Lần ghi này được đánh dấu đã hủy (không bị xóa) và gửi về bưu cục cùng lý do."))
        )
        if sibling:
            both = QLabel(self.tr("Bưu cục sẽ thấy cả báo cáo của máy kia lẫn việc hủy này để quyết định."))
            both.setWordWrap(True)
            layout.addWidget(both)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("ví dụ: bấm nhầm người, người nhà báo sai"))
        form.addRow(self.tr("Lý do hủy (bắt buộc)"), self.reason)
        layout.addLayout(form)
        self.problem = _problem_label()
        layout.addWidget(self.problem)
        accept = self.tr("Hủy báo cáo này") if sibling else self.tr("Hủy lần ghi này")
        buttons = _buttons(self, accept, self.tr("Thôi"), self._try_accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.reason.setFocus()

    def describe(self, event: Event) -> str:
        """One line for the recorded step, in the window's words."""
        if event.kind == Kind.PAYOUT:
            recipient = (event.data.get("proxy") or {}).get("name")
            return self.tr("Lần chi %s lúc %s, do %s chi%s") % (
                format_vnd(event.amount),
                vn_datetime(event.at_local),
                event.staff,
                self.tr(", người nhận thay: %s") % recipient if recipient else "",
            )
        return self.tr("Báo “%s” (ngày %s) lúc %s, do %s ghi") % (
            report_text(str(event.data.get("report"))),
            vn_date(str(event.data.get("date") or "")),
            vn_datetime(event.at_local),
            event.staff,
        )

    def _try_accept(self) -> None:
        if not self.reason.text().strip():
            self.problem.setText(self.tr("Cần ghi lý do hủy."))
            return
        self.accept()


class DeathDialog(QDialog):
    """A death is passed on to the welfare office: the date of death and who brought the news are needed."""

    def __init__(self, name: str, today: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Báo đã mất — %s") % name)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date = QDateEdit(today or QDate.currentDate())
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(today or QDate.currentDate())
        self.reported_by = QLineEdit()
        self.reported_by.setPlaceholderText(self.tr("họ tên, quan hệ (con trai, trưởng thôn…)"))
        self.note = QLineEdit()
        form.addRow(self.tr("Ngày mất"), self.date)
        form.addRow(self.tr("Ai báo tin (bắt buộc)"), self.reported_by)
        form.addRow(self.tr("Ghi chú"), self.note)
        layout.addLayout(form)
        self.problem = _problem_label()
        layout.addWidget(self.problem)
        buttons = _buttons(self, self.tr("Ghi báo đã mất"), self.tr("Thôi"), self._try_accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.reported_by.setFocus()

    def day(self) -> str:
        return self.date.date().toString("yyyy-MM-dd")

    def _try_accept(self) -> None:
        if not self.reported_by.text().strip():
            self.problem.setText(self.tr("Ghi ai đã báo tin (họ tên, quan hệ với người hưởng)."))
            return
        self.accept()
