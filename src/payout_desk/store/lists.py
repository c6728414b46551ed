"""Moving payout lists between their domain form and the database (shared by office and point), and what
the desk asks of its lists (`payout_lists`, `list_entries`, `list_bodies`)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import orjson
from sqlalchemy import ColumnElement, Select, bindparam, delete, func, select, text
from sqlalchemy.orm import Session, contains_eager

from payout_desk.domain.payout_list import ListedBeneficiary, ListStatus, PayLine
from payout_desk.domain.text import fold
from payout_desk.store.bulk import bulk_insert
from payout_desk.store.models import AmendmentRow, Device, ListBody, ListEntry, PayoutList, Point

ENTRY_COLUMNS = (
    "payout_list_id",
    "code",
    "name",
    "name_folded",
    "birth_year",
    "birth_date",
    "sex",
    "cccd",
    "address",
    "village",
    "commune",
    "category",
    "home_visit",
    "proxy_name",
    "proxy_relation",
    "notes",
    "lines",
    "total",
    "source_row",
    "history",
)


def content_sha256(month: str, point_code: str, people_json: bytes) -> str:
    """What identifies a list's content, whatever its id, revision and issue time."""
    digest = hashlib.sha256(f"{month}\n{point_code}\n".encode())
    digest.update(people_json)
    return digest.hexdigest()


@lru_cache(maxsize=4096)
def _lines_columns(lines: tuple[PayLine, ...]) -> tuple[str, int]:
    """The lines and total columns: a list's people share a few distinct sets of lines, each done once."""
    as_json = orjson.dumps([{"kind": x.kind, "label": x.label, "amount": x.amount} for x in lines]).decode()
    return as_json, sum(x.amount for x in lines)


def entry_row(payout_list_id: int, b: ListedBeneficiary, source_row: int | None) -> tuple[Any, ...]:
    """One list_entries row, in ENTRY_COLUMNS order, as the database stores it."""
    lines, total = _lines_columns(b.lines)
    return (
        payout_list_id,
        b.code,
        b.name,
        fold(b.name),
        b.birth_year,
        b.birth_date,
        b.sex,
        b.cccd,
        b.address,
        b.village,
        b.commune,
        b.category,
        b.home_visit,
        b.proxy_name,
        b.proxy_relation,
        b.notes,
        lines,
        total,
        source_row,
        orjson.dumps(b.history.to_json()).decode() if b.history is not None else None,
    )


def insert_entries(
    session: Session, payout_list_id: int, people: Sequence[ListedBeneficiary], rows: Iterable[int | None]
) -> None:
    insert_lists_entries(session, [(payout_list_id, people, rows)])


def insert_lists_entries(
    session: Session, lists: Iterable[tuple[int, Sequence[ListedBeneficiary], Iterable[int | None]]]
) -> None:
    """The entries of several list revisions (id, people, their register rows) in one statement."""
    bulk_insert(
        session.connection(),
        ListEntry.__table__,  # type: ignore[arg-type]
        ENTRY_COLUMNS,
        [
            entry_row(payout_list_id, b, row)
            for payout_list_id, people, rows in lists
            for b, row in zip(people, rows, strict=True)
        ],
    )


def entry_codes(session: Session, payout_list_id: int) -> list[str]:
    return list(session.scalars(select(ListEntry.code).where(ListEntry.payout_list_id == payout_list_id)))


def copy_entries(session: Session, from_list: int, to_list: int) -> None:
    """The entries of one list revision, again under another (a revision that changes no beneficiary), with
    the histories it carried."""
    columns = ", ".join(ENTRY_COLUMNS[1:])
    session.execute(
        text(
            f"INSERT INTO list_entries (payout_list_id, {columns}) "
            f"SELECT :to_list, {columns} FROM list_entries WHERE payout_list_id = :from_list ORDER BY id"
        ),
        {"to_list": to_list, "from_list": from_list},
    )
    session.execute(  # and the histories the revision carried (office, issue 15)
        text(
            "INSERT INTO list_histories (payout_list_id, kept) "
            "SELECT :to_list, kept FROM list_histories WHERE payout_list_id = :from_list"
        ),
        {"to_list": to_list, "from_list": from_list},
    )


def enrolled_devices_json(session: Session) -> dict[int, str]:
    """Per point id: its enrolled (not revoked) devices as a list carries them, in key id order (one query
    for every point; a point with none is not in the dict: its devices are "[]")."""
    devices = session.scalars(
        select(Device).where(Device.revoked_at.is_(None)).order_by(Device.point_id, Device.key_id)
    )
    by_point: dict[int, list[dict[str, str]]] = {}
    for d in devices:
        by_point.setdefault(d.point_id, []).append(
            {"name": d.name, "public_key": d.public_key, "key_id": d.key_id}
        )
    return {point_id: json.dumps(found, ensure_ascii=False) for point_id, found in by_point.items()}


def newest_list(session: Session) -> PayoutList | None:
    """The list a point laptop works on: its newest month's newest revision."""
    return session.scalar(
        select(PayoutList).order_by(PayoutList.month.desc(), PayoutList.revision.desc()).limit(1)
    )


def list_revisions(session: Session, list_id: str) -> list[PayoutList]:
    """Every stored revision of a list, newest first."""
    return list(
        session.scalars(
            select(PayoutList).where(PayoutList.list_id == list_id).order_by(PayoutList.revision.desc())
        )
    )


def list_revision(session: Session, list_id: str, revision: int) -> PayoutList | None:
    return session.scalar(
        select(PayoutList).where(PayoutList.list_id == list_id, PayoutList.revision == revision)
    )


def newest_issued(session: Session, month: str, point_id: int) -> PayoutList | None:
    """The newest issued revision of the point's list for the month."""
    return session.scalar(
        select(PayoutList)
        .where(
            PayoutList.month == month,
            PayoutList.point_id == point_id,
            PayoutList.status == ListStatus.ISSUED.value,
        )
        .order_by(PayoutList.revision.desc())
        .limit(1)
    )


def newest_issued_by_point(session: Session, month: str) -> dict[int, PayoutList]:
    """Per point id: its list's newest issued revision of the month (one query for every point)."""
    rows = session.scalars(
        select(PayoutList)
        .where(PayoutList.month == month, PayoutList.status == ListStatus.ISSUED.value)
        .order_by(PayoutList.point_id, PayoutList.revision)
    )
    return {row.point_id: row for row in rows}  # the highest revision comes last


_ISSUED = (
    select(PayoutList.point_id, PayoutList.month, PayoutList.revision, Point.code)
    .join(Point, Point.id == PayoutList.point_id)
    .where(PayoutList.list_id == bindparam("list_id"), PayoutList.status == ListStatus.ISSUED.value)
    .order_by(PayoutList.revision.desc())
    .limit(1)
)


def issued_revision(session: Session, list_id: str) -> Any:
    """The list's newest issued revision — a row (point_id, month, revision, code), `code` its point's — or
    None."""
    return session.execute(_ISSUED, {"list_id": list_id}).first()


def newest_issued_query(*where: ColumnElement[bool]) -> Select[Any]:
    """The newest issued revision of each list among those `where` picks — the one query for it (a month's
    lists, or lists by id: store/history.newest_issued)."""
    newest = (
        select(PayoutList.list_id, func.max(PayoutList.revision).label("revision"))
        .where(PayoutList.status == ListStatus.ISSUED.value, *where)
        .group_by(PayoutList.list_id)
        .subquery()
    )
    return select(PayoutList).join(
        newest, (PayoutList.list_id == newest.c.list_id) & (PayoutList.revision == newest.c.revision)
    )


def issued_lists_of_month(session: Session, month: str) -> list[PayoutList]:
    """The newest issued revision of each list of the month (with its point), by point code."""
    query = (
        newest_issued_query(PayoutList.month == month)
        .join(Point)
        .options(contains_eager(PayoutList.point))
        .order_by(Point.code)
    )
    return list(session.scalars(query))


def newest_of_month(month: str) -> Select[Any]:
    """Per point, the newest revision (draft or issued) of its list for the month — the one query for it."""
    latest = (
        select(PayoutList.point_id, func.max(PayoutList.revision).label("revision"))
        .where(PayoutList.month == month)
        .group_by(PayoutList.point_id)
        .subquery()
    )
    return (
        select(PayoutList)
        .join(latest, (PayoutList.point_id == latest.c.point_id) & (PayoutList.revision == latest.c.revision))
        .where(PayoutList.month == month)
    )


def newest_lists_of_month(session: Session, month: str) -> list[PayoutList]:
    """Per point, the newest revision (draft or issued) of its list for the month, by point code."""
    query = newest_of_month(month).join(Point).options(contains_eager(PayoutList.point)).order_by(Point.code)
    return list(session.scalars(query))


def list_bodies(session: Session, payout_list_ids: Sequence[int]) -> dict[int, ListBody]:
    """The bodies of these list revisions, by revision row id (one query)."""
    found = session.scalars(select(ListBody).where(ListBody.payout_list_id.in_(payout_list_ids)))
    return {body.payout_list_id: body for body in found}


def discard_drafts(session: Session, month: str) -> None:
    """Delete the month's drafts (revisions not issued)."""
    session.execute(
        delete(PayoutList).where(PayoutList.month == month, PayoutList.status == ListStatus.DRAFT.value)
    )


def list_months(session: Session) -> set[str]:
    """Every month some list is for."""
    return set(session.scalars(select(PayoutList.month).distinct()))


def month_of_list(session: Session, list_id: str) -> str | None:
    return session.scalar(select(PayoutList.month).where(PayoutList.list_id == list_id).limit(1))


def list_revisions_of_month(session: Session, month: str) -> dict[int, str]:
    """Row id → list id, of every revision of every list of the month."""
    return dict(
        session.execute(select(PayoutList.id, PayoutList.list_id).where(PayoutList.month == month)).all()
    )


def entry(session: Session, payout_list_id: int, code: str) -> ListEntry | None:
    """The list revision's entry for a beneficiary code, or None."""
    return session.scalar(
        select(ListEntry).where(ListEntry.payout_list_id == payout_list_id, ListEntry.code == code)
    )


def entries(session: Session, payout_list_id: int) -> list[ListEntry]:
    return list(session.scalars(select(ListEntry).where(ListEntry.payout_list_id == payout_list_id)))


def people_of(session: Session, payout_list_id: int) -> list[Any]:
    """Rows (code, name, birth_year, village, category, cccd) of the list revision's entries."""
    query = select(
        ListEntry.code,
        ListEntry.name,
        ListEntry.birth_year,
        ListEntry.village,
        ListEntry.category,
        ListEntry.cccd,
    ).where(ListEntry.payout_list_id == payout_list_id)
    return list(session.execute(query))


def names_on_lists(session: Session, list_ids: Sequence[str], codes: Sequence[str]) -> list[Any]:
    """Rows (list_id, code, name) of the lists' entries for `codes`, oldest revision first."""
    query = (
        select(PayoutList.list_id, ListEntry.code, ListEntry.name)
        .join(PayoutList, ListEntry.payout_list_id == PayoutList.id)
        .where(PayoutList.list_id.in_(list_ids), ListEntry.code.in_(codes))
        .order_by(PayoutList.revision)
    )
    return list(session.execute(query))


_ENTRIES = select(ListEntry.code, ListEntry.payout_list_id, ListEntry.cccd).where(
    ListEntry.payout_list_id.in_(bindparam("rows", expanding=True))
)
_LATEST_ROWS = select(  # changes when a list, entry or amendment is added (all three only grow)
    select(func.max(ListEntry.id)).scalar_subquery(),
    select(func.max(AmendmentRow.id)).scalar_subquery(),
    select(func.max(PayoutList.id)).scalar_subquery(),
)


def codes_and_cccds(session: Session, payout_list_ids: Sequence[int]) -> list[Any]:
    """Rows (code, payout_list_id, cccd) of the entries of these list revisions."""
    return list(session.connection().execute(_ENTRIES, {"rows": list(payout_list_ids)}))


def newest_row_ids(session: Session) -> tuple[Any, ...]:
    """The highest list entry, amendment and list row ids: a stamp that changes whenever one is added."""
    return tuple(session.execute(_LATEST_ROWS).one())


def list_bodies_with_hash(session: Session) -> Iterable[Any]:
    """Rows (list_id, revision, month, point code, content_sha256, beneficiaries_json) of every list body."""
    query = (
        select(
            PayoutList.list_id, PayoutList.revision, PayoutList.month, Point.code, PayoutList.content_sha256
        )
        .add_columns(ListBody.beneficiaries_json)
        .join(ListBody, ListBody.payout_list_id == PayoutList.id)
        .join(Point, Point.id == PayoutList.point_id)
    )
    return session.execute(query)
