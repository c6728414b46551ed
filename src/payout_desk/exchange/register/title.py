"""The month a register's title names ("DANH SÁCH CHI TRẢ … THÁNG 12 NĂM 2026", "Tháng 12/2026"), read from
the rows above its header, so an import for another month can be caught before it is stored."""

from __future__ import annotations

import re

from payout_desk.domain.month import Month
from payout_desk.domain.text import fold
from payout_desk.exchange.register.sheets import RawSheet

# "tháng 12 năm 2026", "tháng 12/2026", "tháng 12 - 2026", "tháng 01.2026" (folded: no diacritics)
_TITLE_MONTH = re.compile(r"\bthang\s*(\d{1,2})\s*(?:nam|/|-|\.)\s*(\d{4})\b")
_DATE_BEFORE = re.compile(r"\bngay\s*\d{1,2}\s*$")  # "ngày 25 tháng 11 năm 2026" is a date, not the title


def title_month(sheet: RawSheet, header_top: int) -> Month | None:
    """The first month named in a title line above the header (row index `header_top`, 0-based), or None
    when the title names none (a bare CSV, a title without a month)."""
    for row in sheet.rows[:header_top]:
        for value in row:
            if not isinstance(value, str):
                continue
            text = fold(value)
            for match in _TITLE_MONTH.finditer(text):
                if _DATE_BEFORE.search(text[: match.start()]):
                    continue
                try:
                    return Month(int(match.group(2)), int(match.group(1)))
                except ValueError:  # "tháng 13", a year out of range: not a month
                    continue
    return None
