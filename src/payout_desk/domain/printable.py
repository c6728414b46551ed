"""Stored text made safe to show: the characters that are not text to a reader but orders to a terminal, a
spreadsheet's XML or a PDF's font (control characters, lone surrogates, non-characters, bidi overrides)
are replaced by U+FFFD, so what was there stays visible and nothing else changes.

Names, notes, reasons, codes, villages come from registers, typed fields and other laptops' files: they are
data. The door refuses most odd characters on the way in; this is the last guard on the way out, for what is
already stored. Each medium (terminal, xlsx, PDF) calls `printable`; the windows show data as plain text."""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"

# C0 controls (TAB, LF, CR as asked), DEL and C1 controls (ESC [ and CSI rewrite a terminal), lone surrogates
# (no UTF-8 for them), the non-characters U+FFFE/U+FFFF (not XML), and the bidi embeddings, overrides and
# isolates U+202A–U+202E, U+2066–U+2069 (they reorder what follows them, e.g. the digits of an amount).
_NOT_TEXT = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069"
_PATTERNS: dict[str, re.Pattern[str]] = {}


def printable(value: object, *, keep: str = "") -> str:
    """`value` as text with every character that is not text replaced by U+FFFD. TAB, LF and CR are
    replaced too unless named in `keep` (a spreadsheet cell keeps a note's lines; a PDF line keeps none)."""
    text = value if isinstance(value, str) else str(value)
    pattern = _PATTERNS.get(keep)
    if pattern is None:
        spaces = "".join(c for c in "\t\n\r" if c not in keep)
        pattern = _PATTERNS[keep] = re.compile(f"[{_NOT_TEXT}{spaces}]")
    return pattern.sub(REPLACEMENT, text)
