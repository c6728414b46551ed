"""Printing results: one JSON object with --json, readable lines otherwise."""

from __future__ import annotations

import json
import sys
from typing import Any

from payout_desk.domain.money import format_vnd


def emit(as_json: bool, payload: dict[str, Any], lines: list[str]) -> None:
    if as_json:
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write("\n".join(lines) + "\n")


def money(amount: int) -> str:
    return format_vnd(amount)
