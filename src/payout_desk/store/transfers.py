"""Moves between points (issue 15, item 6): a person's row as a list holds it, and who is on several lists
of one month."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Select, func, literal_column, select, union_all
from sqlalchemy.orm import Session

from payout_desk.domain.payout_list import ChangeKind
from payout_desk.store.models import AmendmentRow, ListEntry, PayoutList


def added_json(session: Session, list_id: str, code: str) -> str | None:
    """The beneficiary JSON of the newest addition (báo tăng) of `code` to the list, if any."""
    return session.scalar(
        select(AmendmentRow.beneficiary_json)
        .where(
            AmendmentRow.list_id == list_id,
            AmendmentRow.code == code,
            AmendmentRow.kind == ChangeKind.ADD.value,
        )
        .order_by(AmendmentRow.seq.desc())
        .limit(1)
    )


def codes_on_several_lists(session: Session, rows: list[PayoutList]) -> dict[str, set[str]]:
    """Code → the list ids among `rows` (one revision per list) whose entries or additions name it, for the
    codes named by two lists or more (stops not looked at: the caller folds them)."""
    if len(rows) < 2:
        return {}
    by_row = {row.id: row.list_id for row in rows}
    entries = select(ListEntry.code.label("code"), ListEntry.payout_list_id.label("row")).where(
        ListEntry.payout_list_id.in_(by_row)
    )
    row_of = {list_id: row_id for row_id, list_id in by_row.items()}
    added: list[Select[Any, Any]] = [
        select(AmendmentRow.code.label("code"), literal_column(str(row_id)).label("row")).where(
            AmendmentRow.list_id == list_id, AmendmentRow.kind == ChangeKind.ADD.value
        )
        for list_id, row_id in row_of.items()
    ]
    named = union_all(entries, *added).subquery()
    several = select(named.c.code).group_by(named.c.code).having(func.count(func.distinct(named.c.row)) > 1)
    found: dict[str, set[str]] = defaultdict(set)
    for code, row_id in session.execute(
        select(named.c.code, named.c.row).where(named.c.code.in_(several)).distinct()
    ):
        found[code].add(by_row[int(row_id)])
    return dict(found)
