"""The names the office's and the laptops' files get: point and month first, so a clerk with three months
of files on one USB stick can tell them apart (`P01_2026-12.pdlist`, `P01_2026-12_bao-giam-tang-3.pdamend`,
`P05_2026-12_may-1.pdsync`)."""

from __future__ import annotations

import re

from payout_desk.domain.text import fold
from payout_desk.exchange.container import KINDS

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, default: str = "may") -> str:
    """ "An Phước máy 1" → "an-phuoc-may-1": ASCII letters and digits joined by dashes."""
    return _NOT_SLUG.sub("-", fold(text)).strip("-")[:40].strip("-") or default


def list_file_name(point_code: str, month: str) -> str:
    return f"{point_code}_{month}{KINDS['list']}"


def amendment_file_name(point_code: str, month: str, seq: int) -> str:
    """The cumulative amendment file up to change number `seq` (báo giảm/báo tăng)."""
    return f"{point_code}_{month}_bao-giam-tang-{seq}{KINDS['amendment']}"


def sync_file_name(point_code: str, month: str, laptop: str) -> str:
    return f"{point_code}_{month}_{slug(laptop)}{KINDS['sync']}"
