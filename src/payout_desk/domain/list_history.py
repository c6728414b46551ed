"""A person's last months as a point's list carries them (issue 15, items 1 and 4): the outcomes of up to
three earlier months, the unclaimed run (months in a row not collected) and the office's flag threshold, so
the clerk sees "T10 đã nhận · T11 chưa nhận" and, from the threshold on, asks the village head.

In list.json each beneficiary may carry, and only in exactly this shape:

    "history": {"months": [["2026-10", "paid"], ["2026-11", "unpaid"]], "unclaimed": 1, "flag": 2}

`months` oldest first, strictly increasing, at most three, each outcome one of domain/history.Outcome;
`unclaimed` and `flag` whole numbers from 0 to MAX_RUN (flag 0: the office flags nobody).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from payout_desk.domain.history import Outcome, outcomes_line
from payout_desk.lang import Text

HISTORY_MONTHS = 3
MAX_RUN = 1200  # a hundred years of months: anything more is not a run, it is garbage
_KEYS = frozenset({"months", "unclaimed", "flag"})
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_OUTCOMES = frozenset(o.value for o in Outcome)


@dataclass(frozen=True, slots=True)
class ListHistory:
    months: tuple[tuple[str, Outcome], ...]  # oldest first, at most HISTORY_MONTHS
    unclaimed: int  # months in a row, up to the month before the list's, not collected
    flag: int  # the office's threshold for asking the village head (0: none)

    @property
    def flagged(self) -> bool:
        return self.flag > 0 and self.unclaimed >= self.flag

    def line(self) -> Text:
        return outcomes_line(self.months, HISTORY_MONTHS)

    def to_json(self) -> dict[str, Any]:
        return {
            "months": [[month, outcome.value] for month, outcome in self.months],
            "unclaimed": self.unclaimed,
            "flag": self.flag,
        }


def _count_problem(value: Any, key: str) -> str | None:
    if type(value) is not int or not 0 <= value <= MAX_RUN:
        return f"{key} must be a whole number from 0 to {MAX_RUN}"
    return None


def history_problem(obj: Any) -> str | None:
    """Why `obj` is not a list's history object (None when it is exactly the shape above)."""
    if type(obj) is not dict:
        return "it is not an object"
    if obj.keys() != _KEYS:
        extra = sorted(set(obj) - _KEYS)
        return f"unknown key {extra[0]!r}" if extra else f"missing key {sorted(_KEYS - set(obj))[0]!r}"
    months = obj["months"]
    if type(months) is not list or len(months) > HISTORY_MONTHS:
        return f"months must be a list of at most {HISTORY_MONTHS} months"
    previous = ""
    for item in months:
        if type(item) is not list or len(item) != 2:
            return "each month must be a pair [month, outcome]"
        month, outcome = item
        if type(month) is not str or not _MONTH.fullmatch(month) or month <= previous:
            return "months must be YYYY-MM, oldest first, each once"
        if type(outcome) is not str or outcome not in _OUTCOMES:
            return f"an outcome must be one of {', '.join(sorted(_OUTCOMES))}"
        previous = month
    return _count_problem(obj["unclaimed"], "unclaimed") or _count_problem(obj["flag"], "flag")


def history_of(obj: Any) -> ListHistory:
    """The history in a checked object (`history_problem(obj)` is None)."""
    return ListHistory(
        tuple((str(month), Outcome(outcome)) for month, outcome in obj["months"]),
        int(obj["unclaimed"]),
        int(obj["flag"]),
    )


def stored_history(text: str | None) -> ListHistory | None:
    """A history as list_entries.history keeps it (JSON), or None (none, or not the shape)."""

    if not text:
        return None
    try:
        obj = json.loads(text)
    except ValueError:
        return None
    return history_of(obj) if history_problem(obj) is None else None
