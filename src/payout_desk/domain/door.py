"""The door: the one structural check for everything that is stored — text, event data, times, chain ids,
amounts per file, voids of a device's own events. Every event, list entry and text that enters a database
passes it, whether from a signed file (sync, peer, list, amendment), a register or a typed field.

- Text (domain/door_text.py): one table of length limits and one character rule — no C0/C1 controls, bidi
  overrides or isolates, lone surrogates or noncharacters; a typed field is cleaned of a scanner's stray
  bytes first (`clean_typed`).
- Event data (here): each kind has an exact shape (`event_problem`): allowed keys, their types and lengths.
- Times (here): `at_utc` / `at_local` and a sync file's `created_at` in the app's own ISO forms
  (domain/clock.py), in years `YEARS`, the two times of an event the same moment.
- Chain ids (here): `KEYID` or `KEYID.N` with N ≥ 2 in decimal without leading zeros (`canonical_chain`).
- One device's whole history in a file (domain/door_file.py): amounts per file, voids of its own events.

Plain loops over precompiled patterns: an office import runs this on ~50,000 events in about 2 s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from payout_desk.domain.door_cash import day_close_problem
from payout_desk.domain.door_text import LIMITS, MAX_FILE_TOTAL, MAX_MONEY, forbidden_char, text_problem
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

YEARS = (1970, 2199)
"""The years a stored time may name. A wrong laptop clock (1999, 2099) is real and is flagged at the office
against the month's window; a year such as 9999 is garbage and breaks date arithmetic, so it is refused."""

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
        "standing": _bool,  # the proxy the list names (issue 16; older files have neither key)
        "id_checked": _bool,  # …whose ID card the clerk checked against the list
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
AMOUNTED = frozenset({PAYOUT, CASH_RECEIVED, CASH_RETURNED, CASH_COUNT})
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
    if kind not in AMOUNTED and event.amount != 0:
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
    if event.kind == Kind.DAY_CLOSED:
        return day_close_problem(event.data)  # issue 16: its figures add up (domain/door_cash.py)
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
