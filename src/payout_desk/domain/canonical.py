"""Canonical JSON: one byte sequence per value, so that hashes and signatures cover exactly one text."""

from __future__ import annotations

import json
from typing import Any

_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8, no NaN (what signatures and event hashes cover)."""
    return _ENCODER.encode(value).encode("utf-8")
