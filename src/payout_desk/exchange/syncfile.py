"""The sync file (.pdsync): a device's whole history for one list, signed by the device key.

Members: `events.jsonl` (one event per line, exactly the canonical bytes each event's hash covers, in
sequence order from #1), `signatures/<sha256>.png` for every drawn signature a payout or a sign-up refers
to, and — when the laptop signed anyone up for payment by account (issue 17) — `signups.json`
(exchange/signup_member.py).
Cumulative by design: importing is idempotent and order-independent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from payout_desk.domain.door import canonical_chain, utc_time_problem
from payout_desk.domain.door_file import file_totals_problem, own_void_problem
from payout_desk.domain.door_text import LIMITS, MAX_MONEY
from payout_desk.domain.ledger import (
    Event,
    Kind,
    LedgerError,
    chain_key,
    check_chain,
    event_hash,
    event_problem,
)
from payout_desk.domain.payout_list import FileKind, ListRef
from payout_desk.exchange.container import (
    DEFAULT_LIMITS,
    FileRejected,
    Limits,
    SignedFile,
    build,
    open_signed,
)
from payout_desk.exchange.jsonio import JsonRejected, parse_json
from payout_desk.exchange.schema import INT, NONEMPTY, OBJECT, OPTIONAL, REQUIRED, TEXT, Spec, read_object
from payout_desk.exchange.signature_image import SignatureImageError, check_png
from payout_desk.exchange.signup_member import (
    SIGNUPS_MEMBER,
    read_signups,
    signup_signatures,
    signups_member,
)
from payout_desk.lang import t, text_of
from payout_desk.trust.keys import SigningKey

EVENTS_MEMBER = "events.jsonl"
MONEY = (0, MAX_MONEY)


@dataclass(frozen=True, slots=True)
class SyncHeader(ListRef):
    """The list a device's history belongs to, and the device that wrote the file."""

    device_name: str
    created_at: str


@dataclass(slots=True)
class SyncDoc:
    header: SyncHeader
    device_id: str
    events: list[Event]
    lines: list[bytes]
    hashes: list[str]
    head: str
    signatures: dict[str, bytes]
    signups: list[dict[str, Any]] = field(default_factory=list)  # sign-ups for payment by account

    @property
    def last_seq(self) -> int:
        return self.events[-1].seq if self.events else 0


def signature_member(sha256: str) -> str:
    return f"signatures/{sha256}.png"


def build_sync_file(
    header: SyncHeader,
    lines: Sequence[bytes],
    head: str,
    signatures: Mapping[str, bytes],
    *,
    totals: Mapping[str, int],
    key: SigningKey,
    chain: str | None = None,
    signups: Sequence[Mapping[str, Any]] = (),
) -> bytes:
    """Sign a device's history: `lines` are its events' canonical lines in sequence order; `chain` is the
    chain they belong to when it is not the key id itself (a later epoch, after a restore)."""
    members = {EVENTS_MEMBER: b"".join(line + b"\n" for line in lines)}
    for sha, png in signatures.items():
        members[signature_member(sha)] = png
    if signups:
        members[SIGNUPS_MEMBER] = signups_member(signups)
    counts = {"events": len(lines), "signatures": len(signatures)}
    if signups:  # how many, never what: the numbers stay in the member
        counts["signups"] = len(signups)
    manifest_header = {
        "created_at": header.created_at,
        "point": {"code": header.point_code, "name": header.point_name},
        "month": header.month,
        "list_id": header.list_id,
        "revision": header.revision,
        "device": {"key_id": chain or key.public.key_id, "name": header.device_name},
        "seq": {"first": 1 if lines else 0, "last": len(lines)},
        "head": head,
        "counts": counts,
        "totals": dict(totals),
    }
    return build(FileKind.SYNC, manifest_header, members, key)


_MANIFEST: Spec = (
    ("created_at", TEXT, 32, REQUIRED),
    ("point", OBJECT, None, REQUIRED),
    ("month", TEXT, 7, REQUIRED),
    ("list_id", TEXT, 36, NONEMPTY),
    ("revision", INT, (1, 1_000_000), REQUIRED),
    ("device", OBJECT, None, REQUIRED),
    ("seq", OBJECT, None, REQUIRED),
    ("head", TEXT, 64, REQUIRED),
    ("counts", OBJECT, None, REQUIRED),
)
_POINT: Spec = (
    ("code", TEXT, LIMITS["point_code"], NONEMPTY),
    ("name", TEXT, LIMITS["point_name"], REQUIRED),
)
_DEVICE: Spec = (("key_id", TEXT, 32, NONEMPTY), ("name", TEXT, LIMITS["device_name"], REQUIRED))
_SEQ: Spec = (("first", INT, (0, 10**9), REQUIRED), ("last", INT, (0, 10**9), REQUIRED))
_COUNTS: Spec = (
    ("events", INT, (0, 10**9), REQUIRED),
    ("signatures", INT, (0, 10**9), REQUIRED),
    ("signups", INT, (0, 10**9), OPTIONAL),  # issue 17: absent in older files
)
_EVENT: Spec = (
    ("id", TEXT, 36, NONEMPTY),
    ("device", TEXT, 32, NONEMPTY),
    ("list_id", TEXT, 36, NONEMPTY),
    ("seq", INT, (1, 10**9), REQUIRED),
    ("prev", TEXT, 64, NONEMPTY),
    ("kind", TEXT, 16, NONEMPTY),
    ("staff", TEXT, LIMITS["staff"], NONEMPTY),
    ("at_utc", TEXT, 32, NONEMPTY),
    ("at_local", TEXT, 40, NONEMPTY),
    ("revision", INT, (1, 1_000_000), REQUIRED),
    ("beneficiary", TEXT, 64, OPTIONAL),
    ("amount", INT, MONEY, REQUIRED),
    ("target", TEXT, 36, OPTIONAL),
    ("data", OBJECT, None, REQUIRED),
)


def parse_event(line: bytes, where: str = "an event") -> Event:
    try:
        obj = parse_json(line, where)
    except JsonRejected as exc:
        raise FileRejected(text_of(exc)) from exc
    return event_from_json(obj, where)


def event_from_json(obj: Any, where: str) -> Event:
    event = Event(*read_object(obj, _EVENT, where))
    problem = event_problem(event)
    if problem is not None:
        raise FileRejected(t("files.at_event", where=where, problem=problem))
    return event


def _parse_lines(blob: bytes) -> list[bytes]:
    if blob and not blob.endswith(b"\n"):
        raise FileRejected(t("files.events_part_cut_short"))
    return blob.split(b"\n")[:-1] if blob else []


def read_sync_file(data: bytes, limits: Limits = DEFAULT_LIMITS) -> tuple[SignedFile, SyncDoc]:
    """Check and parse a .pdsync completely: signature, hashes, every event, the chain, the signatures.
    Whether the device may speak for the point is for the caller to decide."""
    signed = open_signed(data, expected_kind=FileKind.SYNC, limits=limits)
    return signed, parse_sync(signed)


def parse_sync(signed: SignedFile) -> SyncDoc:
    manifest = signed.manifest
    created_at, point, month, list_id, revision, device, seq, head, counts = read_object(
        manifest, _MANIFEST, "the manifest"
    )
    point_code, point_name = read_object(point, _POINT, "the manifest's point")
    device_id, device_name = read_object(device, _DEVICE, "the manifest's device")
    _first, last = read_object(seq, _SEQ, "the manifest's sequence range")
    n_events, n_signatures, n_signups = read_object(counts, _COUNTS, "the manifest's counts")
    if chain_key(device_id) != signed.signer.key_id:
        raise FileRejected(t("files.sync_file_signed_by"))
    if not canonical_chain(device_id):
        raise FileRejected(t("files.chain_not_canonical", chain=device_id))
    if utc_time_problem(created_at) is not None:
        raise FileRejected(t("files.created_at_bad", value=created_at))
    if EVENTS_MEMBER not in signed.members:
        raise FileRejected(t("files.sync_members", EVENTS_MEMBER=EVENTS_MEMBER))
    lines = _parse_lines(signed.members[EVENTS_MEMBER])
    events = [parse_event(line, f"event line {i + 1}") for i, line in enumerate(lines)]
    hashes = [event_hash(line) for line in lines]
    try:
        chain_head = check_chain(zip(events, hashes, strict=True), device_id, list_id)
    except LedgerError as exc:
        raise FileRejected(t("files.history_broken", detail=text_of(exc))) from exc
    if chain_head != head or len(events) != last or len(events) != n_events:
        raise FileRejected(t("files.sync_manifest_events"))
    _check_sums_and_voids(events)
    signups = read_signups(signed.members.get(SIGNUPS_MEMBER))
    if len(signups) != (n_signups or 0):
        raise FileRejected(t("signups.file_shape"))
    signatures = _signatures(signed, events, signup_signatures(signups))
    if len(signatures) != n_signatures:
        raise FileRejected(t("files.sync_manifest_images"))
    header = SyncHeader(list_id, revision, month, point_code, point_name, device_name, created_at)
    return SyncDoc(header, device_id, events, lines, hashes, head, signatures, signups)


def _check_sums_and_voids(events: list[Event]) -> None:
    """The door's checks over the whole history: amounts per file, voids of the device's own events."""
    problem = file_totals_problem(events)
    if problem is not None:
        raise FileRejected(t("files.file_totals", problem=problem))
    void = own_void_problem(events)
    if void is not None:
        raise FileRejected(t("files.at_event", where=f"event #{void[0]}", problem=void[1]))


def _signatures(signed: SignedFile, events: list[Event], signed_up: Mapping[str, int]) -> dict[str, bytes]:
    """The signature images, each decoded within bounds (exchange/signature_image.py); a refused one is
    named by the first event that refers to it. `signed_up`: the images sign-ups name (by sign-up)."""
    wanted: dict[str, int] = {}
    for event in events:
        sha = event.data.get("signature") if event.kind == Kind.PAYOUT else None
        if sha:
            wanted.setdefault(str(sha), event.seq)
    images: dict[str, bytes] = {}
    for name, content in signed.members.items():
        if name in (EVENTS_MEMBER, SIGNUPS_MEMBER):
            continue
        if not name.startswith("signatures/"):
            raise FileRejected(t("files.sync_file_not_hold", name=name))
        try:
            sha = check_png(content)
        except SignatureImageError as exc:
            named = name.removeprefix("signatures/").removesuffix(".png")
            seq = wanted.get(named)
            if seq is None:
                raise FileRejected(t("files.in_part", name=name, detail=exc.text)) from exc
            raise FileRejected(t("files.signature_of_event", seq=seq, name=name, detail=exc.text)) from exc
        if name != signature_member(sha):
            raise FileRejected(t("files.not_named_by_content", name=name))
        images[sha] = content
    for sha, seq in wanted.items():
        if sha not in images:
            raise FileRejected(t("files.event_refers_signature_image", seq=seq))
    for sha, index in signed_up.items():
        if sha not in images:
            raise FileRejected(t("signups.file_no_image", index=index))
    return images
