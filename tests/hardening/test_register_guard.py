"""The register guard's choice of pattern: the one-pass search agrees with its plain definition."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from payout_desk.exchange.register.guard import _FAST, _FULL, _patterns

PIECES = [b"r", b"e", b"=", b'"', b"'", b" ", b"\t", b"\n", b"\r", b"x", b"A", b"1", b' r="', b"er=", b"<c"]


def plain_choice(block: bytes) -> object:
    """The definition: every `r=` written ` r="` or `er="`, and no blank right before any `=`."""
    other = block.count(b"r=") - block.count(b' r="') - block.count(b'er="')
    blank_before = any(odd in block for odd in (b" =", b"\t=", b"\n=", b"\r="))
    return _FULL if other or blank_before else _FAST


@given(st.lists(st.sampled_from(PIECES), max_size=40).map(b"".join))
def test_the_one_pass_choice_is_the_plain_one(block: bytes) -> None:
    assert _patterns(block) is plain_choice(block)


def test_spellings_that_need_the_full_pattern() -> None:
    for block in (b'<c r  ="A1">', b'<c r ="A1">', b"<c r='A1'>", b'<c r= "A1">', b'<c\tr="A1">', b'r="A1"'):
        assert _patterns(block) is _FULL, block
    for block in (b'<c r="A1" s="2">', b'<row r="1" spans="1:3">', b'<headerFooter differentFirst="1">'):
        assert _patterns(block) is _FAST, block
