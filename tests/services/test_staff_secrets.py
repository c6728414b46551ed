"""A PIN check costs at least 250 ms (scrypt at PIN_COST, its parameters kept with each hash, an older
hash upgraded when its PIN is typed right), and five wrong PINs lock the clerk for a while, recorded."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import time
from datetime import timedelta

import pytest
from sqlalchemy import select, text

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.services.common import staff
from payout_desk.services.common.errors import Refused
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.store.models import LedgerEvent
from tests.roundkit import CLERK_PIN, Round

PRODUCTION = staff.PIN_COST  # read at import, before tests/conftest.py's cheap_pins lowers it per test


def _entry(desk: PointDesk, name: str) -> dict[str, object]:
    book: dict[str, dict[str, object]] = desk.staff._book()
    return book[name]


def _put_entry(desk: PointDesk, name: str, entry: dict[str, object]) -> None:
    book = desk.staff._book()
    book[name] = entry
    with desk.db.transaction() as session:
        staff.put_setting(session, "staff", json.dumps(book, ensure_ascii=False))


def test_one_pin_check_costs_at_least_250_ms_and_older_hashes_are_upgraded(
    game: Round, monkeypatch: pytest.MonkeyPatch
) -> None:
    salt = os.urandom(16)
    started = time.process_time()  # CPU time: what an attacker pays, whatever else the machine does
    staff._hash(CLERK_PIN, salt, PRODUCTION)
    cost = time.process_time() - started
    print(
        f"\none PIN check at N=2^{PRODUCTION.n.bit_length() - 1}, r={PRODUCTION.r}: {cost * 1000:.0f} ms CPU"
    )
    assert cost >= 0.25
    desk = game.devices[0]
    assert _entry(desk, "Lan")["n"] == 2**10  # made at the suite's lowered cost
    old = hashlib.scrypt(CLERK_PIN.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    _put_entry(
        desk, "Hùng", {"salt": base64.b64encode(salt).decode(), "hash": base64.b64encode(old).decode()}
    )
    monkeypatch.setattr(staff, "PIN_COST", PRODUCTION)
    assert (
        not desk.staff.check_pin("Hùng", "1111") and _entry(desk, "Hùng").get("n") is None
    )  # wrong: unchanged
    for name in ("Lan", "Hùng"):  # a hash of before the cost was stored, and one at a lower cost
        assert desk.staff.check_pin(name, CLERK_PIN)
        assert (_entry(desk, name)["n"], _entry(desk, name)["r"]) == (PRODUCTION.n, PRODUCTION.r)
        assert desk.staff.check_pin(name, CLERK_PIN)  # still verifies, now at the production cost


def _events_noted(desk: PointDesk) -> list[str]:
    with desk.db.reading() as session:
        bodies = session.scalars(select(LedgerEvent.body).where(LedgerEvent.kind == "note"))
        return [json.loads(b)["data"].get("text", "") for b in bodies]


def test_five_wrong_pins_lock_the_clerk_for_a_while_and_the_lock_is_recorded(game: Round) -> None:
    desk = game.devices[0]
    for left in (4, 3, 2, 1):
        with pytest.raises(Refused, match=f"Wrong PIN for “Lan”; {left} tries left"):
            desk.staff.sign_in("Lan", "0000")
    with pytest.raises(
        Refused, match=r"Clerk “Lan” is locked after too many wrong PINs: try again in 5 minutes"
    ):
        desk.staff.sign_in("Lan", "0000")
    with pytest.raises(Refused, match="is locked"):  # even the right PIN, while locked
        desk.staff.sign_in("Lan", CLERK_PIN)
    desk.staff.pin_source = lambda _name: CLERK_PIN  # as the command line does: nothing is paid
    with pytest.raises(Refused, match="is locked"):
        desk.pay.record(PayoutRequest("NCC001", thumbprint=True, staff="Lan"))
    desk.staff.pin_source = None
    assert desk.staff.sign_in("Hùng", CLERK_PIN) == "Hùng"  # the other clerk is not locked
    assert _entry(desk, "Lan")["locked_until"]
    notes = _events_noted(desk)
    assert len(notes) == 1 and "“Lan” bị tạm khóa" in notes[0]  # in the ledger: the office sees it
    # the lock runs out; the right PIN clears the count and the next lock starts again at 5 minutes
    entry = _entry(desk, "Lan")
    entry["locked_until"] = iso_utc(utc_now() - timedelta(seconds=1))
    _put_entry(desk, "Lan", entry)
    for _ in range(4):
        with pytest.raises(Refused, match="Wrong PIN"):
            desk.staff.sign_in("Lan", "0000")
    with pytest.raises(Refused, match="try again in 10 minutes"):  # a second lock in a row: twice as long
        desk.staff.sign_in("Lan", "0000")


def test_a_lock_runs_out_and_the_right_pin_clears_it(game: Round) -> None:
    desk = game.devices[0]
    for _ in range(5):
        with pytest.raises(Refused):
            desk.staff.sign_in("Lan", "0000")
    entry = _entry(desk, "Lan")
    entry["locked_until"] = iso_utc(utc_now() - timedelta(seconds=1))
    _put_entry(desk, "Lan", entry)
    assert desk.staff.sign_in("Lan", CLERK_PIN) == "Lan"
    assert {"failures", "locks", "locked_until"}.isdisjoint(_entry(desk, "Lan"))
    with desk.db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM events WHERE kind = 'payout'")).scalar() == 0
