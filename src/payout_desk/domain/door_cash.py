"""The door's check of a day's close (issue 16): its figures must add up as the laptop's books do — what is on
hand is what was received less what was paid and returned, the difference is the count less the books, and
nothing received, paid or returned is negative. A close sent by an older laptop without some of these
fields still passes: only the figures present are checked."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_NOT_NEGATIVE = ("received", "paid", "returned", "payouts_today", "paid_today")


def _ints(data: Mapping[str, Any], *keys: str) -> list[int] | None:
    """The figures under `keys`, when every one is there as a whole number."""
    values = [data.get(k) for k in keys]
    return [v for v in values if type(v) is int] if all(type(v) is int for v in values) else None


def day_close_problem(data: Mapping[str, Any]) -> str | None:
    """Why a day's close does not add up (None when it does, or says too little to tell)."""
    for key in _NOT_NEGATIVE:
        value = data.get(key)
        if type(value) is int and value < 0:
            return f"a day's close has a negative '{key}'"
    books = _ints(data, "received", "paid", "returned", "on_hand")
    if books is not None and books[3] != books[0] - books[1] - books[2]:
        return "a day's close does not add up: on hand is not received − paid − returned"
    count = _ints(data, "counted", "difference", "on_hand")
    if count is not None and count[1] != count[0] - count[2]:
        return "a day's close does not add up: its difference is not the count less the books"
    if (
        "counted" in data
        and "difference" in data
        and (data["counted"] is None) != (data["difference"] is None)
    ):
        return "a day's close has a difference without a count, or a count without a difference"
    return None
