"""The payout month: a list is for one month; payment is due before the 5th."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from payout_desk.lang import Explained, t

_MONTH = re.compile(r"(\d{4})-(\d{2})")
_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class MonthError(Explained, ValueError):
    """Text that is not a payout month (YYYY-MM)."""


@dataclass(frozen=True, order=True, slots=True)
class Month:
    year: int
    month: int

    def __post_init__(self) -> None:
        if not (1 <= self.month <= 12 and 2000 <= self.year <= 2200):
            raise MonthError(t("domain.month_format"))

    @classmethod
    def parse(cls, text: str) -> Month:
        match = _MONTH.fullmatch(text.strip())
        if not match:
            raise MonthError(t("domain.month_format_got", text=text))
        return cls(int(match.group(1)), int(match.group(2)))

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def label_vi(self) -> str:
        return f"Tháng {self.month}/{self.year}"

    @property
    def label_en(self) -> str:
        return f"{_EN[self.month - 1]} {self.year}"

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def deadline(self) -> date:
        """Payment is due before the 5th of the month ("đúng – đủ – kịp thời")."""
        return date(self.year, self.month, 5)

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Month:
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)
