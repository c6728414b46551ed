"""Moving a person to another point (issue 15): one stop and one addition, signed in one step."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {}
