"""The list files the office issues hold exactly the register's people, in canonical JSON: the fast writers
(orjson, lists cut from the register in bulk) give the bytes the reference encoder gives."""

from __future__ import annotations

import json
from pathlib import Path

from payout_desk.exchange.container import open_signed
from payout_desk.exchange.jsonio import canonical_json
from payout_desk.exchange.listfile import LIST_MEMBER, beneficiary_to_json, parse_list_file
from payout_desk.exchange.register import read_register
from payout_desk.services.common.desk import Desk
from payout_desk.services.office.desk import OfficeDesk
from tests.conftest import SAMPLE_REGISTER
from tests.roundkit import MONTH, passphrase


def test_issued_lists_are_the_registers_people_in_canonical_json(tmp_path: Path) -> None:
    with Desk(tmp_path / "office", passphrase=passphrase) as desk:
        desk.init_keys("office", "Bưu điện huyện Mang Thít")
    with OfficeDesk(tmp_path / "office", passphrase=passphrase) as office:
        assert office.registers.import_file(SAMPLE_REGISTER, MONTH, skip_invalid=True).committed
        issued = office.lists.issue(MONTH, tmp_path / "lists")
        again = office.lists.issue(MONTH, tmp_path / "again")
    by_point: dict[str, list[dict[str, object]]] = {}
    for entry in read_register(SAMPLE_REGISTER).entries:
        if entry.cash:
            by_point.setdefault(entry.point_name, []).append(beneficiary_to_json(entry.person))
    assert issued and len(issued) == len(by_point)
    for item, same in zip(issued, again, strict=True):
        data = item.path.read_bytes()
        assert same.path.read_bytes() == data  # an unchanged list is issued as the same bytes
        signed = open_signed(data)
        body = signed.members[LIST_MEMBER]
        assert body == canonical_json(json.loads(body))
        assert json.loads(body)["beneficiaries"] == by_point[item.point_name]
        assert len(parse_list_file(signed).beneficiaries) == item.beneficiaries
