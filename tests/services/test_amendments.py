"""Amendments (báo giảm / báo tăng) and device enrolment after the lists went out."""

from __future__ import annotations

from pathlib import Path

import pytest

from payout_desk.services.common.errors import DeskError, FileRefused, InvalidInput, Refused, UsageError
from payout_desk.services.point.desk import PointDesk
from tests.paykit import signed
from tests.roundkit import MONTH, Round, passphrase, person_row, write_register


def test_an_addition_reaches_the_point_and_can_be_paid(game: Round, tmp_path: Path) -> None:
    added = write_register(tmp_path / "bao-tang.csv", [person_row(50, amount=3_000_000)])
    report = game.office.amendments.amend(MONTH, "P01", tmp_path / "amend", add_file=added)
    assert [(c.kind, c.code) for c in report.changes] == [("add", "NCC050")]
    device = game.devices[0]
    loaded = device.lists.load(report.path)
    assert (loaded.kind, loaded.status, loaded.beneficiaries, loaded.cash_total) == (
        "amendment",
        "loaded",
        1,
        3_000_000,
    )
    assert device.lists.load(report.path).status == "already-loaded"
    assert device.pay.record(signed("NCC050")).amount == 3_000_000
    status = device.lists.status()
    assert (status.beneficiaries, status.paid_count) == (13, 1)
    with pytest.raises(Refused, match="already on the list"):
        game.office.amendments.amend(MONTH, "P01", tmp_path / "amend", add_file=added)


def test_an_addition_for_another_point_or_with_errors_changes_nothing(game: Round, tmp_path: Path) -> None:
    other = write_register(tmp_path / "other.csv", [person_row(51, point="Bưu cục Mỹ An")])
    with pytest.raises(InvalidInput, match="not P01"):
        game.office.amendments.amend(MONTH, "P01", tmp_path / "amend", add_file=other)
    broken = write_register(tmp_path / "broken.csv", [person_row(52).replace("2789000,,2789000", "abc,,abc")])
    with pytest.raises(InvalidInput, match="nothing was added"):
        game.office.amendments.amend(MONTH, "P01", tmp_path / "amend", add_file=broken)
    assert not (tmp_path / "amend").exists()


def test_stop_arguments_are_checked(game: Round, tmp_path: Path) -> None:
    out = tmp_path / "amend"
    with pytest.raises(UsageError, match="reason for a stop"):
        game.office.amendments.amend(MONTH, "P01", out, stop="NCC001", reason="bored", day="2026-12-01")
    with pytest.raises(UsageError, match="the date it takes effect"):
        game.office.amendments.amend(MONTH, "P01", out, stop="NCC001", reason="moved")
    with pytest.raises(Refused, match="not on the list"):
        game.office.amendments.amend(MONTH, "P01", out, stop="NCC099", reason="moved", day="2026-12-01")
    with pytest.raises(UsageError, match="no payout point"):
        game.office.amendments.amend(MONTH, "P09", out, stop="NCC001", reason="moved", day="2026-12-01")
    with pytest.raises(DeskError, match="no list issued"):
        game.office.amendments.amend("2027-01", "P01", out, stop="NCC001", reason="moved", day="2027-01-01")
    game.office.amendments.amend(MONTH, "P01", out, stop="NCC001", reason="moved", day="2026-12-01")
    with pytest.raises(Refused, match="already stopped"):
        game.office.amendments.amend(MONTH, "P01", out, stop="NCC001", reason="moved", day="2026-12-01")


def test_amendment_files_are_cumulative_and_an_older_one_adds_nothing(game: Round, tmp_path: Path) -> None:
    out = tmp_path / "amend"
    first = game.office.amendments.amend(
        MONTH, "P01", out, stop="NCC001", reason="deceased", day="2026-11-28"
    ).path
    second = game.office.amendments.amend(
        MONTH, "P01", out, stop="NCC002", reason="moved", day="2026-12-01"
    ).path
    device = game.devices[0]
    assert [c["code"] for c in device.lists.load(second).changes] == ["NCC001", "NCC002"]
    assert device.lists.load(first).status == "already-loaded"
    assert device.lists.status().figures.stopped_count == 2


def test_an_amendment_from_another_office_or_before_the_list_is_refused(game: Round, tmp_path: Path) -> None:
    with PointDesk(tmp_path / "fresh", passphrase=passphrase) as fresh:
        ident = fresh.init_keys("point", "máy mới")
        stranger_path = game.office.amendments.amend(
            MONTH, "P01", tmp_path / "amend", stop="NCC001", reason="moved", day="2026-12-01"
        ).path
        with pytest.raises(FileRefused, match="sealed for other desks"):  # not one of the point's laptops
            fresh.lists.load(stranger_path)
        game.office.devices.enroll("P01", ident.public_key.b64, "máy mới")
        game.office.lists.issue(MONTH, game.lists)  # the list now names it: amendments are sealed to it too
        path = game.office.amendments.amend(
            MONTH, "P01", tmp_path / "amend", stop="NCC002", reason="moved", day="2026-12-01"
        ).path
        with pytest.raises(FileRefused, match="load the list first"):
            fresh.lists.load(path)


def test_a_device_enrolled_later_gets_a_new_revision_and_payouts_survive(game: Round, tmp_path: Path) -> None:
    device = game.devices[0]
    paid = device.pay.record(signed("NCC001"))
    with PointDesk(tmp_path / "third", passphrase=passphrase) as third:
        ident = third.init_keys("point", "An Phước máy 3")
        game.office.devices.enroll("P01", ident.public_key.b64, "An Phước máy 3")
    issued = {f.point_code: f for f in game.office.lists.issue(MONTH, game.lists)}
    assert (issued["P01"].revision, issued["P01"].new_revision) == (2, True)
    assert (issued["P02"].revision, issued["P02"].new_revision) == (1, False)
    report = device.lists.load(game.lists / "P01_2026-12.pdlist")
    assert (report.status, report.revision) == ("replaced", 2)
    status = device.lists.status()
    assert (status.revision, status.paid_count) == (2, 1)
    with pytest.raises(Refused, match=paid.event_id[:8]):
        device.pay.record(signed("NCC001"))
    # a payout made against revision 1 with the same amount is no conflict at the office
    game.office.imports.files([game.export(0)])
    assert game.office.status.month(MONTH).conflicts == []
