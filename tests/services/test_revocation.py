"""A lost laptop is revoked: what the office already had from it stays, anything later is refused, and
the point's next list no longer names it."""

from __future__ import annotations

import pytest

from payout_desk.services.common.errors import UsageError
from payout_desk.store.ledger import latest_list
from tests.paykit import signed
from tests.roundkit import MONTH, Round


def test_revocation_keeps_what_was_accepted_and_refuses_the_rest(game: Round) -> None:
    lost, other = game.devices
    lost.pay.record(signed("NCC001"))
    lost.pay.record(signed("NCC002"))
    accepted = game.export(0, "before.pdsync")
    assert game.office.imports.files([accepted]).files[0].status == "imported"
    lost.pay.record(signed("NCC003"))  # recorded on the laptop after its last file reached the office
    later = game.export(0, "after.pdsync")

    done = game.office.devices.revoke(lost.ledger.device_id())
    assert done.revoked_at and done.name == "An Phước máy 1"
    again = game.office.imports.files([accepted]).files[0]
    assert again.status == "nothing-new"
    refused = game.office.imports.files([later]).files[0]
    assert refused.status == "rejected"
    assert "revoked" in refused.reason and "up to #3" in refused.reason and "#4–#4" in refused.reason
    status = game.office.status.month(MONTH).points[0]
    assert status.figures.paid_count == 2  # the two payouts it made before stay

    other.pay.record(signed("NCC004"))
    assert game.office.imports.files([game.export(1)]).files[0].status == "imported"
    game.office.lists.issue(MONTH, game.lists)
    with game.office.db.reading() as session:
        row = latest_list(session, status.list_id)
        assert row is not None and row.devices and other.ledger.device_id() in row.devices
        assert lost.ledger.device_id() not in row.devices


def test_revoking_an_unknown_key_says_so(game: Round) -> None:
    with pytest.raises(UsageError, match="no enrolled device"):
        game.office.devices.revoke("0000000000000000")
