"""What the office's month-to-month readers depend on, as one cheap mark (issue 15): a reader may keep its
answer while the mark stays the same. It moves with every list revision stored or issued, every amendment,
every event taken in and every code linked — each a primary key's maximum or a count over the small lists
table, so one query of a few index look-ups whatever the size of the district."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from payout_desk.domain.payout_list import ListStatus
from payout_desk.store.models import AmendmentRow, LedgerEvent, PayoutList, PersonLink


def history_mark(session: Session) -> tuple[int, ...]:
    """(newest list revision, issued revisions, newest amendment, newest event, newest link, links)."""
    parts = (
        select(func.max(PayoutList.id)).scalar_subquery(),
        select(func.count()).where(PayoutList.status == ListStatus.ISSUED.value).scalar_subquery(),
        select(func.max(AmendmentRow.id)).scalar_subquery(),
        select(func.max(LedgerEvent.id)).scalar_subquery(),
        select(func.max(PersonLink.id)).scalar_subquery(),
        select(func.count(PersonLink.id)).scalar_subquery(),
    )
    row = session.execute(select(*parts)).one()
    return tuple(int(value or 0) for value in row)
