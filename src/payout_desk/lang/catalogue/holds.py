"""Holds (issue 15): people kept off a month's lists until the office releases them or confirms the stop, and the register import's checks against earlier months."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {}
