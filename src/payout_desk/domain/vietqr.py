"""A VietQR code's text (issue 17): the EMVCo payload a bank app's QR holds, as a QR scanner types it.

The payload is a run of fields `ID LEN VALUE` (two digits, two digits, LEN characters). A bank account's
VietQR carries, under field 38 (merchant account information), the sub-field 00 "A000000727" (NAPAS's
identifier) and the sub-field 01 (the beneficiary's organisation), itself holding 00 the bank's BIN (six
digits) and 01 the account (or card) number; sub-field 02 says which (QRIBFTTA account, QRIBFTTC card). The
last field, 63, is a CRC-16/CCITT-FALSE over everything before its value ("…6304"), in four hex digits.
Pure: nothing here knows a bank table (the caller looks the BIN up).
"""

from __future__ import annotations

import binascii
from dataclasses import dataclass

from payout_desk.lang import Explained, t

NAPAS_GUID = "A000000727"
ACCOUNT_SERVICE = "QRIBFTTA"
CARD_SERVICE = "QRIBFTTC"
MAX_PAYLOAD = 512  # the EMVCo limit
_CRC_TAG = "6304"


class VietQrError(Explained, ValueError):
    """A text that is not a bank account's VietQR; its Text says why."""


@dataclass(frozen=True, slots=True)
class VietQr:
    """What a bank account's VietQR names: the bank by BIN, the account, and what else it carried."""

    bin: str
    account: str
    service: str = ""  # QRIBFTTA (account), QRIBFTTC (card) or "" when absent
    amount: str = ""  # field 54, when the code asks for an amount
    purpose: str = ""  # field 62, sub-field 08
    name: str = ""  # field 59 (few bank apps fill it)

    @property
    def is_card(self) -> bool:
        return self.service == CARD_SERVICE


def crc16(text: str) -> str:
    """The CRC-16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF) of `text`'s bytes, four upper-case hex digits."""
    return f"{binascii.crc_hqx(text.encode('utf-8'), 0xFFFF):04X}"


def fields(text: str) -> dict[str, str]:
    """The fields `ID LEN VALUE` of a payload (or of a field's value), by ID; refused when cut short, when
    a length is not two digits or when an ID repeats."""
    found: dict[str, str] = {}
    at = 0
    while at < len(text):
        head = text[at : at + 4]
        if len(head) < 4 or not head.isascii() or not head.isdigit():
            raise VietQrError(t("signups.qr_shape"))
        tag, size = head[:2], int(head[2:])
        value = text[at + 4 : at + 4 + size]
        if len(value) != size or tag in found:
            raise VietQrError(t("signups.qr_shape"))
        found[tag] = value
        at += 4 + size
    return found


def looks_like_vietqr(text: str) -> bool:
    """Whether a typed text is an EMVCo payload rather than an account number (it starts "000201")."""
    return text.strip().startswith("000201")


def parse_vietqr(payload: str) -> VietQr:
    """The bank and account a VietQR names; one sentence (VietQrError) when the text is not one, its CRC
    fails, or it names no bank account."""
    text = payload.strip()
    if not text or len(text) > MAX_PAYLOAD or not text.isprintable():
        raise VietQrError(t("signups.qr_shape"))
    if not text.startswith("000201"):
        raise VietQrError(t("signups.qr_not_emv"))
    at = len(text) - 8
    if at < 6 or text[at : at + 4] != _CRC_TAG:
        raise VietQrError(t("signups.qr_no_crc"))
    top = fields(text)
    if crc16(text[: at + 4]) != top["63"].upper():
        raise VietQrError(t("signups.qr_crc"))
    merchant = fields(top.get("38", ""))
    if merchant.get("00", "").upper() != NAPAS_GUID:
        raise VietQrError(t("signups.qr_not_napas"))
    beneficiary = fields(merchant.get("01", ""))
    bin_code, account = beneficiary.get("00", ""), beneficiary.get("01", "")
    if len(bin_code) != 6 or not bin_code.isascii() or not bin_code.isdigit() or not account:
        raise VietQrError(t("signups.qr_no_account"))
    service = merchant.get("02", "")
    purpose = fields(top["62"]).get("08", "") if "62" in top else ""
    return VietQr(bin_code, account, service, top.get("54", ""), purpose, top.get("59", ""))


def build_vietqr(
    bin_code: str, account: str, *, amount: str = "", purpose: str = "", card: bool = False
) -> str:
    """A VietQR payload for an account (as a bank app writes one): for tests and the demo."""

    def field(tag: str, value: str) -> str:
        return f"{tag}{len(value):02d}{value}"

    beneficiary = field("00", bin_code) + field("01", account)
    merchant = field("00", NAPAS_GUID) + field("01", beneficiary)
    merchant += field("02", CARD_SERVICE if card else ACCOUNT_SERVICE)
    body = field("00", "01") + field("01", "12" if amount else "11") + field("38", merchant)
    body += field("53", "704") + (field("54", amount) if amount else "") + field("58", "VN")
    body += field("62", field("08", purpose)) if purpose else ""
    body += _CRC_TAG
    return body + crc16(body)
