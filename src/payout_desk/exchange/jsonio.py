"""Canonical JSON for signed content, and defensive parsing of JSON read from files."""

from __future__ import annotations

from typing import Any

import orjson

from payout_desk.domain.canonical import canonical_json

__all__ = ["JsonRejected", "canonical_json", "parse_json"]


class JsonRejected(ValueError):
    """JSON that must not be used (not UTF-8, malformed, nested too deep, NaN...)."""


def parse_json(data: bytes, what: str) -> Any:
    """Parse `data` strictly (orjson: UTF-8 only, no NaN, bounded depth); JsonRejected naming `what`."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            raise JsonRejected(f"the {what} is not UTF-8 text") from exc
        if "depth limit" in str(exc):
            raise JsonRejected(f"the {what} is nested too deeply") from exc
        raise JsonRejected(f"the {what} is not valid JSON ({exc})") from exc


def load_stored(text: str | bytes) -> Any:
    """JSON this desk wrote itself (already checked when it arrived): parsed fast, trusted."""
    return orjson.loads(text)
