"""A death and the family (issue 15): the death's record and evidence, a one-off payment to a named relative, amounts to recover."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {}
