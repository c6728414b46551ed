"""Canonical JSON for signed content, and defensive parsing of JSON read from files."""

from __future__ import annotations

import json
from typing import Any

from payout_desk.domain.canonical import canonical_json

__all__ = ["JsonRejected", "canonical_json", "parse_json"]


class JsonRejected(ValueError):
    """JSON that must not be used (not UTF-8, malformed, nested too deep, NaN...)."""


def _reject_constant(name: str) -> Any:
    raise JsonRejected(f"JSON holds {name}, which Payout Desk files never contain")


_DECODER = json.JSONDecoder(
    parse_constant=_reject_constant
)  # one decoder: json.loads(**kw) builds one per call


def parse_json(data: bytes, what: str) -> Any:
    """Parse `data` strictly; raise JsonRejected naming `what` on any problem."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JsonRejected(f"the {what} is not UTF-8 text") from exc
    try:
        return _DECODER.decode(text)
    except RecursionError as exc:  # the C parser guards its own stack
        raise JsonRejected(f"the {what} is nested too deeply") from exc
    except ValueError as exc:
        raise JsonRejected(f"the {what} is not valid JSON ({exc})") from exc
