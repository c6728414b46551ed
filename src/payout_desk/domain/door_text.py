"""The door's text rule and its limits: one table of lengths (`LIMITS`) shared by the list, amendment and sync
readers, the register import and the typed fields; the characters no stored text may hold; how a typed text
is cleaned before it is stored (`clean_typed`); the largest amounts and signature images. The rest of the door (event shapes,
times, chain ids, per-file checks) is domain/door.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from payout_desk.lang import Explained, Text, t

MAX_MONEY = 10**15
"""The largest amount one entry, one event or one list total may carry (the list reader's bound)."""

MAX_FILE_TOTAL = 10**15
"""The largest sum of one kind of amount (payouts, cash received, cash returned, cash counts) in one sync
file. A point's whole list is at most `MAX_MONEY` (real ones are a few billion đồng), so an honest laptop's
history stays far below it; and SQLite's SUM over a month, which raises on a 64-bit overflow
(2^63 − 1 ≈ 9.2 × 10^18), cannot overflow before 9,000 files' worth of chains are summed together — the
month-wide bound is `ledger`'s, at the office."""

SIGNATURE_BYTES = 512 * 1024
SIGNATURE_SIDE = 4000
SIGNATURE_PIXELS = 4_000_000
"""A drawn signature's bounds: the pad draws about 600 × 200; at most 4 M pixels of at most 8 bytes each, its
decoding never needs more than about 32 MB. The door refuses an image past them
(exchange/signature_image.py); a paper draws none (reports/images.py)."""


def signature_fits(width: int, height: int) -> bool:
    """Whether a signature image of width × height pixels is within SIGNATURE_SIDE and SIGNATURE_PIXELS."""
    return 0 < width <= SIGNATURE_SIDE and 0 < height <= SIGNATURE_SIDE and width * height <= SIGNATURE_PIXELS


LIMITS: Mapping[str, int] = {
    # beneficiaries (register, list, amendment)
    "code": 64,
    "name": 200,
    "cccd": 32,
    "address": 1000,
    "village": 200,
    "commune": 200,
    "category": 200,
    "notes": 2000,
    "label": 200,
    "line_kind": 32,
    "proxy_name": 200,
    "proxy_relation": 100,
    # points, offices, devices, people who record
    "point_code": 32,
    "point_name": 200,
    "office_name": 200,
    "device_name": 200,
    "staff": 200,
    # what a clerk types into an event
    "proxy_id_number": 32,
    "authorisation": 200,
    "note": 2000,
    "reason": 2000,
    "reported_by": 200,
}
"""Length limits (characters) shared by the list reader, the amendment reader, the sync reader, the register
import and the typed fields."""

_NONCHARACTERS = "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(1, 17))
NOT_TEXT = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + _NONCHARACTERS
)
"""The characters that are not text (a regular-expression class body): C0 and C1 controls, bidi embeddings,
overrides and isolates, lone surrogates, noncharacters — all but TAB, LF and CR, which no stored text holds
either (`_FORBIDDEN`) but a text shown may keep (domain/printable.py)."""
_FORBIDDEN = re.compile(f"[{NOT_TEXT}\t\n\r]")
# Typed text: a scanner's controls vanish, whitespace controls become a space (nfc then collapses runs).
_STRAY = {c: None for c in (*range(0x20), *range(0x7F, 0xA0))} | dict.fromkeys(
    map(ord, "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85"), " "
)


def forbidden_char(text: str) -> str | None:
    """The first character a stored text must not hold, or None (`isprintable` is the fast path: every
    forbidden character is unprintable)."""
    if text.isprintable():
        return None
    match = _FORBIDDEN.search(text)
    return match.group() if match else None


def char_name(ch: str) -> str:
    """'U+0002' — how a refusal names an invisible character."""
    return f"U+{ord(ch):04X}"


def text_problem(value: object, limit: int) -> str | None:
    """Why `value` cannot be a stored text of at most `limit` characters (None when it can)."""
    if type(value) is not str:
        return "is not text"
    if len(value) > limit:
        return f"is longer than {limit} characters"
    bad = forbidden_char(value)
    if bad is not None:
        return f"holds the forbidden character {char_name(bad)}"
    return None


class TypedTextRefused(Explained, ValueError):
    """What is left of a typed text after cleaning still cannot be stored; the message names the field."""


FIELD_NAMES: Mapping[str, Text] = {
    "name": t("domain.field_name"),
    "proxy_name": t("domain.field_proxy_name"),
    "proxy_relation": t("domain.field_proxy_relation"),
    "proxy_id_number": t("domain.field_proxy_id_number"),
    "authorisation": t("domain.field_authorisation"),
    "note": t("domain.field_note"),
    "reason": t("domain.field_reason"),
    "reported_by": t("domain.field_reported_by"),
    "staff": t("domain.field_staff"),
    "point_name": t("domain.field_point_name"),
    "point_code": t("domain.field_point_code"),
    "office_name": t("domain.field_office_name"),
    "device_name": t("domain.field_device_name"),
    "village": t("domain.field_village"),
    "commune": t("domain.field_commune"),
    "category": t("domain.field_category"),
    "address": t("domain.field_address"),
    "notes": t("domain.field_note"),
    "code": t("domain.field_code"),
    "cccd": t("domain.field_cccd"),
    "label": t("domain.field_label"),
}
"""How a refusal names each field of LIMITS."""


def clean_typed(text: str, field: str) -> str:
    """A typed text as it is stored: a QR scanner's stray control bytes dropped, tabs and line breaks made
    spaces, NFC, whitespace runs collapsed and trimmed. Raises TypedTextRefused when what is left is too
    long for `field` (a key of LIMITS) or still holds a forbidden character (a bidi override...)."""
    if type(text) is not str:
        raise TypedTextRefused(t("domain.typed_not_text", field=FIELD_NAMES[field]))
    cleaned = text if text.isprintable() else text.translate(_STRAY)
    if not cleaned.isascii():
        cleaned = unicodedata.normalize("NFC", cleaned)
    cleaned = " ".join(cleaned.split())
    bad = forbidden_char(cleaned)
    if bad is not None:
        raise TypedTextRefused(t("domain.typed_bad_char", field=FIELD_NAMES[field], char=char_name(bad)))
    limit = LIMITS[field]
    if len(cleaned) > limit:
        raise TypedTextRefused(t("domain.typed_too_long", field=FIELD_NAMES[field], limit=limit))
    return cleaned
