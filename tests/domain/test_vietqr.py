"""The VietQR parser (domain/vietqr.py): payloads a bank app writes, ones built here, and hostile text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.vietqr import VietQrError, build_vietqr, crc16, fields, parse_vietqr

# An MB Bank app's static QR for an account (no amount), as a scanner types it: fields 00, 01 "11", 38
# (GUID, BIN 970422 + account, QRIBFTTA), 53 "704", 58 "VN", 63 CRC.
MB_APP = "00020101021138540010A00000072701240006970422011003523509170208QRIBFTTA53037045802VN630479DB"
# A Vietcombank dynamic QR: amount (54) and purpose (62/08), point of initiation "12".
VCB_DYNAMIC = (
    "00020101021238570010A00000072701270006970436011300710001234560208QRIBFTTA5303704540718000005802VN"
    "62260822Tro cap NCC thang 12  63042415"
)


def _bitwise_crc(text: str) -> str:
    """CRC-16/CCITT-FALSE, bit by bit (independent of binascii)."""
    crc = 0xFFFF
    for byte in text.encode():
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return f"{crc:04X}"


def test_the_crc_is_ccitt_false():
    assert crc16("123456789") == "29B1"  # the standard check value
    assert _bitwise_crc("123456789") == "29B1"


def test_a_bank_apps_static_code():
    code = parse_vietqr(MB_APP)
    assert (code.bin, code.account, code.service, code.amount) == ("970422", "0352350917", "QRIBFTTA", "")
    assert not code.is_card


def test_a_dynamic_code_with_amount_and_purpose_and_scanner_noise():
    code = parse_vietqr(VCB_DYNAMIC + "\r\n")
    assert (code.bin, code.account, code.amount) == ("970436", "0071000123456", "1800000")
    assert code.purpose.strip() == "Tro cap NCC thang 12"


def test_a_changed_character_fails_the_crc():
    broken = MB_APP.replace("0352350917", "0352350918")
    with pytest.raises(VietQrError) as info:
        parse_vietqr(broken)
    assert "CRC" in info.value.text.en


@pytest.mark.parametrize(
    "text, word",
    [
        ("", "not a VietQR"),
        ("0352350917", "not a VietQR code (a transfer"),
        (MB_APP[:-8], "lacks its check"),
        (MB_APP[:30] + MB_APP[-8:], "not a VietQR"),
        ("000201" + "x" * 600, "not a VietQR"),
    ],
)
def test_text_that_is_no_code_is_refused_with_one_sentence(text, word):
    with pytest.raises(VietQrError) as info:
        parse_vietqr(text)
    assert word in info.value.text.en


def test_a_code_of_another_scheme_or_without_account_is_refused():
    other = "00020101021126280010A000000775011000000000015303704" + "6304"
    with pytest.raises(VietQrError) as info:
        parse_vietqr(other + crc16(other))
    assert "not a bank account's VietQR" in info.value.text.en
    card = build_vietqr("970422", "9704229200000001", card=True)
    assert parse_vietqr(card).is_card


@given(
    bin_code=st.from_regex(r"9[0-9]{5}", fullmatch=True),
    account=st.from_regex(r"[0-9]{6,19}", fullmatch=True),
    amount=st.one_of(st.just(""), st.from_regex(r"[1-9][0-9]{0,12}", fullmatch=True)),
    purpose=st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=60),
)
def test_a_built_code_reads_back(bin_code, account, amount, purpose):
    payload = build_vietqr(bin_code, account, amount=amount, purpose=purpose)
    assert payload[-4:] == _bitwise_crc(payload[:-4])
    code = parse_vietqr(payload)
    assert (code.bin, code.account, code.amount, code.purpose) == (bin_code, account, amount, purpose)


@given(st.text(max_size=300))
def test_any_text_is_a_code_or_one_sentence(text):
    try:
        code = parse_vietqr(text)
    except VietQrError as exc:
        assert exc.text.vi and exc.text.en
    else:
        assert len(code.bin) == 6


@given(st.integers(0, len(MB_APP) - 1), st.characters(min_codepoint=32, max_codepoint=126))
def test_one_changed_character_never_passes_as_another_account(at, char):
    changed = MB_APP[:at] + char + MB_APP[at + 1 :]
    try:
        code = parse_vietqr(changed)
    except VietQrError:
        return
    assert changed == MB_APP or (code.bin, code.account) == ("970422", "0352350917")


def test_fields_refuse_a_repeated_id():
    with pytest.raises(VietQrError):
        fields("0002010002AB")
