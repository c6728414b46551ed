"""The signed list file (.pdlist): one point's payout list for one month, signed by the office key."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from payout_desk.domain.door_text import LIMITS, MAX_MONEY
from payout_desk.domain.list_history import ListHistory, history_of, history_problem
from payout_desk.domain.payout_list import (
    EnrolledDevice,
    FileKind,
    ListedBeneficiary,
    ListRef,
    PayLine,
    PayoutListDoc,
)
from payout_desk.exchange.container import FileRejected, SignedFile, build, open_signed
from payout_desk.exchange.jsonio import JsonRejected, canonical_json, parse_json
from payout_desk.exchange.schema import (
    BOOL,
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
from payout_desk.trust.keys import KeyProblem, PublicKey, SigningKey
from payout_desk.trust.seal import SealProblem, x25519_public

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
    } | ({"history": b.history.to_json()} if b.history is not None else {})


def beneficiaries_json(beneficiaries: Iterable[ListedBeneficiary]) -> bytes:
    """The beneficiaries as the canonical JSON array that list.json carries: canonical_json's very bytes
    (orjson with sorted keys writes texts, whole numbers, booleans and null as the standard library does,
    tests/exchange/test_listfile.py checks it), at a tenth of the cost on lists of 50,000."""
    return orjson.dumps([beneficiary_to_json(b) for b in beneficiaries], option=orjson.OPT_SORT_KEYS)


_PERSON = b'{"address":'  # a beneficiary's object opens so (its first key; a string's quotes are escaped)
_CODE_VALUE = re.compile(rb'"code":"([^"\\]*)"')  # a code with no escape in it
_HOME_VISIT = b'"home_visit":'  # "history" sorts just before it, after "commune"
_HISTORY = b'"history":'


def with_histories(people_json: bytes, histories: Mapping[str, str]) -> bytes:
    """A list's beneficiaries (canonical JSON) with each person's kept history (canonical JSON by code)
    added as their "history" object; the same bytes when nobody has one (issue 15).

    Spliced in without decoding the list, a list at a time: canonical JSON sorts each beneficiary's keys,
    so each object names its code once and takes "history" just before "home_visit", and neither key can
    appear inside a text (a text's quotes are escaped). The codes are read in one pass and the list cut at
    each "home_visit"; each cut gets the person's history, or nothing. Anything else — as many codes as
    objects not found (an escaped code), a history already there — takes the long way (decode, add,
    encode)."""
    if not histories:
        return people_json
    codes = _CODE_VALUE.findall(people_json)
    pieces = people_json.split(_HOME_VISIT)
    if (
        not people_json.startswith(b"[" + _PERSON)
        or len(pieces) != len(codes) + 1
        or people_json.count(_PERSON) != len(codes)
        or _HISTORY in people_json
    ):
        return _with_histories_decoded(people_json, histories)
    spliced = {
        text: b"".join((_HISTORY, text.encode(), b",", _HOME_VISIT)) for text in set(histories.values())
    }
    wanted = {code.encode(): spliced[text] for code, text in histories.items()}
    out: list[bytes] = [b""] * (2 * len(codes) + 1)
    out[0::2] = pieces
    out[1::2] = [wanted.get(code, _HOME_VISIT) for code in codes]
    return b"".join(out)


def _with_histories_decoded(people_json: bytes, histories: Mapping[str, str]) -> bytes:
    people = json.loads(people_json)
    for person in people:
        if (kept := histories.get(person["code"])) is not None:
            person["history"] = json.loads(kept)
    return canonical_json(people)


@dataclass(frozen=True, slots=True)
class ListHeader(ListRef):
    """Everything about a list revision except its beneficiaries (which travel as canonical JSON)."""

    office_name: str
    issued_at: str
    devices: tuple[EnrolledDevice, ...]
    beneficiaries: int
    cash_total: int
    home_visits: int
    proxies: int
    import_key: str | None = None  # the office's opening key, when it has one (issue 16)

    @classmethod
    def of(cls, doc: PayoutListDoc) -> ListHeader:
        return cls(
            *doc.ref_fields,
            doc.office_name,
            doc.issued_at,
            doc.devices,
            len(doc.beneficiaries),
            doc.cash_total,
            doc.home_visits,
            doc.proxies,
            doc.office_import_key,
        )


def _list_json(header: ListHeader, people: bytes) -> bytes:
    """list.json: the header fields and the beneficiaries array, canonical (keys sorted, no spaces)."""
    body = canonical_json(
        {
            "list_id": header.list_id,
            "revision": header.revision,
            "month": header.month,
            "point": {"code": header.point_code, "name": header.point_name},
            "office": {"name": header.office_name}
            | ({"import_key": header.import_key} if header.import_key else {}),
            "issued_at": header.issued_at,
            "beneficiaries": None,
            "devices": [
                {"name": d.name, "public_key": d.public_key, "key_id": d.key_id} for d in header.devices
            ],
        }
    )
    # Inside canonical JSON a quote in a string is escaped, so this pair occurs once, at the top level.
    slot = b'"beneficiaries":null'
    assert body.count(slot) == 1
    return body.replace(slot, b'"beneficiaries":' + people)


def build_list_file(doc: PayoutListDoc, key: SigningKey) -> bytes:
    return build_list_file_from_json(ListHeader.of(doc), beneficiaries_json(doc.beneficiaries), key)


def build_list_file_from_json(header: ListHeader, people: bytes, key: SigningKey) -> bytes:
    """Sign a list whose beneficiaries are already canonical JSON (as the office keeps them)."""
    manifest_header = {
        "created_at": header.issued_at,
        "office": {"name": header.office_name},
        "point": {"code": header.point_code, "name": header.point_name},
        "month": header.month,
        "list_id": header.list_id,
        "revision": header.revision,
        "counts": {
            "beneficiaries": header.beneficiaries,
            "home_visits": header.home_visits,
            "proxies": header.proxies,
            "devices": len(header.devices),
        },
        "totals": {"cash_total": header.cash_total},
    }
    return build(FileKind.LIST, manifest_header, {LIST_MEMBER: _list_json(header, people)}, key)


def read_list_file(data: bytes) -> tuple[SignedFile, PayoutListDoc]:
    """Check and parse a .pdlist; the caller still decides whether it trusts the signer."""
    signed = open_signed(data, expected_kind=FileKind.LIST)
    return signed, parse_list_file(signed)


def parse_list_file(signed: SignedFile) -> PayoutListDoc:
    """The list in an opened (signature and hashes checked) container."""
    if set(signed.members) != {LIST_MEMBER}:
        raise FileRejected(t("files.list_members", LIST_MEMBER=LIST_MEMBER))
    try:
        body = parse_json(signed.members[LIST_MEMBER], "list")
    except JsonRejected as exc:
        raise FileRejected(text_of(exc)) from exc
    doc = _parse_list(body)
    _check_manifest_agrees(signed.manifest, doc)
    return doc


MONEY = (0, MAX_MONEY)
_LINE: Spec = (
    ("kind", TEXT, LIMITS["line_kind"], NONEMPTY),
    ("label", TEXT, LIMITS["label"], REQUIRED),
    ("amount", INT, MONEY, REQUIRED),
)
_PROXY: Spec = (
    ("name", TEXT, LIMITS["proxy_name"], NONEMPTY),
    ("relation", TEXT, LIMITS["proxy_relation"], OPTIONAL),
)
_BENEFICIARY: Spec = (
    ("code", TEXT, LIMITS["code"], NONEMPTY),
    ("name", TEXT, LIMITS["name"], NONEMPTY),
    ("birth_year", INT, (1850, 2200), OPTIONAL),
    ("birth_date", TEXT, 10, OPTIONAL),
    ("sex", TEXT, 1, OPTIONAL),
    ("cccd", TEXT, LIMITS["cccd"], OPTIONAL),
    ("address", TEXT, LIMITS["address"], REQUIRED),
    ("village", TEXT, LIMITS["village"], REQUIRED),
    ("commune", TEXT, LIMITS["commune"], REQUIRED),
    ("category", TEXT, LIMITS["category"], REQUIRED),
    ("home_visit", BOOL, None, REQUIRED),
    ("proxy", OBJECT, None, OPTIONAL),
    ("notes", TEXT, LIMITS["notes"], REQUIRED),
    ("lines", LIST, 50, REQUIRED),
    ("total", INT, MONEY, REQUIRED),
    ("history", OBJECT, None, OPTIONAL),
)
_NAMED: Spec = (
    ("code", TEXT, LIMITS["point_code"], NONEMPTY),
    ("name", TEXT, LIMITS["point_name"], REQUIRED),
)
_OFFICE: Spec = (
    ("name", TEXT, LIMITS["point_name"], REQUIRED),
    ("import_key", TEXT, 64, OPTIONAL),  # the office's opening key (issue 16); older lists have none
)
_DEVICE: Spec = (
    ("name", TEXT, LIMITS["device_name"], REQUIRED),
    ("public_key", TEXT, 64, NONEMPTY),
    ("key_id", TEXT, 32, NONEMPTY),
)
_LIST: Spec = (
    ("list_id", TEXT, 36, NONEMPTY),
    ("revision", INT, (1, 1_000_000), REQUIRED),
    ("month", TEXT, 7, REQUIRED),
    ("point", OBJECT, None, REQUIRED),
    ("office", OBJECT, None, REQUIRED),
    ("issued_at", TEXT, 32, REQUIRED),
    ("beneficiaries", LIST, MAX_BENEFICIARIES, REQUIRED),
    ("devices", LIST, 1000, REQUIRED),
)


LineKey = tuple[Any, Any, Any, type]


def _read_line(item: Any, where: str, seen: dict[LineKey, PayLine]) -> PayLine:
    """A pay line; the few distinct lines of a list (the same allowance, label and amount for many people)
    are checked once each: a line equal to one already read, value for value and with the amount of the
    same type (True == 1 == 1.0 in Python, not in a list), is that line."""
    if type(item) is dict:
        key = (item.get("kind"), item.get("label"), item.get("amount"), type(item.get("amount")))
        line = seen.get(key)
        if line is None:
            line = seen[key] = PayLine(*read_object(item, _LINE, f"{where} line"))
        return line
    return PayLine(*read_object(item, _LINE, f"{where} line"))


def parse_beneficiary(
    obj: Any, index: int, lines_seen: dict[LineKey, PayLine] | None = None
) -> ListedBeneficiary:
    """One beneficiary of a list or an amendment, every field checked; `lines_seen` shares the pay lines
    already read between the beneficiaries of one file."""
    where = f"beneficiary #{index + 1}"
    (
        code,
        name,
        birth_year,
        birth_date,
        sex,
        cccd,
        address,
        village,
        commune,
        category,
        home_visit,
        proxy,
        notes,
        raw_lines,
        total,
        raw_history,
    ) = read_object(obj, _BENEFICIARY, where)
    if sex not in (None, "M", "F"):
        raise FileRejected(t("files.sex_must_m_f", where=where))
    proxy_name, proxy_relation = (
        read_object(proxy, _PROXY, f"{where}.proxy") if proxy is not None else (None, None)
    )
    seen = {} if lines_seen is None else lines_seen
    lines = tuple([_read_line(item, where, seen) for item in raw_lines])
    beneficiary = ListedBeneficiary(
        code,
        name,
        birth_year,
        birth_date,
        sex,
        cccd,
        address,
        village,
        commune,
        category,
        home_visit,
        proxy_name,
        proxy_relation,
        notes,
        lines,
        _history(raw_history, where),
    )
    if not lines or total != beneficiary.total:
        raise FileRejected(t("files.total_not_sum_lines", where=where, code=code))
    return beneficiary


def _history(obj: Any, where: str) -> ListHistory | None:
    """A beneficiary's history object (domain/list_history.py), exactly that shape, or None when absent."""
    if obj is None:
        return None
    if (why := history_problem(obj)) is not None:
        raise FileRejected(t("unclaimed.history_bad", where=where, why=why))
    return history_of(obj)


def _parse_list(body: Any) -> PayoutListDoc:
    list_id, revision, month, point, office, issued_at, people, devices = read_object(body, _LIST, "the list")
    point_code, point_name = read_object(point, _NAMED, "the list's point")
    office_name, import_key = read_object(office, _OFFICE, "the list's office")
    if import_key is not None:
        try:
            x25519_public(PublicKey.from_b64(import_key))  # a key files can be sealed to
        except (KeyProblem, SealProblem) as exc:
            raise FileRejected(t("files.named", name="list.json", detail=text_of(exc))) from exc
    if not _MONTH.fullmatch(month):
        raise FileRejected(t("files.list_month_bad", month=month))
    lines_seen: dict[LineKey, PayLine] = {}
    beneficiaries = tuple([parse_beneficiary(item, i, lines_seen) for i, item in enumerate(people)])
    if len({b.code for b in beneficiaries}) != len(beneficiaries):
        raise FileRejected(t("files.list_names_beneficiary_code"))
    return PayoutListDoc(
        list_id=list_id,
        revision=revision,
        month=month,
        point_code=point_code,
        point_name=point_name,
        office_name=office_name,
        issued_at=issued_at,
        beneficiaries=beneficiaries,
        devices=tuple(EnrolledDevice(*read_object(d, _DEVICE, "a device")) for d in devices),
        office_import_key=import_key,
    )


_MANIFEST: Spec = (
    ("list_id", TEXT, 36, REQUIRED),
    ("revision", INT, (1, 1_000_000), REQUIRED),
    ("month", TEXT, 7, REQUIRED),
    ("point", OBJECT, None, REQUIRED),
    ("counts", OBJECT, None, REQUIRED),
    ("totals", OBJECT, None, REQUIRED),
)


def _check_manifest_agrees(manifest: dict[str, Any], doc: PayoutListDoc) -> None:
    list_id, revision, month, point, counts, totals = read_object(manifest, _MANIFEST, "the manifest")
    (people,) = read_object(counts, (("beneficiaries", INT, (0, MAX_BENEFICIARIES), REQUIRED),), "counts")
    (cash_total,) = read_object(totals, (("cash_total", INT, MONEY, REQUIRED),), "totals")
    (point_code,) = read_object(point, _NAMED[:1], "the manifest's point")
    agrees = (list_id, revision, month, point_code, people, cash_total) == (
        doc.list_id,
        doc.revision,
        doc.month,
        doc.point_code,
        len(doc.beneficiaries),
        doc.cash_total,
    )
    if not agrees:
        raise FileRejected(t("files.list_manifest_disagrees"))
