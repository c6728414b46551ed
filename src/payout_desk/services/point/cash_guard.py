"""The payout's cash check: no payout larger than the cash this laptop holds (issue 16). Asked inside the
payout's own transaction, on its cursor, so two clerks on one laptop cannot both spend the last note."""

from __future__ import annotations

import sqlite3

from payout_desk.domain.ledger import chain_key
from payout_desk.domain.money import format_vnd
from payout_desk.lang import Text, t
from payout_desk.store.cash_on_hand import own_position


def cash_short(cursor: sqlite3.Cursor, list_id: str, device: str, amount: int, who: str) -> Text | None:
    """Why `amount` cannot be paid from this laptop's cash (None: it can), with the way forward."""
    on_hand = own_position(cursor, list_id, chain_key(device)).on_hand
    if amount <= on_hand:
        return None
    return t("cash.short", amount=format_vnd(amount), who=who, on_hand=format_vnd(max(on_hand, 0)))
