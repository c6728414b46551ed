"""What became of a file a desk was given: the statuses its reports carry (JSON and the CLI print the values)."""

from __future__ import annotations

from enum import StrEnum


class LoadStatus(StrEnum):
    """A list or amendment file loaded on a point's laptop."""

    LOADED = "loaded"
    REPLACED = "replaced"  # a higher revision of the list: its entitlements replace the earlier one's
    ALREADY_LOADED = "already-loaded"


class ImportStatus(StrEnum):
    """A sync file taken in (by the office, or by a laptop from a sibling)."""

    IMPORTED = "imported"
    NOTHING_NEW = "nothing-new"
    REJECTED = "rejected"  # the office only: a laptop reports a refused sibling's file as an error
