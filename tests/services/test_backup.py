"""Backups and restore: a consistent copy kept rotating, a restore of the desk's own backup only, and a
restored laptop that takes its own newest export back in so the office sees no fork."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from payout_desk.services.common import backups as backup
from payout_desk.services.common.errors import FileRefused, InvalidInput
from tests.paykit import signed
from tests.roundkit import MONTH, Round

pytestmark = pytest.mark.devices(1)


def paid_codes(desk_dir: Path) -> set[str]:
    connection = sqlite3.connect(desk_dir / "payout-desk.sqlite3")
    try:
        return {c for (c,) in connection.execute("SELECT code FROM beneficiary_states WHERE payouts > 0")}
    finally:
        connection.close()


def test_a_backup_is_a_whole_consistent_database_and_the_newest_are_kept(
    game: Round, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = game.devices[0]
    desk.pay.record(signed("NCC001"))
    info = desk.backups.now("test")
    assert info.path.parent == desk.data_dir / "backups" and info.size > 0
    copy = sqlite3.connect(info.path)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT count(*) FROM events WHERE kind = 'payout'").fetchone() == (1,)
        assert (
            copy.execute("SELECT value FROM settings WHERE key = 'backup_made_at'").fetchone()[0] == info.at
        )
    finally:
        copy.close()
    monkeypatch.setattr(backup, "KEEP", 3)
    for i in range(5):
        (desk.backups.folder() / f"payout-desk-20000101-00000{i}-000000-old.sqlite3").write_bytes(b"")
    newest = desk.backups.now("again")
    kept = sorted((p.name for p in desk.backups.folder().glob("*.sqlite3")), reverse=True)
    assert kept == [newest.path.name, info.path.name, "payout-desk-20000101-000004-000000-old.sqlite3"]


def test_closing_the_day_leaves_a_backup(game: Round) -> None:
    desk = game.devices[0]
    desk.cash.receive(10_000_000)
    closed = desk.cash.close_day()
    assert closed.backup.endswith("-day-close.sqlite3") and Path(closed.backup).exists()


def test_restore_brings_back_the_backup_and_keeps_the_replaced_database(game: Round, tmp_path: Path) -> None:
    desk = game.devices[0]
    desk.pay.record(signed("NCC001"))
    saved = desk.backups.now("before")
    desk.pay.record(signed("NCC002"))
    report = desk.backups.restore(saved.path)
    assert paid_codes(desk.data_dir) == {"NCC001"}
    assert desk.lists.status().figures.paid_count == 1  # the desk works on after the restore
    kept = sqlite3.connect(report.previous_saved_as)
    try:
        assert kept.execute("SELECT count(*) FROM events WHERE kind = 'payout'").fetchone() == (2,)
    finally:
        kept.close()
    assert report.backup_made_at == saved.at


def test_restore_refuses_another_desks_backup_or_what_is_no_backup(game: Round, tmp_path: Path) -> None:
    other = game.office.backups.now("office")
    desk = game.devices[0]
    before = desk.lists.status().figures
    with pytest.raises(InvalidInput, match="another desk"):
        desk.backups.restore(other.path)
    junk = tmp_path / "not-a-backup.sqlite3"
    junk.write_bytes(b"PK\x03\x04 this is a zip")
    with pytest.raises(InvalidInput, match="not a Payout Desk backup"):
        desk.backups.restore(junk)
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(desk.backups.now("x").path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\xff" * 4096
    damaged.write_bytes(bytes(data))
    with pytest.raises(InvalidInput):
        desk.backups.restore(damaged)
    assert desk.lists.status().figures == before


def test_a_restored_laptop_recovers_its_export_and_the_office_sees_no_fork(game: Round) -> None:
    desk = game.devices[0]
    desk.pay.record(signed("NCC001"))
    saved = desk.backups.now("morning")
    desk.pay.record(signed("NCC002"))
    exported = game.export(0, "after-backup.pdsync")
    assert game.office.imports.files([exported]).files[0].status == "imported"
    desk.backups.restore(saved.path)
    recovered = desk.sync.recover(exported)
    assert (recovered.status, recovered.new_events) == ("imported", 1)
    assert paid_codes(desk.data_dir) == {"NCC001", "NCC002"}
    desk.pay.record(signed("NCC003"))
    later = game.office.imports.files([game.export(0, "after-restore.pdsync")]).files[0]
    assert (later.status, later.new_events) == ("imported", 1)
    assert game.office.status.month(MONTH).conflicts == []


def test_a_restored_laptop_starts_a_new_chain_so_the_office_sees_no_fork(game: Round) -> None:
    desk = game.devices[0]
    desk.pay.record(signed("NCC001"))  # in the backup, never exported
    saved = desk.backups.now("morning")
    desk.pay.record(signed("NCC002"))
    game.office.imports.files([game.export(0, "first.pdsync")])  # the office has #1 and #2 of the first chain
    desk.backups.restore(saved.path)  # NCC002 is forgotten on the laptop; no export to recover from is used
    assert desk.ledger.device_id() == f"{game.devices[0].require_identity().public_key.key_id}.2"
    desk.pay.record(signed("NCC004"))
    desk.pay.record(signed("NCC002"))  # paid again: the laptop had forgotten
    report = desk.sync.export(game.root / "sync" / "after-restore.pdsync")
    assert [p.name for p in report.earlier] == ["after-restore.epoch1.pdsync"]
    outcomes = game.office.imports.files([report.path, *report.earlier]).files
    assert [(o.status, o.new_events) for o in outcomes] == [("imported", 2), ("nothing-new", 0)]
    status = game.office.status.month(MONTH)
    assert status.points[0].figures.paid_count == 3  # NCC001, NCC002 and NCC004
    assert [(c.kind, c.beneficiary_code) for c in status.conflicts] == [("double-payout", "NCC002")]
    assert desk.lists.status().figures.paid_count == 3  # the laptop's own chains together


@pytest.mark.devices(2)
def test_recover_takes_only_this_laptops_own_file(game: Round) -> None:
    game.devices[0].pay.record(signed("NCC001"))
    with pytest.raises(FileRefused, match="another device"):
        game.devices[1].sync.recover(game.export(0))
