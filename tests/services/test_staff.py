"""Several clerks per laptop: the first adds themself, later ones are added by a clerk already there (name
and PIN checked); names are unique without accents or case; every step names a known clerk."""

from __future__ import annotations

import pytest

from payout_desk.services.common.errors import Refused, UsageError
from payout_desk.services.point.pay import PayoutRequest
from tests.roundkit import CLERK_PIN, Round

pytestmark = pytest.mark.devices(1)


@pytest.mark.clerks()
def test_only_a_signed_in_clerk_adds_another(game: Round) -> None:
    desk = game.devices[0]
    assert desk.staff.names() == []
    assert desk.staff.add("  Nguyễn   Thị Lan ", "2468") == "Nguyễn Thị Lan"
    with pytest.raises(UsageError) as needed:
        desk.staff.add("Trần Văn Hùng", "1357")
    assert "Nguyễn Thị Lan" in needed.value.vi and "mã PIN của người thêm" in needed.value.vi
    with pytest.raises(Refused) as wrong:
        desk.staff.add("Trần Văn Hùng", "1357", by="Nguyễn Thị Lan", by_pin="1111")
    assert "không đúng" in wrong.value.vi
    with pytest.raises(Refused):
        desk.staff.add("Trần Văn Hùng", "1357", by="Người Lạ", by_pin="2468")
    assert desk.staff.names() == ["Nguyễn Thị Lan"]
    assert desk.staff.add("Trần Văn Hùng", "1357", by="nguyen thi lan", by_pin="2468") == "Trần Văn Hùng"
    with pytest.raises(Refused) as twice:
        desk.staff.add("TRAN VAN HUNG", "9999", by="Trần Văn Hùng", by_pin="1357")
    assert "Trần Văn Hùng" in twice.value.vi
    assert desk.staff.names() == ["Nguyễn Thị Lan", "Trần Văn Hùng"]
    assert desk.staff.check_pin("tran van hung", "1357") and not desk.staff.check_pin("Trần Văn Hùng", "2468")


def test_a_step_names_a_known_clerk_as_recorded(game: Round) -> None:
    desk = game.devices[0]
    done = desk.pay.record(PayoutRequest("NCC001", staff="lan", thumbprint=True))
    assert done.staff == "Lan"
    with pytest.raises(UsageError) as unknown:
        desk.cash.receive(1_000_000, staff="Bình")
    assert "Bình" in unknown.value.vi and "Hùng, Lan" in unknown.value.vi
    assert "Hùng, Lan" in unknown.value.en
    assert desk.cash.receive(1_000_000).staff == desk.require_identity().name  # no clerk named: the laptop
    assert desk.staff.check_pin("Hùng", CLERK_PIN)


@pytest.mark.clerks()
def test_a_laptop_without_clerks_says_how_to_add_one(game: Round) -> None:
    with pytest.raises(UsageError) as none:
        game.devices[0].pay.record(PayoutRequest("NCC001", staff="Lan", thumbprint=True))
    assert "point staff add" in none.value.en and "chưa có nhân viên" in none.value.vi
