"""The report back to the welfare office (issue 15): deaths, moves, unclaimed, arrears, amounts to recover."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {}
