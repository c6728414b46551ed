"""The sync file's sign-ups member (exchange/signup_member.py): any bytes are sign-ups that pass the door or
one sentence (FileRejected), never an exception of another kind; good records read back as written."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from payout_desk.exchange.container import FileRejected
from payout_desk.exchange.signup_member import read_signups, signup_signatures, signups_member
from tests.domain.test_signup import good_record


def test_good_records_read_back_and_an_absent_member_is_none() -> None:
    records = [good_record(), {**good_record(), "id": "0b7f3c1e-1d2a-4c5b-9e8f-1234567890ac", "signature": None,
                               "thumbprint": True}]  # fmt: skip
    assert read_signups(signups_member(records)) == records
    assert read_signups(None) == []
    assert signup_signatures(records) == {"a" * 64: 1}


@pytest.mark.parametrize(
    "content, words",
    [
        (b"{}", "malformed"),
        (b"[1]", "is not an object"),
        (b"[", "JSON"),
        (b"\xff\xfe", "UTF-8"),
    ],
)
def test_bad_members_are_one_sentence(content: bytes, words: str) -> None:
    with pytest.raises(FileRejected) as info:
        read_signups(content)
    assert words in info.value.text.en and "\n" not in info.value.text.en


def test_a_repeated_id_is_refused() -> None:
    with pytest.raises(FileRejected) as info:
        read_signups(signups_member([good_record(), good_record()]))
    assert "same id" in info.value.text.en


_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-5, 10**20), st.text(max_size=40),
                    st.lists(st.integers(), max_size=3))  # fmt: skip


@given(st.lists(st.dictionaries(st.sampled_from(sorted(good_record())), _VALUES, max_size=18), max_size=4))
def test_any_records_are_taken_or_refused_in_one_sentence(records: list[dict[str, object]]) -> None:
    try:
        taken = read_signups(json.dumps(records).encode())
    except FileRejected as exc:
        assert exc.text.vi and exc.text.en
    else:
        assert taken == records


@given(st.binary(max_size=300))
def test_any_bytes_are_taken_or_refused_in_one_sentence(content: bytes) -> None:
    try:
        read_signups(content)
    except FileRejected as exc:
        assert exc.text.en


@given(st.sampled_from(sorted(good_record())), _VALUES)
def test_one_field_changed_is_taken_only_when_still_well_formed(field: str, value: object) -> None:
    record = {**good_record(), field: value}
    try:
        taken = read_signups(json.dumps([record]).encode())
    except FileRejected as exc:
        assert field in exc.text.en or "neither signed" in exc.text.en or "without a reason" in exc.text.en
    else:
        assert taken == [record]
