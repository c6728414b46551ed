"""The ledger in the database (both desks): appending events, entitlements, the derived-state cache.

Events are the facts; `beneficiary_states` and `conflicts` are a cache of the domain fold for every
beneficiary that has events, refreshed in the same transaction as the events that change it, and
rebuildable from the events at any time (`refresh_states(session, list_id)` with no codes).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import orjson
from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session

from payout_desk.domain.figures import ListFigures, StateSummary, summarise
from payout_desk.domain.fold import (
    CASH_KINDS,
    FLAG_KINDS,
    BeneficiaryState,
    CashPosition,
    Entitlement,
    Stop,
    fold_beneficiary,
    sum_cash,
    voided_ids,
)
from payout_desk.domain.ledger import Event, Kind, new_event
from payout_desk.domain.payout_list import ChangeKind, ListStatus
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
    "target",
    "signature",
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
_CHUNK = 500  # codes per IN (...) query
_FEW = 50  # up to this many codes, select them by IN (...); more, read the whole list


def stored_event(body: str) -> Event:
    """An event as this desk stored it (checked when it was recorded or imported)."""
    return Event.from_json(orjson.loads(body))  # JSON this desk wrote itself: checked when it arrived


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
        event.target,
        signature_of(event),
    )


def signature_of(event: Event) -> str | None:
    """The signature image a payout refers to (its SHA-256), if any."""
    signature = event.data.get("signature") if event.kind == Kind.PAYOUT else None
    return signature if isinstance(signature, str) else None


def insert_events(session: Session, rows: list[tuple[Any, ...]]) -> None:
    bulk_insert(session.connection(), LedgerEvent.__table__, EVENT_COLUMNS, rows)  # type: ignore[arg-type]


# Statements run once per sync file or payout are built once, with bound parameters.
_HEAD = (
    select(LedgerEvent.seq, LedgerEvent.hash)
    .where(LedgerEvent.device_id == bindparam("device"), LedgerEvent.list_id == bindparam("list_id"))
    .order_by(LedgerEvent.seq.desc())
    .limit(1)
)
_HASH_AT = select(LedgerEvent.hash).where(
    LedgerEvent.device_id == bindparam("device"),
    LedgerEvent.list_id == bindparam("list_id"),
    LedgerEvent.seq == bindparam("seq"),
)
_LATEST = (
    select(PayoutList.id, PayoutList.revision)
    .where(PayoutList.list_id == bindparam("list_id"), PayoutList.status != ListStatus.DRAFT.value)
    .order_by(PayoutList.revision.desc())
    .limit(1)
)
_ENTRIES = select(ListEntry.code, ListEntry.total).where(ListEntry.payout_list_id == bindparam("list_row"))
CHANGE_COLUMNS = (  # a StoredChange's fields, in its order
    AmendmentRow.seq,
    AmendmentRow.kind,
    AmendmentRow.code,
    AmendmentRow.reason,
    AmendmentRow.effective_date,
    AmendmentRow.beneficiary_json,
    AmendmentRow.issued_at,
)
_CHANGES = (
    select(*CHANGE_COLUMNS).where(AmendmentRow.list_id == bindparam("list_id")).order_by(AmendmentRow.seq)
)
_EVENTS = select(LedgerEvent.beneficiary, LedgerEvent.body).where(
    LedgerEvent.list_id == bindparam("list_id"), LedgerEvent.beneficiary.is_not(None)
)

_FOLDED = ConflictRow.kind.not_in(FLAG_KINDS)  # the checks across files keep their own (ledger_checks)
_CONFLICT_CODES = select(ConflictRow.code).where(ConflictRow.list_id == bindparam("list_id"), _FOLDED)


def device_head(session: Session, device_id: str, list_id: str) -> tuple[int, str | None]:
    """The device's last sequence number for the list and that event's hash (0, None when none)."""
    row = session.execute(_HEAD, {"device": device_id, "list_id": list_id}).first()
    return (row[0], row[1]) if row else (0, None)


def hash_at(session: Session, device_id: str, list_id: str, seq: int) -> str | None:
    return session.scalar(_HASH_AT, {"device": device_id, "list_id": list_id, "seq": seq})


def append_event(session: Session, *, device_id: str, list_id: str, **fields: Any) -> Event:
    """Record one event of this device at the end of its chain for the list."""
    head = device_head(session, device_id, list_id)
    event, line, digest = new_event(head, device_id=device_id, list_id=list_id, **fields)
    insert_events(session, [event_row(event, line, digest)])
    return event


def load_event(session: Session, event_id: str) -> Event | None:
    body = session.scalar(select(LedgerEvent.body).where(LedgerEvent.event_id == event_id))
    return stored_event(body) if body else None


def _chunks(codes: Collection[str] | None) -> list[list[str] | None]:
    if codes is None:
        return [None]
    ordered = sorted(codes)
    return [ordered[i : i + _CHUNK] for i in range(0, len(ordered), _CHUNK)]


def latest_list(session: Session, list_id: str) -> PayoutList | None:
    """The newest revision of a list this desk holds as issued (office) or loaded (point)."""
    return session.scalar(
        select(PayoutList)
        .where(PayoutList.list_id == list_id, PayoutList.status != ListStatus.DRAFT.value)
        .order_by(PayoutList.revision.desc())
        .limit(1)
    )


@dataclass(slots=True)
class StoredChange:
    """An amendment's stored columns, as the payout path reads them (the ORM path has AmendmentRow)."""

    seq: int
    kind: str
    code: str
    reason: str | None
    effective_date: str | None
    beneficiary_json: str | None
    issued_at: str


def apply_changes(found: dict[str, Entitlement], changes: Iterable[StoredChange]) -> None:
    """Amendments in order over the revision's entitlements: a stop stops; an addition lists (and lifts
    an earlier stop)."""
    for change in changes:
        current = found.get(change.code) or Entitlement(change.code, False, 0, None)
        if change.kind == ChangeKind.STOP:
            stop = Stop(change.reason or "other", change.effective_date or "", change.issued_at, change.seq)
            found[change.code] = replace(current, stop=stop)
        elif current.revision is not None:
            found[change.code] = replace(current, listed=True, stop=None)
        else:
            amount = json.loads(change.beneficiary_json or "{}").get("total", 0)
            found[change.code] = Entitlement(change.code, True, amount, None)


def entitlements(
    session: Session, list_id: str, codes: Collection[str] | None = None
) -> tuple[int, dict[str, Entitlement]]:
    """(latest revision, code → entitlement) for a list: its latest revision's entries, then every
    amendment in order (a stop stops; an addition lists, and lifts an earlier stop)."""
    latest = session.execute(_LATEST, {"list_id": list_id}).first()
    if latest is None:
        return 0, {}
    list_row, revision = latest
    found: dict[str, Entitlement] = {}
    few = codes is not None and len(codes) <= _FEW
    for chunk in _chunks(codes) if few else [None]:
        query, amend = _ENTRIES, _CHANGES
        if chunk is not None:
            query = query.where(ListEntry.code.in_(chunk))
            amend = amend.where(AmendmentRow.code.in_(chunk))
        for code, total in session.execute(query, {"list_row": list_row}):
            found[code] = Entitlement(code, True, total, revision)
        apply_changes(
            found, [StoredChange(*change) for change in session.execute(amend, {"list_id": list_id})]
        )
    if codes is not None and not few:  # many codes: one pass over the list beats long IN (...) lists
        wanted = set(codes)
        found = {code: ent for code, ent in found.items() if code in wanted}
    return revision, found


def events_by_code(
    session: Session, list_id: str, codes: Collection[str] | None = None
) -> dict[str, list[Event]]:
    """Every event about each beneficiary of the list (voids included: they carry their target's code)."""
    found: dict[str, list[Event]] = defaultdict(list)
    few = codes is not None and len(codes) <= _FEW
    wanted = None if codes is None or few else set(codes)
    for chunk in _chunks(codes) if few else [None]:
        query = _EVENTS if chunk is None else _EVENTS.where(LedgerEvent.beneficiary.in_(chunk))
        for code, body in session.execute(query, {"list_id": list_id}):
            if wanted is None or code in wanted:
                found[str(code)].append(stored_event(body))
    return found


def state_rows_of(list_id: str, state: BeneficiaryState) -> tuple[tuple[Any, ...], list[tuple[Any, ...]]]:
    """A folded state as its cache row (STATE_COLUMNS) and conflict rows (CONFLICT_COLUMNS)."""
    ent = state.entitlement
    row = (
        list_id,
        state.code,
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
    conflicts = [
        (c.conflict_id, list_id, state.code, c.kind, json.dumps(list(c.event_ids))) for c in state.conflicts
    ]
    return row, conflicts


def refresh_states(
    session: Session,
    list_id: str,
    codes: Collection[str] | None = None,
    events: Mapping[str, list[Event]] | None = None,
) -> None:
    """Recompute the cached state of `codes` (all of the list's beneficiaries when None) from events:
    read from the database, or given by a caller that has just written them (`events`, per code)."""
    revision, ents = entitlements(session, list_id, codes)
    if events is None:
        events = events_by_code(session, list_id, codes)
    if codes is None:
        session.execute(delete(BeneficiaryStateRow).where(BeneficiaryStateRow.list_id == list_id))
        session.execute(delete(ConflictRow).where(ConflictRow.list_id == list_id, _FOLDED))
    else:  # states are upserted below; only conflicts that exist need deleting (there are few)
        stale = set(session.scalars(_CONFLICT_CODES, {"list_id": list_id})) & set(codes)
        for chunk in _chunks(stale):
            session.execute(
                delete(ConflictRow).where(
                    ConflictRow.list_id == list_id, ConflictRow.code.in_(chunk or []), _FOLDED
                )
            )
        gone = set(codes) - set(
            events
        )  # a code whose events are all gone cannot happen (append-only); be exact
        for chunk in _chunks(gone) if gone else []:
            session.execute(
                delete(BeneficiaryStateRow).where(
                    BeneficiaryStateRow.list_id == list_id, BeneficiaryStateRow.code.in_(chunk or [])
                )
            )
    state_rows: list[tuple[Any, ...]] = []
    conflict_rows: list[tuple[Any, ...]] = []
    for code, code_events in events.items():
        ent = ents.get(code) or Entitlement(code, False, 0, None)
        row, conflicts = state_rows_of(list_id, fold_beneficiary(list_id, ent, code_events, revision))
        state_rows.append(row)
        conflict_rows.extend(conflicts)
    connection = session.connection()
    states_table = BeneficiaryStateRow.__table__
    bulk_insert(connection, states_table, STATE_COLUMNS, state_rows, upsert_key=("list_id", "code"))  # type: ignore[arg-type]
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


def paid_or_reported(session: Session, codes: list[str], list_ids: list[str]) -> list[Any]:
    """Rows (list_id, code, payouts) of these people on these lists who were paid or have an exception."""
    s = BeneficiaryStateRow
    query = select(s.list_id, s.code, s.payouts).where(
        s.code.in_(codes), s.list_id.in_(list_ids), (s.payouts > 0) | s.exception.is_not(None)
    )
    return list(session.execute(query))


def list_figures(session: Session, list_id: str) -> ListFigures:
    _revision, ents = entitlements(session, list_id)
    return summarise(ents.values(), cached_states(session, list_id))


def cash_positions(session: Session, list_id: str) -> dict[str, CashPosition]:
    """Each device's cash for the list, from its events (voided ones count for nothing)."""
    voids = [
        stored_event(body)
        for body in session.scalars(
            select(LedgerEvent.body).where(
                LedgerEvent.list_id == list_id, LedgerEvent.kind == Kind.VOID.value
            )
        )
    ]
    targets = {v.target for v in voids if v.target}
    voided_events = [
        stored_event(body)
        for body in session.scalars(select(LedgerEvent.body).where(LedgerEvent.event_id.in_(targets)))
    ]
    cancelled = voided_ids([*voids, *voided_events])
    moves: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    rows = session.execute(
        select(LedgerEvent.device_id, LedgerEvent.kind, LedgerEvent.amount, LedgerEvent.event_id).where(
            LedgerEvent.list_id == list_id, LedgerEvent.kind.in_([k.value for k in CASH_KINDS])
        )
    )
    for device, kind, amount, event_id in rows:
        void = cancelled.get(event_id)
        if void is None or void.device_id != device:  # `void_fits` made the rest sure
            moves[device].append((kind, amount, 1))
    return {device: sum_cash(device_moves) for device, device_moves in moves.items()}


def touched_codes(events: Iterable[Event]) -> set[str]:
    return {e.beneficiary for e in events if e.beneficiary}
