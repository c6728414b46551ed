"""`payout-desk office close-month`, `office carry-arrears` and `settings arrears-mode` (issue 15 item 3):
JSON, words, exit codes, and bad input changing nothing."""

from __future__ import annotations

import json

import pytest

from payout_desk.services.point.pay import PayoutRequest
from tests.cli.conftest import Cli
from tests.roundkit import Round, next_month
from tests.services.test_closing import DECEMBER, JANUARY, amount, december


@pytest.mark.devices(1)
def test_close_then_carry_in_json(game: Round, cli: Cli) -> None:
    december(game)
    office = ("--data-dir", game.root / "office")
    opened = cli("office", "carry-arrears", "--from", DECEMBER, "--to", JANUARY, *office)
    assert opened.code == 3 and "still open" in opened.err and opened.out == ""
    done = cli("office", "close-month", DECEMBER, "--json", *office)
    assert done.code == 0, done.err
    closed = json.loads(done.out)
    assert closed["month"] == DECEMBER and closed["closed_at"] and closed["closed_by"]
    assert closed["totals"]["paid_count"] == 1 and [p["code"] for p in closed["points"]] == ["P01", "P02"]
    unpaid = {u["code"]: u for u in closed["unpaid"]}
    assert unpaid["NCC005"] == {
        "code": "NCC005",
        "name": "Nguyễn Văn Khánh 5",
        "point_code": "P01",
        "amount": amount(5),
        "exception": "absent",
    }
    again = cli("office", "close-month", DECEMBER, *office)
    assert again.code == 3 and "already closed" in again.err
    missing = cli("office", "carry-arrears", "--from", DECEMBER, "--to", JANUARY, *office)
    assert missing.code == 3 and "no register imported for 2027-01" in missing.err

    status = cli("office", "status", "--month", DECEMBER, "--json", *office)
    assert json.loads(status.out)["closed"]["closed_at"] == closed["closed_at"]
    words = cli("office", "status", "--month", DECEMBER, *office)
    assert f"2026-12 closed at {closed['closed_at']}" in words.out

    next_month(game, JANUARY)
    game.close()
    carried = cli("office", "carry-arrears", "--from", DECEMBER, "--to", JANUARY, "--json", *office)
    assert carried.code == 0, carried.err
    payload = json.loads(carried.out)
    assert (payload["from"], payload["to"], payload["mode"]) == (DECEMBER, JANUARY, "carry")
    five = next(c for c in payload["carried"] if c["code"] == "NCC005")
    assert five == {
        "code": "NCC005",
        "name": "Nguyễn Văn Khánh 5",
        "point_code": "P01",
        "amount": amount(5),
        "months": [DECEMBER],
    }
    assert payload["skipped"] == [{"code": "NCC002", "reason": "deceased"}]
    rerun = cli("office", "carry-arrears", "--from", DECEMBER, "--to", JANUARY, *office)
    assert rerun.code == 0 and "Nothing new" in rerun.out


@pytest.mark.devices(1)
def test_a_late_payout_is_a_late_line_in_the_status(game: Round, cli: Cli) -> None:
    office = ("--data-dir", game.root / "office")
    game.office.imports.files([game.export(0, "cash.pdsync")])  # the cash received, before the close
    assert cli("office", "close-month", DECEMBER, *office).code == 0
    before = json.loads(cli("office", "status", "--month", DECEMBER, "--json", *office).out)
    game.devices[0].pay.record(PayoutRequest("NCC004", thumbprint=True, staff="Lan"))
    game.office.imports.files([game.export(0, "late.pdsync")])
    game.close()
    after = json.loads(cli("office", "status", "--month", DECEMBER, "--json", *office).out)
    assert after["totals"] == before["totals"]
    flags = after["points"][0]["flags"]
    assert [f["kind"] for f in flags] == ["late"] and "NCC004" in flags[0]["detail"]
    words = cli("office", "close-month", DECEMBER, "--lang", "vi", *office)
    assert words.code == 3 and "đã khóa sổ" in words.err


def test_the_arrears_mode_setting(game: Round, cli: Cli) -> None:
    game.close()
    office = ("--data-dir", game.root / "office")
    shown = cli("settings", "arrears-mode", "--json", *office)
    assert shown.code == 0 and json.loads(shown.out) == {"arrears_mode": "carry"}
    assert json.loads(cli("settings", "arrears-mode", "list", "--json", *office).out) == {
        "arrears_mode": "list"
    }
    assert cli("settings", "arrears-mode", "both", *office).code == 2
    assert json.loads(cli("settings", "arrears-mode", "--json", *office).out) == {"arrears_mode": "list"}
