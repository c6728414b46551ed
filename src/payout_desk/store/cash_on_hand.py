"""The cash one laptop holds for its list, read on the payout's SQLite cursor (store/payout_path.py): the
sums of its own chains' cash moves that no void of the same chain cancels — what `store/ledger.cash_positions`
and `Cash.position` say, in one statement on the index `ix_events_list_device_kind`."""

from __future__ import annotations

import sqlite3

from payout_desk.domain.fold import CASH_KINDS, CashPosition, sum_cash
from payout_desk.domain.ledger import Kind

_KINDS = tuple(k.value for k in CASH_KINDS)
_MOVES = (
    "SELECT kind, SUM(amount), COUNT(*) FROM events t "
    "WHERE list_id = ? AND (device_id = ? OR device_id LIKE ? || '.%') "
    f"AND kind IN ({', '.join('?' * len(_KINDS))}) AND NOT EXISTS ("
    "SELECT 1 FROM events v WHERE v.list_id = t.list_id AND v.device_id = t.device_id AND v.kind = ? "
    "AND v.target = t.event_id) GROUP BY kind"
)


def own_position(cursor: sqlite3.Cursor, list_id: str, key_id: str) -> CashPosition:
    """The laptop's cash for the list across all its chains (`key_id`, `key_id.N` after restores)."""
    rows = cursor.execute(_MOVES, (list_id, key_id, key_id, *_KINDS, Kind.VOID.value)).fetchall()
    return sum_cash((kind, int(amount or 0), int(n)) for kind, amount, n in rows)
