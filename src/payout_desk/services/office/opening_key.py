"""The office's opening key (khóa mở gói, issue 16): how a clerk without the office's signing key takes in
sync files.

A laptop seals its sync file to the office (trust/seal.py), and the office's sealing key is the X25519 twin
of its Ed25519 signing key — whose private half *is* the signing scalar: whoever can open those files with
it can also sign lists. So the signing key cannot be shared with the clerks who import. Instead, once the
office has clerks (services/office/clerks.py), it makes a second key that only opens: its private half is
kept in the office's database (every clerk signed in to the shared database can use it, with no key file and
no passphrase), its public half travels in every list the office issues (list.json's "office" object), and
a laptop seals its sync file to it as well as to the office key. It signs nothing: a laptop never trusts it
for a signature, only seals to it. What it opens (the points' payouts) ends up in that same database anyway;
the seal is there for the lost USB stick, and that still holds.

A laptop on a list issued before the opening key existed seals only to the signing key: those files are
opened by the key holder's desk, as before (the next issue carries the key, as a new revision)."""

from __future__ import annotations

import base64

from sqlalchemy.orm import Session

from payout_desk.services.common.desk import Desk
from payout_desk.store.settings import put_setting, setting
from payout_desk.trust.keys import SigningKey
from payout_desk.trust.seal import SealProblem, is_sealed, recipients_of

PRIVATE, PUBLIC = "opening_key", "opening_key_public"


def opening_public(session: Session) -> str | None:
    """The opening key's public half (base64), None before the office has one."""
    return setting(session, PUBLIC)


def make_opening_key(session: Session) -> str:
    """The office's opening key, made once; returns its public half."""
    known = setting(session, PUBLIC)
    if known is not None:
        return known
    key = SigningKey.generate()
    put_setting(session, PRIVATE, base64.b64encode(key.raw()).decode("ascii"))
    put_setting(session, PUBLIC, key.public.b64)
    return key.public.b64


def opening_key_for(desk: Desk, data: bytes) -> SigningKey | None:
    """The opening key, when `data` is sealed to it; else None (then only the signing key opens it)."""
    if not is_sealed(data):
        return None
    with desk.db.reading() as session:
        private = setting(session, PRIVATE)
    if private is None:
        return None
    key = SigningKey.from_raw(base64.b64decode(private))
    try:
        return key if key.public.key_id in recipients_of(data) else None
    except SealProblem:
        return None
