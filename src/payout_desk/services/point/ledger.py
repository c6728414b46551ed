"""Recording at the point: payouts, exception reports, voids, cash and the day's close.

Every step is one transaction that appends one event to this device's chain and refreshes the derived
state of the beneficiary it concerns; it is acknowledged only after the commit returned. Each rule that
refuses a step says why in words a clerk can act on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.domain.clock import to_local, utc_now
from payout_desk.domain.fold import (
    BeneficiaryState,
    Entitlement,
    fold_beneficiary,
    voided_ids,
)
from payout_desk.domain.ledger import Event, Kind, ReportKind, chain_key, chain_of
from payout_desk.lang import Text, t
from payout_desk.lang.catalogue.pay import REPORT_KEYS
from payout_desk.services.common.desk import setting
from payout_desk.services.common.errors import DeskError, Refused, UsageError
from payout_desk.services.common.staff import StaffBook
from payout_desk.services.common.typed import typed
from payout_desk.store.ledger import (
    append_event,
    entitlements,
    events_by_code,
    load_event,
    refresh_states,
    stored_event,
)
from payout_desk.store.models import LedgerEvent, ListEntry, PayoutList

THIS_DEVICE = "this device"
DEVICE_VI = {THIS_DEVICE: "máy này"}


@dataclass(frozen=True, slots=True)
class Recorded:
    """An event this device has committed."""

    event_id: str
    seq: int
    kind: str
    at_local: str
    staff: str
    amount: int = 0
    beneficiary: str | None = None
    name: str | None = None
    details: dict[str, Any] | None = None


def no_such_code(code: str, point_code: str, point_name: str, month: str) -> Refused:
    return Refused(t("pay.no_such_code", code=repr(code), point=f"{point_code} {point_name}", month=month))


def parse_day(text: str | None, what: str = "--date") -> str:
    if text is None:
        return to_local(utc_now()).date().isoformat()
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise UsageError(t("pay.bad_date", what=what, text=repr(text))) from exc


def at_text(at_local: str) -> str:
    moment = datetime.fromisoformat(at_local)
    return moment.strftime("%d/%m/%Y %H:%M")


def recorded(event: Event, name: str | None = None) -> Recorded:
    return Recorded(
        event.event_id,
        event.seq,
        event.kind,
        event.at_local,
        event.staff,
        event.amount,
        event.beneficiary,
        name,
        dict(event.data),
    )


class ChainNames(dict[str, str]):
    """Device names by key id that also answer for a device's later chains ("KEY.2")."""

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        if key in self:
            return self[key]
        return super().get(chain_key(key), default)


class PointLedger(StaffBook):
    """The recording side of a point device (PointDesk adds loading lists and status)."""

    # context ----------------------------------------------------------------------------------------

    def device_id(self) -> str:
        """This laptop's event chain: its key id, with the epoch after a restore from a backup (every
        restore starts a new chain, so what the laptop records next never reuses a number the office may
        already hold from before the restore)."""
        chain = self._chain
        if chain is None:
            with self.db.reading() as session:
                epoch = int(setting(session, "chain_epoch") or 1)
            chain = chain_of(self.require_identity("point").public_key.key_id, epoch)
            self._chain = chain
        return chain

    def own_chains(self, session: Session, list_id: str) -> list[str]:
        """Every chain of this laptop's events for the list (one, or one per epoch after restores)."""
        key_id = self.require_identity("point").public_key.key_id
        found = session.scalars(
            select(LedgerEvent.device_id)
            .where(LedgerEvent.list_id == list_id, LedgerEvent.device_id.startswith(key_id))
            .distinct()
        )
        return sorted({c for c in found if chain_key(c) == key_id} | {self.device_id()})

    def staff_name(self, staff: str | None) -> str:
        """Who records: a clerk of this laptop (as recorded in its staff book), or the laptop itself; from
        the command line, always a clerk, with their PIN (StaffBook.recording_clerk)."""
        clerk = self.recording_clerk(staff)
        if clerk is not None:
            return clerk
        if not " ".join((staff or "").split()):
            return self.require_identity("point").name
        return self.known_staff(staff or "")

    @staticmethod
    def current_list(session: Session) -> PayoutList | None:
        return session.scalar(
            select(PayoutList).order_by(PayoutList.month.desc(), PayoutList.revision.desc()).limit(1)
        )

    def has_list(self) -> bool:
        with self.db.reading() as session:
            return self.current_list(session) is not None

    def _list(self, session: Session) -> PayoutList:
        row = self.current_list(session)
        if row is None:
            raise DeskError(t("pay.no_list"))
        return row

    def device_names(self, devices: str) -> dict[str, str]:
        """Key id → device name, from a list's devices (JSON); this device is "this device"."""
        names = ChainNames({d["key_id"]: d["name"] for d in json.loads(devices or "[]")})
        names[self.require_identity("point").public_key.key_id] = THIS_DEVICE
        return names

    def retired_reports(self, devices: str, reports: Iterable[Event]) -> frozenset[str]:
        """The reports (event ids) of laptops the loaded list no longer names — revoked, or replaced by a
        new key: they stay in the record and in the person pane, but block no payout. A list naming no
        laptop at all retires nothing."""
        enrolled = {d["key_id"] for d in json.loads(devices or "[]")}
        if not enrolled:
            return frozenset()
        enrolled.add(self.require_identity("point").public_key.key_id)
        return frozenset(r.event_id for r in reports if chain_key(r.device_id) not in enrolled)

    @staticmethod
    def _entry(session: Session, row: PayoutList, code: str) -> ListEntry:
        entry = session.scalar(
            select(ListEntry).where(ListEntry.payout_list_id == row.id, ListEntry.code == code.strip())
        )
        if entry is None:
            raise no_such_code(code, row.point.code, row.point.name, row.month)
        return entry

    @staticmethod
    def beneficiary_state(session: Session, list_id: str, code: str) -> BeneficiaryState:
        revision, ents = entitlements(session, list_id, [code])
        events = events_by_code(session, list_id, [code]).get(code, [])
        ent = ents.get(code) or Entitlement(code, False, 0, None)
        return fold_beneficiary(list_id, ent, events, revision)

    def _record(self, session: Session, row: PayoutList, kind: Kind, staff: str, **fields: Any) -> Event:
        """Append one event of this device to the list's chain, now."""
        return append_event(
            session,
            device_id=self.device_id(),
            list_id=row.list_id,
            revision=row.revision,
            kind=kind,
            staff=staff,
            now=utc_now(),
            **fields,
        )

    # exception reports and voids --------------------------------------------------------------------

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
        staff_name = self.staff_name(staff)
        with self.db.transaction() as session:
            row = self._list(session)
            entry = self._entry(session, row, code)
            state = self.beneficiary_state(session, row.list_id, entry.code)
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
                    self.device_id()
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
            event = self._record(
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
        ids = list(
            session.scalars(
                select(LedgerEvent.event_id)
                .where(LedgerEvent.list_id == row.list_id, LedgerEvent.event_id.like(f"{text}%"))
                .limit(2)
            )
        )
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
        if event.device_id == self.device_id():
            return event
        if chain_key(event.device_id) == chain_key(self.device_id()):
            raise Refused(t("pay.void_before_restore", event=event.event_id))
        if event.kind == Kind.REPORT and event.beneficiary:
            return event
        name = self.device_names(row.devices).get(event.device_id, event.device_id)
        raise Refused(t("pay.void_other_laptop", event=event.event_id, name=name))

    def last_voidable(self, code: str) -> Event | None:
        """The newest payout or report about `code` that this laptop recorded and has not voided: what the
        window's void button cancels (None when there is nothing of this laptop's to void)."""
        mine = self.device_id()
        with self.db.reading() as session:
            row = self._list(session)
            entry = self._entry(session, row, code)
            state = self.beneficiary_state(session, row.list_id, entry.code)
        own = [e for e in (*state.payouts, *state.reports) if e.device_id == mine]
        return max(own, key=lambda e: e.at_utc) if own else None

    def void(self, event_id: str, reason: str, *, staff: str | None = None) -> Recorded:
        """Cancel one of this device's events — or a sibling laptop's report — with a reason; the event
        stays in the record."""
        reason = typed(reason, "reason")
        if not reason:
            raise UsageError(t("pay.void_needs_reason"))
        staff_name = self.staff_name(staff)
        with self.db.transaction() as session:
            row = self._list(session)
            target = self._find_voidable(session, row, event_id)
            if target.kind in (Kind.VOID, Kind.DAY_CLOSED):
                raise Refused(t("pay.void_not_this_kind", kind=target.kind))
            voids = session.scalars(
                select(LedgerEvent.body).where(
                    LedgerEvent.list_id == row.list_id, LedgerEvent.kind == Kind.VOID.value
                )
            )
            if target.event_id in voided_ids([target, *map(stored_event, voids)]):
                raise Refused(t("pay.void_again", event=target.event_id))
            event = self._record(
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
        staff_name = self.staff_name(staff)
        with self.db.transaction() as session:
            row = self._list(session)
            entry = self._entry(session, row, code) if code else None
            event = self._record(
                session,
                row,
                Kind.NOTE,
                staff_name,
                beneficiary=entry.code if entry else None,
                data={"text": text},
            )
            return recorded(event, entry.name if entry else None)
