"""The amendment file (.pdamend): stops (báo giảm) and additions (báo tăng) to an issued list, signed by
the office key. Cumulative: each file carries every change made to the list so far, numbered from 1."""

from __future__ import annotations

from typing import Any

from payout_desk.domain.door_payment import payment_problem
from payout_desk.domain.door_text import LIMITS, MAX_MONEY
from payout_desk.domain.oneoff import OneOffPayment, payment_beneficiary, payment_to_json
from payout_desk.domain.payout_list import STOP_REASONS, AmendmentDoc, Change, ChangeKind, FileKind
from payout_desk.exchange.container import FileRejected, SignedFile, build, open_signed
from payout_desk.exchange.jsonio import JsonRejected, canonical_json, parse_json
from payout_desk.exchange.listfile import beneficiary_to_json, parse_beneficiary
from payout_desk.exchange.schema import (
    INT,
    LIST,
    NONEMPTY,
    OBJECT,
    OPTIONAL,
    REQUIRED,
    TEXT,
    Spec,
    read_object,
)
from payout_desk.lang import t, text_of
from payout_desk.trust.keys import SigningKey

AMEND_MEMBER = "amendments.json"
MAX_CHANGES = 100_000


def change_to_json(change: Change) -> dict[str, Any]:
    return {
        "seq": change.seq,
        "kind": change.kind,
        "code": change.code,
        "issued_at": change.issued_at,
        "reason": change.reason,
        "date": change.date,
        "beneficiary": beneficiary_to_json(change.beneficiary)
        if change.beneficiary and change.payment is None
        else None,
        **({"payment": payment_to_json(change.payment)} if change.payment else {}),
    }


def build_amendment_file(doc: AmendmentDoc, key: SigningKey) -> bytes:
    body = {
        "list_id": doc.list_id,
        "month": doc.month,
        "point": {"code": doc.point_code, "name": doc.point_name},
        "office": {"name": doc.office_name},
        "issued_at": doc.issued_at,
        "changes": [change_to_json(c) for c in doc.changes],
    }
    header = {
        "created_at": doc.issued_at,
        "office": {"name": doc.office_name},
        "point": {"code": doc.point_code, "name": doc.point_name},
        "month": doc.month,
        "list_id": doc.list_id,
        "counts": {
            "changes": len(doc.changes),
            "stops": sum(1 for c in doc.changes if c.kind == ChangeKind.STOP),
            "adds": sum(1 for c in doc.changes if c.kind == ChangeKind.ADD),
            "last_seq": doc.last_seq,
        },
    }
    return build(FileKind.AMENDMENT, header, {AMEND_MEMBER: canonical_json(body)}, key)


_BODY: Spec = (
    ("list_id", TEXT, 36, NONEMPTY),
    ("month", TEXT, 7, REQUIRED),
    ("point", OBJECT, None, REQUIRED),
    ("office", OBJECT, None, REQUIRED),
    ("issued_at", TEXT, 32, REQUIRED),
    ("changes", LIST, MAX_CHANGES, REQUIRED),
)
_NAMED: Spec = (
    ("code", TEXT, LIMITS["point_code"], NONEMPTY),
    ("name", TEXT, LIMITS["point_name"], REQUIRED),
)
_CHANGE: Spec = (
    ("seq", INT, (1, MAX_CHANGES), REQUIRED),
    ("kind", TEXT, 8, NONEMPTY),
    ("code", TEXT, LIMITS["code"], NONEMPTY),
    ("issued_at", TEXT, 32, REQUIRED),
    ("reason", TEXT, 16, OPTIONAL),
    ("date", TEXT, 10, OPTIONAL),
    ("beneficiary", OBJECT, None, OPTIONAL),
    ("payment", OBJECT, None, OPTIONAL),
)
_PAYMENT: Spec = (
    ("for", TEXT, LIMITS["code"], NONEMPTY),
    ("name", TEXT, LIMITS["name"], NONEMPTY),
    ("kind", TEXT, 16, NONEMPTY),
    ("amount", INT, (1, MAX_MONEY), REQUIRED),
    ("recipient", OBJECT, None, REQUIRED),
    ("reason", TEXT, LIMITS["reason"], NONEMPTY),
)
_RECIPIENT: Spec = (
    ("name", TEXT, LIMITS["proxy_name"], NONEMPTY),
    ("id_number", TEXT, LIMITS["proxy_id_number"], NONEMPTY),
    ("relation", TEXT, LIMITS["proxy_relation"], NONEMPTY),
)


def _parse_payment(obj: Any, code: str, seq: int, where: str) -> OneOffPayment:
    for_code, name, kind, amount, recipient, reason = read_object(obj, _PAYMENT, f"{where}.payment")
    recipient_name, recipient_id, relation = read_object(recipient, _RECIPIENT, f"{where}.payment.recipient")
    payment = OneOffPayment(for_code, name, kind, amount, recipient_name, recipient_id, relation, reason)
    problem = payment_problem(code, seq, payment)
    if problem is not None:
        raise FileRejected(t("deaths.payment_malformed", where=where, problem=problem))
    return payment


def _parse_change(obj: Any, index: int) -> Change:
    where = f"change #{index + 1}"
    seq, kind, code, issued_at, reason, date, beneficiary, payment = read_object(obj, _CHANGE, where)
    if seq != index + 1:
        raise FileRejected(t("files.numbered_changes_are_not", where=where, seq=seq))
    if kind == ChangeKind.PAYMENT:
        if payment is None or beneficiary is not None or reason is not None or date is not None:
            raise FileRejected(t("deaths.payment_shape", where=where))
        one = _parse_payment(payment, code, seq, where)
        return Change(seq, kind, code, issued_at, beneficiary=payment_beneficiary(code, one), payment=one)
    if payment is not None:
        raise FileRejected(t("deaths.payment_on_other_change", where=where, kind=kind))
    if kind == ChangeKind.STOP:
        if reason not in STOP_REASONS or not date or beneficiary is not None:
            raise FileRejected(t("files.stop_needs_reason_date", where=where, value=", ".join(STOP_REASONS)))
        return Change(seq, kind, code, issued_at, reason=reason, date=date)
    if kind == ChangeKind.ADD:
        if beneficiary is None:
            raise FileRejected(t("files.addition_carries_no_beneficiary", where=where))
        person = parse_beneficiary(beneficiary, index)
        if person.code != code:
            raise FileRejected(t("files.added_code_differs", where=where, code=code))
        return Change(seq, kind, code, issued_at, beneficiary=person)
    raise FileRejected(t("files.change_unknown_kind", where=where, kind=kind))


def parse_amendment(signed: SignedFile) -> AmendmentDoc:
    if set(signed.members) != {AMEND_MEMBER}:
        raise FileRejected(t("files.amend_members", AMEND_MEMBER=AMEND_MEMBER))
    try:
        body = parse_json(signed.members[AMEND_MEMBER], "amendments")
    except JsonRejected as exc:
        raise FileRejected(text_of(exc)) from exc
    list_id, month, point, office, issued_at, changes = read_object(body, _BODY, "the amendments")
    point_code, point_name = read_object(point, _NAMED, "the amendments' point")
    (office_name,) = read_object(office, _NAMED[1:], "the amendments' office")
    doc = AmendmentDoc(
        list_id,
        month,
        point_code,
        point_name,
        office_name,
        issued_at,
        tuple(_parse_change(c, i) for i, c in enumerate(changes)),
    )
    manifest = signed.manifest
    if (manifest.get("list_id"), manifest.get("month"), (manifest.get("point") or {}).get("code")) != (
        doc.list_id,
        doc.month,
        doc.point_code,
    ) or (manifest.get("counts") or {}).get("changes") != len(doc.changes):
        raise FileRejected(t("files.amend_manifest_disagrees"))
    return doc


def read_amendment_file(data: bytes) -> tuple[SignedFile, AmendmentDoc]:
    signed = open_signed(data, expected_kind=FileKind.AMENDMENT)
    return signed, parse_amendment(signed)
