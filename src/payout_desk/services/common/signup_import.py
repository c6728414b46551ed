"""The sign-ups a sync file brings (issue 17 item 5) — to the office, or back to the laptop that made them
(`point recover`, after a restore) —, stored in the file's own transaction: idempotent (a sign-up is known by
its id; the same one again changes nothing), and a sign-up already held with other details refuses the whole
file (a signed file does not change its past)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from payout_desk.domain.canonical import canonical_json
from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.exchange.signup_member import signup_signatures
from payout_desk.exchange.syncfile import SyncDoc
from payout_desk.lang import Explained, t
from payout_desk.services.common.sync_apply import store_signatures
from payout_desk.store.signups import insert_signups, stored_bodies


class SignupChanged(Explained):
    """A sign-up the office holds, presented again with other details."""


def take_signups(session: Session, doc: SyncDoc) -> int:
    """Store the file's sign-ups the office does not hold yet; how many were new."""
    if not doc.signups:
        return 0
    known = stored_bodies(session, [record["id"] for record in doc.signups])
    header = doc.header
    where = {"list_id": header.list_id, "month": header.month, "point_code": header.point_code,
             "device_id": doc.device_id, "device_name": header.device_name, "received_at": iso_utc(utc_now())}  # fmt: skip
    new = []
    for record in doc.signups:
        body = canonical_json(record).decode("utf-8")
        if record["id"] in known:
            if known[record["id"]] != body:
                raise SignupChanged(t("signups.file_changed", id=record["id"]))
            continue
        new.append({**record, **where, "body": body})
    insert_signups(session, new)
    store_signatures(session, set(signup_signatures(doc.signups)), doc.signatures)
    return len(new)
