"""The changes amendments made to issued lists (`amendments`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from payout_desk.domain.payout_list import ChangeKind
from payout_desk.store.models import AmendmentRow


def amendment_rows(session: Session, list_id: str) -> list[AmendmentRow]:
    """The list's changes, in their order."""
    return list(
        session.scalars(
            select(AmendmentRow).where(AmendmentRow.list_id == list_id).order_by(AmendmentRow.seq)
        )
    )


def amendment_count(session: Session, list_id: str) -> int | None:
    return session.scalar(select(func.count(AmendmentRow.id)).where(AmendmentRow.list_id == list_id))


_ADDED = select(AmendmentRow.code, AmendmentRow.list_id).where(
    AmendmentRow.list_id.in_(bindparam("lists", expanding=True)), AmendmentRow.kind == ChangeKind.ADD.value
)


def added_codes(session: Session, list_ids: list[str]) -> list[Any]:
    """Rows (code, list_id) of the people amendments added to these lists."""
    return list(session.connection().execute(_ADDED, {"lists": list_ids}))
