"""The office takes in sync files: tampered, truncated, foreign, wrong-point, wrong-list, replayed and
forked files are each refused or flagged with a reason, and nothing partial is written."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest

from payout_desk.domain.ledger import GENESIS, Event, event_hash
from payout_desk.exchange import zipformat
from payout_desk.exchange.syncfile import SyncHeader, build_sync_file
from payout_desk.services.common.errors import FileRefused
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.pay import PayoutRequest
from tests.cli.test_round import db_digest
from tests.paykit import signed
from tests.roundkit import MONTH, Round, fund, passphrase, plain, png


def pay_some(desk: PointDesk, *codes: str) -> None:
    for code in codes:
        desk.pay.record(PayoutRequest(code, signature_png=png(shade=len(code))))


def only(game: Round, path: Path) -> tuple[str, str, int]:
    [outcome] = game.office.imports.files([path]).files
    return outcome.status, outcome.reason, outcome.new_events


def refused_without_change(game: Round, path: Path, reason: str) -> None:
    before = db_digest(game.office.data_dir)
    status, why, new = only(game, path)
    assert (status, new) == ("rejected", 0)
    assert reason in why, why
    assert db_digest(game.office.data_dir) == before


def test_a_good_file_then_the_same_again_then_an_older_one(game: Round) -> None:
    one = game.devices[0]
    pay_some(one, "NCC001")
    older = game.export(0, "older.pdsync")
    pay_some(one, "NCC004", "NCC005")
    newer = game.export(0, "newer.pdsync")
    assert only(game, newer) == ("imported", "", 4)  # and the cash the round gave (#1)
    before = db_digest(game.office.data_dir)
    assert only(game, newer) == ("nothing-new", "", 0)
    assert only(game, older) == ("nothing-new", "", 0)
    assert db_digest(game.office.data_dir) == before
    pay_some(one, "NCC006")
    assert only(game, game.export(0, "newest.pdsync")) == ("imported", "", 1)


def test_a_tampered_file_is_refused(game: Round) -> None:
    pay_some(game.devices[0], "NCC001")
    path = plain(game.export(0), game.devices[0].signing_key())  # the signature's own check, under the seal
    data = bytearray(path.read_bytes())
    entry = next(e for e in zipformat.read(bytes(data), max_entries=100) if e.name == "events.jsonl")
    where = bytes(data).index(entry.packed) + len(entry.packed) // 2
    data[where] ^= 0x01
    path.write_bytes(bytes(data))
    refused_without_change(game, path, "changed after signing")


def test_a_truncated_file_is_refused(game: Round) -> None:
    pay_some(game.devices[0], "NCC001")
    path = plain(game.export(0), game.devices[0].signing_key())
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    refused_without_change(game, path, "damaged or not a Payout Desk file")


def test_a_sealed_file_changed_or_cut_on_the_way_is_refused(game: Round) -> None:
    pay_some(game.devices[0], "NCC001")
    path = game.export(0)
    data = path.read_bytes()
    assert data.startswith(b"PDSEAL1") and b"NCC001" not in data  # nothing readable on the stick
    for damaged in (data[: len(data) // 2], data[:-1] + bytes([data[-1] ^ 1])):
        path.write_bytes(damaged)
        refused_without_change(game, path, "changed or damaged on the way")


def open_list(game: Round) -> Path:
    """The point's list as a laptop not named in it would have it if someone passed it on unsealed."""
    return plain(game.lists / "P01_2026-12.pdlist", game.devices[0].signing_key())


def test_a_device_not_enrolled_is_refused(game: Round, tmp_path: Path) -> None:
    with PointDesk(tmp_path / "stranger", passphrase=passphrase) as stranger:
        stranger.init_keys("point", "máy lạ")
        stranger.lists.load(open_list(game), trust_office=game.office.require_identity().fingerprint)
        fund(stranger)
        stranger.pay.record(signed("NCC001"))
        path = stranger.sync.export(tmp_path / "stranger.pdsync").path
    refused_without_change(game, path, "not enrolled")


def test_a_device_enrolled_for_another_point_is_refused(game: Round, tmp_path: Path) -> None:
    with PointDesk(tmp_path / "other", passphrase=passphrase) as other:
        ident = other.init_keys("point", "Mỹ An máy 1")
        game.office.devices.enroll("P02", ident.public_key.b64, "Mỹ An máy 1")
        other.lists.load(open_list(game), trust_office=game.office.require_identity().fingerprint)
        fund(other)
        other.pay.record(signed("NCC001"))
        path = other.sync.export(tmp_path / "other.pdsync").path
    refused_without_change(game, path, "enrolled for point P02")


def signed_history(device: PointDesk, list_id: str, path: Path) -> Path:
    """A well-formed sync file signed by `device` for the list `list_id`, with one payout."""
    key = device.signing_key()
    event = Event(
        str(uuid.uuid4()), key.public.key_id, list_id, 1, GENESIS, "payout", "Lan",
        "2026-12-01T01:00:00.000000Z", "2026-12-01T08:00:00+07:00", 1, "NCC001", 2_790_000, None,
        {"id_check": "card", "recipient": "self", "proxy": None, "signature": None, "thumbprint": False, "at_home": False},
    )  # fmt: skip
    line = event.encode()
    header = SyncHeader(list_id, 1, MONTH, "P01", "Điểm BĐVHX An Phước", "máy", "2026-12-01T01:00:00.000000Z")
    path.write_bytes(build_sync_file(header, [line], event_hash(line), {}, totals={}, key=key))
    return path


def test_a_file_for_a_list_this_office_never_issued_is_refused(game: Round, tmp_path: Path) -> None:
    path = signed_history(game.devices[0], str(uuid.uuid4()), tmp_path / "wrong-list.pdsync")
    refused_without_change(game, path, "never issued")


def test_a_file_for_another_points_list_is_refused(game: Round, tmp_path: Path) -> None:
    with game.office.db.reading() as session:
        other = game.office.status.month_lists(session, MONTH)[1]
        other_list = other.list_id
    path = signed_history(game.devices[0], other_list, tmp_path / "other-list.pdsync")
    refused_without_change(game, path, "was issued to P02")


def test_a_device_restored_from_a_backup_that_kept_working_is_flagged_as_a_fork(
    game: Round, tmp_path: Path
) -> None:
    device = game.devices[0]
    pay_some(device, "NCC001")
    backup = tmp_path / "backup"
    device.close()
    shutil.copytree(device.data_dir, backup)
    with PointDesk(device.data_dir, passphrase=passphrase) as original:
        pay_some(original, "NCC004")
        first = original.sync.export(tmp_path / "original.pdsync").path
    with PointDesk(backup, passphrase=passphrase) as restored:
        pay_some(restored, "NCC005")  # the same sequence number #3, a different payout
        second = restored.sync.export(tmp_path / "restored.pdsync").path
    assert only(game, first) == ("imported", "", 3)  # and the cash the round gave (#1)
    before = game.office.status.month(MONTH)
    status, reason, new = only(game, second)
    assert (status, new) == ("rejected", 0) and reason.startswith("fork:") and "#3" in reason
    after = game.office.status.month(MONTH)
    assert after.points[0].figures.paid_count == before.points[0].figures.paid_count == 2
    forks = [c for c in after.conflicts if c.kind == "fork"]
    assert len(forks) == 1 and forks[0].events[0]["seq"] == 3
    assert only(game, second)[0] == "rejected"  # again: still refused, flagged once
    assert len([c for c in game.office.status.month(MONTH).conflicts if c.kind == "fork"]) == 1


def test_a_peer_file_from_an_unknown_or_own_device_is_refused_at_the_point(
    game: Round, tmp_path: Path
) -> None:
    pay_some(game.devices[0], "NCC001")
    own = game.export(0)
    with pytest.raises(FileRefused, match="own sync file"):
        game.devices[0].sync.import_peer(own)
    with PointDesk(tmp_path / "stranger", passphrase=passphrase) as stranger:
        stranger.init_keys("point", "máy lạ")
        stranger.lists.load(open_list(game), trust_office=game.office.require_identity().fingerprint)
        fund(stranger)
        stranger.pay.record(signed("NCC002"))
        path = stranger.sync.export(tmp_path / "stranger.pdsync").path
    before = db_digest(game.devices[1].data_dir)
    with pytest.raises(FileRefused, match="not enrolled for this point"):
        game.devices[1].sync.import_peer(path)
    assert db_digest(game.devices[1].data_dir) == before
