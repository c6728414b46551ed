"""Cash guarded at the point (issue 16, item 2): a payout larger than the cash on hand is refused, before the
pay window opens and in the payout itself, with the way forward; nothing is recorded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from payout_desk.services.common.errors import Refused
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.store.database import DB_FILE_NAME
from tests.roundkit import make_round


def _events(desk_dir: Path) -> int:
    connection = sqlite3.connect(desk_dir / DB_FILE_NAME)
    try:
        return int(connection.execute("SELECT COUNT(*) FROM events").fetchone()[0])
    finally:
        connection.close()


def test_a_payout_without_cash_is_refused_with_the_way_forward(tmp_path: Path) -> None:
    game = make_round(tmp_path, devices=1, cash=0)
    try:
        desk = game.devices[0]
        refusal = desk.pay.payable("NCC001")
        assert refusal is not None and refusal.next_step == "cash"
        assert "Ghi nhận tiền nhận từ bưu cục trước" in refusal.next_text.vi
        with pytest.raises(Refused) as refused:
            desk.pay.record(PayoutRequest("NCC001", thumbprint=True))
        assert "Ghi nhận tiền nhận từ bưu cục trước" in refused.value.text.vi
        assert "0 ₫" in refused.value.text.vi and "2.790.000 ₫" in refused.value.text.vi
        assert _events(desk.data_dir) == 0
    finally:
        game.close()


def test_the_last_note_pays_exactly_and_then_no_more(tmp_path: Path) -> None:
    game = make_round(tmp_path, devices=1, cash=0)
    try:
        desk = game.devices[0]
        desk.cash.receive(2_790_000 + 2_791_000 - 1)
        desk.pay.record(PayoutRequest("NCC001", thumbprint=True))  # 2.790.000
        assert desk.cash.on_hand() == 2_790_999
        with pytest.raises(Refused, match=r"holds only 2\.790\.999"):
            desk.pay.record(PayoutRequest("NCC002", thumbprint=True))  # 2.791.000
        desk.cash.receive(1)
        desk.pay.record(PayoutRequest("NCC002", thumbprint=True))
        assert desk.cash.on_hand() == 0
    finally:
        game.close()


def test_a_voided_receipt_gives_no_cash_and_a_voided_payout_gives_it_back(tmp_path: Path) -> None:
    game = make_round(tmp_path, devices=1, cash=0)
    try:
        desk = game.devices[0]
        wrong = desk.cash.receive(50_000_000)
        desk.records.void(wrong.event_id, "gõ nhầm số tiền")
        assert desk.pay.payable("NCC001") is not None
        desk.cash.receive(2_790_000)
        paid = desk.pay.record(PayoutRequest("NCC001", thumbprint=True))
        assert desk.pay.payable("NCC002") is not None
        desk.records.void(paid.event_id, "chi nhầm người")
        assert desk.pay.payable("NCC001") is None  # paid again from the money back in the drawer
    finally:
        game.close()


def test_cash_returned_is_no_longer_on_hand(tmp_path: Path) -> None:
    game = make_round(tmp_path, devices=1, cash=0)
    try:
        desk = game.devices[0]
        desk.cash.receive(3_000_000)
        desk.cash.give_back(1_000_000)
        with pytest.raises(Refused, match=r"holds only 2\.000\.000"):
            desk.pay.record(PayoutRequest("NCC001", thumbprint=True))
    finally:
        game.close()
