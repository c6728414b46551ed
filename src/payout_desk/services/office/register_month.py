"""A register whose title names another month than the one it is imported for is refused unless the
office confirms: a December register imported as January would pay the wrong month's lists."""

from __future__ import annotations

from payout_desk.domain.month import Month
from payout_desk.lang import Text, t
from payout_desk.services.common.errors import InvalidInput


def month_name(month: Month) -> Text:
    """ "tháng 12/2026" (English "12/2026"), as the sentences about a month say it."""
    return t("months.name", month=month.month, year=month.year)


class MonthMismatch(InvalidInput):
    """The register's title names `title`, the import is for `chosen` (exit 3; nothing imported)."""

    def __init__(self, title: Month, chosen: Month, *, text: Text | None = None) -> None:
        super().__init__(
            text or t("months.title_differs", title=month_name(title), chosen=month_name(chosen))
        )
        self.title, self.chosen = title, chosen


def check_title_month(title: Month | None, chosen: Month, *, confirmed: bool) -> None:
    """Refuse (MonthMismatch) when the title names a month other than `chosen` and nobody confirmed."""
    if title is not None and title != chosen and not confirmed:
        raise MonthMismatch(title, chosen)
