"""Sign-ups for payment by bank account (account_signups, issue 17 item 5): added, read per list and per
month, and the codes a month's lists name (for the office's `not_listed` check)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from payout_desk.domain.payout_list import ChangeKind
from payout_desk.store.bulk import bulk_insert
from payout_desk.store.lists import issued_lists_of_month
from payout_desk.store.models import AccountSignup, AmendmentRow, ListEntry, Point


def add_signup(session: Session, **fields: Any) -> AccountSignup:
    row = AccountSignup(**fields)
    session.add(row)
    session.flush()
    return row


COLUMNS = tuple(column.name for column in AccountSignup.__table__.columns)


def insert_signups(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert many sign-ups at once (each a mapping of every column), in the session's transaction."""
    bulk_insert(
        session.connection(),
        AccountSignup.__table__,  # type: ignore[arg-type]
        COLUMNS,
        [tuple(row[name] for name in COLUMNS) for row in rows],
    )


def latest_signup(session: Session, list_id: str, code: str) -> AccountSignup | None:
    """The newest sign-up of `code` on this list (a point holds its own laptop's only)."""
    query = (
        select(AccountSignup)
        .where(AccountSignup.list_id == list_id, AccountSignup.code == code)
        .order_by(AccountSignup.at_utc.desc(), AccountSignup.id.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def list_signups(session: Session, list_id: str) -> list[AccountSignup]:
    """Every sign-up made on this list, oldest first (what a sync file carries: they are never deleted)."""
    query = select(AccountSignup).where(AccountSignup.list_id == list_id)
    return list(session.scalars(query.order_by(AccountSignup.at_utc, AccountSignup.id)))


def stored_bodies(session: Session, ids: Collection[str]) -> dict[str, str]:
    """Id → canonical JSON of the sign-ups among `ids` already stored (asked in chunks: a file may carry
    many thousands)."""
    wanted, found = list(ids), {}
    for start in range(0, len(wanted), 500):
        query = select(AccountSignup.id, AccountSignup.body).where(
            AccountSignup.id.in_(wanted[start : start + 500])
        )
        found.update({key: body for key, body in session.execute(query)})
    return found


def month_signups(session: Session, month: str) -> list[tuple[AccountSignup, str]]:
    """The month's sign-ups with their point's name ("" if unknown), by point, code and time."""
    query = (
        select(AccountSignup, Point.name)
        .outerjoin(Point, Point.code == AccountSignup.point_code)
        .where(AccountSignup.month == month)
        .order_by(AccountSignup.point_code, AccountSignup.code, AccountSignup.at_utc, AccountSignup.id)
    )
    return [(row, name or "") for row, name in session.execute(query)]


def month_listed_codes(session: Session, month: str) -> set[str]:
    """The codes the month's issued lists name: their newest revision's entries and the additions made
    to them (báo tăng)."""
    rows = issued_lists_of_month(session, month)
    if not rows:
        return set()
    entries = select(ListEntry.code).where(ListEntry.payout_list_id.in_([row.id for row in rows]))
    added = select(AmendmentRow.code).where(
        AmendmentRow.list_id.in_([row.list_id for row in rows]), AmendmentRow.kind == ChangeKind.ADD.value
    )
    return set(session.scalars(union(entries, added)))
