"""Stored text made safe to show: the characters that are not text to a reader but orders to a terminal, a
spreadsheet's XML or a PDF's font (control characters, lone surrogates, non-characters, bidi overrides) —
the characters the door refuses on the way in, domain/door_text.NOT_TEXT — are replaced by U+FFFD, so what
was there stays visible and nothing else changes.

Names, notes, reasons, codes, villages come from registers, typed fields and other laptops' files: they are
data. The door refuses most odd characters on the way in; this is the last guard on the way out, for what is
already stored. Each medium (terminal, xlsx, PDF) calls `printable`; the windows show data as plain text."""

from __future__ import annotations

import re

from payout_desk.domain.door_text import NOT_TEXT

REPLACEMENT = "\ufffd"

_PATTERNS: dict[str, re.Pattern[str]] = {}


def printable(value: object, *, keep: str = "") -> str:
    """`value` as text with every character that is not text replaced by U+FFFD. TAB, LF and CR are
    replaced too unless named in `keep` (a spreadsheet cell keeps a note's lines; a PDF line keeps none)."""
    text = value if isinstance(value, str) else str(value)
    pattern = _PATTERNS.get(keep)
    if pattern is None:
        spaces = "".join(c for c in "\t\n\r" if c not in keep)
        pattern = _PATTERNS[keep] = re.compile(f"[{NOT_TEXT}{spaces}]")
    return pattern.sub(REPLACEMENT, text)
