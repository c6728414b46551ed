"""Reading single register cells: codes, birth, sex, ID numbers, payment method, notes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from payout_desk.domain.ids import IdNumberError, cccd_disagreements, is_old_id, parse_cccd
from payout_desk.domain.text import fold, nfc
from payout_desk.lang import Text, t

_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?")
_NON_CASH_WORDS = (
    "chuyen khoan",
    "ck",
    "tk",
    "qua tai khoan",
    "tai khoan",
    "atm",
    "qua ngan hang",
    "ngan hang",
)
_NON_CASH = re.compile(r"\b(" + "|".join(re.escape(w) for w in _NON_CASH_WORDS) + r")\b")
_HOME = re.compile(r"\b(chi tra tai nha|chi tai nha|tra tai nha|tai nha|tai gia)\b")
_PROXY = re.compile(r"\b(uy quyen|uq)\b(\s+cho)?\s*[:\-–]?\s*")
_RELATION = re.compile(r"\s*(?:\(([^)]*)\)|[-–,]\s*(.+))\s*$")
MIN_BIRTH_YEAR, MAX_BIRTH_YEAR = 1880, 2100


def text_of(value: Any) -> str:
    """A cell as clean text; whole numbers typed as numbers lose their '.0'."""
    if type(value) is str:
        return nfc(value) if value else ""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return nfc(str(value))


@dataclass(frozen=True, slots=True)
class Birth:
    year: int | None
    day: date | None


def parse_birth(value: Any) -> Birth | None:
    """A year (1940, 1940.0, '1940') or a date (cell date, '12/03/1940', '1940-03-12'); None if unreadable."""
    if value is None or value == "":
        return Birth(None, None)
    if isinstance(value, datetime):
        return Birth(value.year, value.date())
    if isinstance(value, date):
        return Birth(value.year, value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        year = int(value) if float(value).is_integer() else 0
        return Birth(year, None) if MIN_BIRTH_YEAR <= year <= MAX_BIRTH_YEAR else None
    text = str(value).strip().removesuffix(".0")
    if text.isdigit() and len(text) == 4:
        return parse_birth(int(text))
    for pattern, order in ((_DMY, (3, 2, 1)), (_YMD, (1, 2, 3))):
        match = pattern.fullmatch(text)
        if match:
            try:
                day = date(*(int(match.group(i)) for i in order))
            except ValueError:
                return None
            return Birth(day.year, day) if MIN_BIRTH_YEAR <= day.year <= MAX_BIRTH_YEAR else None
    return None


def parse_sex(value: Any) -> str | None:
    key = fold(str(value)) if value not in (None, "") else ""
    return {"nam": "M", "m": "M", "male": "M", "nu": "F", "f": "F", "female": "F"}.get(key)


@dataclass(frozen=True, slots=True)
class IdCheck:
    value: str | None
    warning: str | None = None  # "cccd_restored" / "cccd_invalid" / "cccd_mismatch"
    text: Text | None = None  # what is wrong with it, in either language
    also_mismatch: list[Text] = field(
        default_factory=list
    )  # a restored number can still disagree with the row


def check_id(value: Any, *, birth_year: int | None, sex: str | None) -> IdCheck:
    """Clean up an ID cell; restore a leading zero Excel dropped; say what is wrong with it."""
    if value is None or value == "":
        return IdCheck(None)
    if isinstance(value, float):
        text = str(int(value)) if value.is_integer() else str(value)
    else:
        text = "".join(str(value).split())
    restored = len(text) == 11 and text.isascii() and text.isdigit()
    if restored:
        text = "0" + text
    if is_old_id(text):
        return IdCheck(text)
    try:
        info = parse_cccd(text)
    except IdNumberError as exc:
        return IdCheck(text, "cccd_invalid", t("register.cccd_invalid", number=text, detail=exc.text))
    problems = cccd_disagreements(info, birth_year=birth_year, sex=sex)
    if restored:
        return IdCheck(
            text, "cccd_restored", t("register.cccd_restored", cut=text[1:], number=text), problems
        )
    if problems:
        return IdCheck(text, "cccd_mismatch", t("register.cccd_mismatch", detail=problems))
    return IdCheck(text)


def is_cash(method: str, notes: str) -> bool:
    """False for rows paid by bank transfer ("Chuyển khoản", "CK", "TK", "Qua tài khoản", "ATM")."""
    return not (_NON_CASH.search(fold(method)) or (not method and _NON_CASH.search(fold(notes))))


def is_home_visit(notes: str) -> bool:
    return bool(_HOME.search(fold(notes)))


def standing_proxy(notes: str) -> tuple[str | None, str | None]:
    """'Ủy quyền: Võ Ngọc Tám (con)' → ('Võ Ngọc Tám', 'con'); also 'UQ: NAME - relation'."""
    text = nfc(notes)
    folded = fold(text)
    match = _PROXY.search(folded)
    if match is None or len(folded) != len(text):
        return None, None
    rest = text[match.end() :]
    rest = re.split(r"[;\n]| {2,}", rest)[0].strip(" .")
    relation_match = _RELATION.search(rest)
    relation = None
    if relation_match:
        relation = (relation_match.group(1) or relation_match.group(2) or "").strip() or None
        rest = rest[: relation_match.start()]
    name = nfc(rest).strip(" :-–,")
    return (name or None), (relation if name else None)
