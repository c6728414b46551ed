"""Pay the selected person: a refusal said before anyone signs (with its way forward), the pay dialog, the record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from payout_desk.domain.clock import vn_datetime
from payout_desk.domain.money import format_vnd
from payout_desk.services.common.errors import DeskError
from payout_desk.services.point.ledger import Recorded
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.ui.pay_dialog import PayDialog
from payout_desk.ui.qt import QObject
from payout_desk.ui.record_dialogs import RefusalDialog
from payout_desk.ui.words import message

if TYPE_CHECKING:
    from payout_desk.ui.point_window import PointWindow


class PayActions(QObject):
    def __init__(self, point: PointWindow) -> None:
        super().__init__(point)
        self.point = point

    def pay_current(self) -> Recorded | None:
        point = self.point
        row = point.current_row()
        if row is None:
            return None
        try:
            refusal = point.desk.pay.payable(row.code)
        except DeskError as exc:
            point.warn(message(exc))
            return None
        if refusal is not None:  # said before anyone signs, with the way forward
            self.refusal_dialog = RefusalDialog(refusal, point)
            if self.refusal_dialog.exec() == RefusalDialog.DialogCode.Accepted:
                if refusal.next_step == "void-sibling" and refusal.target is not None:
                    if point.records.ask_void_sibling(row, refusal.target, refusal.device) is not None:
                        return self.pay_current()  # the report no longer stands: on to the pay window
                elif refusal.next_step == "cash":  # not enough cash: record what the office handed over
                    if point.cash_actions.ask_cash("receive") is not None:
                        return self.pay_current()
                else:
                    point.records.ask_void()
            point.search.setFocus()
            return None
        dialog = PayDialog(
            point.desk.roster.detail(row.code),
            point.staff,
            qr_checked=row.code in point.qr_checked,
            parent=point,
            check=point.desk.pay.check,  # the service's rule, said inside the dialog
        )
        self.pay_dialog = dialog
        if dialog.exec() != PayDialog.DialogCode.Accepted or dialog.request is None:
            point.search.setFocus()
            return None
        return self.pay(dialog.request)

    def pay(self, request: PayoutRequest) -> Recorded | None:
        """Record a payout; the confirmation shows only after the commit returned."""
        point = self.point
        try:
            done = point.desk.pay.record(request)
        except DeskError as exc:
            point.warn(message(exc))
            return None
        point.refresh(done.beneficiary)
        point.say(
            self.tr("ĐÃ GHI: chi %s cho %s lúc %s.")
            % (format_vnd(done.amount), done.name, vn_datetime(done.at_local))
        )
        point.paid.emit(done.event_id)
        point.search.clear()
        point.search.setFocus()
        return done
