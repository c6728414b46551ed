"""The clerks who work at a point laptop, each with a PIN that unlocks the window (the cash is on the
table) and that every command recording in their name asks for. The first clerk adds themself; every later
one is added by a clerk already there (name and PIN checked), so nobody can slip a name in. Names are
unique compared without accents or case.

A PIN is short, so it is only kept as a slow salted hash: scrypt at PIN_COST (N = 2^16, r = 12: 96 MiB),
about 0.4 s of one core per check on a 2026 laptop, so trying every 4-digit PIN on a copied database
takes two cores over half an hour instead of the minute and a half of the old N = 2^14, r = 8. Each hash keeps its own
parameters, so a hash made at an older (lower) cost still verifies, and is remade at PIN_COST the first
time its PIN is typed right.

Typing a wrong PIN MAX_FAILURES times in a row locks that clerk for LOCK_MINUTES, doubled at each new lock
(up to MAX_LOCK_MINUTES) until their PIN is typed right again. The lock is kept in the staff book (so
closing the window or the command does not lift it), written to the log, and handed to the desk's `on_locked` hook,
which the point desk turns into a note in the ledger, so the office sees it in the next sync file."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from payout_desk.domain.clock import iso_utc, to_local, utc_now
from payout_desk.domain.text import fold, nfc
from payout_desk.lang import t
from payout_desk.services.common.desk import Desk
from payout_desk.services.common.errors import Refused, UsageError
from payout_desk.services.common.typed import typed
from payout_desk.store.settings import put_setting, read_setting, setting

_KEY = "staff"
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PinCost:
    n: int
    r: int = 8
    p: int = 1

    @property
    def work(self) -> int:
        """scrypt's time and memory both grow with N × r (× p for time)."""
        return self.n * self.r * self.p


# Production's cost. The test suite lowers it through one fixture (tests/conftest.py, `cheap_pins`); one
# test (tests/services/test_staff_secrets.py) checks this value costs at least 250 ms.
PIN_COST = PinCost(n=2**16, r=12)
_OLD_COST = PinCost(n=2**14)  # hashes written before the cost was stored with them
MAX_FAILURES = 5
LOCK_MINUTES = 5
MAX_LOCK_MINUTES = 8 * 60

Book = dict[str, dict[str, Any]]
PinSource = Callable[[str], str]  # the PIN of the clerk named, asked of whoever is at the keyboard


def _hash(pin: str, salt: bytes, cost: PinCost) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=cost.n, r=cost.r, p=cost.p, dklen=32, maxmem=256 * cost.n * cost.r
    )


def _new_hash(pin: str) -> dict[str, Any]:
    salt, cost = os.urandom(16), PIN_COST
    return {
        "salt": base64.b64encode(salt).decode(),
        "hash": base64.b64encode(_hash(pin, salt, cost)).decode(),
        "n": cost.n,
        "r": cost.r,
        "p": cost.p,
    }


def _cost_of(entry: dict[str, Any]) -> PinCost:
    if "n" not in entry:
        return _OLD_COST
    return PinCost(int(entry["n"]), int(entry["r"]), int(entry["p"]))


def _check_pin_shape(pin: str) -> None:
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise UsageError(t("staff.pin_shape"))


def _find(book: Book, name: str) -> str | None:
    """The clerk's name as recorded, matching `name` without accents, case or extra spaces."""
    wanted = fold(nfc(name))
    return next((known for known in book if fold(known) == wanted), None)


def _pin_matches(entry: dict[str, Any], pin: str) -> bool:
    if not (pin.isdigit() and pin.isascii() and len(pin) <= 8):
        return False
    expected = base64.b64decode(entry["hash"])
    return hmac.compare_digest(_hash(pin, base64.b64decode(entry["salt"]), _cost_of(entry)), expected)


def _names(book: Book) -> str:
    return ", ".join(sorted(book))


def _locked_until(entry: dict[str, Any], now: datetime) -> datetime | None:
    until = entry.get("locked_until")
    if not until:
        return None
    try:
        when = datetime.fromisoformat(str(until).replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when > now else None


def _locked(name: str, until: datetime, now: datetime) -> Refused:
    minutes = max(1, -(-int((until - now).total_seconds()) // 60))
    return Refused(t("staff.locked", name=name, minutes=minutes, until=to_local(until).strftime("%H:%M")))


LockedHook = Callable[[str, datetime], None]  # told the clerk locked out and until when


class Staff:
    """The desk's clerks (`desk.staff`): the staff book in the desk's settings, PINs and sign-in."""

    def __init__(self, desk: Desk, on_locked: LockedHook | None = None) -> None:
        self.desk = desk
        self._on_locked = on_locked
        # Set by the command line: then every record is made in the name of a known clerk whose PIN is
        # right (the window signs its clerk in itself and passes the name).
        self.pin_source: PinSource | None = None
        self._signed_in: str | None = None

    def recording_clerk(self, staff: str | None) -> str | None:
        """With a pin source: the clerk `staff` names (else the laptop's only clerk), once their PIN is
        right, asked once per opened desk. None without a pin source."""
        if self.pin_source is None:
            return None
        name = " ".join((staff or "").split())
        if not name:
            names = self.names()
            if not names:
                raise UsageError(t("staff.none_yet"))
            if len(names) > 1:
                raise UsageError(t("staff.who", names=", ".join(names)))
            name = names[0]
        known = self.known(name)
        if self._signed_in != known:
            self._signed_in = self.sign_in(known, self.pin_source(known))
        return self._signed_in

    def _book(self) -> Book:
        book: Book = json.loads(read_setting(self.desk.db, _KEY) or "{}")
        return book

    def names(self) -> list[str]:
        return sorted(self._book())

    def add(self, name: str, pin: str, *, by: str | None = None, by_pin: str = "") -> str:
        """Add a clerk (returns the name as recorded). The first one needs nobody; later ones are added
        by a clerk already there (`by`, with `by_pin`)."""
        name = typed(name, "staff")
        if not name:
            raise UsageError(t("staff.name_needed"))
        _check_pin_shape(pin)
        book = self._book()
        if book:
            if not by:
                raise UsageError(t("staff.by_needed", names=_names(book)))
            if not self._try_pin(by, by_pin):
                raise Refused(t("staff.by_wrong"))
        entry = _new_hash(pin)
        with self.desk.db.transaction() as session:
            book = json.loads(setting(session, _KEY) or "{}")
            same = _find(book, name)
            if same is not None:
                raise Refused(t("staff.exists", name=same))
            book[name] = entry
            put_setting(session, _KEY, json.dumps(book, ensure_ascii=False, sort_keys=True))
        return name

    def check_pin(self, name: str, pin: str) -> bool:
        """Whether `pin` is the PIN of the clerk `name` (a wrong one counts towards the lock); refused
        while that clerk is locked."""
        return self._try_pin(name, pin)

    def sign_in(self, name: str, pin: str) -> str:
        """The clerk `name` names, as recorded, once their PIN is right; one sentence otherwise (nobody of
        that name, a wrong PIN with the tries left, or the lock and how long it lasts)."""
        known = self.known(name)
        if not self._try_pin(known, pin):
            left = MAX_FAILURES - int(self._book()[known].get("failures", 0))
            raise Refused(t("staff.pin_wrong", name=known, left=left))
        return known

    def _try_pin(self, name: str, pin: str) -> bool:
        book = self._book()
        known = _find(book, name)
        if known is None:
            return False
        now = utc_now()
        until = _locked_until(book[known], now)
        if until is not None:
            raise _locked(known, until, now)
        right = _pin_matches(book[known], pin)  # the slow part, outside the transaction
        upgrade = _new_hash(pin) if right and _cost_of(book[known]).work < PIN_COST.work else None
        with self.desk.db.transaction() as session:
            book = json.loads(setting(session, _KEY) or "{}")
            entry = book.get(known)
            if entry is None:
                return False
            if right:
                entry.pop("failures", None)
                entry.pop("locks", None)
                entry.pop("locked_until", None)
                if upgrade is not None:
                    entry.update(upgrade)
            else:
                entry["failures"] = int(entry.get("failures", 0)) + 1
                if entry["failures"] >= MAX_FAILURES:
                    entry["locks"] = int(entry.get("locks", 0)) + 1
                    minutes = min(MAX_LOCK_MINUTES, LOCK_MINUTES * 2 ** (entry["locks"] - 1))
                    until = now + timedelta(minutes=minutes)
                    entry["locked_until"] = iso_utc(until)
                    entry["failures"] = 0
            put_setting(session, _KEY, json.dumps(book, ensure_ascii=False, sort_keys=True))
        if until is not None:
            log.warning("clerk PIN locked after %d wrong PINs until %s", MAX_FAILURES, iso_utc(until))
            if self._on_locked is not None:  # the point desk records it for the office
                self._on_locked(known, until)
            raise _locked(known, until, now)
        return right

    def known(self, name: str) -> str:
        """The clerk `name` names, as recorded; refused with the list of clerks (or how to add the
        first one) when it names nobody."""
        book = self._book()
        if not book:
            raise UsageError(t("staff.none_yet"))
        known = _find(book, name)
        if known is None:
            raise UsageError(t("staff.unknown", name=nfc(name), names=_names(book)))
        return known
