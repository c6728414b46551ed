"""Đăng ký nhận qua tài khoản for the selected person (issue 17 item 5): the sign-up dialog, the record, and
what the clerk is told (the account masked, as on anything the point shows or prints)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from payout_desk.services.common.errors import DeskError
from payout_desk.services.point.signups import SignedUp, SignupRequest
from payout_desk.ui.qt import QObject
from payout_desk.ui.signup_dialog import SignupDialog
from payout_desk.ui.words import message, said

if TYPE_CHECKING:
    from payout_desk.ui.point_window import PointWindow


class SignupActions(QObject):
    def __init__(self, point: PointWindow) -> None:
        super().__init__(point)
        self.point = point
        self.dialog: SignupDialog | None = None

    def entry(self) -> str:
        return self.tr("Đăng ký nhận qua tài khoản…")

    def ask_signup(self) -> SignedUp | None:
        point = self.point
        row = point.current_row()
        if row is None:
            point.say(self.tr("Chọn một người trong danh sách."))
            return None
        try:
            earlier = point.desk.signups.of(row.code)
            detail = point.desk.roster.detail(row.code)
        except DeskError as exc:
            point.warn(message(exc))
            return None
        dialog = SignupDialog(
            detail,
            point.staff,
            earlier=earlier,
            banks=point.desk.signups.banks(),
            parent=point,
            check=point.desk.signups.check,
        )
        self.dialog = dialog
        if dialog.exec() != SignupDialog.DialogCode.Accepted or dialog.request is None:
            point.search.setFocus()
            return None
        return self.record(dialog.request)

    def record(self, request: SignupRequest) -> SignedUp | None:
        point = self.point
        try:
            done = point.desk.signups.record(request)
        except DeskError as exc:
            point.warn(message(exc))
            return None
        notes = " ".join(said(note) for note in done.notes())
        point.say(
            self.tr("ĐÃ GHI đăng ký nhận qua tài khoản: %s — %s %s.")
            % (done.name, done.bank, done.account_masked)
            + (f" {notes}" if notes else "")
        )
        point.refresh(done.code)
        point.search.clear()
        point.search.setFocus()
        return done
