"""The door: the one structural check for everything that is stored — text, event data, times, chain ids,
amounts per file, voids of a device's own events.

Every event, list entry and text that enters a database passes here, whether it arrives in a signed file
(sync, peer, list, amendment), from a register or from a typed field (window, CLI):

- Text: one table of length limits (`LIMITS`) and one character rule. A stored text never holds C0/C1
  control characters (NUL included), bidi overrides or isolates (U+202A–U+202E, U+2066–U+2069), lone
  surrogates or noncharacters. In a file such a text is refused (`text_problem`); a typed field is first
  cleaned of a QR scanner's stray bytes (`clean_typed`: controls dropped, tabs and line breaks made
  spaces, NFC) and what is left must pass the same rule.
- Event data: each kind has an exact shape (`event_problem`): allowed keys, their types and lengths;
  unknown keys, nested junk and non-text values are refused.
- Times: an event's `at_utc` / `at_local` and a sync file's `created_at` are the app's own ISO forms
  (domain/clock.py), in years `YEARS`, and the two times of an event are the same moment.
- Chain ids: `KEYID` or `KEYID.N` with N ≥ 2 in decimal without leading zeros (`canonical_chain`).
- Amounts per file (`file_totals_problem`), and voids of the file's own events (`own_void_problem`).

Plain loops over precompiled patterns: an office import runs this on ~50,000 events in about 2 s.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from payout_desk.domain.ledger import (
    BANKNOTES,
    ID_CHECKS,
    Event,
    Kind,
    ReportKind,
    chain_epoch,
    chain_key,
    chain_of,
)
from payout_desk.lang import Explained, Text, t

MAX_MONEY = 10**15
"""The largest amount one entry, one event or one list total may carry (the list reader's bound)."""

MAX_FILE_TOTAL = 10**15
"""The largest sum of one kind of amount (payouts, cash received, cash returned, cash counts) in one sync
file. A point's whole list is at most `MAX_MONEY` (real ones are a few billion đồng), so an honest laptop's
history stays far below it; and SQLite's SUM over a month, which raises on a 64-bit overflow
(2^63 − 1 ≈ 9.2 × 10^18), cannot overflow before 9,000 files' worth of chains are summed together — the
month-wide bound is `ledger`'s, at the office."""

YEARS = (1970, 2199)
"""The years a stored time may name. A wrong laptop clock (1999, 2099) is real and is flagged at the office
against the month's window; a year such as 9999 is garbage and breaks date arithmetic, so it is refused."""

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
_FORBIDDEN = re.compile(
    "[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + _NONCHARACTERS
    + "]"
)
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


# times ---------------------------------------------------------------------------------------------

_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z", re.ASCII)
_DAY = re.compile(r"\d{4}-\d\d-\d\d", re.ASCII)


def _moment(text: object, pattern: re.Pattern[str]) -> datetime | None:
    if type(text) is not str or not pattern.fullmatch(text):
        return None
    try:
        moment = datetime.fromisoformat(text)  # 'Z' is UTC (Python ≥ 3.11)
    except ValueError:
        return None
    return moment if _FIRST_YEAR <= moment.year <= _LAST_YEAR else None


_FIRST_YEAR, _LAST_YEAR = YEARS


def utc_time_problem(text: object) -> str | None:
    """Why `text` is not a UTC time as the app writes it ('2026-12-01T02:03:04.123456Z'), None if it is."""
    if _moment(text, _UTC) is None:
        return f"is not a UTC time of the years {YEARS[0]}–{YEARS[1]}"
    return None


def day_problem(text: object) -> str | None:
    if type(text) is not str or not _DAY.fullmatch(text):
        return "is not a date YYYY-MM-DD"
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return "is not a date YYYY-MM-DD"
    return None if YEARS[0] <= day.year <= YEARS[1] else f"is not a date of the years {YEARS[0]}–{YEARS[1]}"


_TIMES = re.compile(
    r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d{1,6})?Z\|(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\+07:00", re.ASCII
)
_SEVEN_HOURS = timedelta(hours=7)


def _times_problem(event: Event) -> str | None:
    """An event's times as the app writes them: at_utc '2026-12-01T01:05:00.123456Z' and at_local the same
    moment in Vietnam's time, to the second, '2026-12-01T08:05:00+07:00' (one pattern and two naive parses:
    this runs on every event of every import)."""
    utc, local = event.at_utc, event.at_local
    match = _TIMES.fullmatch(f"{utc}|{local}") if type(utc) is str and type(local) is str else None
    if match is None:
        return "the event's times (at_utc, at_local) are not written as the app writes them"
    try:
        utc_moment, local_moment = datetime.fromisoformat(match[1]), datetime.fromisoformat(match[2])
    except ValueError:
        return "the event's times (at_utc, at_local) are not real times"
    if not _FIRST_YEAR <= utc_moment.year <= _LAST_YEAR:
        return f"the event's time (at_utc) is not in the years {YEARS[0]}–{YEARS[1]}"
    if local_moment - utc_moment != _SEVEN_HOURS:
        return "the event's local time and UTC time are not the same moment"
    return None


# chain ids -----------------------------------------------------------------------------------------

_KEY_ID = re.compile(r"[0-9A-Za-z_-]{1,32}")


def canonical_chain(chain: object) -> bool:
    """`KEYID` or `KEYID.N` with N ≥ 2 in decimal without leading zeros: one spelling per history."""
    return type(chain) is str and _canonical_chain(chain)


@lru_cache(maxsize=1024)  # a file's events all name the same chain
def _canonical_chain(chain: str) -> bool:
    if not _KEY_ID.fullmatch(chain_key(chain)):
        return False
    return chain_of(chain_key(chain), chain_epoch(chain)) == chain


# event data ----------------------------------------------------------------------------------------

Check = Callable[[Any], str | None]
"""A value's check: None when it is fine, else what is wrong with it ("is not text")."""


def _text(limit: int, *, nonempty: bool = False) -> Check:
    def check(value: Any) -> str | None:
        problem = text_problem(value, limit)
        if problem is None and nonempty and not value.strip():
            return "is empty"
        return problem

    return check


def _int(low: int, high: int) -> Check:
    def check(value: Any) -> str | None:
        return (
            None if type(value) is int and low <= value <= high else f"is not a whole number {low:,}–{high:,}"
        )

    return check


def _nullable(inner: Check) -> Check:
    return lambda value: None if value is None else inner(value)


def _bool(value: Any) -> str | None:
    return None if type(value) is bool else "is not true or false"


def _one_of(choices: Iterable[str]) -> Check:
    allowed = frozenset(choices)
    return lambda value: None if type(value) is str and value in allowed else "is not one of the known values"


def _sha256(value: Any) -> str | None:
    ok = type(value) is str and len(value) == 64 and all(c in "0123456789abcdef" for c in value)
    return None if ok else "is not a SHA-256 in lowercase hex"


def _digits(value: Any) -> str | None:
    ok = type(value) is str and 0 < len(value) <= 12 and value.isascii() and value.isdigit()
    return None if ok else "is not 1–12 digits"


@dataclass(frozen=True, slots=True)
class Nested:
    """An object inside the data (a payout's proxy), with its own exact shape; None allowed if `nullable`."""

    shape: Shape
    nullable: bool = False


Shape = tuple[Mapping[str, "Check | Nested"], frozenset[str]]
"""(the allowed keys and their checks, the keys that must be present)."""


def _shape_problem(obj: Mapping[str, Any], shape: Shape, prefix: str) -> str | None:
    checks, required = shape
    for key in required:
        if key not in obj:
            return f"'{prefix}{key}' is missing"
    for key, value in obj.items():
        check = checks.get(key)
        if check is None:
            return f"'{prefix}{str(key)[:40]}' is not a known field"
        if isinstance(check, Nested):
            if value is None and check.nullable:
                continue
            if type(value) is not dict:
                return f"'{prefix}{key}' is not an object"
            problem = _shape_problem(value, check.shape, f"{prefix}{key}.")
            if problem is not None:
                return problem
            continue
        problem = check(value)
        if problem is not None:
            return f"'{prefix}{key}' {problem}"
    return None


def _denominations(value: Any) -> str | None:
    if type(value) is not dict:  # {} is an empty drawer, counted
        return "is not a count of banknotes"
    for note, pieces in value.items():
        if note not in _BANKNOTE_KEYS or type(pieces) is not int or not 0 <= pieces <= MAX_MONEY:
            return f"has {note[:16]!r}: not a banknote with a whole number of pieces"
    return None


_BANKNOTE_KEYS = frozenset(str(note) for note in BANKNOTES)
_MONEY = _int(0, MAX_MONEY)
_SIGNED_FIGURE = _int(-10 * MAX_FILE_TOTAL, 10 * MAX_FILE_TOTAL)
_PROXY: Shape = (
    {
        "name": _text(LIMITS["proxy_name"], nonempty=True),
        "id_number": _text(LIMITS["proxy_id_number"]),
        "relation": _text(LIMITS["proxy_relation"]),
        "authorisation": _text(LIMITS["authorisation"]),
    },
    frozenset({"name"}),
)
_MISMATCH: Shape = (
    {"typed": _digits, "reason": _text(LIMITS["reason"], nonempty=True)},
    frozenset({"typed", "reason"}),
)
_NOTE_ONLY: Shape = ({"note": _text(LIMITS["note"])}, frozenset())
DATA_SHAPES: Mapping[str, Shape] = {
    Kind.PAYOUT: (
        {
            "recipient": _one_of(("self", "proxy")),
            "proxy": Nested(_PROXY, nullable=True),
            "id_check": _one_of(ID_CHECKS),
            "signature": _nullable(_sha256),
            "thumbprint": _bool,
            "at_home": _bool,
            "id_mismatch": Nested(_MISMATCH),
        },
        frozenset({"id_check"}),
    ),
    Kind.REPORT: (
        {
            "report": _one_of(k.value for k in ReportKind),
            "date": _nullable(day_problem),
            "note": _text(LIMITS["note"]),
            "reported_by": _text(LIMITS["reported_by"]),
        },
        frozenset({"report"}),
    ),
    Kind.VOID: (
        {
            "reason": _text(LIMITS["reason"], nonempty=True),
            "target_kind": _one_of(k.value for k in Kind),
            "target_amount": _MONEY,
        },
        frozenset({"reason"}),
    ),
    Kind.CASH_RECEIVED: _NOTE_ONLY,
    Kind.CASH_RETURNED: _NOTE_ONLY,
    Kind.CASH_COUNT: ({"denominations": _denominations}, frozenset({"denominations"})),
    Kind.DAY_CLOSED: (
        {
            "date": day_problem,
            "received": _SIGNED_FIGURE,
            "paid": _SIGNED_FIGURE,
            "returned": _SIGNED_FIGURE,
            "on_hand": _SIGNED_FIGURE,
            "counted": _nullable(_SIGNED_FIGURE),
            "difference": _nullable(_SIGNED_FIGURE),
            "reason": _text(LIMITS["reason"]),
            "payouts_today": _int(0, 10**9),
            "paid_today": _SIGNED_FIGURE,
        },
        frozenset(),
    ),
    Kind.NOTE: ({"text": _text(LIMITS["note"], nonempty=True)}, frozenset({"text"})),
}
"""Each kind's `data`: every key the app writes (services/point_pay.py, point_cash.py, point_ledger.py)."""

PAYOUT, VOID, REPORT, NOTE = Kind.PAYOUT.value, Kind.VOID.value, Kind.REPORT.value, Kind.NOTE.value
CASH_RECEIVED, CASH_RETURNED, CASH_COUNT = (
    Kind.CASH_RECEIVED.value,
    Kind.CASH_RETURNED.value,
    Kind.CASH_COUNT.value,
)
_AMOUNTED = frozenset({PAYOUT, CASH_RECEIVED, CASH_RETURNED, CASH_COUNT})
_PAYOUT_KEYS = frozenset(DATA_SHAPES[Kind.PAYOUT][0])
_RECIPIENTS = frozenset({"self", "proxy"})


def _kind_problem(event: Event) -> str | None:
    """The event's own fields for its kind: who it is about, how much, what it cancels."""
    kind = event.kind
    if kind == PAYOUT:
        return (
            None if event.beneficiary and event.amount > 0 and event.target is None else _payout_fields(event)
        )
    if kind == REPORT and not event.beneficiary:
        return "a report names no beneficiary"
    if kind == VOID and not event.target:
        return "a void names no event or gives no reason"
    if kind != VOID and event.target is not None:
        return f"a {kind} event names an event to cancel"
    if kind in (CASH_RECEIVED, CASH_RETURNED) and event.amount <= 0:
        return "a cash movement has no amount"
    if kind not in _AMOUNTED and event.amount != 0:
        return f"a {kind} event carries an amount"
    return None


def _payout_fields(event: Event) -> str:
    if not event.beneficiary or event.amount <= 0:
        return "a payout names no beneficiary or no amount"
    return "a payout event names an event to cancel"


def _plain_payout(data: dict[str, Any]) -> bool:
    """The common payout (no proxy, no ID mismatch) checked in one go; False sends it to the full check,
    which also says what is wrong."""
    signature = data.get("signature")
    return (
        data.keys() <= _PAYOUT_KEYS
        and data.get("id_check") in ID_CHECKS
        and data.get("proxy") is None
        and "id_mismatch" not in data
        and data.get("recipient", "self") in _RECIPIENTS
        and type(data.get("thumbprint", False)) is bool
        and type(data.get("at_home", False)) is bool
        and (signature is None or _sha256(signature) is None)
    )


def _count_problem(event: Event) -> str | None:
    total = sum(int(note) * pieces for note, pieces in event.data["denominations"].items())
    return None if total == event.amount else "a cash count's total does not match its notes"


def event_problem(event: Event) -> str | None:
    """Why an event cannot be what it says (None when it is well-formed for its kind): its kind, amount,
    chain id, times, texts and the exact shape of its data. Runs on every event of every import."""
    if not 0 <= event.amount <= MAX_MONEY:
        return "an event's amount is negative or over 10^15"
    shape = DATA_SHAPES.get(event.kind)
    if shape is None:
        return f"an event of unknown kind {str(event.kind)[:16]!r}"
    problem = _kind_problem(event)
    if problem is not None:
        return problem
    data = event.data
    if type(data) is not dict:
        return "the event's data is not an object"
    if not (event.kind == PAYOUT and _plain_payout(data)):
        problem = _data_problem(event, shape)
        if problem is not None:
            return problem
    if not canonical_chain(event.device_id):
        return "the event's device chain is not written KEYID or KEYID.N (N ≥ 2, no leading zeros)"
    problem = _times_problem(event)
    if problem is None:
        problem = _stored_text_problem(event)
    return problem


def _data_problem(event: Event, shape: Shape) -> str | None:
    if event.kind == VOID and not str(event.data.get("reason") or "").strip():
        return "a void names no event or gives no reason"
    problem = _shape_problem(event.data, shape, "data.")
    if problem is not None:
        return f"the event's {problem}"
    return _count_problem(event) if event.kind == CASH_COUNT else None


def _stored_text_problem(event: Event) -> str | None:
    staff, beneficiary, target = event.staff, event.beneficiary, event.target
    if (
        type(staff) is str
        and len(staff) <= _STAFF_LIMIT
        and staff.isprintable()
        and event.event_id.isprintable()
        and (beneficiary is None or beneficiary.isprintable())
        and (target is None or target.isprintable())
    ):
        return None
    problem = text_problem(staff, _STAFF_LIMIT)
    if problem is not None:
        return f"the event's staff name {problem}"
    for name, value in (("id", event.event_id), ("beneficiary", beneficiary), ("target", target)):
        if value is not None and forbidden_char(value) is not None:
            return f"the event's {name} holds a forbidden character"
    return None


_STAFF_LIMIT = LIMITS["staff"]


# per file ------------------------------------------------------------------------------------------


def file_totals_problem(events: Iterable[Event]) -> str | None:
    """Why one file's sums of amounts cannot be taken in (None when each kind stays within MAX_FILE_TOTAL)."""
    totals = dict.fromkeys(_AMOUNTED, 0)
    for event in events:
        if event.kind in totals:
            totals[event.kind] += event.amount
    for kind, total in totals.items():
        if total > MAX_FILE_TOTAL:
            return f"its {kind} amounts add up to more than {MAX_FILE_TOTAL:,} đồng"
    return None


_VOIDABLE = frozenset(
    {Kind.PAYOUT, Kind.REPORT, Kind.CASH_RECEIVED, Kind.CASH_RETURNED, Kind.CASH_COUNT, Kind.NOTE}
)


def own_void_problem(events: list[Event]) -> tuple[int, str] | None:
    """(seq, why) for the first void in one device's history of one list that cannot be right, else None.

    A void whose target is in the same history must cancel an earlier event of a kind that can be voided,
    about the same beneficiary, and say its kind and amount truly. A void whose target is not in the
    history cancels another laptop's event: only a sibling's report may be (cross-device voids of reports,
    checked against the office's records by `ledger`); anything else names an event of another list — a
    December file cancelling its own November payout — and is refused."""
    everything = {event.event_id for event in events}
    seen: dict[str, Event] = {}
    for event in events:
        if event.kind == VOID:
            target = seen.get(event.target or "")
            target_kind = event.data.get("target_kind")
            if target is None and event.target in everything:
                return event.seq, "a void cancels an event recorded after it, or itself"
            if target is None:
                if target_kind != REPORT:
                    return event.seq, "a void cancels an event that is not in this list's history"
            elif target.kind not in _VOIDABLE:
                return event.seq, f"a void cancels a {target.kind} event, which cannot be voided"
            elif target.beneficiary != event.beneficiary:
                return event.seq, "a void is about another beneficiary than the event it cancels"
            elif target_kind not in (None, target.kind) or event.data.get("target_amount") not in (
                None,
                target.amount,
            ):
                return event.seq, "a void misstates the kind or amount of the event it cancels"
        seen[event.event_id] = event
    return None
