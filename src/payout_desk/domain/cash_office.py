"""Cash between the office and its points (issue 16): what the office handed a point for a month (its cash
issue, kept with who and when, voided only with a reason), the bound on one issue, and the flags the office
raises on a point's cash — a negative balance, a count that differs from the books, a day with payouts but
no count, receipts declared by the laptops that differ from what the office issued."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from payout_desk.domain.money import AmountError, format_vnd, parse_amount
from payout_desk.lang import t

MAX_CASH_ISSUE = 5_000_000_000
"""The largest cash issue the office records in one entry (5 tỷ đồng): far above a point's month (a few
hundred million), low enough that a slipped key (an extra 0 or three) is caught."""


@dataclass(frozen=True, slots=True)
class CashIssue:
    """One handing-out of cash by the office to a point for a month; a voided one stays, with its reason."""

    id: int
    month: str
    point_code: str
    point_name: str
    amount: int
    issued_at: str
    issued_by: str
    note: str = ""
    voided_at: str | None = None
    voided_by: str | None = None
    void_reason: str | None = None

    @property
    def standing(self) -> bool:
        return self.voided_at is None


def issue_amount(value: int | str) -> int:
    """A cash issue's amount: whole đồng, more than 0, at most MAX_CASH_ISSUE (AmountError otherwise)."""
    amount = parse_amount(value)
    if not amount:
        raise AmountError(t("cash.issue_not_positive"))
    if amount > MAX_CASH_ISSUE:
        raise AmountError(
            t("cash.issue_too_large", amount=format_vnd(amount), limit=format_vnd(MAX_CASH_ISSUE))
        )
    return amount


def issued_total(issues: Iterable[CashIssue]) -> int:
    """What the office handed out, voided issues left out."""
    return sum(i.amount for i in issues if i.standing)


FLAG_NEGATIVE = "negative-balance"
FLAG_SHORT = "count-short"
FLAG_OVER = "count-over"
FLAG_NO_COUNT = "no-count"
FLAG_RECEIPTS = "receipts-differ"
FLAG_KEYS = {
    FLAG_NEGATIVE: "cash.flag_negative",
    FLAG_SHORT: "cash.flag_short",
    FLAG_OVER: "cash.flag_over",
    FLAG_NO_COUNT: "cash.flag_no_count",
    FLAG_RECEIPTS: "cash.flag_receipts",
}
"""Each cash flag in words (lang/catalogue/cash.py)."""
