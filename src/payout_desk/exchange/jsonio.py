"""Canonical JSON for signed content, and defensive parsing of JSON read from files."""

from __future__ import annotations

from typing import Any

import orjson

from payout_desk.domain.canonical import canonical_json
from payout_desk.lang import Explained, t, text_of

__all__ = ["JsonRejected", "canonical_json", "parse_json"]


class JsonRejected(Explained, ValueError):
    """JSON that must not be used (not UTF-8, malformed, nested too deep, NaN...)."""


def parse_json(data: bytes, what: str) -> Any:
    """Parse `data` strictly (orjson: UTF-8 only, no NaN, bounded depth); JsonRejected naming `what`."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            raise JsonRejected(t("files.not_utf_text", what=what)) from exc
        if "depth limit" in str(exc):
            raise JsonRejected(t("files.nested_too_deeply", what=what)) from exc
        raise JsonRejected(t("files.not_valid_json", what=what, detail=text_of(exc))) from exc
