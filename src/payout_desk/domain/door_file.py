"""The door's checks over one device's whole history in a file: the sums of its amounts (`file_totals_problem`)
and the voids of its own events (`own_void_problem`). Each event on its own is domain/door.py's.
"""

from __future__ import annotations

from collections.abc import Iterable

from payout_desk.domain.door import AMOUNTED
from payout_desk.domain.door_text import MAX_FILE_TOTAL
from payout_desk.domain.ledger import Event, Kind


def file_totals_problem(events: Iterable[Event]) -> str | None:
    """Why one file's sums of amounts cannot be taken in (None when each kind stays within MAX_FILE_TOTAL)."""
    totals = dict.fromkeys(AMOUNTED, 0)
    for event in events:
        if event.kind in totals:
            totals[event.kind] += event.amount
    for kind, total in totals.items():
        if total > MAX_FILE_TOTAL:
            return f"its {kind} amounts add up to more than {MAX_FILE_TOTAL:,} đồng"
    return None


_VOIDABLE = frozenset(
    {Kind.PAYOUT, Kind.REPORT, Kind.CASH_RECEIVED, Kind.CASH_RETURNED, Kind.CASH_COUNT, Kind.NOTE}
)


def own_void_problem(events: list[Event]) -> tuple[int, str] | None:
    """(seq, why) for the first void in one device's history of one list that cannot be right, else None.

    A void whose target is in the same history must cancel an earlier event of a kind that can be voided,
    about the same beneficiary, and say its kind and amount truly. A void whose target is not in the
    history cancels another laptop's event: only a sibling's report may be (cross-device voids of reports,
    checked against the office's records by `ledger`); anything else names an event of another list — a
    December file cancelling its own November payout — and is refused."""
    everything = {event.event_id for event in events}
    seen: dict[str, Event] = {}
    for event in events:
        if event.kind == Kind.VOID:
            target = seen.get(event.target or "")
            target_kind = event.data.get("target_kind")
            if target is None and event.target in everything:
                return event.seq, "a void cancels an event recorded after it, or itself"
            if target is None:
                if target_kind != Kind.REPORT:
                    return event.seq, "a void cancels an event that is not in this list's history"
            elif target.kind not in _VOIDABLE:
                return event.seq, f"a void cancels a {target.kind} event, which cannot be voided"
            elif target.beneficiary != event.beneficiary:
                return event.seq, "a void is about another beneficiary than the event it cancels"
            elif target_kind not in (None, target.kind) or event.data.get("target_amount") not in (
                None,
                target.amount,
            ):
                return event.seq, "a void misstates the kind or amount of the event it cancels"
        seen[event.event_id] = event
    return None
