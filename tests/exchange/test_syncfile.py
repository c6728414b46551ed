"""The sync and amendment file formats: a round trip, and every inconsistency inside a validly signed file
refused with a reason (a device key can sign nonsense; the reader must not believe it)."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from payout_desk.domain.ledger import GENESIS, Event, event_hash
from payout_desk.domain.payout_list import AmendmentDoc, Change, ListedBeneficiary, PayLine
from payout_desk.exchange.amendfile import build_amendment_file, read_amendment_file
from payout_desk.exchange.container import FileRejected, build
from payout_desk.exchange.jsonio import canonical_json
from payout_desk.exchange.syncfile import EVENTS_MEMBER, SyncHeader, build_sync_file, read_sync_file
from payout_desk.trust.keys import SigningKey
from tests.roundkit import png

KEY = SigningKey.generate()
DEVICE = KEY.public.key_id
HEADER = SyncHeader(
    "list-1", 1, "2026-12", "P01", "Điểm BĐVHX An Phước", "máy 1", "2026-12-01T01:00:00.000000Z"
)


def payout(seq: int, prev: str, signature: str | None = None, code: str = "NCC001") -> Event:
    data = {
        "id_check": "card",
        "recipient": "self",
        "proxy": None,
        "signature": signature,
        "thumbprint": False,
    }
    return Event(
        f"00000000-0000-4000-8000-{seq:012d}", DEVICE, "list-1", seq, prev, "payout", "Lan",
        "2026-12-01T01:00:00.000000Z", "2026-12-01T08:00:00+07:00", 1, code, 2_789_000, None, data,
    )  # fmt: skip


def history(n: int, signature: str | None = None) -> tuple[list[bytes], str]:
    lines, prev = [], GENESIS
    for seq in range(1, n + 1):
        line = payout(seq, prev, signature if seq == 1 else None, f"NCC{seq:03d}").encode()
        lines.append(line)
        prev = event_hash(line)
    return lines, prev


def test_a_sync_file_round_trips_with_its_signature_images() -> None:
    image = png()
    sha = hashlib.sha256(image).hexdigest()
    lines, head = history(3, sha)
    data = build_sync_file(HEADER, lines, head, {sha: image}, totals={"paid_amount": 3 * 2_789_000}, key=KEY)
    signed, doc = read_sync_file(data)
    assert doc.device_id == DEVICE and doc.last_seq == 3 and doc.head == head
    assert doc.lines == lines and doc.signatures == {sha: image}
    assert [e.beneficiary for e in doc.events] == ["NCC001", "NCC002", "NCC003"]
    assert signed.manifest["seq"] == {"first": 1, "last": 3}
    assert build_sync_file(HEADER, lines, head, {sha: image}, totals={"paid_amount": 1}, key=KEY) != data


def _forged(members: dict[str, bytes], **manifest: Any) -> bytes:
    """A container signed by the device key whose contents lie about themselves."""
    header = {
        "created_at": HEADER.created_at,
        "point": {"code": "P01", "name": "x"},
        "month": "2026-12",
        "list_id": "list-1",
        "revision": 1,
        "device": {"key_id": DEVICE, "name": "máy 1"},
        "seq": {"first": 1, "last": 2},
        "head": "",
        "counts": {"events": 2, "signatures": 0},
        "totals": {},
    }
    header.update(manifest)
    return build("sync", header, members, KEY)


def test_a_signed_file_with_a_gap_in_its_history_is_refused() -> None:
    lines, head = history(3)
    data = _forged({EVENTS_MEMBER: lines[0] + b"\n" + lines[2] + b"\n"}, head=head)
    with pytest.raises(FileRejected, match="history is broken"):
        read_sync_file(data)


def test_a_signed_file_whose_manifest_lies_about_its_head_or_count_is_refused() -> None:
    lines, head = history(2)
    with pytest.raises(FileRejected, match="does not agree"):
        read_sync_file(_forged({EVENTS_MEMBER: b"".join(x + b"\n" for x in lines)}, head="0" * 64))
    with pytest.raises(FileRejected, match="does not agree"):
        read_sync_file(
            _forged(
                {EVENTS_MEMBER: b"".join(x + b"\n" for x in lines)},
                head=head,
                counts={"events": 3, "signatures": 0},
            )
        )


def test_a_payout_whose_signature_image_is_missing_or_misnamed_is_refused() -> None:
    image = png()
    sha = hashlib.sha256(image).hexdigest()
    lines, head = history(1, sha)
    with pytest.raises(FileRejected, match="signature image the file does not hold"):
        read_sync_file(
            _forged(
                {EVENTS_MEMBER: lines[0] + b"\n"},
                head=head,
                seq={"first": 1, "last": 1},
                counts={"events": 1, "signatures": 0},
            )
        )
    wrong = {EVENTS_MEMBER: lines[0] + b"\n", f"signatures/{'a' * 64}.png": image}
    with pytest.raises(FileRejected, match="not named by its content"):
        read_sync_file(
            _forged(wrong, head=head, seq={"first": 1, "last": 1}, counts={"events": 1, "signatures": 1})
        )
    not_png = {EVENTS_MEMBER: lines[0] + b"\n", f"signatures/{sha}.png": b"GIF89a"}
    with pytest.raises(FileRejected, match="not a PNG"):
        read_sync_file(
            _forged(not_png, head=head, seq={"first": 1, "last": 1}, counts={"events": 1, "signatures": 1})
        )


def test_a_file_signed_by_a_key_other_than_the_device_it_names_is_refused() -> None:
    lines, head = history(1)
    data = _forged({EVENTS_MEMBER: lines[0] + b"\n"}, head=head, device={"key_id": "0" * 16, "name": "x"})
    with pytest.raises(FileRejected, match="another key than the device"):
        read_sync_file(data)


@pytest.mark.parametrize(
    "line",
    [
        b"not json",
        canonical_json({"id": "x"}),
        canonical_json({**payout(1, GENESIS).to_json(), "amount": -1}),
        canonical_json({**payout(1, GENESIS).to_json(), "amount": True}),
        canonical_json({**payout(1, GENESIS).to_json(), "kind": "gift"}),
    ],
)
def test_malformed_event_lines_are_refused(line: bytes) -> None:
    with pytest.raises(FileRejected):
        read_sync_file(
            _forged({EVENTS_MEMBER: line + b"\n"}, head=event_hash(line), seq={"first": 1, "last": 1})
        )


def test_an_amendment_file_round_trips_and_must_be_numbered_from_one() -> None:
    person = ListedBeneficiary(
        "NCC050", "Phan Thị Mới", 1950, None, "F", None, "ấp 1", "ấp 1", "An Phước", "Thân nhân liệt sĩ",
        False, None, None, "", (PayLine("monthly", "Trợ cấp", 2_789_000),),
    )  # fmt: skip
    changes = (
        Change(1, "stop", "NCC001", "2026-12-02T00:00:00Z", reason="deceased", date="2026-11-30"),
        Change(2, "add", "NCC050", "2026-12-02T00:00:00Z", beneficiary=person),
    )
    doc = AmendmentDoc("list-1", "2026-12", "P01", "An Phước", "Bưu điện", "2026-12-02T00:00:00Z", changes)
    _signed, back = read_amendment_file(build_amendment_file(doc, KEY))
    assert back == doc
    skipped = AmendmentDoc(
        *[
            getattr(doc, f)
            for f in ("list_id", "month", "point_code", "point_name", "office_name", "issued_at")
        ],
        changes[1:],
    )
    with pytest.raises(FileRejected, match="numbered"):
        read_amendment_file(build_amendment_file(skipped, KEY))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(
    field=st.sampled_from(sorted(payout(1, GENESIS).to_json())),
    value=json_values,
    raw=st.binary(max_size=40),
    use_raw=st.booleans(),
)
def test_any_mangled_event_line_is_refused_with_a_reason_never_a_crash(
    field: str, value: object, raw: bytes, use_raw: bool
) -> None:
    """A device key signs whatever it is given: the reader must turn any line into an event or a reason."""
    good = payout(1, GENESIS).to_json()
    line = raw if use_raw else canonical_json({**good, field: value})
    data = _forged({EVENTS_MEMBER: line + b"\n"}, head=event_hash(line), seq={"first": 1, "last": 1})
    try:
        _signed, doc = read_sync_file(data)
    except FileRejected as exc:
        assert str(exc)
    else:
        assert doc.events[0].to_json()[field] == value
