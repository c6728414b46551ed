"""Typed text on its way into the database: the door's one cleaning (domain/door.py clean_typed) for every
field a clerk types or scans (window, CLI), with its refusal as the services' InvalidInput."""

from __future__ import annotations

from payout_desk.domain.door_text import TypedTextRefused, clean_typed
from payout_desk.services.common.errors import InvalidInput


def typed(text: str | None, field: str) -> str:
    """`text` as it is stored ('' for None): a QR scanner's stray control bytes dropped, whitespace
    collapsed; InvalidInput (one sentence naming the field) when what is left cannot be stored."""
    if text is None:
        return ""
    try:
        return clean_typed(text, field)
    except TypedTextRefused as exc:
        raise InvalidInput(exc.text) from exc
