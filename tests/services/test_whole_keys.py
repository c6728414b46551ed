"""Trust checks compare whole public keys: a 64-bit key id only finds the stored key. Each test stores a
key under the id of the key that signs (what a second key with a colliding id would look like) and checks
the signed file is refused and nothing is kept."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from payout_desk.services.common.errors import FileRefused, Refused
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.trust.keys import SigningKey
from tests.hardening.test_signed_matrix import db_rows
from tests.roundkit import Round


def _other_key() -> str:
    return SigningKey.generate().public.b64


def test_the_office_refuses_a_device_whose_key_only_shares_the_id(game: Round) -> None:
    game.devices[0].pay.record(PayoutRequest("NCC001", thumbprint=True, staff="Lan"))
    path = game.export(0)
    device_key = game.devices[0].require_identity().public_key
    with game.office.db.transaction() as session:
        session.execute(
            text("UPDATE devices SET public_key = :k WHERE key_id = :i"),
            {"k": _other_key(), "i": device_key.key_id},
        )
    before = db_rows(game.office.data_dir)
    outcome = game.office.imports.sync_files([path])[0]
    assert outcome.status == "rejected"
    assert f"same key id {device_key.key_id} as a known key but another key" in outcome.reason
    assert db_rows(game.office.data_dir) == before


def test_a_point_refuses_an_office_key_that_only_shares_the_id(game: Round) -> None:
    desk = game.devices[0]
    with desk.db.transaction() as session:
        session.execute(
            text("UPDATE trusted_keys SET public_key = :k WHERE role = 'office'"), {"k": _other_key()}
        )
    before = db_rows(desk.data_dir)
    with pytest.raises(FileRefused, match="not by the office key this device trusts"):
        desk.lists.load(game.lists / "P01_2026-12.pdlist")
    assert db_rows(desk.data_dir) == before


def test_a_sibling_refuses_a_peer_whose_key_only_shares_the_id(game: Round) -> None:
    game.devices[0].pay.record(PayoutRequest("NCC001", thumbprint=True, staff="Lan"))
    path = game.export(0)
    sibling = game.devices[1]
    with sibling.db.transaction() as session:
        for row_id, devices in session.execute(text("SELECT id, devices FROM payout_lists")).all():
            listed = json.loads(devices)
            for entry in listed:
                if entry["key_id"] == game.devices[0].require_identity().public_key.key_id:
                    entry["public_key"] = _other_key()
            session.execute(
                text("UPDATE payout_lists SET devices = :d WHERE id = :i"),
                {"d": json.dumps(listed), "i": row_id},
            )
    before = db_rows(sibling.data_dir)
    with pytest.raises(FileRefused, match="not enrolled for this point"):
        sibling.sync.import_peer(path)
    assert db_rows(sibling.data_dir) == before


def test_enrolling_a_second_key_under_a_known_id_is_refused(game: Round) -> None:
    newcomer = SigningKey.generate().public
    with game.office.db.transaction() as session:  # a device already holds the newcomer's id
        session.execute(
            text("UPDATE devices SET key_id = :i WHERE key_id = :old"),
            {"i": newcomer.key_id, "old": game.devices[1].require_identity().public_key.key_id},
        )
    with pytest.raises(Refused, match="same key id"):
        game.office.devices.enroll("P01", newcomer.b64, "Máy lạ")
