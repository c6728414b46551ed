"""The office's clerks in the window (issue 16): signing in at the start once the office has clerks (name and
PIN), and the "Việc chờ duyệt" dialog where an approver approves and signs, or rejects with a reason, what
another clerk prepared. Refusals are the service's sentence (a clerk approving, the preparer approving their
own item), nothing changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from payout_desk.lang import t
from payout_desk.services.common.errors import DeskError
from payout_desk.services.office.approvals import PendingInfo
from payout_desk.services.office.clerks import ClerkRole
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.ui.dialogs import ask_text, choose_folder
from payout_desk.ui.plain import plain
from payout_desk.ui.qt import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from payout_desk.ui.words import message, said

if TYPE_CHECKING:
    from payout_desk.ui.office_window import OfficeWindow


def _problem_label() -> QLabel:
    label = plain(QLabel())
    label.setWordWrap(True)
    label.setStyleSheet("color:#a61b1b")
    label.hide()
    return label


class ClerkSignIn(QDialog):
    """Who is working at the office desk: a clerk's name and PIN."""

    def __init__(self, desk: OfficeDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Cán bộ làm việc"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QComboBox()
        for clerk in desk.clerks.all():
            role = self.tr("người duyệt") if clerk.role == ClerkRole.APPROVER else self.tr("cán bộ lập")
            self.name.addItem(f"{clerk.name} ({role})", clerk.name)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        form.addRow(self.tr("Họ tên"), self.name)
        form.addRow(self.tr("Mã PIN"), self.pin)
        layout.addLayout(form)
        self.problem = _problem_label()
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.ok = QPushButton(self.tr("Đăng nhập"))
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.sign_in)
        leave = QPushButton(self.tr("Thoát"))
        leave.clicked.connect(self.reject)
        buttons.addWidget(self.ok)
        buttons.addWidget(leave)
        layout.addLayout(buttons)

    def sign_in(self) -> bool:
        try:
            self.desk.clerks.sign_in(str(self.name.currentData()), self.pin.text())
        except DeskError as exc:
            self.problem.setText(message(exc))
            self.problem.show()
            self.pin.clear()
            return False
        self.accept()
        return True


def sign_in_at_start(desk: OfficeDesk, parent: QWidget | None = None) -> bool:
    """With clerks at this office, the clerk signs in (False: they left); without, nothing to ask."""
    if desk.identity() is None or not desk.clerks.enforced():
        return True
    return ClerkSignIn(desk, parent).exec() == QDialog.DialogCode.Accepted


class PendingDialog(QDialog):
    """The items waiting for an approver: approve and sign (into a folder), or reject with the reason."""

    def __init__(self, office: OfficeWindow) -> None:
        super().__init__(office)
        self.office = office
        self.setWindowTitle(self.tr("Việc chờ duyệt"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("Việc một cán bộ đã lập, chờ một người duyệt khác duyệt và ký:"))
        head.setWordWrap(True)
        layout.addWidget(head)
        self.items = QComboBox()
        layout.addWidget(self.items)
        self.problem = _problem_label()
        layout.addWidget(self.problem)
        self.outcome = plain(QLabel())
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.approve_button = QPushButton(self.tr("Duyệt và ký…"))
        self.approve_button.clicked.connect(self.ask_approve)
        self.reject_button = QPushButton(self.tr("Trả lại…"))
        self.reject_button.clicked.connect(self.ask_reject)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.accept)
        for button in (self.approve_button, self.reject_button, close):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.reload()

    def line(self, item: PendingInfo) -> str:
        kind = {
            "issue": self.tr("Phát hành danh sách"),
            "amend": self.tr("Báo giảm/tăng"),
            "release": self.tr("Đưa người bị giữ lại vào danh sách"),
            "transfer": self.tr("Chuyển điểm"),
            "bank": self.tr("Bảng kê chuyển khoản"),
            "tocash": self.tr("Chuyển khoản lỗi → danh sách tiền mặt"),
        }.get(item.kind, item.kind)
        what = ", ".join(f"{v}" for k, v in sorted(item.what.items()) if k != "month" and v)
        return self.tr("Số %d · %s · tháng %s · %s · lập: %s") % (
            item.id,
            kind,
            item.month,
            what,
            item.prepared_by,
        )

    def reload(self) -> None:
        self.items.clear()
        for item in self.office.desk.approvals.items():
            self.items.addItem(self.line(item), item.id)
        some = self.items.count() > 0
        self.approve_button.setEnabled(some)
        self.reject_button.setEnabled(some)
        if not some:
            self.items.addItem(self.tr("Không có việc nào chờ duyệt."))

    def _failed(self, exc: DeskError) -> None:
        self.problem.setText(message(exc))
        self.problem.show()

    def approve(self, item_id: int, folder: Path) -> PendingInfo | None:
        try:
            done = self.office.desk.approvals.approve(item_id, folder)
        except DeskError as exc:
            self._failed(exc)
            return None
        self.problem.hide()
        self.outcome.setText(self.tr("Đã duyệt và ký việc số %d: %d file.") % (done.id, len(done.files)))
        self.reload()
        self.office.refresh_now()
        return done

    def reject_item(self, item_id: int, reason: str) -> PendingInfo | None:
        try:
            done = self.office.desk.approvals.reject(item_id, reason)
        except DeskError as exc:
            self._failed(exc)
            return None
        self.problem.hide()
        self.outcome.setText(self.tr("Đã trả lại việc số %d.") % done.id)
        self.reload()
        return done

    def ask_approve(self) -> None:
        folder = choose_folder(self, self.tr("Thư mục ghi các file đã ký"))
        if folder is not None:
            self.approve(int(self.items.currentData()), folder)

    def ask_reject(self) -> None:
        reason = ask_text(self, self.tr("Trả lại"), self.tr("Lý do trả lại"))
        if reason is not None:
            self.reject_item(int(self.items.currentData()), reason)


def ask_pending(office: OfficeWindow) -> None:
    PendingDialog(office).exec()


def prepared_instead(office: OfficeWindow, prepare: Callable[[], PendingInfo]) -> bool:
    """At an office with clerks, a signing step (issue, amend, release) is prepared for an approver instead
    of signed: True once said (prepared, or the service's sentence); False without clerks (sign as before)."""
    if not office.desk.clerks.enforced():
        return False
    try:
        item = prepare()
    except DeskError as exc:
        office.say(message(exc))
        return True
    office.say(said(t("roles.prepared", id=item.id)))
    return True
