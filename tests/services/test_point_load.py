"""PointDesk.load: any damaged list is refused and the database is left exactly as it was."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from payout_desk.exchange.listfile import build_list_file
from payout_desk.services.common.errors import FileRefused
from payout_desk.services.point.desk import PointDesk
from payout_desk.trust.keys import SigningKey
from tests.cli.test_round import db_digest
from tests.exchange.test_listfile import DOC, beneficiary, doc

OFFICE_KEY = SigningKey.generate()
GOOD = build_list_file(DOC, OFFICE_KEY)


@pytest.fixture(scope="module")
def point_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("point")
    with PointDesk(data_dir, passphrase=lambda _new: "a good passphrase") as desk:
        desk.init_keys("point", "Máy 1")
        list_file = data_dir / "good.pdlist"
        list_file.write_bytes(GOOD)
        assert desk.lists.load(list_file, trust_office=OFFICE_KEY.public.fingerprint).status == "loaded"
    return data_dir


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    position=st.integers(min_value=0, max_value=len(GOOD) - 1), mask=st.integers(min_value=1, max_value=255)
)
def test_a_list_with_any_byte_changed_is_refused_and_nothing_changes(
    point_dir: Path, tmp_path: Path, position: int, mask: int
) -> None:
    damaged = bytearray(GOOD)
    damaged[position] ^= mask
    target = tmp_path / "damaged.pdlist"
    target.write_bytes(bytes(damaged))
    before = db_digest(point_dir)
    with PointDesk(point_dir) as desk, pytest.raises(FileRefused):
        desk.lists.load(target)
    assert db_digest(point_dir) == before


def test_a_new_revision_signed_by_the_office_replaces_entitlements(point_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "rev2.pdlist"
    target.write_bytes(
        build_list_file(replace(doc(beneficiary("NCC001", (3_000_000,))), revision=2), OFFICE_KEY)
    )
    with PointDesk(point_dir) as desk:
        assert desk.lists.load(target).status == "replaced"
        status = desk.lists.status()
    assert (status.revision, status.beneficiaries, status.cash_total) == (2, 1, 3_000_000)
