"""Citizen ID numbers: the 12-digit CCCD (with what its digits say), old 9-digit CMND, and the CCCD QR."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from payout_desk.lang import Explained, Text, t

# Province codes of birth registration, digits 1–3 of a CCCD (Circular 07/2016/TT-BCA).
PROVINCE_CODES: Mapping[str, str] = MappingProxyType(
    {
        "001": "Hà Nội",
        "002": "Hà Giang",
        "004": "Cao Bằng",
        "006": "Bắc Kạn",
        "008": "Tuyên Quang",
        "010": "Lào Cai",
        "011": "Điện Biên",
        "012": "Lai Châu",
        "014": "Sơn La",
        "015": "Yên Bái",
        "017": "Hòa Bình",
        "019": "Thái Nguyên",
        "020": "Lạng Sơn",
        "022": "Quảng Ninh",
        "024": "Bắc Giang",
        "025": "Phú Thọ",
        "026": "Vĩnh Phúc",
        "027": "Bắc Ninh",
        "030": "Hải Dương",
        "031": "Hải Phòng",
        "033": "Hưng Yên",
        "034": "Thái Bình",
        "035": "Hà Nam",
        "036": "Nam Định",
        "037": "Ninh Bình",
        "038": "Thanh Hóa",
        "040": "Nghệ An",
        "042": "Hà Tĩnh",
        "044": "Quảng Bình",
        "045": "Quảng Trị",
        "046": "Thừa Thiên Huế",
        "048": "Đà Nẵng",
        "049": "Quảng Nam",
        "051": "Quảng Ngãi",
        "052": "Bình Định",
        "054": "Phú Yên",
        "056": "Khánh Hòa",
        "058": "Ninh Thuận",
        "060": "Bình Thuận",
        "062": "Kon Tum",
        "064": "Gia Lai",
        "066": "Đắk Lắk",
        "067": "Đắk Nông",
        "068": "Lâm Đồng",
        "070": "Bình Phước",
        "072": "Tây Ninh",
        "074": "Bình Dương",
        "075": "Đồng Nai",
        "077": "Bà Rịa – Vũng Tàu",
        "079": "TP. Hồ Chí Minh",
        "080": "Long An",
        "082": "Tiền Giang",
        "083": "Bến Tre",
        "084": "Trà Vinh",
        "086": "Vĩnh Long",
        "087": "Đồng Tháp",
        "089": "An Giang",
        "091": "Kiên Giang",
        "092": "Cần Thơ",
        "093": "Hậu Giang",
        "094": "Sóc Trăng",
        "095": "Bạc Liêu",
        "096": "Cà Mau",
    }
)


class IdNumberError(Explained, ValueError):
    """An ID number or QR payload that cannot be right; the message says why."""


@dataclass(frozen=True, slots=True)
class CccdInfo:
    number: str
    province_code: str
    province: str
    sex: str  # "M" / "F"
    birth_year: int


def parse_cccd(number: str) -> CccdInfo:
    """What a 12-digit CCCD says: province of birth registration, sex, year of birth."""
    if len(number) != 12:
        raise IdNumberError(t("domain.cccd_length", count=len(number)))
    if not (number.isascii() and number.isdigit()):
        raise IdNumberError(t("domain.cccd_digits_only", number=number))
    province = PROVINCE_CODES.get(number[:3])
    if province is None:
        raise IdNumberError(t("domain.unknown_province_code", value=number[:3]))
    digit = int(number[3])
    century = 1900 + 100 * (digit // 2)  # 0/1 → 1900s, 2/3 → 2000s, … 8/9 → 2300s
    return CccdInfo(number, number[:3], province, "F" if digit % 2 else "M", century + int(number[4:6]))


def cccd_disagreements(info: CccdInfo, *, birth_year: int | None, sex: str | None) -> list[Text]:
    """Plain reasons why the CCCD's digits contradict the row (empty when they agree or are unknown)."""
    reasons = []
    if birth_year is not None and birth_year != info.birth_year:
        reasons.append(t("domain.cccd_birth_differs", cccd=info.birth_year, row=birth_year))
    if sex is not None and sex != info.sex:
        said = {"M": t("domain.male"), "F": t("domain.female")}
        reasons.append(t("domain.cccd_sex_differs", cccd=said[info.sex], row=said.get(sex, sex)))
    return reasons


def is_old_id(number: str) -> bool:
    """A 9-digit CMND (the old identity card)."""
    return len(number) == 9 and number.isascii() and number.isdigit()


def mask_id(number: str | None, keep: int = 3) -> str:
    """An ID number as printed on a public or handed-out paper: only its last `keep` characters, the rest
    as asterisks ("086040173112" → "*********112"); nothing for no number."""
    text = "".join((number or "").split())
    if not text:
        return ""
    shown = text[-keep:] if len(text) > keep else text[-1:]
    return "*" * (len(text) - len(shown)) + shown


@dataclass(frozen=True, slots=True)
class CccdQr:
    id_number: str
    old_id: str | None
    full_name: str
    birth_date: date
    sex: str  # "M" / "F"
    address: str
    issued: date | None


def _ddmmyyyy(text: str, what: str) -> date:
    if len(text) != 8 or not text.isdigit():
        raise IdNumberError(t("domain.qr_date_format", what=what, text=text))
    try:
        return date(int(text[4:]), int(text[2:4]), int(text[:2]))
    except ValueError as exc:
        raise IdNumberError(t("domain.qr_date_unreal", what=what, text=text)) from exc


def looks_like_cccd_qr(text: str) -> bool:
    fields = text.strip().split("|")
    return len(fields) >= 6 and len(fields[0]) == 12 and fields[0].isdigit()


def parse_cccd_qr(payload: str) -> CccdQr:
    """`id|old_id|full name|ddmmyyyy|Nam/Nữ|address|ddmmyyyy` as a chip ID card's QR holds it."""
    fields = [unicodedata.normalize("NFC", f).strip() for f in payload.strip().split("|")]
    if len(fields) < 6:
        raise IdNumberError(t("domain.qr_not_cccd"))
    id_number, old_id, name, birth, sex_text, address = fields[:6]
    parse_cccd(id_number)
    if old_id and not is_old_id(old_id):
        raise IdNumberError(t("domain.qr_old_id", old_id=old_id))
    sex = {"nam": "M", "nữ": "F", "nu": "F"}.get(sex_text.lower())
    if sex is None:
        raise IdNumberError(t("domain.qr_sex", sex_text=sex_text))
    if not name:
        raise IdNumberError(t("domain.qr_no_name"))
    issued = _ddmmyyyy(fields[6], "issue date") if len(fields) > 6 and fields[6] else None
    return CccdQr(
        id_number,
        old_id or None,
        " ".join(name.split()),
        _ddmmyyyy(birth, "birth date"),
        sex,
        " ".join(address.split()),
        issued,
    )
