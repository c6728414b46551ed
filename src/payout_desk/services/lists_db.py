"""Moving payout lists between the domain form and the database (shared by office and point)."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from payout_desk.domain.payout_list import EnrolledDevice, ListedBeneficiary, PayLine, PayoutListDoc
from payout_desk.domain.text import fold
from payout_desk.exchange.jsonio import canonical_json
from payout_desk.exchange.listfile import beneficiary_to_json
from payout_desk.store.models import ListEntry, PayoutList


def content_sha256(month: str, point_code: str, beneficiaries: tuple[ListedBeneficiary, ...]) -> str:
    """What identifies a list's content, whatever its id, revision and issue time."""
    body = {
        "month": month,
        "point": point_code,
        "beneficiaries": [beneficiary_to_json(b) for b in sorted(beneficiaries, key=lambda b: b.code)],
    }
    return hashlib.sha256(canonical_json(body)).hexdigest()


def entry_rows(
    payout_list_id: int, beneficiaries: tuple[ListedBeneficiary, ...], rows: list[int | None]
) -> list[dict[str, Any]]:
    return [
        {
            "payout_list_id": payout_list_id,
            "code": b.code,
            "name": b.name,
            "name_folded": fold(b.name),
            "birth_year": b.birth_year,
            "birth_date": b.birth_date,
            "sex": b.sex,
            "cccd": b.cccd,
            "address": b.address,
            "village": b.village,
            "commune": b.commune,
            "category": b.category,
            "home_visit": b.home_visit,
            "proxy_name": b.proxy_name,
            "proxy_relation": b.proxy_relation,
            "notes": b.notes,
            "lines": [{"kind": line.kind, "label": line.label, "amount": line.amount} for line in b.lines],
            "total": b.total,
            "source_row": row,
        }
        for b, row in zip(beneficiaries, rows, strict=True)
    ]


def insert_entries(
    session: Session,
    payout_list_id: int,
    beneficiaries: tuple[ListedBeneficiary, ...],
    rows: list[int | None],
) -> None:
    if beneficiaries:
        session.execute(insert(ListEntry), entry_rows(payout_list_id, beneficiaries, rows))


def load_beneficiaries(session: Session, payout_list_id: int) -> tuple[ListedBeneficiary, ...]:
    entries = session.scalars(
        select(ListEntry).where(ListEntry.payout_list_id == payout_list_id).order_by(ListEntry.id)
    )
    return tuple(
        ListedBeneficiary(
            code=e.code,
            name=e.name,
            birth_year=e.birth_year,
            birth_date=e.birth_date,
            sex=e.sex,
            cccd=e.cccd,
            address=e.address,
            village=e.village,
            commune=e.commune,
            category=e.category,
            home_visit=e.home_visit,
            proxy_name=e.proxy_name,
            proxy_relation=e.proxy_relation,
            notes=e.notes,
            lines=tuple(PayLine(kind=x["kind"], label=x["label"], amount=x["amount"]) for x in e.lines),
        )
        for e in entries
    )


def list_doc(
    session: Session,
    row: PayoutList,
    point_code: str,
    point_name: str,
    devices: tuple[EnrolledDevice, ...] = (),
) -> PayoutListDoc:
    return PayoutListDoc(
        list_id=row.list_id,
        revision=row.revision,
        month=row.month,
        point_code=point_code,
        point_name=point_name,
        office_name=row.office_name,
        issued_at=row.issued_at or "",
        beneficiaries=load_beneficiaries(session, row.id),
        devices=devices,
    )
