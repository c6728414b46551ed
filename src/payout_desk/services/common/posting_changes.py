"""The posting list's look at last month (issue 15, item 7): who is new on a point's list this month and
who was on last month's list and is not on this one, with the reason when the desk knows it — died,
stopped, moved to another point, held —, read at once for the whole list (no query per person)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from payout_desk.domain.oneoff import SEPARATOR
from payout_desk.domain.payout_list import STOP_REASON_VI, ChangeKind
from payout_desk.services.common.amendments import stored_changes
from payout_desk.store.ledger import entitlements
from payout_desk.store.models import PayoutList
from payout_desk.store.month_history import death_records, held_codes
from payout_desk.store.report_back import codes_elsewhere, previous_list

NOT_LISTED = "không có trong danh sách tháng này"


@dataclass(frozen=True, slots=True)
class LastMonth:
    """The point's list of the newest earlier month, and what changed since: the codes new on this month's
    list, and code → (reason, last month's amount) of those no longer on it."""

    before: PayoutList
    new: list[str] = field(default_factory=list)
    gone: dict[str, tuple[str, int]] = field(default_factory=dict)


def _people(codes: Iterable[str]) -> set[str]:
    """The beneficiaries among `codes` (a family's one-off line, CODE#SEQ, is nobody's place on a list)."""
    return {c for c in codes if SEPARATOR not in c}


def against_last_month(session: Session, row: PayoutList, listed_now: Collection[str]) -> LastMonth | None:
    """The differences between the point's list `row` (`listed_now`: the codes listed on it) and the
    point's list of the newest earlier month; None when the point had none. People added by this month's
    amendments are left to the báo tăng table."""
    before = previous_list(session, row)
    if before is None:
        return None
    _revision, then = entitlements(session, before.list_id)
    listed_then = _people(code for code, ent in then.items() if ent.listed)
    by_amendment = {c.code for c in stored_changes(session, row.list_id) if c.kind == ChangeKind.ADD.value}
    found = LastMonth(before, sorted(_people(listed_now) - listed_then - by_amendment))
    gone = sorted(listed_then - set(listed_now))
    if not gone:
        return found
    dead = {c for c, records in death_records(session, row.month).items() if records}
    held = held_codes(session, row.month)
    elsewhere = codes_elsewhere(session, row.month, row.point_id, gone)
    for code in gone:
        stop = then[code].stop
        if code in dead:
            reason = "đã mất"
        elif code in elsewhere:
            reason = f"chuyển đến điểm chi trả {elsewhere[code]}"
        elif code in held:
            reason = "giữ lại chờ bưu cục quyết định"
        elif stop is not None:
            reason = f"báo giảm ({STOP_REASON_VI.get(stop.reason, stop.reason)})"
        else:
            reason = NOT_LISTED
        found.gone[code] = (reason, then[code].amount)
    return found
