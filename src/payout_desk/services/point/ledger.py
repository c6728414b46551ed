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

from sqlalchemy.orm import Session

from payout_desk.domain.clock import to_local, utc_now
from payout_desk.domain.fold import (
    BeneficiaryState,
    Entitlement,
    fold_beneficiary,
)
from payout_desk.domain.ledger import Event, Kind, chain_key, chain_of
from payout_desk.lang import t
from payout_desk.services.common.desk import Desk
from payout_desk.services.common.errors import DeskError, Refused, UsageError
from payout_desk.services.common.staff import Staff
from payout_desk.store.events import chains_starting_with
from payout_desk.store.ledger import (
    append_event,
    entitlements,
    events_by_code,
)
from payout_desk.store.lists import entry as list_entry
from payout_desk.store.lists import newest_list
from payout_desk.store.models import ListEntry, PayoutList
from payout_desk.store.settings import setting

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


class PointLedger:
    """The laptop's own chain of events (`desk.ledger`): which chain it writes, who records, the list it
    holds, one person's state, and appending an event. The recording parts (pay, records, cash) write
    through it."""

    def __init__(self, desk: Desk, staff: Staff) -> None:
        self.desk = desk
        self.staff = staff
        self._chain: str | None = None  # read once per opened database

    def forget_chain(self) -> None:
        """After a restore: the chain is read again (the restore started a new epoch)."""
        self._chain = None

    def device_id(self) -> str:
        """This laptop's event chain: its key id, with the epoch after a restore from a backup (every
        restore starts a new chain, so what the laptop records next never reuses a number the office may
        already hold from before the restore)."""
        chain = self._chain
        if chain is None:
            with self.desk.db.reading() as session:
                epoch = int(setting(session, "chain_epoch") or 1)
            chain = chain_of(self.desk.require_identity("point").public_key.key_id, epoch)
            self._chain = chain
        return chain

    def own_chains(self, session: Session, list_id: str) -> list[str]:
        """Every chain of this laptop's events for the list (one, or one per epoch after restores)."""
        key_id = self.desk.require_identity("point").public_key.key_id
        found = chains_starting_with(session, list_id, key_id)
        return sorted({c for c in found if chain_key(c) == key_id} | {self.device_id()})

    def staff_name(self, staff: str | None) -> str:
        """Who records: a clerk of this laptop (as recorded in its staff book), or the laptop itself; from
        the command line, always a clerk, with their PIN (Staff.recording_clerk)."""
        clerk = self.staff.recording_clerk(staff)
        if clerk is not None:
            return clerk
        if not " ".join((staff or "").split()):
            return self.desk.require_identity("point").name
        return self.staff.known(staff or "")

    @staticmethod
    def current_list(session: Session) -> PayoutList | None:
        return newest_list(session)

    def list_of(self, session: Session) -> PayoutList:
        row = self.current_list(session)
        if row is None:
            raise DeskError(t("pay.no_list"))
        return row

    def device_names(self, devices: str) -> dict[str, str]:
        """Key id → device name, from a list's devices (JSON); this device is "this device"."""
        names = ChainNames({d["key_id"]: d["name"] for d in json.loads(devices or "[]")})
        names[self.desk.require_identity("point").public_key.key_id] = THIS_DEVICE
        return names

    def retired_reports(self, devices: str, reports: Iterable[Event]) -> frozenset[str]:
        """The reports (event ids) of laptops the loaded list no longer names — revoked, or replaced by a
        new key: they stay in the record and in the person pane, but block no payout. A list naming no
        laptop at all retires nothing."""
        enrolled = {d["key_id"] for d in json.loads(devices or "[]")}
        if not enrolled:
            return frozenset()
        enrolled.add(self.desk.require_identity("point").public_key.key_id)
        return frozenset(r.event_id for r in reports if chain_key(r.device_id) not in enrolled)

    @staticmethod
    def entry(session: Session, row: PayoutList, code: str) -> ListEntry:
        entry = list_entry(session, row.id, code.strip())
        if entry is None:
            raise no_such_code(code, row.point.code, row.point.name, row.month)
        return entry

    @staticmethod
    def beneficiary_state(session: Session, list_id: str, code: str) -> BeneficiaryState:
        revision, ents = entitlements(session, list_id, [code])
        events = events_by_code(session, list_id, [code]).get(code, [])
        ent = ents.get(code) or Entitlement(code, False, 0, None)
        return fold_beneficiary(list_id, ent, events, revision)

    def record(self, session: Session, row: PayoutList, kind: Kind, staff: str, **fields: Any) -> Event:
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
