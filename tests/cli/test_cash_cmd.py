"""`office cash issue|list|void|days` and `office status`'s cash keys (issue 16, items 2 and 3): JSON keys,
exit codes, bad input one sentence that changes nothing; `point pay` without cash refused (exit 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from payout_desk.domain.cash_office import MAX_CASH_ISSUE
from tests.cli.conftest import Cli
from tests.roundkit import MONTH, Round, make_round


@pytest.mark.devices(1)
def test_issue_list_void_and_the_days_by_command(game: Round, cli: Cli) -> None:
    desk = game.devices[0]
    desk.cash.count({500_000: 1})
    game.office.imports.files([game.export(0)])
    office = ("--data-dir", game.root / "office")
    game.close()
    made = cli("office", "cash", "issue", "--point", "P01", "--amount", "1.000.000.000", "--month", MONTH,
               "--by", "Thủ quỹ Hạnh", "--json", *office)  # fmt: skip
    assert made.code == 0, made.err
    issue = made.json["issue"]
    assert (issue["amount"], issue["issued_by"], issue["standing"]) == (1_000_000_000, "Thủ quỹ Hạnh", True)
    wrong = cli("office", "cash", "issue", "--point", "P01", "--amount", "2000000", "--month", MONTH, *office)
    assert wrong.code == 0 and "2.000.000 ₫" in wrong.out
    listed = cli("office", "cash", "list", "--month", MONTH, "--json", *office).json
    assert listed["issued"] == 1_002_000_000 and len(listed["issues"]) == 2
    second = listed["issues"][1]["id"]
    voided = cli("office", "cash", "void", str(second), "--reason", "ghi trùng", "--json", *office)
    assert voided.code == 0 and voided.json["issue"]["void_reason"] == "ghi trùng"
    again = cli("office", "cash", "void", str(second), "--reason", "lần nữa", *office)
    assert again.code == 3 and again.err.count("\n") == 1
    words = cli("office", "cash", "list", "--month", MONTH, *office)
    assert "VOIDED" in words.out and "ghi trùng" in words.out
    days = cli("office", "cash", "days", "--month", MONTH, "--json", *office).json
    [point] = [p for p in days["points"] if p["code"] == "P01"]
    assert (point["cash_issued"], point["cash_declared"]) == (1_000_000_000, 1_000_000_000)
    assert point["receipts_differ"] == 0
    [day] = point["cash_days"]
    assert day["counted"] == 500_000 and day["device_name"] == "An Phước máy 1"
    assert day["difference"] == 500_000 - 1_000_000_000 and point["cash_flags"] == ["count-short"]
    status = cli("office", "status", "--month", MONTH, "--json", *office).json
    [p01] = [p for p in status["points"] if p["code"] == "P01"]
    assert p01["cash_issued"] == 1_000_000_000 and p01["cash_flags"] == ["count-short"]
    assert p01["cash_received"] == 1_000_000_000  # the old keys stay
    assert status["cash_flagged"] == ["P01"] and status["cash_issued"] == 1_000_000_000
    text = cli("office", "status", "--month", MONTH, *office)
    assert text.code == 0 and "Count short" in text.out


@pytest.mark.devices(1)
@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--point", "P01", "--amount", "1500000.5"), "not an amount"),
        (("--point", "P01", "--amount", "-5"), "negative"),
        (("--point", "P01", "--amount", str(MAX_CASH_ISSUE + 1)), "over the limit"),
        (("--point", "P77", "--amount", "1000000"), "no payout point"),
    ],
)
def test_bad_input_exits_3_with_one_sentence_and_changes_nothing(
    game: Round, cli: Cli, args: tuple[str, ...], says: str
) -> None:
    office = ("--data-dir", game.root / "office")
    game.close()
    done = cli("office", "cash", "issue", *args, "--month", MONTH, *office)
    assert done.code == 3 and says in done.err and done.err.count("\n") == 1
    assert cli("office", "cash", "list", "--month", MONTH, "--json", *office).json["issues"] == []


@pytest.mark.devices(1)
def test_a_month_not_issued_exits_3(game: Round, cli: Cli) -> None:
    office = ("--data-dir", game.root / "office")
    game.close()
    done = cli("office", "cash", "issue", "--point", "P01", "--amount", "1000", "--month", "2027-05", *office)
    assert done.code == 3 and "no issued list" in done.err


def test_point_pay_without_cash_is_refused_with_the_way_forward(tmp_path: Path, cli: Cli) -> None:
    game = make_round(tmp_path, devices=1, cash=0)
    point = ("--data-dir", game.root / "device0")
    game.close()
    refused = cli("point", "pay", "NCC001", "--thumbprint", "--staff", "Lan", *point)
    assert refused.code == 3 and "Record the cash received from the post office first" in refused.err
    received = cli("point", "cash", "receive", "5000000", "--staff", "Lan", *point)
    assert received.code == 0, received.err
    paid = cli("point", "pay", "NCC001", "--thumbprint", "--staff", "Lan", *point)
    assert paid.code == 0, paid.err
