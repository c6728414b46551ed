"""The payout's database work on the SQLite DB-API cursor directly.

A payout is the step a clerk waits for, many hundred times a day: it should cost little more than its
durable commit. These few statements do what the ORM path (ledger_db) does for one beneficiary — the
same rules and the same fold (domain), the same rows — without building SQL expressions per call.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from payout_desk.domain.fold import FLAG_KINDS, BeneficiaryState, Entitlement
from payout_desk.domain.ledger import Event
from payout_desk.domain.payout_list import ListRef
from payout_desk.store.ledger import (
    CONFLICT_COLUMNS,
    EVENT_COLUMNS,
    STATE_COLUMNS,
    StoredChange,
    apply_changes,
    stored_event,
)

_INSERT_EVENT = (
    f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join('?' * len(EVENT_COLUMNS))})"
)
_UPSERT_STATE = (
    f"INSERT INTO beneficiary_states ({', '.join(STATE_COLUMNS)}) VALUES ({', '.join('?' * len(STATE_COLUMNS))}) "
    "ON CONFLICT (list_id, code) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in STATE_COLUMNS if c not in ("list_id", "code"))
)
_INSERT_CONFLICT = (
    f"INSERT INTO conflicts ({', '.join(CONFLICT_COLUMNS)}) VALUES ({', '.join('?' * len(CONFLICT_COLUMNS))})"
)


@dataclass(frozen=True, slots=True)
class ListContext(ListRef):
    """The list loaded on this device (its newest revision)."""

    id: int
    devices: str  # JSON, as PayoutList.devices


@dataclass(frozen=True, slots=True)
class EntryInfo:
    code: str
    name: str
    total: int
    proxy_name: str | None
    proxy_relation: str | None
    cccd: str | None = None


def list_context(cursor: sqlite3.Cursor) -> ListContext | None:
    row = cursor.execute(
        "SELECT l.list_id, l.revision, l.month, p.code, p.name, l.id, l.devices FROM payout_lists l "
        "JOIN points p ON p.id = l.point_id ORDER BY l.month DESC, l.revision DESC LIMIT 1"
    ).fetchone()
    return ListContext(*row) if row else None


def entry_info(cursor: sqlite3.Cursor, context: ListContext, code: str) -> EntryInfo | None:
    row = cursor.execute(
        "SELECT code, name, total, proxy_name, proxy_relation, cccd FROM list_entries WHERE payout_list_id = ? AND code = ?",
        (context.id, code),
    ).fetchone()
    return EntryInfo(*row) if row else None


def history(
    cursor: sqlite3.Cursor, context: ListContext, entry: EntryInfo
) -> tuple[Entitlement, list[Event]]:
    """What the office says about the beneficiary (entry and amendments), and every event about them."""
    found = {entry.code: Entitlement(entry.code, True, entry.total, context.revision)}
    changes = [
        StoredChange(*row)
        for row in cursor.execute(
            "SELECT seq, kind, code, reason, effective_date, beneficiary_json, issued_at FROM amendments "
            "WHERE list_id = ? AND code = ? ORDER BY seq",
            (context.list_id, entry.code),
        )
    ]
    apply_changes(found, changes)
    events = [
        stored_event(body)
        for (body,) in cursor.execute(
            "SELECT body FROM events WHERE list_id = ? AND beneficiary = ?", (context.list_id, entry.code)
        )
    ]
    return found[entry.code], events


_DELETE_CONFLICTS = (  # the fold's own; the checks across files keep theirs (ledger_checks)
    f"DELETE FROM conflicts WHERE list_id = ? AND code = ? AND kind NOT IN ({', '.join('?' * len(FLAG_KINDS))})"
)


def device_head(cursor: sqlite3.Cursor, device_id: str, list_id: str) -> tuple[int, str | None]:
    row = cursor.execute(
        "SELECT seq, hash FROM events WHERE device_id = ? AND list_id = ? ORDER BY seq DESC LIMIT 1",
        (device_id, list_id),
    ).fetchone()
    return (row[0], row[1]) if row else (0, None)


def insert_event(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> None:
    cursor.execute(_INSERT_EVENT, row)


def insert_signature(cursor: sqlite3.Cursor, sha256: str, png: bytes) -> None:
    cursor.execute(
        "INSERT INTO signature_images (sha256, png) VALUES (?, ?) ON CONFLICT DO NOTHING", (sha256, png)
    )


def write_state(
    cursor: sqlite3.Cursor, state: BeneficiaryState, rows: tuple[tuple[Any, ...], list[tuple[Any, ...]]]
) -> None:
    state_row, conflict_rows = rows
    cursor.execute(_UPSERT_STATE, state_row)
    cursor.execute(_DELETE_CONFLICTS, (state_row[0], state.code, *FLAG_KINDS))
    cursor.executemany(_INSERT_CONFLICT, conflict_rows)
