"""Amendments (báo giảm / báo tăng) in the database, the same on both desks."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from payout_desk.domain.oneoff import payment_of_json, payment_to_json
from payout_desk.domain.payout_list import AmendmentDoc, Change, ChangeKind
from payout_desk.exchange.listfile import beneficiary_to_json, parse_beneficiary
from payout_desk.lang import Explained, t
from payout_desk.store.amendments import amendment_rows
from payout_desk.store.lists import entry_codes, insert_entries
from payout_desk.store.models import AmendmentRow, PayoutList

LISTING = (ChangeKind.ADD, ChangeKind.PAYMENT)
"""The changes that put a line on the list: an added person, a one-off payment to a family."""


class ChangeDiffers(Explained, ValueError):
    """An amendment file that contradicts a change already loaded under the same number."""


def stored_changes(session: Session, list_id: str) -> list[AmendmentRow]:
    return amendment_rows(session, list_id)


def change_of(row: AmendmentRow) -> Change:
    stored = json.loads(row.beneficiary_json) if row.beneficiary_json else None
    person = parse_beneficiary(stored, row.seq - 1) if stored else None
    payment = payment_of_json(stored) if stored and row.kind == ChangeKind.PAYMENT else None
    return Change(row.seq, row.kind, row.code, row.issued_at, row.reason, row.effective_date, person, payment)


def add_change(session: Session, list_id: str, change: Change, file_sha256: str | None = None) -> None:
    person = change.beneficiary
    stored = beneficiary_to_json(person) if person else None
    if stored is not None and change.payment is not None:  # the line as listed, with what the office signed
        stored["payment"] = payment_to_json(change.payment)
    session.add(
        AmendmentRow(
            list_id=list_id,
            seq=change.seq,
            kind=change.kind,
            code=change.code,
            reason=change.reason,
            effective_date=change.date,
            beneficiary_json=json.dumps(stored, ensure_ascii=False) if stored else None,
            issued_at=change.issued_at,
            file_sha256=file_sha256,
        )
    )


def apply_amendments(session: Session, doc: AmendmentDoc, file_sha256: str) -> list[Change]:
    """Store the changes of a cumulative amendment file that this desk does not have yet; an older file
    adds nothing. Raises ChangeDiffers when the file contradicts changes already stored."""
    have = stored_changes(session, doc.list_id)
    for row in have[: len(doc.changes)]:
        theirs = doc.changes[row.seq - 1]
        if (theirs.kind, theirs.code, theirs.reason, theirs.date) != (
            row.kind,
            row.code,
            row.reason,
            row.effective_date,
        ):
            raise ChangeDiffers(t("point.change_differs", seq=row.seq))
    new = list(doc.changes[len(have) :])
    for change in new:
        add_change(session, doc.list_id, change, file_sha256)
    session.flush()
    return new


def readd_added(session: Session, row: PayoutList) -> None:
    """Give the list revision `row` an entry for every beneficiary added by amendment and not on it."""
    present = set(entry_codes(session, row.id))
    people = [
        change.beneficiary
        for change in map(change_of, stored_changes(session, row.list_id))
        if change.kind in LISTING and change.beneficiary and change.code not in present
    ]
    unique = list({p.code: p for p in people}.values())
    insert_entries(session, row.id, unique, [None] * len(unique))


def amendment_doc(session: Session, row: PayoutList, issued_at: str) -> AmendmentDoc:
    return AmendmentDoc(
        list_id=row.list_id,
        month=row.month,
        point_code=row.point.code,
        point_name=row.point.name,
        office_name=row.office_name,
        issued_at=issued_at,
        changes=tuple(change_of(r) for r in stored_changes(session, row.list_id)),
    )
