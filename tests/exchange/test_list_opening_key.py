"""The office's opening key in a list file (issue 16): optional — a list without it loads as before —,
carried exactly, and refused when it is not a key a file can be sealed to."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from payout_desk.exchange.container import FileRejected, open_signed
from payout_desk.exchange.listfile import build_list_file, read_list_file
from payout_desk.trust.keys import SigningKey
from tests.exchange.test_listfile import DOC, KEY, _signed_with_body

OPENING = SigningKey.generate().public.b64


def test_a_list_carries_the_opening_key_and_one_without_it_has_none() -> None:
    _signed, parsed = read_list_file(
        build_list_file(dataclasses.replace(DOC, office_import_key=OPENING), KEY)
    )
    assert parsed.office_import_key == OPENING
    signed, older = read_list_file(build_list_file(DOC, KEY))
    assert older.office_import_key is None
    assert json.loads(open_signed(build_list_file(DOC, KEY)).members["list.json"])["office"] == {
        "name": DOC.office_name
    }  # the bytes of a list without the key are those of before
    assert signed.kind == "list"


@given(st.one_of(st.text(max_size=70), st.binary(max_size=40).map(lambda b: base64.b64encode(b).decode())))
def test_a_bad_opening_key_is_refused(text: str) -> None:
    try:
        good = len(base64.b64decode(text, validate=True)) == 32
    except (binascii.Error, ValueError):
        good = False
    if good or not text:  # a 32-byte key is a key; an empty text is "no key"
        return
    with pytest.raises(FileRejected):
        read_list_file(_signed_with_body(lambda b: b["office"].update(import_key=text)))
