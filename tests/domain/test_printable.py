"""domain.printable: the last guard on stored text shown in a terminal, a worksheet or a PDF."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.printable import REPLACEMENT, printable

NOT_TEXT = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]")


@given(st.text(alphabet=st.characters(codec=None)))
def test_nothing_that_is_not_text_is_left_and_nothing_else_changes(text: str) -> None:
    shown = printable(text)
    assert not NOT_TEXT.search(shown) and len(shown) == len(text)
    assert all(b in (a, REPLACEMENT) for a, b in zip(text, shown, strict=True))
    assert printable(shown) == shown


def test_line_breaks_are_kept_only_when_asked_and_values_become_text() -> None:
    assert printable("a\tb\nc\rd") == "a\ufffdb\ufffdc\ufffdd"
    assert printable("a\tb\nc\rd", keep="\t\n\r") == "a\tb\nc\rd"
    assert printable("a\nb\x1b", keep="\n") == "a\nb\ufffd"
    assert printable(12) == "12" and printable(None) == "None"
    assert printable("Nguyễn Văn Ánh — 2.789.000 đ") == "Nguyễn Văn Ánh — 2.789.000 đ"
