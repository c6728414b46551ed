"""The office's decisions on conflicts (`office.conflicts`): recorded beside both records, never deleting one."""

from __future__ import annotations

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.lang import t
from payout_desk.services.common.desk import OFFICE_LOCK, Desk, parse_month
from payout_desk.services.common.errors import UsageError
from payout_desk.services.office.status import ConflictReport, Status
from payout_desk.store.models import Resolution


class Conflicts:
    """Resolving a conflict of a month."""

    def __init__(self, desk: Desk, status: Status) -> None:
        self.desk = desk
        self.status = status

    def resolve(self, month_text: str, conflict_id: str, note: str, by: str) -> ConflictReport:
        """Record the office's decision on a conflict. Nothing is deleted; a later decision supersedes."""
        if not note.strip() or not by.strip():
            raise UsageError(t("office.resolution_note_needed"))
        wanted = conflict_id.strip().lower()
        matches = [c for c in self.status.month(month_text).conflicts if c.conflict_id.startswith(wanted)]
        if len(matches) != 1 or len(wanted) < 6:
            raise UsageError(t("office.no_such_conflict", conflict_id=conflict_id, month_text=month_text))
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            session.add(
                Resolution(
                    conflict_id=matches[0].conflict_id,
                    note=note.strip(),
                    resolved_by=" ".join(by.split()),
                    resolved_at=iso_utc(utc_now()),
                )
            )
        matches[0].resolution = {"note": note.strip(), "by": " ".join(by.split()), "at": iso_utc(utc_now())}
        self.desk.attribute(
            "resolve-conflict",
            parse_month(month_text),
            conflict=matches[0].conflict_id,
            point=matches[0].point_code,
            code=matches[0].beneficiary_code,
            by=" ".join(by.split()),
        )
        return matches[0]
