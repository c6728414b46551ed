"""One-off payments to families (domain/oneoff.py) as stored in `amendments` (kind "payment")."""

from __future__ import annotations

import json
import sqlite3

from payout_desk.domain.oneoff import OneOffPayment, payment_of_json
from payout_desk.domain.payout_list import ChangeKind


def payment_on(cursor: sqlite3.Cursor, list_id: str, code: str) -> OneOffPayment | None:
    """The payment listed under `code` on the list (the payout path's cursor), or None for a person's line."""
    row = cursor.execute(
        "SELECT beneficiary_json FROM amendments WHERE list_id = ? AND code = ? AND kind = ? "
        "ORDER BY seq DESC LIMIT 1",
        (list_id, code, ChangeKind.PAYMENT.value),
    ).fetchone()
    return payment_of_json(json.loads(row[0])) if row and row[0] else None
