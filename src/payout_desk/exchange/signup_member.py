"""The sync file's sign-ups (issue 17 item 5): the member `signups.json`, a JSON array of every sign-up for
payment by account the laptop made on the list, each exactly as it stores it (domain/door_signup.py's
shape). Inside the signed ZIP, which is sealed in transit: the account numbers are never in the seal's clear
header (the manifest, itself sealed, counts them and nothing more). An older sync file has no such member."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from payout_desk.domain.door_signup import MAX_SIGNUPS, signup_problem
from payout_desk.exchange.bank_table import bank_table
from payout_desk.exchange.container import FileRejected
from payout_desk.exchange.jsonio import JsonRejected, canonical_json, parse_json
from payout_desk.lang import t

SIGNUPS_MEMBER = "signups.json"


def signups_member(records: Sequence[Mapping[str, Any]]) -> bytes:
    """The member's bytes: the records as one canonical JSON array."""
    return canonical_json(list(records))


def read_signups(content: bytes | None) -> list[dict[str, Any]]:
    """The sign-ups of a sync file (none when the member is absent), each through the door; FileRejected
    naming the first one that is not well formed, or a repeated id."""
    if content is None:
        return []
    try:
        records = parse_json(content, SIGNUPS_MEMBER)
    except JsonRejected as exc:
        raise FileRejected(exc.text) from exc
    if type(records) is not list or len(records) > MAX_SIGNUPS:
        raise FileRejected(t("signups.file_shape"))
    bins = {bank.bin for bank in bank_table()}
    seen: set[str] = set()
    for index, record in enumerate(records, start=1):
        problem = signup_problem(record, bins) if type(record) is dict else "is not an object"
        if problem is not None:
            raise FileRejected(t("signups.file_bad", index=index, problem=problem))
        if record["id"] in seen:
            raise FileRejected(t("signups.file_repeats", id=record["id"]))
        seen.add(record["id"])
    return records


def signup_signatures(records: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """The signature images the sign-ups name, each with the (1-based) index of the first naming it."""
    wanted: dict[str, int] = {}
    for index, record in enumerate(records, start=1):
        if record.get("signature"):
            wanted.setdefault(str(record["signature"]), index)
    return wanted
