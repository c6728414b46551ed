from __future__ import annotations

import contextlib
import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.ids import (
    PROVINCE_CODES,
    IdNumberError,
    cccd_disagreements,
    is_old_id,
    looks_like_cccd_qr,
    parse_cccd,
    parse_cccd_qr,
)


def test_there_are_63_province_codes_with_ha_noi_and_ca_mau() -> None:
    assert len(PROVINCE_CODES) == 63
    assert PROVINCE_CODES["001"] == "Hà Nội"
    assert PROVINCE_CODES["086"] == "Vĩnh Long"
    assert PROVINCE_CODES["096"] == "Cà Mau"


def test_a_cccd_tells_province_sex_and_birth_year() -> None:
    info = parse_cccd("086149186529")
    assert (info.province, info.sex, info.birth_year) == ("Vĩnh Long", "F", 1949)
    assert parse_cccd("001203012345").birth_year == 2003
    assert parse_cccd("001203012345").sex == "M"


@given(
    province=st.sampled_from(sorted(PROVINCE_CODES)),
    year=st.integers(min_value=1900, max_value=2099),
    female=st.booleans(),
    rest=st.integers(min_value=0, max_value=999_999),
)
def test_any_valid_cccd_parses_back_to_its_parts(province: str, year: int, female: bool, rest: int) -> None:
    digit = (year - 1900) // 100 * 2 + int(female)
    number = f"{province}{digit}{year % 100:02d}{rest:06d}"
    info = parse_cccd(number)
    assert (info.province_code, info.birth_year, info.sex) == (province, year, "F" if female else "M")
    assert cccd_disagreements(info, birth_year=year, sex=info.sex) == []


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("0860415356", "12 digits"),
        ("86135227407", "12 digits"),
        ("099040173112", "province"),
        ("08604017311X", "only digits"),
        ("", "12 digits"),
    ],
)
def test_invalid_cccd_is_refused_with_the_reason(number: str, reason: str) -> None:
    with pytest.raises(IdNumberError, match=reason):
        parse_cccd(number)


def test_disagreements_name_both_sides() -> None:
    info = parse_cccd("086040173112")
    reasons = cccd_disagreements(info, birth_year=1941, sex="F")
    assert [r.en for r in reasons] == [
        "CCCD says born 1940, row says 1941",
        "CCCD says male, row says female",
    ]
    assert [r.vi for r in reasons] == [
        "CCCD ghi sinh năm 1940, dòng ghi 1941",
        "CCCD ghi giới tính nam, dòng ghi nữ",
    ]
    assert cccd_disagreements(info, birth_year=None, sex=None) == []


def test_old_nine_digit_ids() -> None:
    assert is_old_id("361234567")
    assert not is_old_id("36123456")
    assert not is_old_id("086040173112")


QR = "086040173112|361234567|Trương Đức Thành|15031940|Nam|ấp 1, Thị trấn Cái Nhum, Mang Thít, Vĩnh Long|20042021"


def test_the_cccd_qr_payload_parses() -> None:
    qr = parse_cccd_qr(QR + "\r\n")
    assert qr.id_number == "086040173112"
    assert qr.old_id == "361234567"
    assert qr.full_name == "Trương Đức Thành"
    assert qr.birth_date == date(1940, 3, 15)
    assert qr.sex == "M"
    assert qr.issued == date(2021, 4, 20)
    assert looks_like_cccd_qr(QR)


def test_qr_in_nfd_without_old_id_and_with_extra_fields() -> None:
    payload = unicodedata.normalize("NFD", "086149186529||Dương Thị Út|01011949|Nữ|thôn Đông||extra")
    qr = parse_cccd_qr(payload)
    assert (qr.old_id, qr.full_name, qr.sex, qr.issued) == (None, "Dương Thị Út", "F", None)


@pytest.mark.parametrize(
    "payload",
    [
        "hello",
        "086040173112|x|Name|15031940",
        "086040173112||Name|31021940|Nam|addr|",
        "086040173112||Name|15031940|Khác|addr|",
        "999040173112||Name|15031940|Nam|addr|",
    ],
)
def test_malformed_qr_payloads_are_refused(payload: str) -> None:
    with pytest.raises(IdNumberError):
        parse_cccd_qr(payload)
    assert not looks_like_cccd_qr("nguyen van")


@given(st.text(max_size=200))
def test_qr_parser_never_fails_other_than_with_a_reason(payload: str) -> None:
    with contextlib.suppress(IdNumberError):
        parse_cccd_qr(payload)
