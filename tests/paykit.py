"""Payout requests as the rule for every payout wants them (domain/payout_rules.py): signed with a real
drawn signature — a different one each time, as one image for several people is flagged at the office —
and, for someone taking the money for the beneficiary, their ID number and authorisation's number."""

from __future__ import annotations

import itertools
import zlib
from functools import lru_cache
from typing import Any

from payout_desk.services.point.pay import PayoutRequest, Proxy
from tests.roundkit import _png, stroke_png

PROXY_ID = "086190001234"  # a proxy's CCCD (Vĩnh Long, a woman born in 1990)
STANDING_ID = "086090000001"  # the list's standing proxy's CCCD
_SEEDS = itertools.count()
_KEPT = 4096  # signatures drawn once and kept; 4096 payouts in a row never share one


@lru_cache(maxsize=_KEPT)
def _drawn(seed: int) -> bytes:
    return stroke_png(seed)


def signature() -> bytes:
    """The next drawn signature (a grayscale PNG of pen strokes, as the pad makes it)."""
    return _drawn(next(_SEEDS) % _KEPT)


def signed(code: str, **fields: Any) -> PayoutRequest:
    """A payout of `code` the recipient signed for (`fields`: any other field of the request)."""
    return PayoutRequest(code, signature_png=signature(), **fields)


def by_proxy(name: str, relation: str = "con", **fields: Any) -> Proxy:
    """Someone who takes the money with their CCCD and a written authorisation (`fields` override)."""
    values = {"id_number": PROXY_ID, "authorisation": "UQ 12/2026", **fields}
    return Proxy(name, relation=relation, **values)


def standing(id_number: str = STANDING_ID) -> Proxy:
    """The list's proxy, with the ID number they show and the clerk's word that it matches the list's."""
    return Proxy("", id_number, id_checked=True)


def blank_png(width: int = 60, height: int = 20) -> bytes:
    """A white image: a PNG the pad could make before anyone signs — no signature."""
    rows = b"".join(b"\x00" + b"\xff" * width for _ in range(height))
    return _png(width, height, 0, zlib.compress(rows))
