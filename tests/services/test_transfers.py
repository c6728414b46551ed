"""Transfers between points (issue 15, item 6): one step signs a stop at the person's point and an addition
at the new one; the person is paid once, at the new point; a person on two lists of a month is a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

from payout_desk.domain.fold import ConflictKind
from payout_desk.services.common.errors import Refused, UsageError
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.pay import PayoutRequest
from tests.roundkit import MONTH, Round, add_clerks, fund, passphrase, person_row, write_register


def second_point(game: Round) -> PointDesk:
    """A laptop for P02 (Bưu cục Mỹ An), its list issued again to name it, and loaded."""
    desk = PointDesk(game.root / "mỹ-an", passphrase=passphrase)
    ident = desk.init_keys("point", "Mỹ An máy 1")
    game.office.devices.enroll("P02", ident.public_key.b64, "Mỹ An máy 1")
    folder = game.root / "lists-again"
    game.office.lists.issue(MONTH, folder)
    desk.lists.load(folder / "P02_2026-12.pdlist", trust_office=game.office.require_identity().fingerprint)
    add_clerks(desk)
    fund(desk)
    game.devices.append(desk)
    return desk


@pytest.mark.devices(1)
def test_a_transfer_pays_once_at_the_new_point(game: Round, tmp_path: Path) -> None:
    old, new = game.devices[0], second_point(game)
    done = game.office.transfers.transfer("NCC005", "p02", MONTH, tmp_path / "move", day="2026-12-05")
    assert (done.stop.point_code, done.add.point_code, done.name) == ("P01", "P02", "Nguyễn Văn Khánh 5")
    assert done.stop.changes[0].reason == "moved" and done.stop.changes[0].date == "2026-12-05"
    added = done.add.changes[0].beneficiary
    assert added is not None and added.total == 2_794_000
    old.lists.load(done.stop.path)
    new.lists.load(done.add.path)
    with pytest.raises(Refused):
        old.pay.record(PayoutRequest("NCC005", thumbprint=True, staff="Lan"))
    paid = new.pay.record(PayoutRequest("NCC005", thumbprint=True, staff="Lan"))
    assert paid.amount == 2_794_000
    game.office.imports.files([game.export(0, "old.pdsync"), game.export(1, "new.pdsync")])
    status = game.office.status.month(MONTH)
    assert not [c for c in status.conflicts if c.beneficiary_code == "NCC005"]
    person = game.office.people.person("NCC005")
    assert sorted((m.point_code, m.outcome.value) for m in person.months) == [
        ("P01", "stopped"),
        ("P02", "paid"),
    ]
    assert person.paid == 2_794_000


@pytest.mark.devices(1)
def test_a_transfer_refuses_bad_input_and_changes_nothing(game: Round, tmp_path: Path) -> None:
    out = tmp_path / "move"
    with pytest.raises(Refused, match="NCC777"):
        game.office.transfers.transfer("NCC777", "P02", MONTH, out)
    with pytest.raises(UsageError):
        game.office.transfers.transfer("NCC005", "P09", MONTH, out)
    with pytest.raises(Refused):
        game.office.transfers.transfer("NCC005", "P01", MONTH, out)
    with pytest.raises(Refused, match="2027-02"):
        game.office.transfers.transfer("NCC005", "P02", "2027-02", out)
    with pytest.raises(UsageError):
        game.office.transfers.transfer("NCC005", "P02", MONTH, out, day="5/12")
    assert not out.exists()
    game.office.amendments.amend(MONTH, "P01", out, stop="NCC006", reason="deceased", day="2026-12-01")
    with pytest.raises(Refused, match="NCC006"):
        game.office.transfers.transfer("NCC006", "P02", MONTH, out)
    game.office.transfers.transfer("NCC005", "P02", MONTH, out)
    with pytest.raises(Refused):  # moved already: stopped at P01
        game.office.transfers.transfer("NCC005", "P02", MONTH, out)
    back = game.office.transfers.transfer("NCC005", "P01", MONTH, out)  # and back again
    assert (back.stop.point_code, back.add.point_code) == ("P02", "P01")


@pytest.mark.devices(1)
def test_a_person_on_two_lists_of_a_month_is_a_conflict(game: Round, tmp_path: Path) -> None:
    twice = write_register(tmp_path / "add.csv", [person_row(5, point="Bưu cục Mỹ An", amount=2_794_000)])
    game.office.amendments.amend(MONTH, "P02", tmp_path / "amend", add_file=twice)
    found = [c for c in game.office.status.month(MONTH).conflicts if c.kind == ConflictKind.ON_TWO_LISTS]
    assert sorted((c.point_code, c.beneficiary_code) for c in found) == [("P01", "NCC005"), ("P02", "NCC005")]
    assert [p["point_code"] for p in found[0].events] == ["P01", "P02"] or [
        p["point_code"] for p in found[0].events
    ] == ["P02", "P01"]
    assert found[0].beneficiary_name == "Nguyễn Văn Khánh 5"
    game.office.conflicts.resolve(MONTH, found[0].conflict_id, "chuyển điểm", "Kế toán")
    game.office.amendments.amend(
        MONTH, "P01", tmp_path / "amend", stop="NCC005", reason="moved", day="2026-12-02"
    )
    assert not [c for c in game.office.status.month(MONTH).conflicts if c.kind == ConflictKind.ON_TWO_LISTS]
