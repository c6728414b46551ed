"""The histories an issue adds to a list's beneficiaries (issue 15): spliced into the canonical JSON without
decoding it, they give the very bytes of decoding, adding and encoding again — whatever the texts hold."""

from __future__ import annotations

import dataclasses
import json

from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.history import Outcome
from payout_desk.domain.list_history import ListHistory
from payout_desk.exchange.jsonio import canonical_json
from payout_desk.exchange.listfile import beneficiaries_json, with_histories
from payout_desk.store.unclaimed import history_json
from tests.exchange.test_listfile import beneficiary

# texts that look like the splice's landmarks, quotes, backslashes, control characters, Vietnamese
tricky = st.one_of(
    st.text(max_size=12),
    st.sampled_from(['{"address":', '"code":"', '"home_visit":', '"history":', 'a"b', "a\\b", "\n", "Đ"]),
)
codes = st.one_of(st.from_regex(r"[A-Z]{2,4}[0-9]{1,4}", fullmatch=True), tricky.filter(bool))


def decoded(people_json: bytes, histories: dict[str, str]) -> bytes:
    """What with_histories must give: decode, add each kept history, encode canonically."""
    people = json.loads(people_json)
    for person in people:
        if person["code"] in histories:
            person["history"] = json.loads(histories[person["code"]])
    return canonical_json(people)


@st.composite
def lists(draw: st.DrawFn) -> tuple[bytes, dict[str, str]]:
    people = []
    for code in draw(st.lists(codes, max_size=6, unique=True)):
        texts = {key: draw(tricky) for key in ("name", "address", "village", "commune", "category", "notes")}
        proxy = draw(st.one_of(st.none(), tricky))
        people.append(beneficiary(code, proxy_name=proxy, proxy_relation="con" if proxy else None, **texts))
    history = ListHistory((("2026-10", Outcome.PAID), ("2026-11", Outcome.UNPAID)), 1, 2)
    kept = {p.code: history_json(dataclasses.replace(history, unclaimed=i)) for i, p in enumerate(people)}
    chosen = draw(st.sets(st.sampled_from(sorted(kept)))) if kept else set()
    return beneficiaries_json(people), {code: kept[code] for code in chosen} | draw(
        st.dictionaries(codes, st.just(history_json(history)), max_size=2)
    )


@given(lists())
def test_spliced_histories_are_the_bytes_of_decoding_and_encoding(case: tuple[bytes, dict[str, str]]) -> None:
    people_json, histories = case
    assert with_histories(people_json, histories) == decoded(people_json, histories)


def test_nobody_with_a_history_leaves_the_same_bytes() -> None:
    people_json = beneficiaries_json([beneficiary("NCC001"), beneficiary("NCC002")])
    assert with_histories(people_json, {}) is people_json
    assert with_histories(people_json, {"NCC009": "{}"}) == people_json
    assert with_histories(b"[]", {"NCC001": "{}"}) == b"[]"
