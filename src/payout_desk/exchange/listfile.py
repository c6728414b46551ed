"""The signed list file (.pdlist): one point's payout list for one month, signed by the office key."""

from __future__ import annotations

import re
from typing import Any

from payout_desk.domain.payout_list import EnrolledDevice, ListedBeneficiary, PayLine, PayoutListDoc
from payout_desk.exchange.container import FileRejected, SignedFile, build, open_signed
from payout_desk.exchange.jsonio import JsonRejected, canonical_json, parse_json
from payout_desk.exchange.schema import Fields
from payout_desk.trust.keys import SigningKey

LIST_MEMBER = "list.json"
MAX_BENEFICIARIES = 200_000
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def beneficiary_to_json(b: ListedBeneficiary) -> dict[str, Any]:
    return {
        "code": b.code,
        "name": b.name,
        "birth_year": b.birth_year,
        "birth_date": b.birth_date,
        "sex": b.sex,
        "cccd": b.cccd,
        "address": b.address,
        "village": b.village,
        "commune": b.commune,
        "category": b.category,
        "home_visit": b.home_visit,
        "proxy": {"name": b.proxy_name, "relation": b.proxy_relation} if b.proxy_name else None,
        "notes": b.notes,
        "lines": [{"kind": line.kind, "label": line.label, "amount": line.amount} for line in b.lines],
        "total": b.total,
    }


def content_json(doc: PayoutListDoc) -> dict[str, Any]:
    """What the list says (for list.json and for the content hash that spots changed lists)."""
    return {
        "list_id": doc.list_id,
        "revision": doc.revision,
        "month": doc.month,
        "point": {"code": doc.point_code, "name": doc.point_name},
        "office": {"name": doc.office_name},
        "issued_at": doc.issued_at,
        "beneficiaries": [beneficiary_to_json(b) for b in doc.beneficiaries],
        "devices": [{"name": d.name, "public_key": d.public_key, "key_id": d.key_id} for d in doc.devices],
    }


def build_list_file(doc: PayoutListDoc, key: SigningKey) -> bytes:
    header = {
        "created_at": doc.issued_at,
        "office": {"name": doc.office_name},
        "point": {"code": doc.point_code, "name": doc.point_name},
        "month": doc.month,
        "list_id": doc.list_id,
        "revision": doc.revision,
        "counts": {
            "beneficiaries": len(doc.beneficiaries),
            "home_visits": doc.home_visits,
            "proxies": doc.proxies,
            "devices": len(doc.devices),
        },
        "totals": {"cash_total": doc.cash_total},
    }
    return build("list", header, {LIST_MEMBER: canonical_json(content_json(doc))}, key)


def read_list_file(data: bytes) -> tuple[SignedFile, PayoutListDoc]:
    """Check and parse a .pdlist; the caller still decides whether it trusts the signer."""
    signed = open_signed(data, expected_kind="list")
    if set(signed.members) != {LIST_MEMBER}:
        raise FileRejected(f"a list file holds exactly {LIST_MEMBER}")
    try:
        body = parse_json(signed.members[LIST_MEMBER], "list")
    except JsonRejected as exc:
        raise FileRejected(str(exc)) from exc
    doc = _parse_list(body)
    _check_manifest_agrees(signed.manifest, doc)
    return signed, doc


def _parse_line(obj: Any, where: str) -> PayLine:
    f = Fields(obj, where)
    return PayLine(
        kind=f.text("kind", max_len=32), label=f.text("label", max_len=200), amount=f.integer("amount")
    )


def _parse_beneficiary(obj: Any, index: int) -> ListedBeneficiary:
    f = Fields(obj, f"beneficiary #{index + 1}")
    proxy = obj.get("proxy") if isinstance(obj, dict) else None
    proxy_fields = Fields(proxy, f"{f.where}.proxy") if proxy is not None else None
    lines = tuple(_parse_line(item, f"{f.where} line") for item in f.items("lines", max_items=50))
    sex = f.opt_text("sex", max_len=1)
    if sex not in (None, "M", "F"):
        raise FileRejected(f"{f.where}: sex must be M or F")
    beneficiary = ListedBeneficiary(
        code=f.text("code", max_len=64, allow_empty=False),
        name=f.text("name", max_len=200, allow_empty=False),
        birth_year=f.opt_integer("birth_year", minimum=1850, maximum=2200),
        birth_date=f.opt_text("birth_date", max_len=10),
        sex=sex,
        cccd=f.opt_text("cccd", max_len=32),
        address=f.text("address"),
        village=f.text("village", max_len=200),
        commune=f.text("commune", max_len=200),
        category=f.text("category", max_len=200),
        home_visit=f.flag("home_visit"),
        proxy_name=proxy_fields.text("name", max_len=200) if proxy_fields else None,
        proxy_relation=proxy_fields.opt_text("relation", max_len=100) if proxy_fields else None,
        notes=f.text("notes", max_len=2000),
        lines=lines,
    )
    if not lines or f.integer("total") != beneficiary.total:
        raise FileRejected(f"{f.where} ({beneficiary.code}): the total is not the sum of its lines")
    return beneficiary


def _parse_list(body: Any) -> PayoutListDoc:
    f = Fields(body, "the list")
    point, office = f.obj_field("point"), f.obj_field("office")
    beneficiaries = tuple(
        _parse_beneficiary(item, i)
        for i, item in enumerate(f.items("beneficiaries", max_items=MAX_BENEFICIARIES))
    )
    codes = [b.code for b in beneficiaries]
    if len(set(codes)) != len(codes):
        raise FileRejected("the list names a beneficiary code twice")
    devices = tuple(
        EnrolledDevice(
            name=d.text("name", max_len=200),
            public_key=d.text("public_key", max_len=64),
            key_id=d.text("key_id"),
        )
        for d in (Fields(item, "a device") for item in f.items("devices", max_items=1000))
    )
    month = f.text("month", max_len=7)
    if not _MONTH.fullmatch(month):
        raise FileRejected(f"the list's month {month!r} is not a month (YYYY-MM)")
    return PayoutListDoc(
        list_id=f.text("list_id", max_len=36, allow_empty=False),
        revision=f.integer("revision", minimum=1, maximum=1_000_000),
        month=month,
        point_code=point.text("code", max_len=32, allow_empty=False),
        point_name=point.text("name", max_len=200),
        office_name=office.text("name", max_len=200),
        issued_at=f.text("issued_at", max_len=32),
        beneficiaries=beneficiaries,
        devices=devices,
    )


def _check_manifest_agrees(manifest: dict[str, Any], doc: PayoutListDoc) -> None:
    m = Fields(manifest, "the manifest")
    counts, totals, point = m.obj_field("counts"), m.obj_field("totals"), m.obj_field("point")
    agrees = (
        m.text("list_id") == doc.list_id
        and m.integer("revision") == doc.revision
        and m.text("month") == doc.month
        and point.text("code") == doc.point_code
        and counts.integer("beneficiaries") == len(doc.beneficiaries)
        and totals.integer("cash_total") == doc.cash_total
    )
    if not agrees:
        raise FileRejected("the list's manifest does not agree with its contents (counts, totals or ids)")
