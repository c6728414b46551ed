"""The whole month through the CLI: two devices at one point (one on home visits), payouts, proxies, a
death, a stop arriving mid-round, a double payout; the office's status must be exactly right."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.cli.conftest import Cli
from tests.roundkit import MONTH, default_rows, png, write_register

FUNDED = 20_000_000
"""The cash each laptop receives before the round's payouts."""


def amount(i: int) -> int:
    return 2_789_000 + 1000 * i


class Desks:
    def __init__(self, cli: Cli, root: Path) -> None:
        self.cli, self.root = cli, root
        self.office, self.d1, self.d2 = root / "office", root / "d1", root / "d2"

    def ok(self, *args: str | Path) -> Any:
        outcome = self.cli(*args, "--json")
        assert outcome.code == 0, outcome.err
        return outcome.json

    def refused(self, *args: str | Path) -> str:
        outcome = self.cli(*args)
        assert outcome.code == 3, (outcome.code, outcome.out, outcome.err)
        assert outcome.err.count("\n") == 1 and "Traceback" not in outcome.err
        return outcome.err


@pytest.fixture
def desks(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desks:
    d = Desks(cli, tmp_path)
    monkeypatch.setenv("PAYOUT_DESK_PIN", "2468")  # the PIN each laptop's clerk chooses below
    d.ok("keys", "init", "--role", "office", "--name", "Bưu điện huyện Mang Thít", "--data-dir", d.office)
    register = write_register(tmp_path / "register.csv", default_rows())
    d.ok("office", "import-register", register, "--month", MONTH, "--data-dir", d.office)
    for device, name in ((d.d1, "An Phước – máy 1"), (d.d2, "An Phước – máy 2 (tại nhà)")):
        key = d.ok("keys", "init", "--role", "point", "--name", name, "--data-dir", device)["public_key"]
        d.ok(
            "office",
            "enroll-device",
            "--point",
            "P01",
            "--public-key",
            key,
            "--name",
            name,
            "--data-dir",
            d.office,
        )
    d.ok("office", "issue-lists", "--month", MONTH, "--out", tmp_path / "lists", "--data-dir", d.office)
    fingerprint = d.ok("keys", "show", "--data-dir", d.office)["fingerprint"]
    for device in (d.d1, d.d2):
        loaded = d.ok(
            "point",
            "load",
            tmp_path / "lists" / "P01_2026-12.pdlist",
            "--trust-office",
            fingerprint,
            "--data-dir",
            device,
        )
        assert loaded["beneficiaries"] == 12
    d.ok("point", "staff", "add", "Lan", "--data-dir", d.d1)
    d.ok("point", "staff", "add", "Hùng", "--data-dir", d.d2)
    for device in (d.d1, d.d2):  # a payout needs the cash on hand (issue 16): each laptop's event #1
        d.ok("point", "cash", "receive", str(FUNDED), "--data-dir", device)
    return d


def test_a_month_with_two_devices_reconciles_exactly(desks: Desks, tmp_path: Path) -> None:
    d = desks
    signature, other = tmp_path / "sig.png", tmp_path / "sig-2.png"  # one image for two people is flagged
    signature.write_bytes(png())
    other.write_bytes(png(shade=1))
    d.ok("point", "cash", "receive", "40.000.000", "--data-dir", d.d1)
    paid = d.ok("point", "pay", "NCC001", "--signature", signature, "--staff", "Lan", "--data-dir", d.d1)
    assert set(paid) >= {"payout_id", "amount"} and paid["amount"] == amount(1)
    d.ok("point", "pay", "NCC003", "--standing-proxy", "--proxy-id", "086090000001", "--proxy-id-checked",
         "--thumbprint", "--data-dir", d.d1)  # fmt: skip
    proxy = d.ok(
        "point", "pay", "NCC004", "--proxy-name", "Lê Thị Hồng", "--proxy-id", "086190000002",
        "--proxy-relation", "vợ", "--proxy-authorisation", "UQ 12/2026", "--thumbprint", "--data-dir", d.d1,
    )  # fmt: skip
    assert proxy["recipient"] == "Lê Thị Hồng"

    # the home-visit laptop: a payout at home and a death reported by the family
    d.ok("point", "pay", "NCC002", "--at-home", "--signature", other, "--staff", "Hùng", "--data-dir", d.d2)
    d.ok("point", "report", "NCC005", "--kind", "deceased", "--reported-by", "con trai", "--date", "2026-12-01",
         "--data-dir", d.d2)  # fmt: skip
    early = tmp_path / "d2-early.pdsync"
    d.ok("point", "export", "--out", early, "--data-dir", d.d2)

    # the point laptop learns from the home-visit laptop: no second payout, no payout to the dead
    peer = d.ok("point", "import-peer", early, "--data-dir", d.d1)
    assert (peer["status"], peer["new_events"]) == ("imported", 3)
    assert "already paid" in d.refused("point", "pay", "NCC002", "--data-dir", d.d1)
    assert "reported deceased" in d.refused("point", "pay", "NCC005", "--data-dir", d.d1)

    # a stop (moved away) and a stop (deceased) arrive mid-round, on the point laptop only
    for code, reason in (("NCC006", "moved"), ("NCC008", "deceased")):
        d.ok("office", "amend", "--month", MONTH, "--point", "P01", "--stop", code, "--reason", reason,
             "--date", "2026-12-01", "--out", tmp_path / "amend", "--data-dir", d.office)  # fmt: skip
    amended = d.ok(
        "point", "load", tmp_path / "amend" / "P01_2026-12_bao-giam-tang-2.pdamend", "--data-dir", d.d1
    )
    assert [c["code"] for c in amended["changes"]] == ["NCC006", "NCC008"]
    assert "stopped by the office" in d.refused("point", "pay", "NCC006", "--data-dir", d.d1)

    # the home-visit laptop has neither the stop nor the other laptop's payouts
    d.ok("point", "pay", "NCC006", "--at-home", "--thumbprint", "--data-dir", d.d2)
    d.ok("point", "pay", "NCC001", "--at-home", "--thumbprint", "--data-dir", d.d2)
    d.ok("point", "report", "NCC007", "--kind", "absent", "--data-dir", d.d1)
    d.ok("point", "cash", "return", "5000000", "--data-dir", d.d1)
    d.ok("point", "cash", "count", "--denominations", "500000=50,200000=3,1000=1", "--data-dir", d.d1)
    closed = d.ok("point", "close-day", "--reason", "đếm lại sáng mai", "--data-dir", d.d1)
    assert closed["on_hand"] == FUNDED + 40_000_000 - amount(1) - amount(3) - amount(4) - 5_000_000

    final1, final2 = tmp_path / "d1.pdsync", tmp_path / "d2.pdsync"
    d.ok("point", "export", "--out", final1, "--data-dir", d.d1)
    d.ok("point", "export", "--out", final2, "--data-dir", d.d2)

    imported = d.ok("office", "import", final2, early, final1, final1, "--data-dir", d.office)
    statuses = [(f["status"], f["new_events"]) for f in imported["files"]]
    assert statuses == [("imported", 5), ("nothing-new", 0), ("imported", 9), ("nothing-new", 0)]
    assert imported["conflicts"] == 2

    status = d.ok("office", "status", "--month", MONTH, "--data-dir", d.office)
    p01 = next(p for p in status["points"] if p["code"] == "P01")
    paid_amount = 2 * amount(1) + amount(2) + amount(3) + amount(4) + amount(6)
    expected = {
        "beneficiaries": 12,
        "cash_total": sum(amount(i) for i in range(1, 13)),
        "paid_count": 5,
        "paid_amount": paid_amount,
        "unpaid_count": 6,
        "stopped_count": 1,
        "exceptions": {"deceased": 1, "absent": 1},
        "conflicts": 2,
        "cash_received": 2 * FUNDED + 40_000_000,
        "cash_returned": 5_000_000,
        "cash_out": 2 * FUNDED + 40_000_000 - paid_amount - 5_000_000,
    }
    assert {k: p01[k] for k in expected} == expected
    assert p01["beneficiaries"] == p01["paid_count"] + p01["unpaid_count"] + p01["stopped_count"]
    assert p01["cash_out"] == p01["cash_received"] - p01["paid_amount"] - p01["cash_returned"]
    assert p01["cash_total"] == p01["paid_entitled"] + p01["unpaid_amount"] + p01["stopped_amount"]
    assert sorted((dev["name"], dev["last_seq"]) for dev in p01["devices"]) == [
        ("An Phước – máy 1", 9),
        ("An Phước – máy 2 (tại nhà)", 5),
    ]
    assert all(dev["last_sync"] for dev in p01["devices"])
    conflicts = {(c["kind"], c["beneficiary_code"]): c for c in status["conflicts"]}
    assert set(conflicts) == {("double-payout", "NCC001"), ("payout-after-stop", "NCC006")}
    double = conflicts["double-payout", "NCC001"]["events"]
    assert sorted(e["device_name"] for e in double) == ["An Phước – máy 1", "An Phước – máy 2 (tại nhà)"]
    assert {e["staff"] for e in double} == {"Lan", "Hùng"}  # the only clerk of each laptop, with the PIN

    # the office records a decision; nothing is deleted
    conflict_id = conflicts["double-payout", "NCC001"]["id"]
    d.ok("office", "resolve", "--month", MONTH, conflict_id, "--note", "Thu hồi lần chi thứ hai", "--by", "Kế toán Hoa",
         "--data-dir", d.office)  # fmt: skip
    after = d.ok("office", "status", "--month", MONTH, "--data-dir", d.office)
    resolved = next(c for c in after["conflicts"] if c["id"] == conflict_id)
    assert resolved["resolution"]["note"] == "Thu hồi lần chi thứ hai" and len(resolved["events"]) == 2
    assert next(p for p in after["points"] if p["code"] == "P01")["paid_amount"] == paid_amount

    # the settlement workbook carries the same figures
    out = tmp_path / "settlement.xlsx"
    d.ok("office", "settlement", "--month", MONTH, "--out", out, "--data-dir", d.office)
    book = load_workbook(out, read_only=True)
    summary = next(row for row in book["Tổng hợp"].iter_rows(values_only=True) if row and row[0] == "P01")
    assert summary[2:7] == (12, expected["cash_total"], 5, p01["paid_entitled"], paid_amount)  # listed, cash
    assert summary[13] == expected["cash_out"]
    details = [r for r in book["Chi tiết"].iter_rows(values_only=True) if r and r[0] == "P01"]
    assert len(details) == 12
    assert sum(r[8] for r in details) == paid_amount
    exceptions = [r for r in book["Ngoại lệ - báo giảm"].iter_rows(values_only=True) if r and r[0] == "P01"]
    assert [(r[1], r[3], r[5]) for r in exceptions] == [("NCC005", "Đã mất", "con trai")]
    resolutions = [r for r in book["Xung đột"].iter_rows(values_only=True) if r and r[0] == conflict_id]
    assert resolutions[0][6] == "Thu hồi lần chi thứ hai"


def test_point_commands_refuse_bad_arguments_in_one_line(desks: Desks) -> None:
    d = desks
    for args, code in (
        (("point", "cash", "receive", "-5"), 2),
        (("point", "cash", "count", "--denominations", "300000=1"), 2),
        (("point", "cash", "count", "--denominations", "500000"), 2),
        (("point", "pay", "NCC001", "--proxy-id", "123"), 2),
        (("point", "report", "NCC001", "--kind", "lost"), 2),
        (("point", "void", "abc", "--reason", "x"), 2),
        (("point", "void", "00000000-0000", "--reason", "x"), 3),
    ):
        outcome = d.cli(*args, "--data-dir", d.d1)
        assert outcome.code == code, (args, outcome.err)
        assert outcome.err.count("\n") == 1


def test_office_import_reports_each_file_and_exits_4_when_one_is_refused(
    desks: Desks, tmp_path: Path
) -> None:
    d = desks
    d.ok("point", "pay", "NCC001", "--thumbprint", "--data-dir", d.d1)
    good = tmp_path / "good.pdsync"
    d.ok("point", "export", "--out", good, "--data-dir", d.d1)
    bad = tmp_path / "bad.pdsync"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x20
    bad.write_bytes(bytes(data))
    outcome = d.cli(
        "office", "import", good, bad, tmp_path / "missing.pdsync", "--json", "--data-dir", d.office
    )
    assert outcome.code == 4
    files = outcome.json["files"]
    assert [(f["status"], f["new_events"]) for f in files] == [
        ("imported", 2),
        ("rejected", 0),
        ("rejected", 0),
    ]
    assert files[1]["reason"] and "no such file" in files[2]["reason"]
    assert set(files[0]) >= {"path", "status", "new_events", "reason"} and outcome.json["conflicts"] == 0
    verified = d.ok("verify", good, "--data-dir", d.office)
    assert verified["kind"] == "sync" and verified["trusted"] is True and verified["payouts"] == 1
    assert "enrolled for point P01" in verified["trust_note"]


def test_point_find_and_status_through_the_cli(desks: Desks) -> None:
    d = desks
    d.ok("point", "pay", "NCC002", "--at-home", "--thumbprint", "--data-dir", d.d1)
    found = d.ok("point", "find", "nguyen van cuc", "--data-dir", d.d1)["results"]
    assert [(f["code"], f["status"], f["home_visit"]) for f in found] == [("NCC002", "paid", True)]
    status = d.ok("point", "status", "--data-dir", d.d1)
    assert (status["paid_count"], status["unpaid_count"], status["cash"]["paid"]) == (1, 11, amount(2))
    assert status["device_enrolled_in_list"] is True
