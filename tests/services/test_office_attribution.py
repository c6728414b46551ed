"""Every office action attributed (issue 16 item 5): each step the office's services carry out — what the
window and the CLI both call — is written into the office actions once it has succeeded, with the signed-in
clerk's name; a refused step writes nothing; an approval writes its own action, not the step again; an office
without clerks writes nothing at all."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from payout_desk.services.common.errors import DeskError
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.store.office_roles import action_hash, all_actions
from tests.roundkit import MONTH, Round
from tests.services.test_office_roles import PIN, staff_office


def actions(office: OfficeDesk) -> list[tuple[str, str, str | None, dict[str, object]]]:
    with office.db.reading() as session:
        rows = all_actions(session)
        assert all(action_hash(a) == a.hash for a in rows)
        assert all(b.prev_hash == a.hash for a, b in pairwise(rows))
        return [(a.clerk, a.action, a.month, json.loads(a.detail)) for a in rows]


def the_month_worked(game: Round, out: Path) -> None:
    """A month's office work that signs nothing: sync in, cash, papers, settings, the device book."""
    office = game.office
    game.devices[0].pay.record(PayoutRequest("NCC001", thumbprint=True))
    office.imports.files([game.export(0)])
    made = office.cash.issue("P01", 2_000_000, MONTH)
    office.cash.void(made.id, "ghi nhầm")
    office.papers.signature_sheet(MONTH, out / "ky-nhan.pdf", "P01")
    office.papers.posting_list(MONTH, out / "niem-yet.pdf")
    office.papers.settlement_report(MONTH, out / "tqt.pdf")
    office.papers.settlement(MONTH, out / "tqt.xlsx")
    office.report_back.workbook(MONTH, out / "bao-cao.xlsx")
    office.report_back.pdf(MONTH, out / "bao-cao.pdf")
    office.month_settings.save(flag=2)
    office.unclaimed.set_thresholds(3, 6)
    office.closing.set_mode("list")
    office.set_language("vi")
    device = game.devices[1].require_identity()
    office.devices.enroll("P01", device.public_key.b64, "An Phước máy 2")
    office.devices.revoke(device.public_key.key_id)


def test_each_step_is_written_once_with_the_clerk_signed_in(game: Round, tmp_path: Path) -> None:
    office = game.office
    staff_office(office)
    before = len(actions(office))
    office.clerks.sign_in("Tú", PIN)
    the_month_worked(game, tmp_path)
    with pytest.raises(DeskError):  # refused: nothing written
        office.cash.issue("P99", 1_000, MONTH)
    item = office.approvals.prepare_amend(MONTH, "P01", stop="NCC004", reason="moved", day="2026-12-03")
    office.clerks.sign_in("Bảo", PIN)
    office.approvals.approve(item.id, tmp_path / "amend")
    office.closing.close(MONTH)
    done = actions(office)[before:]
    assert [(clerk, action) for clerk, action, _m, _d in done] == [
        ("Tú", "import-sync"),
        ("Tú", "cash-issue"),
        ("Tú", "cash-void"),
        ("Tú", "print-signature-sheet"),
        ("Tú", "print-posting-list"),
        ("Tú", "print-settlement"),
        ("Tú", "export-settlement"),
        ("Tú", "export-report-back"),
        ("Tú", "print-report-back"),
        ("Tú", "month-settings"),
        ("Tú", "unclaimed-settings"),
        ("Tú", "arrears-mode"),
        ("Tú", "set-language"),
        ("Tú", "enroll-device"),
        ("Tú", "revoke-device"),
        ("Tú", "amend.prepared"),
        ("Bảo", "amend.approved"),  # the amendment it signed is not written again as "amend"
        ("Bảo", "close-month"),
    ]
    month_of = {action: month for _c, action, month, _d in done}
    assert {month_of[a] for a in ("import-sync", "cash-issue", "print-signature-sheet", "close-month")} == {
        MONTH
    }
    assert month_of["enroll-device"] is None and month_of["month-settings"] is None
    said = {action: detail for _c, action, _m, detail in done}
    assert said["import-sync"]["status"] == "imported" and said["import-sync"]["point"] == "P01"
    assert said["cash-issue"]["amount"] == 2_000_000 and said["cash-issue"]["by"] == "Tú"
    assert said["cash-void"]["reason"] == "ghi nhầm"
    assert (
        said["print-signature-sheet"]["point"] == "P01"
        and said["print-signature-sheet"]["file"] == "ky-nhan.pdf"
    )
    assert said["amend.prepared"]["stop"] == "NCC004" and said["amend.approved"]["files"]


def test_an_office_without_clerks_writes_nothing(game: Round, tmp_path: Path) -> None:
    office = game.office
    the_month_worked(game, tmp_path)
    office.amendments.amend(MONTH, "P01", tmp_path / "amend", stop="NCC004", reason="moved", day="2026-12-03")
    office.closing.close(MONTH)
    assert actions(office) == []
