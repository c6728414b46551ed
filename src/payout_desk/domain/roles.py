"""The two kinds of installation: the district post office and a payout point's laptop."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """An identity's role (and a trusted key's: the office key a point pins)."""

    OFFICE = "office"
    POINT = "point"
