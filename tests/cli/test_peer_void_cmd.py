"""`point void` takes a sibling laptop's report too (with its reason), never its payouts or cash; the
office's `status` shows the report and the void side by side."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_month_round import Desks, desks  # noqa: F401 - the fixture
from tests.roundkit import MONTH


def test_a_siblings_report_is_voided_from_the_cli_and_the_office_sees_both(
    desks: Desks,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    d = desks
    report = d.ok("point", "report", "NCC005", "--kind", "deceased", "--reported-by", "không rõ",
                  "--date", "2026-12-01", "--data-dir", d.d2)  # fmt: skip
    paid = d.ok("point", "pay", "NCC001", "--thumbprint", "--data-dir", d.d2)
    sibling = tmp_path / "d2.pdsync"
    d.ok("point", "export", "--out", sibling, "--data-dir", d.d2)
    d.ok("point", "import-peer", sibling, "--data-dir", d.d1)
    refused = d.refused("point", "pay", "NCC005", "--data-dir", d.d1)
    assert "reported deceased" in refused and report["event_id"][:8] in refused

    assert d.cli("point", "void", report["event_id"][:8], "--reason", " ", "--data-dir", d.d1).code == 2
    voided = d.ok(
        "point", "void", report["event_id"][:8], "--reason", "ông còn sống, có mặt", "--data-dir", d.d1
    )
    assert (voided["voided"], voided["reason"]) == ("report", "ông còn sống, có mặt")
    assert "reports only" in d.refused(
        "point", "void", paid["payout_id"], "--reason", "x", "--data-dir", d.d1
    )
    assert d.ok("point", "pay", "NCC005", "--thumbprint", "--data-dir", d.d1)["amount"] == 2_794_000

    own = tmp_path / "d1.pdsync"
    d.ok("point", "export", "--out", own, "--data-dir", d.d1)
    d.ok("office", "import", sibling, own, "--data-dir", d.office)
    status = d.ok("office", "status", "--month", MONTH, "--data-dir", d.office)
    [conflict] = status["conflicts"]
    assert conflict["kind"] == "report-overridden" and conflict["beneficiary_code"] == "NCC005"
    void = next(e for e in conflict["events"] if e["kind"] == "void")
    assert void["target"] == report["event_id"] and void["reason"] == "ông còn sống, có mặt"
    text = d.cli("office", "status", "--month", MONTH, "--data-dir", d.office).out
    assert "voided the “deceased” report of An Phước – máy 2 (tại nhà)" in text
