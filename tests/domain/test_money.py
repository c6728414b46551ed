from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.money import AmountError, amount_in_words, format_vnd, number_in_words, parse_amount


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (0, "không"),
        (5, "năm"),
        (10, "mười"),
        (11, "mười một"),
        (14, "mười bốn"),
        (15, "mười lăm"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (25, "hai mươi lăm"),
        (101, "một trăm linh một"),
        (105, "một trăm linh năm"),
        (110, "một trăm mười"),
        (115, "một trăm mười lăm"),
        (1_005_000, "một triệu không trăm linh năm nghìn"),
        (1_000_001, "một triệu không trăm linh một"),
        (1_000_000_005, "một tỷ không trăm linh năm"),
        (2_000_000_000, "hai tỷ"),
        (1_000_000_000_000, "một nghìn tỷ"),
        (2_866_000, "hai triệu tám trăm sáu mươi sáu nghìn"),
        (2_789_000, "hai triệu bảy trăm tám mươi chín nghìn"),
    ],
)
def test_number_in_words_follows_the_vietnamese_reading_rules(amount: int, words: str) -> None:
    assert number_in_words(amount) == words


def test_amount_in_words_is_capitalised_with_the_unit() -> None:
    assert amount_in_words(1_234_000) == "Một triệu hai trăm ba mươi tư nghìn đồng"
    assert amount_in_words(0) == "Không đồng"


@given(st.integers(min_value=0, max_value=10**15))
def test_words_never_break_the_special_rules(amount: int) -> None:
    words = number_in_words(amount)
    assert "  " not in words and words == words.strip()
    for wrong in ("mươi một", "mười mốt", "mươi năm", "mười năm", "linh mốt", "mười tư", "mươi bốn"):
        assert wrong not in words, (amount, words)
    assert not words.startswith("không") or amount == 0


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_format_then_parse_round_trips(amount: int) -> None:
    text = format_vnd(amount)
    assert text.endswith(" ₫")
    if amount >= 0:
        assert parse_amount(text) == amount
        assert parse_amount(format_vnd(amount, unit="đồng")) == amount
        assert parse_amount(format_vnd(amount, unit="").replace(".", ",")) == amount


def test_format_uses_dots_between_thousands() -> None:
    assert format_vnd(1_234_000) == "1.234.000 ₫"
    assert format_vnd(0) == "0 ₫"
    assert format_vnd(-1_234_000) == "-1.234.000 ₫"
    assert format_vnd(5000, unit="") == "5.000"
    with pytest.raises(TypeError):
        format_vnd(5.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_vnd(True)


@pytest.mark.parametrize(
    ("cell", "amount"),
    [
        (2866000, 2_866_000),
        (2866000.0, 2_866_000),
        ("2866000", 2_866_000),
        ("2.866.000", 2_866_000),
        ("2.866.000 đ", 2_866_000),
        ("2.866.000đ", 2_866_000),
        ("2,866,000 VND", 2_866_000),
        ("2 866 000", 2_866_000),
        ("2\u00a0866\u00a0000 ₫", 2_866_000),
        ("2866000.0", 2_866_000),
        ("2866000,00", 2_866_000),
        ("2.866.000 đồng", 2_866_000),
        ("2.866.000 \u0111\u1ed3ng", 2_866_000),
        (" 0 ", 0),
        (None, None),
        ("", None),
        ("   ", None),
    ],
)
def test_amount_cells_in_any_usual_form_parse(cell: object, amount: int | None) -> None:
    assert parse_amount(cell) == amount


@pytest.mark.parametrize("cell", ["2,5 tr", "abc", "2.86.000", "-5000", -5, 2866000.5, "1.234,5", True, [1]])
def test_cells_that_are_not_whole_dong_are_refused_with_a_reason(cell: object) -> None:
    with pytest.raises(AmountError):
        parse_amount(cell)
