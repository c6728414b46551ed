"""Vietnamese text: NFC clean-up, accent- and case-insensitive folding, dictionary order, legacy fonts."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_BASE_ORDER = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng
_VOWEL_MARKS = {"\u0306": "ă", "\u0302": "â", "\u031b": "ơ"}  # breve, circumflex, horn (context below)


def nfc(text: str) -> str:
    """NFC, every run of whitespace (NBSP, tabs, newlines) made one space, trimmed."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    stripped = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return stripped.casefold()


_FOLD_TABLE: dict[int, str] = {}
for _code in range(0xC0, 0x1F00):
    _char = chr(_code)
    if unicodedata.category(_char).startswith("L") and _fold_char(_char) != _char:
        _FOLD_TABLE[_code] = _fold_char(_char)
for _code in range(0x1E00, 0x1F00):
    _char = chr(_code)
    if unicodedata.category(_char).startswith("L"):
        _FOLD_TABLE[_code] = _fold_char(_char)


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """For search and matching: no diacritics, đ → d, casefolded, whitespace collapsed.

    "Nguyễn Văn Dũng" (NFC or NFD) → "nguyen van dung".
    """
    folded = text.translate(_FOLD_TABLE)
    if not folded.isascii():  # combining marks (NFD input) or letters outside the table
        folded = _COMBINING.sub("", unicodedata.normalize("NFD", folded)).translate(_FOLD_TABLE)
    return " ".join(folded.casefold().split())


def _letter_key(ch: str) -> tuple[int, int]:
    """(base letter rank, tone rank) for one NFC character."""
    lowered = ch.lower()
    decomposed = unicodedata.normalize("NFD", lowered)
    tone = 0
    base = decomposed[0]
    marks = decomposed[1:]
    for mark in marks:
        if mark in _TONES:
            tone = _TONES[mark]
    letter = base
    if "\u0306" in marks and base == "a":
        letter = "ă"
    elif "\u0302" in marks and base in "aeo":
        letter = {"a": "â", "e": "ê", "o": "ô"}[base]
    elif "\u031b" in marks and base in "ou":
        letter = {"o": "ơ", "u": "ư"}[base]
    elif lowered == "đ":
        letter = "đ"
    rank = _BASE_ORDER.find(letter)
    return (rank if rank >= 0 else 100 + ord(letter), tone)


def vn_collation_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Vietnamese dictionary order: letters first (a ă â b c d đ …), tone marks second, case ignored."""
    keys = [_letter_key(ch) for ch in nfc(text)]
    return tuple(k[0] for k in keys), tuple(k[1] for k in keys)


def name_sort_key(full_name: str) -> tuple[object, ...]:
    """Vietnamese list order: given name (the last word), then the family name, then the middle names."""
    words = nfc(full_name).split(" ")
    given, family, middle = words[-1], words[0] if len(words) > 1 else "", " ".join(words[1:-1])
    return (vn_collation_key(given), vn_collation_key(family), vn_collation_key(middle), full_name)


def _vietnamese_letters() -> frozenset[str]:
    """Every precomposed letter of Vietnamese (both cases): the vowels with each tone, and đ."""
    vowels = "aăâeêioôơuưy"
    letters = {"đ", "Đ"}
    for vowel in vowels:
        for tone in ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"):
            letter = unicodedata.normalize("NFC", vowel + tone)
            letters.update((letter, letter.upper()))
    return frozenset(ch for ch in letters if not ch.isascii())


_VIETNAMESE = _vietnamese_letters()


def _foreign(ch: str) -> bool:
    """A Latin-1 letter or symbol that Vietnamese never uses (legacy fonts put their letters there)."""
    return "\u00a0" < ch <= "\u00ff" and ch not in _VIETNAMESE


def legacy_encoding(text: str) -> str | None:
    """'TCVN3' or 'VNI' when `text` looks like Vietnamese typed in a legacy 8-bit font (ABC/TCVN3 or
    VNI-Windows) and read as Windows-1252, else None.

    Such text shows Latin-1 letters and symbols that Vietnamese never uses ("V¨n", "§øc", "Ñöùc",
    "Thaønh"). It takes at least two such words, and one word in twenty, to say so: real Unicode
    Vietnamese (NFC or NFD) and plain ASCII never qualify. TCVN3 puts many letters on the symbols
    U+00A0–U+00BF; VNI puts its marks on letters U+00C0–U+00FF.
    """
    words = [w for w in unicodedata.normalize("NFC", text).split() if not w.isascii()]
    odd = [w for w in words if any(_foreign(ch) for ch in w)]
    if len(odd) < 2 or len(odd) * 20 < len(words):
        return None
    symbols = sum(1 for w in odd for ch in w if "\u00a0" <= ch <= "\u00bf")
    letters = sum(1 for w in odd for ch in w if "\u00c0" <= ch <= "\u00ff" and _foreign(ch))
    return "TCVN3" if symbols >= letters else "VNI"
