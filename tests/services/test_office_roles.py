"""Office clerks and roles (issue 16 item 5): sign-in, maker–checker, the record of office actions."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from payout_desk.exchange.audit_files import csv_bytes
from payout_desk.services.common.desk import no_passphrase
from payout_desk.services.common.errors import DeskError, Refused, UsageError
from payout_desk.services.common.outcomes import ImportStatus
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.store.database import DB_FILE_NAME, sqlite_url
from payout_desk.store.office_roles import action_hash, all_actions, pending
from tests.roundkit import MONTH, Round, png

PIN = "1357"


def staff_office(office: OfficeDesk) -> None:
    """An approver (the key holder, Mai), a clerk (Tú) and a second approver (Bảo)."""
    office.clerks.add("Mai", PIN, "approver")
    office.clerks.add("Tú", PIN, "clerk", by="Mai", by_pin=PIN)
    office.clerks.add("Bảo", PIN, "approver", by="Mai", by_pin=PIN)
    office.clerks.current = None


def test_an_office_without_clerks_works_as_before(game: Round, tmp_path: Path) -> None:
    assert not game.office.clerks.enforced()
    report = game.office.amendments.amend(
        MONTH, "P01", tmp_path / "a", stop="NCC004", reason="moved", day="2026-12-03"
    )
    assert report.path.exists()


def test_the_first_clerk_is_an_approver_and_later_ones_are_added_by_one(game: Round) -> None:
    office = game.office
    with pytest.raises(UsageError):
        office.clerks.add("Tú", PIN, "clerk")
    staff_office(office)
    assert [(c.name, c.role) for c in office.clerks.all()] == [
        ("Bảo", "approver"),
        ("Mai", "approver"),
        ("Tú", "clerk"),
    ]
    with pytest.raises(UsageError):
        office.clerks.add("Hà", PIN, "clerk")  # nobody adding
    with pytest.raises(Refused):
        office.clerks.add("Hà", PIN, "clerk", by="Tú", by_pin=PIN)  # a clerk does not add clerks
    assert len(office.clerks.all()) == 3


def test_maker_checker_an_amendment(game: Round, tmp_path: Path) -> None:
    office = game.office
    staff_office(office)
    out = tmp_path / "amend"
    office.clerks.sign_in("Tú", PIN)
    with pytest.raises(Refused):  # signing directly is refused once there are clerks
        office.amendments.amend(MONTH, "P01", out, stop="NCC004", reason="moved", day="2026-12-03")
    item = office.approvals.prepare_amend(MONTH, "P01", stop="NCC004", reason="moved", day="2026-12-03")
    assert item.state == "pending" and item.prepared_by == "Tú"
    with pytest.raises(Refused):  # a clerk does not approve
        office.approvals.approve(item.id, out)
    office.clerks.sign_in("Bảo", PIN)
    bao_item = office.approvals.prepare_release("NCC001", MONTH, "x") if False else None
    assert bao_item is None
    done = office.approvals.approve(item.id, out)
    assert done.state == "approved" and done.decided_by == "Bảo"
    assert [Path(f).exists() for f in done.files] == [True]
    with pytest.raises(Refused):  # decided once
        office.approvals.approve(item.id, out)
    with office.db.reading() as session:
        actions = all_actions(session)
        assert [(a.clerk, a.action) for a in actions][-2:] == [
            ("Tú", "amend.prepared"),
            ("Bảo", "amend.approved"),
        ]
        assert all(action_hash(a) == a.hash for a in actions)
        assert all(b.prev_hash == a.hash for a, b in pairwise(actions))


def test_approving_what_one_prepared_is_refused_and_changes_nothing(game: Round, tmp_path: Path) -> None:
    office = game.office
    staff_office(office)
    office.clerks.sign_in("Mai", PIN)
    item = office.approvals.prepare_issue(MONTH)
    with office.db.reading() as session:
        before = len(all_actions(session))
    with pytest.raises(Refused) as refused:
        office.approvals.approve(item.id, tmp_path / "lists-again")
    assert "prepared item" in refused.value.text.en
    assert not (tmp_path / "lists-again").exists()
    with office.db.reading() as session:
        assert [row.state for row in pending(session)] == ["pending"]
        assert len(all_actions(session)) == before
    office.clerks.sign_in("Bảo", PIN)
    rejected = office.approvals.reject(item.id, "chưa đối chiếu")
    assert rejected.state == "rejected" and rejected.reason == "chưa đối chiếu"
    assert office.approvals.items() == []


def keyless_desk(game: Round, tmp_path: Path) -> OfficeDesk:
    """A second clerk's desk on the office's database: its own data folder, no key file, no passphrase."""
    return OfficeDesk(
        tmp_path / "clerk-desk",
        database_url=sqlite_url(game.office.data_dir / DB_FILE_NAME),
        passphrase=no_passphrase,
    )


def test_a_keyless_clerk_imports_sync_files_sealed_to_the_opening_key(game: Round, tmp_path: Path) -> None:
    office = game.office
    staff_office(office)
    office.clerks.sign_in("Tú", PIN)
    item = office.approvals.prepare_issue(MONTH)
    office.clerks.sign_in("Mai", PIN)
    issued = office.approvals.approve(item.id, tmp_path / "lists-2")
    assert issued.files  # revision 2 of every list: the same people, the opening key on board
    for device in game.devices:
        assert device.lists.load(tmp_path / "lists-2" / "P01_2026-12.pdlist").revision == 2
    game.devices[0].pay.record(PayoutRequest("NCC001", signature_png=png()))
    sync = game.export(0)
    with keyless_desk(game, tmp_path) as desk:
        with pytest.raises(DeskError):  # the signing key cannot be unlocked here
            desk.signing_key()
        desk.clerks.sign_in("Tú", PIN)
        outcome = desk.imports.files([sync]).files[0]
        assert outcome.status == ImportStatus.IMPORTED, outcome.reason
        assert desk.status.month(MONTH).points[0].figures.payouts == 1
        assert desk.papers.signature_sheet(MONTH, tmp_path / "ky-nhan.pdf").path.exists()


def test_a_sync_file_without_the_opening_key_still_needs_the_key_holder(game: Round, tmp_path: Path) -> None:
    game.office.clerks.add(
        "Mai", PIN, "approver"
    )  # the opening key exists, but the laptop's list predates it
    game.devices[0].pay.record(PayoutRequest("NCC001", signature_png=png()))
    sync = game.export(0)
    with keyless_desk(game, tmp_path) as desk:
        outcome = desk.imports.files([sync]).files[0]
        assert outcome.status == ImportStatus.REJECTED and "unlock" in outcome.reason
    assert game.office.imports.files([sync]).files[0].status == ImportStatus.IMPORTED


def test_the_audit_export_finds_an_edited_office_action(game: Round, tmp_path: Path) -> None:
    office = game.office
    staff_office(office)
    office.clerks.sign_in("Tú", PIN)
    office.approvals.prepare_amend(MONTH, "P01", stop="NCC004", reason="=HYPERLINK(1)", day="2026-12-03")
    clean = office.audit_export.export(MONTH, tmp_path / "clean")
    assert clean.actions_ok and clean.verify_ok and clean.items == 1
    assert csv_bytes(("clerk", "amount"), [("=cmd|' /C calc'!A0", 5)]).decode("utf-8-sig").splitlines()[
        1
    ] == ("'=cmd|' /C calc'!A0,5")  # a cell never read as a formula, a number stays a number
    with office.db.transaction() as session:
        row = all_actions(session)[1]
        row.clerk = "Bảo"  # someone rewrites who did it
    edited = office.audit_export.export(MONTH, tmp_path / "edited")
    assert not edited.actions_ok
    assert "False" in (tmp_path / "edited" / "office_actions.csv").read_text(encoding="utf-8-sig")


def test_bad_input_to_the_approvals_changes_nothing(game: Round, tmp_path: Path) -> None:
    office = game.office
    staff_office(office)
    office.clerks.sign_in("Tú", PIN)
    with pytest.raises(UsageError):
        office.approvals.prepare_issue("2027-05")  # no register for that month
    with pytest.raises(DeskError):
        office.approvals.prepare_amend(MONTH, "P77", stop="NCC004", reason="moved", day="2026-12-03")
    with pytest.raises(Refused):
        office.approvals.prepare_release("NCC001", MONTH, "về lại")  # nobody held
    office.clerks.sign_in("Bảo", PIN)
    with pytest.raises(UsageError):
        office.approvals.approve(99, tmp_path)
    assert office.approvals.items(every=True) == []


def test_a_transfer_is_prepared_then_signed_by_an_approver(game: Round, tmp_path: Path) -> None:
    office = game.office
    staff_office(office)
    office.clerks.sign_in("Tú", PIN)
    with pytest.raises(Refused):
        office.transfers.transfer("NCC004", "P02", MONTH, tmp_path / "moves", day="2026-12-05")
    item = office.approvals.prepare_transfer("NCC004", "P02", MONTH, day="2026-12-05")
    office.clerks.sign_in("Bảo", PIN)
    done = office.approvals.approve(item.id, tmp_path / "moves")
    assert len(done.files) == 2 and all(Path(f).exists() for f in done.files)
