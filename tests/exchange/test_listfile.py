"""The .pdlist format: round trip, and signed-but-inconsistent content refused before use."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.payout_list import EnrolledDevice, ListedBeneficiary, PayLine, PayoutListDoc
from payout_desk.exchange.container import FileRejected, build, open_signed
from payout_desk.exchange.jsonio import canonical_json
from payout_desk.exchange.listfile import (
    beneficiaries_json,
    beneficiary_to_json,
    build_list_file,
    read_list_file,
)
from payout_desk.trust.keys import SigningKey

KEY = SigningKey.generate()


def beneficiary(code: str, amounts: tuple[int, ...] = (2_866_000,), **changes: Any) -> ListedBeneficiary:
    fields: dict[str, Any] = {
        "code": code,
        "name": "Nguyễn Văn Dũng",
        "birth_year": 1940,
        "birth_date": None,
        "sex": "M",
        "cccd": "086040173112",
        "address": "ấp 1, Xã An Phước",
        "village": "ấp 1",
        "commune": "Xã An Phước",
        "category": "Thương binh 61%",
        "home_visit": False,
        "proxy_name": None,
        "proxy_relation": None,
        "notes": "",
        "lines": tuple(PayLine("monthly", "Trợ cấp hàng tháng", a) for a in amounts),
    }
    fields.update(changes)
    return ListedBeneficiary(**fields)


def doc(*people: ListedBeneficiary) -> PayoutListDoc:
    return PayoutListDoc(
        list_id="6f1c1d2e-0000-4000-8000-000000000001",
        revision=1,
        month="2026-12",
        point_code="P01",
        point_name="Điểm BĐVHX An Phước",
        office_name="Bưu điện huyện Mang Thít",
        issued_at="2026-11-24T10:00:00.000000Z",
        beneficiaries=people,
        devices=(EnrolledDevice("Máy 1", KEY.public.b64, KEY.public.key_id),),
    )


DOC = doc(
    beneficiary("NCC001"),
    beneficiary(
        "NCC002", (2_789_000, 5_578_000), home_visit=True, proxy_name="Võ Ngọc Tám", proxy_relation="con"
    ),
)


def test_a_list_round_trips() -> None:
    signed, parsed = read_list_file(build_list_file(DOC, KEY))
    assert parsed == DOC
    assert signed.manifest["totals"]["cash_total"] == 2_866_000 + 2_789_000 + 5_578_000
    assert signed.manifest["counts"] == {"beneficiaries": 2, "home_visits": 1, "proxies": 1, "devices": 1}


@given(st.lists(st.integers(min_value=1, max_value=50_000_000), min_size=1, max_size=6))
def test_totals_in_the_manifest_are_the_sum_of_every_line(amounts: list[int]) -> None:
    signed, parsed = read_list_file(build_list_file(doc(beneficiary("X", tuple(amounts))), KEY))
    assert signed.manifest["totals"]["cash_total"] == parsed.cash_total == sum(amounts)


def _signed_with_body(mutate: Any) -> bytes:
    """A validly signed list whose list.json was changed by `mutate` before signing."""
    good = open_signed(build_list_file(DOC, KEY))
    body = json.loads(good.members["list.json"])
    mutate(body)
    manifest = good.manifest
    header = {
        k: manifest[k]
        for k in ("created_at", "office", "point", "month", "list_id", "revision", "counts", "totals")
    }
    return build("list", header, {"list.json": canonical_json(body)}, KEY)


@pytest.mark.parametrize(
    ("case", "mutate", "reason"),
    [
        ("total differs", lambda b: b["beneficiaries"][0].update(total=1), "not the sum"),
        (
            "amount is text",
            lambda b: b["beneficiaries"][0]["lines"][0].update(amount="2866000"),
            "wrong type",
        ),
        ("amount is bool", lambda b: b["beneficiaries"][0]["lines"][0].update(amount=True), "wrong type"),
        ("negative amount", lambda b: b["beneficiaries"][0]["lines"][0].update(amount=-5), "out of range"),
        ("duplicate code", lambda b: b["beneficiaries"][1].update(code="NCC001"), "twice"),
        ("no name", lambda b: b["beneficiaries"][0].update(name=""), "empty"),
        ("counts disagree", lambda b: b["beneficiaries"].pop(), "does not agree"),
        ("bad sex", lambda b: b["beneficiaries"][0].update(sex="X"), "sex"),
        ("bad month", lambda b: b.update(month="2026-13"), "month"),
        ("list is not an object", lambda b: b.clear(), "has no"),
    ],
)
def test_signed_but_inconsistent_lists_are_refused(case: str, mutate: Any, reason: str) -> None:
    with pytest.raises(FileRejected, match=reason):
        read_list_file(_signed_with_body(mutate))


def test_a_list_file_with_another_member_name_is_refused() -> None:
    data = build("list", {"month": "2026-12"}, {"other.json": json.dumps({}).encode()}, KEY)
    with pytest.raises(FileRejected, match=r"exactly list\.json"):
        read_list_file(data)


_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)  # any character a str can encode
_OPTIONAL_TEXT = st.none() | _TEXT


@given(
    st.lists(
        st.builds(
            ListedBeneficiary,
            code=_TEXT,
            name=_TEXT,
            birth_year=st.none() | st.integers(1850, 2200),
            birth_date=_OPTIONAL_TEXT,
            sex=st.sampled_from([None, "M", "F"]),
            cccd=_OPTIONAL_TEXT,
            address=_TEXT,
            village=_TEXT,
            commune=_TEXT,
            category=_TEXT,
            home_visit=st.booleans(),
            proxy_name=_OPTIONAL_TEXT,
            proxy_relation=_OPTIONAL_TEXT,
            notes=_TEXT,
            lines=st.lists(st.builds(PayLine, _TEXT, _TEXT, st.integers(0, 10**15)), max_size=3).map(tuple),
        ),
        max_size=4,
    )
)
def test_the_beneficiaries_array_is_canonical_json(people: list[ListedBeneficiary]) -> None:
    """The office writes list.json's beneficiaries with orjson: byte for byte what canonical_json writes."""
    assert beneficiaries_json(people) == canonical_json([beneficiary_to_json(b) for b in people])
