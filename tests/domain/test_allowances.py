from __future__ import annotations

import pytest

from payout_desk.domain.allowances import CATEGORIES, AllowanceKind, category_for, disability_rate


@pytest.mark.parametrize(
    ("wording", "key"),
    [
        ("Thương binh 61%", "war_invalid"),
        ("TB 41%", "war_invalid"),
        ("Bệnh binh 61%", "sick_soldier"),
        ("BB 61%", "sick_soldier"),
        ("Người HĐKC nhiễm CĐHH 61-80%", "toxic_chemicals"),
        ("Bà mẹ Việt Nam anh hùng", "heroic_mother"),
        ("Bà mẹ VNAH", "heroic_mother"),
        ("Thân nhân liệt sĩ", "martyr_relative"),
        ("TNLS", "martyr_relative"),
        ("Người HĐCM trước 1945", "pre_1945"),
        ("Cán bộ tiền khởi nghĩa", "pre_uprising"),
        ("Người có công giúp đỡ cách mạng", "helper"),
        ("Người HĐCM bị địch bắt tù, đày", "prisoner"),
    ],
)
def test_register_wordings_map_to_categories(wording: str, key: str) -> None:
    category = category_for(wording)
    assert category is not None and category.key == key


def test_unknown_wording_has_no_category() -> None:
    assert category_for("Hộ nghèo") is None


def test_disability_rate() -> None:
    assert disability_rate("Thương binh 61%") == 61
    assert disability_rate("Người HĐKC nhiễm CĐHH 61-80%") == 61
    assert disability_rate("Bà mẹ Việt Nam anh hùng") is None


@pytest.mark.parametrize("kind", list(AllowanceKind))
def test_every_allowance_kind_has_labels_and_help_in_both_languages(kind: AllowanceKind) -> None:
    assert kind.label_vi and kind.label_en and kind.help_en
    assert "danh sách" in kind.help_vi  # says the amount comes from the list


def test_every_category_has_help_in_both_languages() -> None:
    for category in CATEGORIES:
        assert category.help_vi and category.help_en and category.label_vi
