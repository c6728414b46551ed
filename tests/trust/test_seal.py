"""Sealing signed files to their recipients: only they open them, any change is refused, and the X25519
twin of each Ed25519 key is the one its owner derives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from payout_desk.trust.keys import SigningKey
from payout_desk.trust.seal import (
    SealProblem,
    is_sealed,
    open_sealed,
    recipients_of,
    seal,
    x25519_private,
    x25519_public,
)

OFFICE, LAPTOP, PEER, STRANGER = (SigningKey.generate() for _ in range(4))


def test_the_derived_x25519_halves_match() -> None:
    for key in (OFFICE, LAPTOP, PEER):
        assert x25519_private(key).public_key().public_bytes_raw() == x25519_public(key.public)


def test_every_recipient_opens_it_and_nobody_else() -> None:
    data = b"PK\x03\x04 a signed list file with names and ID numbers"
    sealed = seal(data, OFFICE, [LAPTOP.public, PEER.public])
    assert is_sealed(sealed) and data not in sealed and b"ID numbers" not in sealed
    assert open_sealed(sealed, LAPTOP) == data and open_sealed(sealed, PEER) == data
    assert sorted(recipients_of(sealed)) == sorted([LAPTOP.public.key_id, PEER.public.key_id])
    with pytest.raises(SealProblem, match="sealed for other desks"):
        open_sealed(sealed, STRANGER)
    assert seal(data, OFFICE, [PEER.public, LAPTOP.public]) == sealed  # the same file, the same bytes


@settings(max_examples=60, deadline=None)
@given(position=st.integers(0, 10_000), flip=st.integers(1, 255))
def test_any_changed_byte_is_refused(position: int, flip: int) -> None:
    sealed = bytearray(seal(b"x" * 300, OFFICE, [LAPTOP.public]))
    sealed[position % len(sealed)] ^= flip
    with pytest.raises(SealProblem):
        open_sealed(bytes(sealed), LAPTOP)


def test_truncated_and_foreign_data_are_refused() -> None:
    sealed = seal(b"data", OFFICE, [LAPTOP.public])
    for damaged in (sealed[:10], sealed[:-1], b"PK\x03\x04", sealed[:12] + b"\xff\xff\xff\xff" + sealed[16:]):
        with pytest.raises(SealProblem):
            open_sealed(damaged, LAPTOP)
