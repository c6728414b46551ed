"""The shipped table of Vietnamese banks (resources/banks/banks.csv), read once."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from payout_desk.domain.banks import BankTable, parse_bank_table

FILE = Path("banks") / "banks.csv"


def table_path() -> Path:
    """resources/banks/banks.csv in the built app's bundle, beside the installed package, or at the
    repository's top level."""
    here = Path(__file__).resolve()
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "resources"] if bundle else []
    candidates += [here.parents[1] / "resources", here.parents[3] / "resources"]
    for folder in candidates:
        if (folder / FILE).exists():
            return folder / FILE
    raise FileNotFoundError(
        "the table of banks (resources/banks/banks.csv) is missing: reinstall Payout Desk"
    )


@cache
def bank_table() -> BankTable:
    """Every bank by BIN and name, from the shipped table."""
    return parse_bank_table(table_path().read_text(encoding="utf-8"))
