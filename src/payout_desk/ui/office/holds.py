"""The Giữ lại tab's actions: the month's holds read again, a release (its reason asked, and the folder for
the báo tăng once the list is issued) and a confirmed stop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from payout_desk.services.common.errors import DeskError, InvalidInput
from payout_desk.services.office.holds import Decision
from payout_desk.ui import dialogs
from payout_desk.ui.office.clerks import prepared_instead
from payout_desk.ui.qt import QObject
from payout_desk.ui.words import message

if TYPE_CHECKING:
    from payout_desk.ui.office_window import OfficeWindow


class HoldActions(QObject):
    def __init__(self, office: OfficeWindow) -> None:
        super().__init__(office)
        self.office = office

    def refresh(self) -> None:
        office = self.office
        try:
            holds = office.desk.holds.month(office.month_text())
        except InvalidInput:  # nothing imported for the month yet: nobody held
            holds = []
        office.holds_tab.show_holds(holds)
        waiting = sum(1 for h in holds if h.state == "held")
        index = office.tabs.indexOf(office.holds_tab)
        office.tabs.setTabText(index, self.tr("Giữ lại (%d)") % waiting if waiting else self.tr("Giữ lại"))

    def ask_release(self, code: str) -> None:
        reason = dialogs.ask_text(
            self.office,
            self.tr("Đưa lại danh sách"),
            self.tr("Lý do đưa %s trở lại danh sách chi trả:") % code,
        )
        if not reason:
            return
        folder = dialogs.choose_folder(
            self.office, self.tr("Thư mục ghi file báo tăng (nếu danh sách đã phát hành)")
        )
        if folder:
            self.release(code, reason, folder)

    def ask_confirm(self, code: str) -> None:
        reason = dialogs.ask_text(
            self.office, self.tr("Xác nhận báo giảm"), self.tr("Lý do xác nhận báo giảm %s:") % code
        )
        if reason:
            self.confirm(code, reason)

    def release(self, code: str, reason: str, folder: Path) -> Decision | None:
        month = self.office.month_text()
        if prepared_instead(
            self.office, lambda: self.office.desk.approvals.prepare_release(code, month, reason)
        ):
            return None  # an office with clerks: an approver signs it (issue 16)
        done = self._decide(
            lambda: self.office.desk.holds.release(code, self.office.month_text(), reason, folder)
        )
        if done is not None:
            if done.amendment is not None:
                self.office.say(
                    self.tr("Đã đưa %s trở lại danh sách: báo tăng ghi vào %s.") % (code, done.amendment.path)
                )
            else:
                self.office.say(self.tr("Đã đưa %s trở lại danh sách (chưa phát hành).") % code)
        return done

    def confirm(self, code: str, reason: str) -> Decision | None:
        done = self._decide(lambda: self.office.desk.holds.confirm(code, self.office.month_text(), reason))
        if done is not None:
            self.office.say(self.tr("Đã xác nhận báo giảm %s: không chi trả tháng này.") % code)
        return done

    def _decide(self, step: Callable[[], Decision]) -> Decision | None:
        try:
            done = step()
        except DeskError as exc:
            self.office.say(message(exc))
            return None
        self.refresh()
        self.office.refresh_now()
        return done
