"""A sibling laptop's reports never block a point for good: the clerk may void a sibling's report with a
reason (the office sees the report and the void side by side), and a revoked or replaced laptop's reports
stop blocking once the point loads a list that no longer names it. Real keys, real signed files."""

from __future__ import annotations

from pathlib import Path

import pytest

from payout_desk.domain.fold import ConflictKind
from payout_desk.services.common.errors import FileRefused, Refused, UsageError
from payout_desk.services.common.report_override import override_line
from payout_desk.services.office.settlement_rows import conflict_records
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.pay import PayoutRequest
from tests.paykit import signed
from tests.roundkit import MONTH, Round, passphrase

CODES = [f"NCC{i:03d}" for i in range(1, 13)]


def everyone_deceased(desk: PointDesk) -> None:
    """The attack: a laptop of the point, with its own real key, reports every person on the list dead."""
    for code in CODES:
        desk.records.report(code, "deceased", day="2026-12-01", reported_by="không rõ", staff="Lan")


def test_the_clerk_voids_a_siblings_death_report_with_a_reason_and_pays(game: Round) -> None:
    honest, attacker = game.devices
    everyone_deceased(attacker)
    peer_file = game.export(1, "attacker.pdsync")
    honest.sync.import_peer(peer_file)
    refusal = honest.pay.payable("NCC005")
    assert refusal is not None and refusal.next_step == "void-sibling" and refusal.target is not None
    assert refusal.device == "An Phước máy 2" and refusal.event_id == refusal.target.event_id
    said = refusal.next_text.en
    assert "An Phước máy 2" in said and f"#{refusal.target.seq}" in said and "Lan" in said
    assert "không rõ" in said and "void this report" in said
    assert "Hủy báo cáo này" in refusal.next_text.vi

    with pytest.raises(UsageError, match="reason"):
        honest.records.void(refusal.event_id, "   ")
    done = honest.records.void(refusal.event_id[:8], "ông còn sống, đến nhận tại điểm", staff="Hùng")
    assert done.details is not None and done.details["target_kind"] == "report"
    with pytest.raises(Refused, match="already voided"):
        honest.records.void(refusal.event_id, "again")
    assert honest.pay.payable("NCC005") is None
    paid = honest.pay.record(PayoutRequest("NCC005", thumbprint=True))
    assert paid.amount == 2_794_000
    for code in CODES:  # the other reports still stand, one by one for the clerk to judge
        if code != "NCC005":
            blocked = honest.pay.payable(code)
            assert blocked is not None and blocked.next_step == "void-sibling"
    detail = honest.roster.detail("NCC005")
    assert detail.reports == [] and detail.row.status == "paid"

    game.office.imports.files([peer_file, game.export(0, "honest.pdsync")])
    status = game.office.status.month(MONTH)
    [override] = [c for c in status.conflicts if c.kind == ConflictKind.REPORT_OVERRIDDEN]
    assert override.beneficiary_code == "NCC005" and override.resolution is None
    assert {e["kind"] for e in override.events} == {"report", "void"}
    line = override_line(override.events)
    assert line is not None
    assert (
        line.vi.startswith("Máy “An Phước máy 1”")
        and "hủy báo cáo “đã mất” của máy “An Phước máy 2”" in line.vi
    )
    assert "lý do: ông còn sống, đến nhận tại điểm" in line.vi
    assert line.vi in conflict_records(override)  # the settlement's conflict line says it too
    figures = status.points[0].figures  # the void stands: NCC005 is paid, the eleven others reported
    assert (figures.paid_count, figures.exceptions) == (1, {"deceased": 11})
    assert not [c for c in status.conflicts if c.kind == ConflictKind.PAID_DECEASED]
    decided = game.office.conflicts.resolve(
        MONTH, override.conflict_id, "đã xác minh: ông còn sống", "Trưởng bưu cục"
    )
    assert decided.resolution is not None


def test_a_sibling_laptops_payouts_and_cash_cannot_be_voided_here(game: Round) -> None:
    honest, sibling = game.devices
    paid = sibling.pay.record(signed("NCC001"))
    cash = sibling.cash.receive(1_000_000)
    honest.sync.import_peer(game.export(1))
    for event_id in (paid.event_id, cash.event_id):
        with pytest.raises(Refused, match="reports only"):
            honest.records.void(event_id, "không phải của máy này")


def test_a_siblings_void_of_a_report_is_the_same_at_the_point_and_the_office(game: Round) -> None:
    """Order does not matter: the sibling's report reaching the point after its void gives the same state."""
    first, second = game.devices
    report = second.records.report("NCC002", "deceased", day="2026-12-01", reported_by="hàng xóm")
    first.sync.import_peer(game.export(1, "second.pdsync"))
    first.records.void(report.event_id, "có mặt tại điểm")
    second.sync.import_peer(game.export(0, "first.pdsync"))
    assert second.pay.payable("NCC002") is None  # the laptop that reported sees its report voided
    assert second.lists.status().figures.conflicts == first.lists.status().figures.conflicts == 1


@pytest.mark.devices(3)
def test_a_revoked_laptops_reports_stop_blocking_once_the_new_list_is_loaded(game: Round) -> None:
    honest, other, lost = game.devices
    everyone_deceased(lost)
    lost_file = game.export(2, "lost.pdsync")
    honest.sync.import_peer(lost_file)
    assert all(honest.pay.payable(code) is not None for code in CODES)

    game.office.devices.revoke(lost.ledger.device_id())
    game.office.lists.issue(MONTH, game.lists)
    assert honest.lists.load(game.lists / "P01_2026-12.pdlist").status == "replaced"
    assert all(honest.pay.payable(code) is None for code in CODES)
    detail = honest.roster.detail("NCC004")  # still on record, said to be a retired laptop's
    assert len(detail.reports) == 1 and detail.retired == {detail.reports[0].event_id}
    honest.pay.record(signed("NCC004"))
    with pytest.raises(FileRefused, match="not enrolled"):  # and nothing more from it is taken in
        honest.sync.import_peer(lost_file)
    other.records.report(
        "NCC006", "deceased", day="2026-12-01", reported_by="con gái"
    )  # a laptop still on the list
    honest.sync.import_peer(game.export(1))
    assert honest.pay.payable("NCC006") is not None


@pytest.mark.devices(3)
def test_a_replaced_laptops_reports_stop_blocking(game: Round, tmp_path: Path) -> None:
    honest, _other, old = game.devices
    old.records.report("NCC007", "deceased", day="2026-12-01", reported_by="trưởng ấp")
    honest.sync.import_peer(game.export(2, "old.pdsync"))
    assert honest.pay.payable("NCC007") is not None
    new = PointDesk(tmp_path / "new-laptop", passphrase=passphrase)  # reinstalled: a new key, the same name
    try:
        ident = new.init_keys("point", "An Phước máy 3")
        game.office.devices.enroll("P01", ident.public_key.b64, "An Phước máy 3")
        game.office.devices.revoke(old.ledger.device_id())
        game.office.lists.issue(MONTH, game.lists)
        honest.lists.load(game.lists / "P01_2026-12.pdlist")
        assert honest.pay.payable("NCC007") is None
    finally:
        new.close()
