"""Record what happened to the selected person: a report (death with its details), a void with a reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from payout_desk.domain.ledger import Event, ReportKind
from payout_desk.services.common.errors import DeskError
from payout_desk.services.point.ledger import Recorded
from payout_desk.services.point.roster import RosterRow
from payout_desk.ui.qt import QAction, QMenu, QObject, QWidget
from payout_desk.ui.record_dialogs import DeathDialog, VoidDialog
from payout_desk.ui.words import message, report_text

if TYPE_CHECKING:
    from payout_desk.ui.point_window import PointWindow


class RecordActions(QObject):
    def __init__(self, point: PointWindow) -> None:
        super().__init__(point)
        self.point = point

    def report_menu(self, button: QWidget) -> QMenu:
        """Báo chưa chi được…: one entry per kind of report."""
        menu = QMenu(button)
        for kind in ReportKind:
            action = menu.addAction(report_text(kind.value))
            action.setData(kind.value)
        menu.triggered.connect(self._report_chosen)
        return menu

    def _report_chosen(self, action: QAction) -> None:
        kind = str(action.data())
        if kind != ReportKind.DECEASED:
            self.report_current(kind)
            return
        row = self.point.current_row()
        if row is None:
            return
        dialog = DeathDialog(row.name, parent=self.point)
        self.death_dialog = dialog
        if dialog.exec() == DeathDialog.DialogCode.Accepted:
            self.report_current(
                kind, dialog.note.text(), day=dialog.day(), reported_by=dialog.reported_by.text()
            )

    def report_current(
        self, kind: str, note: str = "", *, day: str | None = None, reported_by: str = ""
    ) -> Recorded | None:
        point = self.point
        row = point.current_row()
        if row is None:
            return None
        try:
            done = point.desk.records.report(
                row.code, kind, note=note, staff=point.staff, day=day, reported_by=reported_by
            )
        except DeskError as exc:
            point.warn(message(exc))
            return None
        point.refresh(row.code)
        point.say(self.tr("Đã ghi: %s — %s.") % (row.name, report_text(kind)))
        return done

    def ask_void(self) -> Recorded | None:
        """The void button: the newest payout or report this laptop made for the person, with a reason."""
        point = self.point
        row = point.current_row()
        if row is None:
            return None
        try:
            target = point.desk.records.last_voidable(row.code)
        except DeskError as exc:
            point.warn(message(exc))
            return None
        if target is None:
            point.warn(self.tr("%s chưa có lần chi hay lần báo nào của máy này để hủy.") % row.name)
            return None
        return self._ask_reason(row, VoidDialog(row.name, target, point))

    def ask_void_sibling(self, row: RosterRow, target: Event, sibling: str) -> Recorded | None:
        """ "Hủy báo cáo này": void another laptop's report that blocks the payout, with a reason (the office
        sees the report and the void side by side)."""
        return self._ask_reason(
            row, VoidDialog(row.name, target, self.point, sibling=sibling or target.device_id)
        )

    def _ask_reason(self, row: RosterRow, dialog: VoidDialog) -> Recorded | None:
        self.void_dialog = dialog
        if dialog.exec() != VoidDialog.DialogCode.Accepted:
            return None
        return self._void(row, dialog.target, dialog.reason.text())

    def void_current(self, reason: str) -> Recorded | None:
        """Void the newest step this laptop recorded for the selected person."""
        row = self.point.current_row()
        target = self.point.desk.records.last_voidable(row.code) if row is not None else None
        if row is None or target is None:
            return None
        return self._void(row, target, reason)

    def _void(self, row: RosterRow, target: Event, reason: str) -> Recorded | None:
        """Void the step the clerk was shown (the void refuses it if it was voided meanwhile)."""
        point = self.point
        try:
            done = point.desk.records.void(target.event_id, reason, staff=point.staff)
        except DeskError as exc:
            point.warn(message(exc))
            return None
        point.refresh(row.code)
        point.say(self.tr("Đã hủy lần ghi nhầm của %s (lý do: %s).") % (row.name, reason))
        return done
