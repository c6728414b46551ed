"""A month through the CLI with the office on PostgreSQL (--db): the welfare office's sample register,
two point laptops on their own SQLite files, double payouts, a death, a stop mid-round, repeated files.
`office status --json` must say what the same round says with the office on SQLite."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Cli
from tests.conftest import SAMPLES
from tests.roundkit import MONTH, png

pytestmark = pytest.mark.pg
POINT_NAME = "Điểm BĐVHX An Phước"
# what differs between two runs of the same round: ids, keys, hashes, times, paths
VOLATILE = re.compile(r"^([0-9a-fA-F-]{16,}|\d{4}-\d\d-\d\dT.*|/.*|[0-9 ]{20,})$")


class Round:
    def __init__(self, cli: Cli, root: Path, office_db: tuple[str, ...]) -> None:
        self.cli, self.root = cli, root
        self.office = ("--data-dir", str(root / "office"), *office_db)

    def run(self, *args: str | Path, desk: str = "office") -> Any:
        where = self.office if desk == "office" else ("--data-dir", str(self.root / desk))
        outcome = self.cli(*args, *where, "--json")
        assert outcome.code in (0, 4), (args, outcome.err)
        return outcome.json


def month_round(cli: Cli, root: Path, office_db: tuple[str, ...]) -> Any:
    r = Round(cli, root, office_db)
    r.run("keys", "init", "--role", "office", "--name", "Bưu điện huyện Mang Thít")
    sample = SAMPLES / "danh_sach_chi_tra_2026_12.xlsx"
    report = r.run("office", "import-register", sample, "--month", MONTH, "--skip-invalid")
    point = next(p["code"] for p in report["points"] if p["name"] == POINT_NAME)
    expected = json.loads((SAMPLES / "danh_sach_chi_tra_2026_12.expected.json").read_text(encoding="utf-8"))
    codes = [p["code"] for p in expected["people_by_point"][POINT_NAME]]
    for laptop in ("d1", "d2"):
        key = r.run("keys", "init", "--role", "point", "--name", f"An Phước {laptop}", desk=laptop)
        r.run(
            "office", "enroll-device", "--point", point, "--public-key", key["public_key"], "--name", laptop
        )
    r.run("office", "issue-lists", "--month", MONTH, "--out", root / "lists")
    fingerprint = r.run("keys", "show")["fingerprint"]
    for laptop in ("d1", "d2"):
        r.run(
            "point",
            "load",
            root / "lists" / f"{point}_2026-12.pdlist",
            "--trust-office",
            fingerprint,
            desk=laptop,
        )
    signature = root / "sig.png"
    signature.write_bytes(png())
    r.run("point", "staff", "add", "Lan", desk="d1")  # its PIN from $PAYOUT_DESK_PIN
    r.run("point", "staff", "add", "Hùng", desk="d2")  # every record is a clerk's, with the PIN
    r.run("point", "cash", "receive", "200.000.000", desk="d1")
    r.run("point", "cash", "receive", "100.000.000", desk="d2")  # a payout needs the cash on hand
    for code in codes[:20]:
        r.run("point", "pay", code, "--signature", signature, "--staff", "Lan", desk="d1")
    r.run("point", "export", "--out", root / "d1-early.pdsync", desk="d1")
    for code in codes[15:30]:  # five paid twice
        r.run("point", "pay", code, "--at-home", "--thumbprint", desk="d2")
    r.run(
        "point",
        "report",
        codes[40],
        "--kind",
        "deceased",
        "--reported-by",
        "con gái",
        "--date",
        "2026-12-01",
        desk="d2",
    )
    r.run("office", "amend", "--month", MONTH, "--point", point, "--stop", codes[50], "--reason", "moved",
          "--date", "2026-12-01", "--out", root / "amend")  # fmt: skip
    r.run("point", "pay", codes[50], "--thumbprint", desk="d2")  # the home-visit laptop has not had the stop
    r.run("point", "cash", "return", "10.000.000", desk="d1")
    for laptop in ("d1", "d2"):
        r.run("point", "export", "--out", root / f"{laptop}.pdsync", desk=laptop)
    files = [root / n for n in ("d2.pdsync", "d1-early.pdsync", "d1.pdsync", "d1.pdsync", "d2.pdsync")]
    imported = r.run("office", "import", *files)
    assert [f["status"] for f in imported["files"]] == ["imported", "imported", "imported"] + [
        "nothing-new"
    ] * 2
    return r.run("office", "status", "--month", MONTH)


def comparable(value: Any) -> Any:
    """The status with what differs between two runs of one round blanked, lists in a fixed order."""
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((comparable(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return "…" if isinstance(value, str) and VOLATILE.match(value) else value


def test_a_round_with_the_office_on_postgresql_reconciles_as_on_sqlite(
    cli: Cli, pg_url: str, tmp_path: Path, sample_register: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAYOUT_DESK_PIN", "2468")  # the clerk's PIN at `point staff add`
    on_pg = month_round(cli, tmp_path / "pg", ("--db", pg_url))
    on_sqlite = month_round(cli, tmp_path / "sqlite", ())
    assert comparable(on_pg) == comparable(on_sqlite)
    point = next(p for p in on_pg["points"] if p["name"] == POINT_NAME)
    # 20 + 10 + the stopped one (paid, so counted paid and flagged); 5 double payouts, 1 after the stop,
    # and one signature image used for the first laptop's 20 people (flagged once)
    assert (point["paid_count"], point["conflicts"], point["exceptions"]) == (31, 7, {"deceased": 1})
    assert point["beneficiaries"] == point["paid_count"] + point["unpaid_count"] + point["stopped_count"]
    assert point["cash_out"] == point["cash_received"] - point["paid_amount"] - point["cash_returned"]
    assert {c["kind"] for c in on_pg["conflicts"]} == {
        "double-payout",
        "payout-after-stop",
        "signature-reused",
    }
