"""Printing results: one JSON object with --json, readable lines otherwise.

Names, notes and reasons in what is printed are data (registers, typed fields, other laptops' files): an ESC
sequence or another control character in them could rewrite the terminal. Readable lines pass `shown` (each
control character becomes U+FFFD, line breaks kept); JSON stays exact — json.dumps escapes the C0 controls,
and the characters it would write raw that a terminal may obey (DEL, C1 controls such as CSI, lone
surrogates, bidi overrides, line separators) are written as \\uXXXX escapes, which decode to the same text."""

from __future__ import annotations

import json
import re
import sys
from typing import Any, TextIO

from payout_desk.domain.money import format_vnd
from payout_desk.domain.printable import printable

_RAW_IN_JSON = re.compile("[\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]")


def shown(text: str) -> str:
    """`text` for the terminal: every line of it printable, the line breaks kept."""
    return "\n".join(printable(line, keep="\t") for line in text.split("\n"))


def as_json(payload: dict[str, Any]) -> str:
    """The JSON of `payload`, exact, with no character a terminal would obey."""
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    return _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def emit(json_out: bool, payload: dict[str, Any], lines: list[str]) -> None:
    if json_out:
        sys.stdout.write(as_json(payload) + "\n")
    else:
        sys.stdout.write(shown("\n".join(lines)) + "\n")


def say(text: str, file: TextIO | None = None) -> None:
    """One message for the terminal (standard error unless told), shown as `shown` does."""
    print(shown(text), file=file or sys.stderr)


def money(amount: int) -> str:
    return format_vnd(amount)
