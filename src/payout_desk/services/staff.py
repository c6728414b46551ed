"""The clerks who work at a point laptop, each with a PIN that unlocks the window (the cash is on the
table). The first clerk adds themself; every later one is added by a clerk already there (name and PIN
checked), so nobody can slip a name in. Names are unique compared without accents or case.

A PIN is short, so it is only kept as a slow salted hash (scrypt) and only guards the screen of a laptop
that is already in the clerk's hands; the desk key stays protected by the keyring or its passphrase."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from typing import Any

from payout_desk.domain.text import fold, nfc
from payout_desk.lang import t
from payout_desk.services.desk import Desk, put_setting, setting
from payout_desk.services.errors import Refused, UsageError
from payout_desk.services.typed import typed

_KEY = "staff"
_N, _R, _P = 2**14, 8, 1

Book = dict[str, dict[str, Any]]


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)


def _check_pin_shape(pin: str) -> None:
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise UsageError(t("staff.pin_shape"))


def _find(book: Book, name: str) -> str | None:
    """The clerk's name as recorded, matching `name` without accents, case or extra spaces."""
    wanted = fold(nfc(name))
    return next((known for known in book if fold(known) == wanted), None)


def _pin_matches(entry: dict[str, Any], pin: str) -> bool:
    if not pin.isdigit():
        return False
    expected = base64.b64decode(entry["hash"])
    return hmac.compare_digest(_hash(pin, base64.b64decode(entry["salt"])), expected)


def _names(book: Book) -> str:
    return ", ".join(sorted(book))


class StaffBook(Desk):
    def _book(self) -> Book:
        with self.db.reading() as session:
            book: Book = json.loads(setting(session, _KEY) or "{}")
        return book

    def staff_names(self) -> list[str]:
        return sorted(self._book())

    def add_staff(self, name: str, pin: str, *, by: str | None = None, by_pin: str = "") -> str:
        """Add a clerk (returns the name as recorded). The first one needs nobody; later ones are added
        by a clerk already there (`by`, with `by_pin`)."""
        name = typed(name, "staff")
        if not name:
            raise UsageError(t("staff.name_needed"))
        _check_pin_shape(pin)
        salt = os.urandom(16)
        with self.db.transaction() as session:
            book: Book = json.loads(setting(session, _KEY) or "{}")
            if book:
                if not by:
                    raise UsageError(t("staff.by_needed", names=_names(book)))
                adder = _find(book, by)
                if adder is None or not _pin_matches(book[adder], by_pin):
                    raise Refused(t("staff.by_wrong"))
            same = _find(book, name)
            if same is not None:
                raise Refused(t("staff.exists", name=same))
            book[name] = {
                "salt": base64.b64encode(salt).decode(),
                "hash": base64.b64encode(_hash(pin, salt)).decode(),
            }
            put_setting(session, _KEY, json.dumps(book, ensure_ascii=False, sort_keys=True))
        return name

    def check_pin(self, name: str, pin: str) -> bool:
        book = self._book()
        known = _find(book, name)
        return known is not None and _pin_matches(book[known], pin)

    def known_staff(self, name: str) -> str:
        """The clerk `name` names, as recorded; refused with the list of clerks (or how to add the
        first one) when it names nobody."""
        book = self._book()
        if not book:
            raise UsageError(t("staff.none_yet"))
        known = _find(book, name)
        if known is None:
            raise UsageError(t("staff.unknown", name=nfc(name), names=_names(book)))
        return known
