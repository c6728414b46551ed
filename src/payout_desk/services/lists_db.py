"""Moving payout lists between their domain form and the database (shared by office and point)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import orjson
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from payout_desk.domain.payout_list import ListedBeneficiary, PayLine
from payout_desk.domain.text import fold
from payout_desk.store.bulk import bulk_insert
from payout_desk.store.models import Device, ListEntry

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
    )


def insert_entries(
    session: Session, payout_list_id: int, people: Sequence[ListedBeneficiary], rows: Iterable[int | None]
) -> None:
    bulk_insert(
        session.connection(),
        ListEntry.__table__,  # type: ignore[arg-type]
        ENTRY_COLUMNS,
        [entry_row(payout_list_id, b, row) for b, row in zip(people, rows, strict=True)],
    )


def entry_codes(session: Session, payout_list_id: int) -> list[str]:
    return list(session.scalars(select(ListEntry.code).where(ListEntry.payout_list_id == payout_list_id)))


def copy_entries(session: Session, from_list: int, to_list: int) -> None:
    """The entries of one list revision, again under another (a revision that changes no beneficiary)."""
    columns = ", ".join(ENTRY_COLUMNS[1:])
    session.execute(
        text(
            f"INSERT INTO list_entries (payout_list_id, {columns}) "
            f"SELECT :to_list, {columns} FROM list_entries WHERE payout_list_id = :from_list ORDER BY id"
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
