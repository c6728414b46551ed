"""The staff who work at a desk, each with a PIN that unlocks the window (the cash is on the table).

A PIN is short, so it is only kept as a slow salted hash (scrypt) and only guards the screen of a laptop
that is already in the clerk's hands; the desk key stays protected by the keyring or its passphrase."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os

from payout_desk.services.desk import Desk, put_setting, setting
from payout_desk.services.errors import UsageError

_KEY = "staff"
_N, _R, _P = 2**14, 8, 1


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)


def _check_pin_shape(pin: str) -> None:
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise UsageError("a PIN is 4 to 8 digits")


class StaffBook(Desk):
    def staff_names(self) -> list[str]:
        with self.db.reading() as session:
            return sorted(json.loads(setting(session, _KEY) or "{}"))

    def add_staff(self, name: str, pin: str) -> None:
        """Add a staff member, or give one a new PIN."""
        name = " ".join(name.split())
        if not name or len(name) > 200:
            raise UsageError("give the staff member's full name")
        _check_pin_shape(pin)
        salt = os.urandom(16)
        with self.db.transaction() as session:
            book = json.loads(setting(session, _KEY) or "{}")
            book[name] = {
                "salt": base64.b64encode(salt).decode(),
                "hash": base64.b64encode(_hash(pin, salt)).decode(),
            }
            put_setting(session, _KEY, json.dumps(book, ensure_ascii=False, sort_keys=True))

    def check_pin(self, name: str, pin: str) -> bool:
        with self.db.reading() as session:
            entry = json.loads(setting(session, _KEY) or "{}").get(name)
        if entry is None or not pin.isdigit():
            return False
        expected = base64.b64decode(entry["hash"])
        return hmac.compare_digest(_hash(pin, base64.b64decode(entry["salt"])), expected)
