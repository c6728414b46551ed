from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.text import fold, legacy_encoding, name_sort_key, nfc, vn_collation_key

NAMES = ["Nguyễn Văn Dũng", "Đinh Bích Hằng", "Trương Đức Thành", "Phạm Thu Mai", "Võ Bích Ngà", "Lê Thị Yến"]


def test_nfc_normalises_and_collapses_spaces() -> None:
    nfd = unicodedata.normalize("NFD", "  Trương   Đức\u00a0Thành \t")
    assert nfc(nfd) == "Trương Đức Thành"
    assert unicodedata.is_normalized("NFC", nfc(nfd))


@pytest.mark.parametrize("name", NAMES)
def test_fold_ignores_accents_case_and_form(name: str) -> None:
    folded = fold(name)
    assert folded.isascii() and folded == folded.lower()
    assert fold(unicodedata.normalize("NFD", name)) == folded
    assert fold(name.upper()) == folded


def test_fold_turns_d_with_stroke_into_d() -> None:
    assert fold("Nguyễn Văn Dũng") == "nguyen van dung"
    assert fold("ĐINH ĐỨC") == "dinh duc"


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶĐ ", max_size=30))
def test_fold_is_idempotent_and_form_independent(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert fold(unicodedata.normalize("NFD", text)) == fold(text)


def test_vietnamese_letter_order_puts_breve_and_circumflex_after_a_and_dd_after_d() -> None:
    words = ["đa", "da", "âm", "ăn", "an", "bê", "ơn", "ôm", "om", "ưa", "ua", "e", "ê"]
    assert sorted(words, key=vn_collation_key) == [
        "an",
        "ăn",
        "âm",
        "bê",
        "da",
        "đa",
        "e",
        "ê",
        "om",
        "ôm",
        "ơn",
        "ua",
        "ưa",
    ]


def test_tones_order_after_the_letters() -> None:
    assert sorted(["má", "ma", "mạ", "mà", "mã", "mả"], key=vn_collation_key) == [
        "ma",
        "mà",
        "mả",
        "mã",
        "má",
        "mạ",
    ]


def test_names_sort_by_given_name_then_family_then_middle() -> None:
    names = ["Nguyễn Văn Bình", "Trần Văn An", "Lê Thị Bình", "Đỗ Quốc Phúc", "Dương Thị Út", "Lê Văn Bình"]
    assert sorted(names, key=name_sort_key) == [
        "Trần Văn An",
        "Lê Thị Bình",
        "Lê Văn Bình",
        "Nguyễn Văn Bình",
        "Đỗ Quốc Phúc",
        "Dương Thị Út",
    ]


@given(st.lists(st.sampled_from(NAMES), max_size=20))
def test_name_sort_is_a_total_order_independent_of_input_order(names: list[str]) -> None:
    assert sorted(names, key=name_sort_key) == sorted(reversed(names), key=name_sort_key)


# Unicode → legacy 8-bit fonts, enough letters to write the test names (TCVN3/ABC and VNI-Windows tables).
TCVN3 = {"ễ": "Ô", "ă": "¨", "Đ": "§", "ứ": "ø", "à": "µ", "ạ": "¹", "ị": "Þ", "ầ": "Ç", "ư": "­", "ơ": "¬"}
VNI = {
    "ễ": "eã",
    "ă": "aê",
    "Đ": "Ñ",
    "ứ": "öù",
    "à": "aø",
    "ạ": "aï",
    "ị": "ò",
    "ầ": "aà",
    "ư": "ö",
    "ơ": "ô",
}


def to_legacy(text: str, table: dict[str, str]) -> str:
    return "".join(table.get(ch, ch) for ch in text)


@pytest.mark.parametrize(("table", "name"), [(TCVN3, "TCVN3"), (VNI, "VNI")])
def test_legacy_font_text_is_recognised(table: dict[str, str], name: str) -> None:
    register_names = "Nguyễn Văn Đức; Phạm Thị Hoàng; Trần Văn Thành; Lương Thị Dơn"
    assert legacy_encoding(to_legacy(register_names, table)) == name


@given(
    st.lists(
        st.sampled_from([*NAMES, "Bưu cục Cái Nhum", "Thương binh 61%", "Vĩnh Long", "ấp 1"]), max_size=30
    )
)
def test_unicode_vietnamese_is_never_taken_for_a_legacy_font(words: list[str]) -> None:
    text = " ".join(words)
    assert legacy_encoding(text) is None
    assert legacy_encoding(unicodedata.normalize("NFD", text)) is None
