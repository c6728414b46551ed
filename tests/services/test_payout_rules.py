"""The rule every payout obeys (domain/payout_rules.py), whoever records it: a signature or a thumbprint;
a proxy's name, CCCD/CMND and authorisation's number; the list's proxy with their ID card checked. Each
refusal names what is missing and records nothing; what is recorded travels in the sync file and shows on
the office's settlement."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from payout_desk.domain.clock import utc_now
from payout_desk.domain.door import event_problem
from payout_desk.domain.ledger import Kind, new_event
from payout_desk.domain.payout_rules import Missing, is_id_number, payout_missing
from payout_desk.exchange.syncfile import read_sync_file
from payout_desk.services.common.report_data import sheet_rows
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.pay import PayoutRequest, Proxy
from payout_desk.services.point.payout_rule import PayoutIncomplete
from tests.hardening.test_signed_matrix import db_rows
from tests.paykit import blank_png, by_proxy, signature, signed, standing
from tests.roundkit import MONTH, Round, plain

KEY_ID = "0123456789abcdef"
SIGNED = {"id_check": "card", "recipient": "self", "proxy": None, "signature": "a" * 64, "thumbprint": False}


def proxy_payout(**proxy: Any) -> dict[str, Any]:
    base = {"name": "Lê Thị Hồng", "id_number": "086190000002", "relation": "vợ", "authorisation": "UQ 1"}
    return {**SIGNED, "recipient": "proxy", "proxy": {**base, **proxy}}


@pytest.mark.parametrize(
    ("data", "missing"),
    [
        (SIGNED, ()),
        ({**SIGNED, "signature": None, "thumbprint": True}, ()),
        ({**SIGNED, "signature": None}, (Missing.ACKNOWLEDGEMENT,)),
        ({**SIGNED, "signature": None, "thumbprint": "yes"}, (Missing.ACKNOWLEDGEMENT,)),
        (proxy_payout(), ()),
        (proxy_payout(id_number="123456789"), ()),  # a CMND
        (proxy_payout(name=" "), (Missing.PROXY_NAME,)),
        (proxy_payout(id_number=""), (Missing.PROXY_ID,)),
        (proxy_payout(id_number="12345"), (Missing.PROXY_ID_SHAPE,)),
        (proxy_payout(id_number="999190000002"), (Missing.PROXY_ID_SHAPE,)),  # no such province
        (proxy_payout(authorisation=""), (Missing.AUTHORISATION,)),
        (proxy_payout(authorisation="", standing=True), (Missing.ID_CHECKED,)),
        (proxy_payout(authorisation="", standing=True, id_checked=True), ()),
        ({**proxy_payout(id_number="", authorisation=""), "signature": None},
         (Missing.PROXY_ID, Missing.AUTHORISATION, Missing.ACKNOWLEDGEMENT)),
        ({**SIGNED, "recipient": "proxy"}, (Missing.PROXY_NAME,)),
    ],
)  # fmt: skip
def test_the_rule_names_everything_a_payout_lacks(data: dict[str, Any], missing: tuple[Missing, ...]) -> None:
    assert payout_missing(data) == missing


@given(st.text(alphabet="0123456789 ", max_size=14))
def test_an_id_number_is_a_cccd_or_a_cmnd_whatever_the_spaces(number: str) -> None:
    digits = "".join(number.split())
    assert is_id_number(number) == (len(digits) == 9 or (len(digits) == 12 and is_id_number(digits)))


def refused(desk: PointDesk, request: PayoutRequest) -> PayoutIncomplete:
    """The payout is refused for what it lacks, the same by `check` and by `record`, and nothing changes."""
    before = db_rows(desk.data_dir)
    with pytest.raises(PayoutIncomplete) as checked:
        desk.pay.check(request)
    with pytest.raises(PayoutIncomplete) as recorded:
        desk.pay.record(request)
    assert checked.value.missing == recorded.value.missing and recorded.value.exit_code == 3
    assert db_rows(desk.data_dir) == before
    return recorded.value


@pytest.mark.devices(1)
def test_each_missing_item_is_refused_by_the_service_and_nothing_is_recorded(game: Round) -> None:
    desk = game.devices[0]
    assert refused(desk, PayoutRequest("NCC001")).missing == (Missing.ACKNOWLEDGEMENT,)
    assert refused(desk, PayoutRequest("NCC001", signature_png=blank_png())).missing == (
        Missing.ACKNOWLEDGEMENT,
    )
    no_id = refused(desk, signed("NCC004", proxy=Proxy("Lê Thị Hồng", authorisation="UQ 1")))
    assert no_id.missing == (Missing.PROXY_ID,) and "ID number" in str(no_id)
    shape = refused(desk, signed("NCC004", proxy=by_proxy("Lê Thị Hồng", id_number="0861")))
    assert shape.missing == (Missing.PROXY_ID_SHAPE,) and "“0861”" in str(shape)
    paper = refused(desk, signed("NCC004", proxy=by_proxy("Lê Thị Hồng", authorisation="")))
    assert paper.missing == (Missing.AUTHORISATION,) and "giấy ủy quyền" in paper.vi
    nameless = refused(desk, signed("NCC004", proxy=by_proxy(" ")))
    assert nameless.missing == (Missing.PROXY_NAME,)
    unchecked = refused(desk, signed("NCC003", standing_proxy=True, proxy=Proxy("", "086090000001")))
    assert unchecked.missing == (Missing.ID_CHECKED,) and "đối chiếu CCCD" in unchecked.vi
    everything = refused(desk, PayoutRequest("NCC004", proxy=Proxy("Lê Thị Hồng")))
    assert everything.missing == (Missing.PROXY_ID, Missing.AUTHORISATION, Missing.ACKNOWLEDGEMENT)
    assert desk.lists.status().paid_count == 0


@pytest.mark.devices(1)
def test_the_state_is_said_before_what_is_missing(game: Round) -> None:
    desk = game.devices[0]
    desk.pay.record(signed("NCC001"))
    with pytest.raises(Exception, match="already paid"):  # not "missing a signature": nothing to sign
        desk.pay.check(PayoutRequest("NCC001"))


@pytest.mark.devices(1)
def test_a_complete_proxy_payout_travels_to_the_office_and_shows_on_the_settlement(game: Round) -> None:
    desk = game.devices[0]
    assert (
        desk.pay.check(signed("NCC004", proxy=by_proxy("Lê Thị Hồng", "vợ", id_number="0861 9000 0002")))
        is None
    )
    assert desk.lists.status().paid_count == 0  # the check records nothing
    desk.pay.record(signed("NCC004", proxy=by_proxy("Lê Thị Hồng", "vợ", id_number="0861 9000 0002")))
    desk.pay.record(PayoutRequest("NCC003", standing_proxy=True, proxy=standing(), thumbprint=True))
    path = game.export(0)
    _, doc = read_sync_file(plain(path, desk.signing_key()).read_bytes())
    proxies = {e.beneficiary: e.data["proxy"] for e in doc.events if e.kind == "payout"}
    assert proxies["NCC004"] == {
        "name": "Lê Thị Hồng", "id_number": "086190000002", "relation": "vợ", "authorisation": "UQ 12/2026"
    }  # fmt: skip
    assert proxies["NCC003"]["standing"] is True and proxies["NCC003"]["id_checked"] is True
    with desk.db.reading() as session:
        rows = {r.code: r for r in sheet_rows(session, desk.ledger.list_of(session))}
    assert (rows["NCC004"].proxy_id, rows["NCC004"].authorisation) == ("086190000002", "UQ 12/2026")
    assert rows["NCC003"].authorisation == "theo danh sách, đã đối chiếu CCCD"
    game.office.imports.files([path])
    out = game.root / "settlement.xlsx"
    game.office.papers.settlement(MONTH, out)
    sheet = load_workbook(out, read_only=True)["Chi tiết"]
    lines = {r[1]: r for r in sheet.iter_rows(values_only=True) if r and r[0] == "P01"}
    assert lines["NCC004"][-2:] == ("086190000002", "UQ 12/2026")
    assert lines["NCC003"][-2:] == ("086090000001", "theo danh sách, đã đối chiếu CCCD")
    assert not any(lines["NCC001"][-2:])


def test_an_older_payout_without_the_new_keys_passes_the_door_and_a_bad_one_does_not() -> None:
    event, _line, _digest = new_event(
        (0, None), device_id=KEY_ID, list_id="L", revision=1, kind=Kind.PAYOUT, staff="Lan", now=utc_now(),
        beneficiary="NCC001", amount=1000, data=SIGNED,
    )  # fmt: skip

    def payout(proxy: dict[str, Any]) -> str | None:
        return event_problem(replace(event, data={**SIGNED, "recipient": "proxy", "proxy": proxy}))

    old = {"name": "Lê Thị Hồng", "id_number": "", "relation": "vợ"}  # a file of an older laptop
    assert payout(old) is None
    assert payout({**old, "standing": True, "id_checked": True}) is None
    assert "id_checked" in str(payout({**old, "id_checked": "yes"}))
    assert "standing" in str(payout({**old, "standing": 1}))


def test_every_drawn_signature_of_the_kit_differs() -> None:
    assert len({signature() for _ in range(50)}) == 50
