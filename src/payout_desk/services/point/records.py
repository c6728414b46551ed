"""What the clerk writes down besides a payout (`desk.records`): why someone is not paid (a report),
cancelling a step (a void, with its reason), and a note for the office. Each is one event on the laptop's
chain (point/ledger.py), committed before it is acknowledged."""

from __future__ import annotations

from sqlalchemy.orm import Session

from payout_desk.domain.clock import to_local, utc_now
from payout_desk.domain.fold import voided_ids
from payout_desk.domain.ledger import Event, Kind, ReportKind, chain_key
from payout_desk.lang import Text, t
from payout_desk.lang.catalogue.pay import REPORT_KEYS
from payout_desk.services.common.errors import Refused, UsageError
from payout_desk.services.common.typed import typed
from payout_desk.services.point.ledger import PointLedger, Recorded, at_text, parse_day, recorded
from payout_desk.store.events import event_ids_like, void_bodies
from payout_desk.store.ledger import load_event, refresh_states, stored_event
from payout_desk.store.models import PayoutList


class Records:
    """Reports, voids and notes of this laptop."""

    def __init__(self, ledger: PointLedger) -> None:
        self.ledger = ledger

    def report(
        self,
        code: str,
        kind: str,
        *,
        note: str = "",
        day: str | None = None,
        reported_by: str = "",
        staff: str | None = None,
    ) -> Recorded:
        """Record why a beneficiary is not paid (absent, deceased, moved, refused, in hospital, wrong data)."""
        try:
            report = ReportKind(kind)
        except ValueError as exc:
            raise UsageError(
                t("pay.report_bad_kind", choices=", ".join(k.value for k in ReportKind))
            ) from exc
        note, reported_by = typed(note, "note"), typed(reported_by, "reported_by")
        if report == ReportKind.DECEASED:  # a death is passed on to the welfare office: when, and who said so
            if not (day or "").strip():
                raise UsageError(t("pay.report_death_needs_date"))
            if not reported_by.strip():
                raise UsageError(t("pay.report_death_needs_reporter"))
        when = parse_day(day)
        if when > to_local(utc_now()).date().isoformat():
            raise UsageError(t("pay.report_date_in_future", date=when))
        staff_name = self.ledger.staff_name(staff)
        with self.ledger.desk.db.transaction() as session:
            row = self.ledger.list_of(session)
            entry = self.ledger.entry(session, row, code)
            state = self.ledger.beneficiary_state(session, row.list_id, entry.code)
            if state.payouts and report != ReportKind.DECEASED:
                raise Refused(
                    t(
                        "pay.report_already_paid",
                        who=f"{entry.name} ({entry.code})",
                        event=state.payouts[0].event_id,
                    )
                )
            for earlier in state.reports:
                if earlier.data.get("report") == report and chain_key(earlier.device_id) == chain_key(
                    self.ledger.device_id()
                ):
                    raise Refused(
                        t(
                            "pay.report_again",
                            who=f"{entry.name} ({entry.code})",
                            kind=Text(REPORT_KEYS[report.value]),
                            at=at_text(earlier.at_local),
                            event=earlier.event_id,
                        )
                    )
            event = self.ledger.record(
                session,
                row,
                Kind.REPORT,
                staff_name,
                beneficiary=entry.code,
                data={
                    "report": report.value,
                    "date": when,
                    "note": note,
                    "reported_by": reported_by,
                },
            )
            refresh_states(session, row.list_id, [entry.code])
            return recorded(event, entry.name)

    @staticmethod
    def _find_event(session: Session, row: PayoutList, event_id: str) -> Event:
        """The list's event whose id starts with `event_id` (at least 8 characters, one match)."""
        text = event_id.strip().lower()
        if len(text) < 8:
            raise UsageError(t("pay.event_id_short"))
        ids = event_ids_like(session, row.list_id, text, limit=2)
        if len(ids) != 1:
            raise Refused(
                t("pay.no_such_event", event=event_id)
                if not ids
                else t("pay.event_ambiguous", event=event_id)
            )
        event = load_event(session, ids[0])
        assert event is not None
        return event

    def _find_voidable(self, session: Session, row: PayoutList, event_id: str) -> Event:
        """An event this laptop may void: one of its own, or a sibling laptop's exception report (the clerk
        overrides a report that blocks a payout; the office sees the report and the void side by side)."""
        event = self._find_event(session, row, event_id)
        if event.device_id == self.ledger.device_id():
            return event
        if chain_key(event.device_id) == chain_key(self.ledger.device_id()):
            raise Refused(t("pay.void_before_restore", event=event.event_id))
        if event.kind == Kind.REPORT and event.beneficiary:
            return event
        name = self.ledger.device_names(row.devices).get(event.device_id, event.device_id)
        raise Refused(t("pay.void_other_laptop", event=event.event_id, name=name))

    def last_voidable(self, code: str) -> Event | None:
        """The newest payout or report about `code` that this laptop recorded and has not voided: what the
        window's void button cancels (None when there is nothing of this laptop's to void)."""
        mine = self.ledger.device_id()
        with self.ledger.desk.db.reading() as session:
            row = self.ledger.list_of(session)
            entry = self.ledger.entry(session, row, code)
            state = self.ledger.beneficiary_state(session, row.list_id, entry.code)
        own = [e for e in (*state.payouts, *state.reports) if e.device_id == mine]
        return max(own, key=lambda e: e.at_utc) if own else None

    def void(self, event_id: str, reason: str, *, staff: str | None = None) -> Recorded:
        """Cancel one of this device's events — or a sibling laptop's report — with a reason; the event
        stays in the record."""
        reason = typed(reason, "reason")
        if not reason:
            raise UsageError(t("pay.void_needs_reason"))
        staff_name = self.ledger.staff_name(staff)
        with self.ledger.desk.db.transaction() as session:
            row = self.ledger.list_of(session)
            target = self._find_voidable(session, row, event_id)
            if target.kind in (Kind.VOID, Kind.DAY_CLOSED):
                raise Refused(t("pay.void_not_this_kind", kind=target.kind))
            voids = void_bodies(session, row.list_id)
            if target.event_id in voided_ids([target, *map(stored_event, voids)]):
                raise Refused(t("pay.void_again", event=target.event_id))
            event = self.ledger.record(
                session,
                row,
                Kind.VOID,
                staff_name,
                beneficiary=target.beneficiary,
                target=target.event_id,
                data={"reason": reason, "target_kind": target.kind, "target_amount": target.amount},
            )
            if target.beneficiary:
                refresh_states(session, row.list_id, [target.beneficiary])
            return recorded(event)

    def note(self, text: str, *, code: str | None = None, staff: str | None = None) -> Recorded:
        """Write something down for the record (about a beneficiary, or the day): it travels to the office."""
        if len(text) > 2000:
            raise UsageError(t("pay.note_too_long"))
        text = typed(text, "note")
        if not text:
            raise UsageError(t("pay.note_empty"))
        staff_name = self.ledger.staff_name(staff)
        with self.ledger.desk.db.transaction() as session:
            row = self.ledger.list_of(session)
            entry = self.ledger.entry(session, row, code) if code else None
            event = self.ledger.record(
                session,
                row,
                Kind.NOTE,
                staff_name,
                beneficiary=entry.code if entry else None,
                data={"text": text},
            )
            return recorded(event, entry.name if entry else None)
