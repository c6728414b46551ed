"""The office's cash issue (`office.cash`, issue 16 item 3): the cash the office hands a point for a month,
recorded with who and when; a wrong entry is voided with a reason and stays in the record. What the points'
laptops declare received is set against it in `office.point_cash`."""

from __future__ import annotations

from sqlalchemy.orm import Session

from payout_desk.domain.cash_office import CashIssue, issue_amount
from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.money import AmountError
from payout_desk.lang import t, text_of
from payout_desk.services.common.desk import OFFICE_LOCK, Desk, parse_month
from payout_desk.services.common.errors import InvalidInput, Refused
from payout_desk.services.common.typed import typed
from payout_desk.services.office.clerks import OfficeClerks
from payout_desk.store.cash_issues import add_issue, issue_row, month_issues
from payout_desk.store.lists import newest_issued
from payout_desk.store.models import CashIssueRow
from payout_desk.store.points import point_with_code


def _issue(row: CashIssueRow, point_name: str) -> CashIssue:
    return CashIssue(
        id=row.id,
        month=row.month,
        point_code=row.point_code,
        point_name=point_name,
        amount=row.amount,
        issued_at=row.issued_at,
        issued_by=row.issued_by,
        note=row.note,
        voided_at=row.voided_at,
        voided_by=row.voided_by,
        void_reason=row.void_reason,
    )


class CashIssues:
    """Cash handed out by the office: issue, list, void."""

    def __init__(self, desk: Desk, clerks: OfficeClerks) -> None:
        self.desk, self.clerks = desk, clerks

    def _by(self, by: str | None) -> str:
        """Who hands the cash out: the name given, else the signed-in clerk (else the office's name)."""
        return typed(by, "staff").strip() if by and by.strip() else self.clerks.who()

    def issue(
        self, point: str, amount: int | str, month_text: str, *, by: str | None = None, note: str = ""
    ) -> CashIssue:
        """Record that the office handed `amount` to `point` for the month (its list must be issued)."""
        try:
            value = issue_amount(amount)
        except AmountError as exc:
            raise InvalidInput(text_of(exc)) from exc
        month = str(parse_month(month_text))
        who, said = self._by(by), typed(note, "note")
        code = typed(point, "point_code").strip().upper()
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            found = point_with_code(session, code)
            if found is None:
                raise InvalidInput(t("cash.unknown_point", point=code))
            if newest_issued(session, month, found.id) is None:
                raise InvalidInput(t("cash.month_not_issued", point=code, month=month))
            row = add_issue(
                session,
                month=month,
                point_code=found.code,
                amount=value,
                note=said,
                issued_at=iso_utc(utc_now()),
                issued_by=who,
            )
            made = _issue(row, found.name)
        self.desk.attribute("cash-issue", month, id=made.id, point=made.point_code, amount=value, by=who)
        return made

    def month(self, month_text: str) -> list[CashIssue]:
        """The month's cash issues, voided ones too, in the order they were made."""
        month = str(parse_month(month_text))
        with self.desk.db.reading() as session:
            return self.of_month(session, month)

    @staticmethod
    def of_month(session: Session, month: str) -> list[CashIssue]:
        return [_issue(row, name) for row, name in month_issues(session, month)]

    def void(self, issue_id: int, reason: str, *, by: str | None = None) -> CashIssue:
        """Cancel a wrong entry; it stays, with who voided it, when and why."""
        why = typed(reason, "reason").strip()
        if not why:
            raise InvalidInput(t("cash.void_needs_reason"))
        who = self._by(by)
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            row = issue_row(session, issue_id)
            if row is None:
                raise InvalidInput(t("cash.no_such_issue", id=issue_id))
            if row.voided_at is not None:
                raise Refused(t("cash.already_voided", id=issue_id, at=row.voided_at[:10], by=row.voided_by))
            row.voided_at, row.voided_by, row.void_reason = iso_utc(utc_now()), who, why
            point = point_with_code(session, row.point_code)
            done = _issue(row, point.name if point else "")
        self.desk.attribute(
            "cash-void",
            done.month,
            id=issue_id,
            point=done.point_code,
            amount=done.amount,
            reason=why,
            by=who,
        )
        return done
