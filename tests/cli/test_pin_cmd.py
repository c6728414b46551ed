"""The command line records only in the name of a known clerk whose PIN is right: given as a script gives
it ($PAYOUT_DESK_PIN), or asked at a hidden prompt; a wrong PIN records nothing (exit 3)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from payout_desk.services.point.desk import PointDesk
from tests.cli.conftest import Cli
from tests.roundkit import CLERK_PIN, Round


def _payouts(desk: PointDesk) -> int:
    with desk.db.reading() as session:
        return int(session.execute(text("SELECT count(*) FROM events WHERE kind = 'payout'")).scalar() or 0)


def test_the_command_line_records_only_with_the_clerks_pin(
    cli: Cli, game: Round, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = game.devices[0]
    pay = ("point", "pay", "NCC001", "--thumbprint", "--data-dir", desk.data_dir)
    monkeypatch.setenv("PAYOUT_DESK_PIN", "9999")
    wrong = cli(*pay, "--staff", "Lan")
    assert wrong.code == 3 and "Wrong PIN for “Lan”; 4 tries left" in wrong.err and _payouts(desk) == 0
    several = cli(*pay)
    assert several.code == 2 and "several clerks (Hùng, Lan)" in several.err and _payouts(desk) == 0
    monkeypatch.delenv("PAYOUT_DESK_PIN")
    no_pin = cli(*pay, "--staff", "Lan")  # no terminal to ask at, no PIN given: nothing recorded
    assert no_pin.code != 0 and "PAYOUT_DESK_PIN" in no_pin.err and _payouts(desk) == 0
    monkeypatch.setenv("PAYOUT_DESK_PIN", CLERK_PIN)
    monkeypatch.setenv("PAYOUT_DESK_STAFF", "lan")
    done = cli(*pay, "--json")
    assert done.code == 0 and done.json["staff"] == "Lan" and _payouts(desk) == 1
    voided = cli(
        "point", "void", done.json["event_id"], "--reason", "nhầm", "--data-dir", desk.data_dir, "--json"
    )
    assert voided.code == 0 and voided.json["staff"] == "Lan"
    note = ("point", "note", "thử", "--staff", "Hùng", "--data-dir", desk.data_dir)
    monkeypatch.setenv("PAYOUT_DESK_PIN", "0000")
    assert [cli(*note).code for _ in range(4)] == [3, 3, 3, 3]
    locked = cli(*note)
    assert locked.code == 3 and "“Hùng” is locked" in locked.err and "try again in 5 minutes" in locked.err
    monkeypatch.setenv("PAYOUT_DESK_PIN", CLERK_PIN)
    assert "“Hùng” is locked" in cli(*note).err  # the right PIN waits for the lock to run out
