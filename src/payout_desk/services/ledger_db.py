"""The ledger in the database (both desks): appending events, entitlements, the derived-state cache.

Events are the facts; `beneficiary_states` and `conflicts` are a cache of the domain fold for every
beneficiary that has events, refreshed in the same transaction as the events that change it, and
rebuildable from the events at any time (`refresh_states(session, list_id)` with no codes).
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from payout_desk.domain.clock import iso_utc, to_local
from payout_desk.domain.ledger import (
    CashPosition,
    Entitlement,
    Event,
    Kind,
    ListFigures,
    StateSummary,
    Stop,
    event_hash,
    event_problem,
    fold_beneficiary,
    summarise,
    voided_ids,
)
from payout_desk.store.bulk import bulk_insert
from payout_desk.store.models import (
    AmendmentRow,
    BeneficiaryStateRow,
    ConflictRow,
    LedgerEvent,
    ListEntry,
    PayoutList,
)

EVENT_COLUMNS = (
    "event_id",
    "device_id",
    "list_id",
    "seq",
    "hash",
    "kind",
    "beneficiary",
    "amount",
    "at_utc",
    "body",
)
STATE_COLUMNS = (
    "list_id",
    "code",
    "listed",
    "amount",
    "status",
    "payouts",
    "paid_amount",
    "payout_event_id",
    "exception",
    "stopped",
    "conflicts",
)
CONFLICT_COLUMNS = ("id", "list_id", "code", "kind", "event_ids")
CASH_KINDS = (Kind.PAYOUT.value, Kind.CASH_RECEIVED.value, Kind.CASH_RETURNED.value)
_CHUNK = 500  # codes per IN (...) query


def event_row(event: Event, line: bytes, digest: str) -> tuple[Any, ...]:
    return (
        event.event_id,
        event.device_id,
        event.list_id,
        event.seq,
        digest,
        event.kind,
        event.beneficiary,
        event.amount,
        event.at_utc,
        line.decode("utf-8"),
    )


def insert_events(session: Session, rows: list[tuple[Any, ...]]) -> None:
    bulk_insert(session.connection(), LedgerEvent.__table__, EVENT_COLUMNS, rows)  # type: ignore[arg-type]


def device_head(session: Session, device_id: str, list_id: str) -> tuple[int, str | None]:
    """The device's last sequence number for the list and that event's hash (0, None when none)."""
    row = session.execute(
        select(LedgerEvent.seq, LedgerEvent.hash)
        .where(LedgerEvent.device_id == device_id, LedgerEvent.list_id == list_id)
        .order_by(LedgerEvent.seq.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else (0, None)


def hash_at(session: Session, device_id: str, list_id: str, seq: int) -> str | None:
    return session.scalar(
        select(LedgerEvent.hash).where(
            LedgerEvent.device_id == device_id, LedgerEvent.list_id == list_id, LedgerEvent.seq == seq
        )
    )


def append_event(
    session: Session,
    *,
    device_id: str,
    list_id: str,
    revision: int,
    kind: Kind,
    staff: str,
    now: datetime,
    beneficiary: str | None = None,
    amount: int = 0,
    target: str | None = None,
    data: Mapping[str, Any] | None = None,
) -> Event:
    """Record one event of this device at the end of its chain for the list."""
    seq, prev = device_head(session, device_id, list_id)
    event = Event(
        event_id=str(uuid.uuid4()),
        device_id=device_id,
        list_id=list_id,
        seq=seq + 1,
        prev=prev or "0" * 64,
        kind=kind.value,
        staff=staff,
        at_utc=iso_utc(now),
        at_local=to_local(now).isoformat(timespec="seconds"),
        revision=revision,
        beneficiary=beneficiary,
        amount=amount,
        target=target,
        data=dict(data or {}),
    )
    problem = event_problem(event)
    if problem is not None:
        raise ValueError(problem)
    line = event.encode()
    insert_events(session, [event_row(event, line, event_hash(line))])
    return event


def load_event(session: Session, event_id: str) -> Event | None:
    body = session.scalar(select(LedgerEvent.body).where(LedgerEvent.event_id == event_id))
    return Event.from_json(json.loads(body)) if body else None


def _chunks(codes: Collection[str] | None) -> list[list[str] | None]:
    if codes is None:
        return [None]
    ordered = sorted(codes)
    return [ordered[i : i + _CHUNK] for i in range(0, len(ordered), _CHUNK)]


def latest_list(session: Session, list_id: str) -> PayoutList | None:
    """The newest revision of a list this desk holds as issued (office) or loaded (point)."""
    return session.scalar(
        select(PayoutList)
        .where(PayoutList.list_id == list_id, PayoutList.status != "draft")
        .order_by(PayoutList.revision.desc())
        .limit(1)
    )


def entitlements(
    session: Session, list_id: str, codes: Collection[str] | None = None
) -> tuple[int, dict[str, Entitlement]]:
    """(latest revision, code → entitlement) for a list: its latest revision's entries, then every
    amendment in order (a stop stops; an addition lists, and lifts an earlier stop)."""
    row = latest_list(session, list_id)
    if row is None:
        return 0, {}
    found: dict[str, Entitlement] = {}
    for chunk in _chunks(codes):
        query = select(ListEntry.code, ListEntry.total).where(ListEntry.payout_list_id == row.id)
        amend = select(AmendmentRow).where(AmendmentRow.list_id == list_id)
        if chunk is not None:
            query = query.where(ListEntry.code.in_(chunk))
            amend = amend.where(AmendmentRow.code.in_(chunk))
        for code, total in session.execute(query):
            found[code] = Entitlement(code, True, total, row.revision)
        for change in session.scalars(amend.order_by(AmendmentRow.seq)):
            current = found.get(change.code) or Entitlement(change.code, False, 0, None)
            if change.kind == "stop":
                stop = Stop(
                    change.reason or "other", change.effective_date or "", change.issued_at, change.seq
                )
                found[change.code] = replace(current, stop=stop)
            elif current.revision is not None:
                found[change.code] = replace(current, listed=True, stop=None)
            else:
                amount = json.loads(change.beneficiary_json or "{}").get("total", 0)
                found[change.code] = Entitlement(change.code, True, amount, None)
    return row.revision, found


def events_by_code(
    session: Session, list_id: str, codes: Collection[str] | None = None
) -> dict[str, list[Event]]:
    found: dict[str, list[Event]] = defaultdict(list)
    for chunk in _chunks(codes):
        query = select(LedgerEvent.beneficiary, LedgerEvent.body).where(
            LedgerEvent.list_id == list_id, LedgerEvent.beneficiary.is_not(None)
        )
        if chunk is not None:
            query = query.where(LedgerEvent.beneficiary.in_(chunk))
        for code, body in session.execute(query):
            found[str(code)].append(Event.from_json(json.loads(body)))
    return found


def refresh_states(session: Session, list_id: str, codes: Collection[str] | None = None) -> None:
    """Recompute the cached state of `codes` (all of the list's beneficiaries when None) from events."""
    revision, ents = entitlements(session, list_id, codes)
    events = events_by_code(session, list_id, codes)
    for chunk in _chunks(codes):
        for table in (BeneficiaryStateRow, ConflictRow):
            query = delete(table).where(table.list_id == list_id)
            if chunk is not None:
                query = query.where(table.code.in_(chunk))
            session.execute(query)
    state_rows, conflict_rows = [], []
    for code, code_events in events.items():
        ent = ents.get(code) or Entitlement(code, False, 0, None)
        state = fold_beneficiary(list_id, ent, code_events, revision)
        state_rows.append(
            (
                list_id,
                code,
                ent.listed,
                ent.amount,
                state.status.value,
                len(state.payouts),
                state.paid_amount,
                state.payouts[0].event_id if state.payouts else None,
                state.exception,
                ent.stop is not None,
                len(state.conflicts),
            )
        )
        for c in state.conflicts:
            conflict_rows.append((c.conflict_id, list_id, code, c.kind, json.dumps(list(c.event_ids))))
    connection = session.connection()
    bulk_insert(connection, BeneficiaryStateRow.__table__, STATE_COLUMNS, state_rows)  # type: ignore[arg-type]
    bulk_insert(connection, ConflictRow.__table__, CONFLICT_COLUMNS, conflict_rows)  # type: ignore[arg-type]


def cached_states(session: Session, list_id: str) -> dict[str, StateSummary]:
    rows = session.execute(
        select(
            BeneficiaryStateRow.code,
            BeneficiaryStateRow.status,
            BeneficiaryStateRow.paid_amount,
            BeneficiaryStateRow.payouts,
            BeneficiaryStateRow.exception,
            BeneficiaryStateRow.conflicts,
        ).where(BeneficiaryStateRow.list_id == list_id)
    )
    return {
        code: StateSummary(status, paid, payouts, exception, conflicts)
        for code, status, paid, payouts, exception, conflicts in rows
    }


def list_figures(session: Session, list_id: str) -> ListFigures:
    _revision, ents = entitlements(session, list_id)
    return summarise(ents.values(), cached_states(session, list_id))


def cash_positions(session: Session, list_id: str) -> dict[str, CashPosition]:
    """Each device's cash for the list, from its events (voided ones count for nothing)."""
    voids = [
        Event.from_json(json.loads(body))
        for body in session.scalars(
            select(LedgerEvent.body).where(
                LedgerEvent.list_id == list_id, LedgerEvent.kind == Kind.VOID.value
            )
        )
    ]
    targets = {v.target for v in voids if v.target}
    voided_events = [
        Event.from_json(json.loads(body))
        for body in session.scalars(select(LedgerEvent.body).where(LedgerEvent.event_id.in_(targets)))
    ]
    cancelled = voided_ids([*voids, *voided_events])
    sums: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    counts: dict[str, int] = defaultdict(int)
    rows = session.execute(
        select(LedgerEvent.device_id, LedgerEvent.kind, LedgerEvent.amount, LedgerEvent.event_id).where(
            LedgerEvent.list_id == list_id, LedgerEvent.kind.in_(CASH_KINDS)
        )
    )
    for device, kind, amount, event_id in rows:
        if event_id in cancelled:
            continue
        sums[device][kind] += amount
        if kind == Kind.PAYOUT:
            counts[device] += 1
    return {
        device: CashPosition(
            by_kind[Kind.CASH_RECEIVED], by_kind[Kind.PAYOUT], by_kind[Kind.CASH_RETURNED], counts[device]
        )
        for device, by_kind in sums.items()
    }


def event_count(session: Session, list_id: str) -> int:
    return session.scalar(select(func.count(LedgerEvent.id)).where(LedgerEvent.list_id == list_id)) or 0


def touched_codes(events: Iterable[Event]) -> set[str]:
    return {e.beneficiary for e in events if e.beneficiary}
