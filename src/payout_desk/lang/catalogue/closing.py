"""Closing a month and carrying arrears (issue 15): the settlement frozen, the unpaid listed, truy lĩnh."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {}
