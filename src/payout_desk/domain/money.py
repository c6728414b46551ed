"""Money in whole đồng (VND has no minor unit): formatting, parsing, and the amount in words."""

from __future__ import annotations

import math
import re
import unicodedata

from payout_desk.lang import Explained, t

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_GROUP_UNITS = ("", "nghìn", "triệu", "tỷ")
_UNIT_WORDS = re.compile(r"(đồng|đ|vnđ|vnd|₫)\.?$|^(vnđ|vnd|₫)")
_GROUPED = re.compile(r"\d{1,3}(?:([.,  ])\d{3})(?:\1\d{3})*")
_PLAIN = re.compile(r"\d+(?:[.,]0+)?")


class AmountError(Explained, ValueError):
    """A value that is not an amount in whole đồng."""


def format_vnd(amount: int, unit: str = "₫") -> str:
    """'1.234.000 ₫' — dots between thousands, the unit after a space (none when unit is '')."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"amounts are whole đồng (int), not {type(amount).__name__}")
    digits = f"{abs(amount):,}".replace(",", ".")
    text = f"-{digits}" if amount < 0 else digits
    return f"{text} {unit}" if unit else text


def parse_amount(value: object) -> int | None:
    """An amount from a spreadsheet cell: None when blank; AmountError when not whole đồng ≥ 0."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise AmountError(t("domain.not_amount", value=value))
    if isinstance(value, int):
        if value < 0:
            raise AmountError(t("domain.negative", value=value))
        return value
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise AmountError(t("domain.not_whole", value=value))
        return parse_amount(int(value))
    if not isinstance(value, str):
        raise AmountError(t("domain.not_amount", value=value))
    return _parse_text(value)


def _parse_text(raw: str) -> int | None:
    text = unicodedata.normalize("NFC", raw).strip().lower()
    if not text:
        return None
    text = _UNIT_WORDS.sub("", text).strip()
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    if text.startswith("-"):
        raise AmountError(t("domain.negative_text", value=raw.strip()))
    if _GROUPED.fullmatch(text):
        return int(re.sub(r"[.,  ]", "", text))
    if _PLAIN.fullmatch(text):
        return int(re.split(r"[.,]", text)[0])
    raise AmountError(t("domain.not_amount_text", value=raw.strip()))


def _three_digits(number: int, *, full: bool) -> list[str]:
    """Words for 0–999; `full` reads leading zeros ("không trăm linh năm") inside a larger number."""
    hundreds, tens, ones = number // 100, number // 10 % 10, number % 10
    words: list[str] = []
    if hundreds or full:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if ones and words:
            words.append("linh")
    elif tens == 1:
        words.append("mười")
    else:
        words += [_DIGITS[tens], "mươi"]
    if ones:
        if ones == 1 and tens >= 2:
            words.append("mốt")
        elif ones == 5 and tens >= 1:
            words.append("lăm")
        elif ones == 4 and tens >= 2:
            words.append("tư")
        else:
            words.append(_DIGITS[ones])
    return words


def number_in_words(n: int) -> str:
    """Vietnamese words for an integer, as accountants read amounts.

    Groups of three digits are read with nghìn / triệu / tỷ; beyond tỷ the reading repeats ("một nghìn
    tỷ"). Inside a number, a group with leading zeros is read in full ("một triệu không trăm linh năm
    nghìn"); a group that is all zeros is skipped (1.000.000.005 → "một tỷ không trăm linh năm").
    """
    if n < 0:
        return "âm " + number_in_words(-n)
    if n == 0:
        return "không"
    if n >= 1_000_000_000:
        high, low = divmod(n, 1_000_000_000)
        words = number_in_words(high) + " tỷ"
        return words + (" " + _below_billion(low, full=True) if low else "")
    return _below_billion(n, full=False)


def _below_billion(n: int, *, full: bool) -> str:
    groups = [n // 1_000_000, n // 1000 % 1000, n % 1000]
    words: list[str] = []
    for index, group in enumerate(groups):
        if group == 0:
            continue
        words += _three_digits(group, full=full or bool(words))
        unit = _GROUP_UNITS[2 - index]
        if unit:
            words.append(unit)
    return " ".join(words)


def amount_in_words(amount: int) -> str:
    """'Một triệu hai trăm ba mươi tư nghìn đồng' for 1.234.000."""
    words = number_in_words(amount)
    return words[0].upper() + words[1:] + " đồng"
