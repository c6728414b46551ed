"""The unclaimed watch (issue 15): people who have not collected for months in a row."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {}
