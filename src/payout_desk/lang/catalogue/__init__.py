"""All catalogue entries, gathered from the area modules: key → (Vietnamese, English).

Each area module defines `ENTRIES: dict[str, tuple[str, str]]`; keys are `area.name` and unique across
modules (a test checks this, and that both sides use the same `{fields}`)."""

from __future__ import annotations

from payout_desk.lang.catalogue import (
    bank,
    bankresults,
    cash,
    cli,
    closing,
    common,
    deaths,
    desk,
    domain,
    files,
    history,
    holds,
    keys,
    lists,
    months,
    office,
    pay,
    payrules,
    point,
    register,
    reportback,
    roles,
    settings,
    signups,
    staff,
    store,
    transfers,
    unclaimed,
    verify,
)

AREAS = (
    common,
    bank,
    bankresults,
    cash,
    closing,
    deaths,
    desk,
    domain,
    files,
    history,
    holds,
    keys,
    lists,
    months,
    office,
    pay,
    payrules,
    point,
    register,
    reportback,
    roles,
    settings,
    signups,
    staff,
    store,
    transfers,
    unclaimed,
    verify,
    cli,
)

ENTRIES: dict[str, tuple[str, str]] = {}
for _area in AREAS:
    for _key, _pair in _area.ENTRIES.items():
        if _key in ENTRIES:
            raise RuntimeError(f"catalogue key {_key!r} is defined twice")
        ENTRIES[_key] = _pair
