"""Vietnamese banks by NAPAS BIN (issue 17), parsed from the table shipped in resources/banks/banks.csv.

A register's "Ngân hàng" column names a bank in many ways ("Agribank", "NHNo&PTNT huyện X", "970405",
"NH Chính sách xã hội"); `BankTable.find` accepts the BIN, the short code, the short name, the full name or
an alias, compared folded (no accents, no case, no spaces or punctuation), and a name followed by a branch.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from payout_desk.domain.text import fold

BIN_DIGITS = 6
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
# words a register puts before a bank's own name: "Ngân hàng", "NH", "NHTMCP", "TMCP", "Bank"
_LEADING = ("ngan hang thuong mai co phan", "ngan hang tmcp", "nhtmcp", "ngan hang", "tmcp", "nh")
# words after which a branch follows: "Agribank chi nhánh Hải Hậu", "Vietcombank - CN Nam Định"
_BRANCH = re.compile(r"\s*(?:-|,|\(|\bchi nhanh\b|\bcn\b|\bpgd\b|\bphong giao dich\b|\bhuyen\b|\btinh\b).*$")


@dataclass(frozen=True, slots=True)
class Bank:
    """One bank: its NAPAS BIN (six digits), short code (VCB), short name (Vietcombank) and full name."""

    bin: str
    code: str
    short_name: str
    name: str
    aliases: tuple[str, ...] = ()

    def names(self) -> Iterator[str]:
        """Every name the bank goes by, BIN included."""
        yield from (self.bin, self.code, self.short_name, self.name, *self.aliases)


class BankTableError(ValueError):
    """The shipped bank table is malformed (a duplicate BIN, a BIN that is not six digits...)."""


def name_key(text: str) -> str:
    """A bank's name for matching: folded, letters and digits only ("NH No&PTNT" → "nhnoptnt")."""
    return _NOT_ALNUM.sub("", fold(text))


def _without_leading(folded: str) -> str:
    """The name without the words before it, however many ("NH TMCP Công Thương" → "cong thuong")."""
    stripped = True
    while stripped:
        stripped = False
        for word in _LEADING:
            if folded.startswith(word + " "):
                folded, stripped = folded[len(word) + 1 :], True
                break
    return folded


@dataclass(frozen=True)
class BankTable:
    """The banks, found by BIN or by any of their names."""

    banks: tuple[Bank, ...]
    _by_key: dict[str, Bank] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        bins: set[str] = set()
        for bank in self.banks:
            if len(bank.bin) != BIN_DIGITS or not bank.bin.isdigit():
                raise BankTableError(f"BIN {bank.bin!r} of {bank.short_name} is not six digits")
            if bank.bin in bins:
                raise BankTableError(f"BIN {bank.bin} appears twice")
            bins.add(bank.bin)
        for bank in self.banks:  # the BINs and codes first, so no alias can take them
            self._by_key.setdefault(bank.bin, bank)
            self._by_key.setdefault(name_key(bank.code), bank)
        for bank in self.banks:
            for name in bank.names():
                self._by_key.setdefault(name_key(name), bank)
                self._by_key.setdefault(name_key(_without_leading(fold(name))), bank)

    def by_bin(self, bin_code: str) -> Bank | None:
        bank = self._by_key.get(bin_code.strip())
        return bank if bank is not None and bank.bin == bin_code.strip() else None

    def find(self, text: str) -> Bank | None:
        """The bank a cell names, or None: by BIN, code, short or full name or alias, with or without
        "Ngân hàng"/"NH" before it and a branch after it."""
        folded = fold(text)
        if not folded:
            return None
        tries = [folded, _without_leading(folded)]
        tries += [_BRANCH.sub("", each) for each in tries]
        for each in tries:
            bank = self._by_key.get(name_key(each))
            if bank is not None:
                return bank
        return None

    def __iter__(self) -> Iterator[Bank]:
        return iter(self.banks)

    def __len__(self) -> int:
        return len(self.banks)


def parse_bank_table(text: str) -> BankTable:
    """The table from its CSV text: a header `bin,code,short_name,name,aliases`, "#" lines are comments,
    aliases separated by "|"."""
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    wanted = {"bin", "code", "short_name", "name", "aliases"}
    if not reader.fieldnames or not wanted <= set(reader.fieldnames):
        raise BankTableError(f"the bank table's header must name {sorted(wanted)}")
    banks = [_bank(row) for row in reader]
    return BankTable(tuple(banks))


def _bank(row: dict[str, str]) -> Bank:
    aliases: Iterable[str] = (a.strip() for a in (row.get("aliases") or "").split("|"))
    return Bank(
        bin=(row["bin"] or "").strip(),
        code=(row["code"] or "").strip(),
        short_name=(row["short_name"] or "").strip(),
        name=(row["name"] or "").strip(),
        aliases=tuple(a for a in aliases if a),
    )
