"""The signed container: every byte checked, hostile archives refused with a reason, fast."""

from __future__ import annotations

import hashlib
import time
import zipfile
import zlib
from io import BytesIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from payout_desk.exchange import zipformat
from payout_desk.exchange.container import FileRejected, Limits, build, open_signed
from payout_desk.trust.keys import SigningKey

KEY = SigningKey.generate()
MEMBERS = {
    "list.json": b'{"hello": "Nguy\xe1\xbb\x85n V\xc4\x83n D\xc5\xa9ng"}' * 40,
    "extra.json": b"[1, 2, 3]",
}
HEADER = {"month": "2026-12", "point": {"code": "P01", "name": "Bưu cục Cái Nhum"}}
GOOD = build("list", HEADER, MEMBERS, KEY)


def test_a_built_file_opens_with_its_members_and_signer() -> None:
    signed = open_signed(GOOD, expected_kind="list")
    assert signed.members == MEMBERS
    assert signed.signer.key_id == KEY.public.key_id
    assert signed.manifest["point"]["name"] == "Bưu cục Cái Nhum"
    assert signed.sha256 == hashlib.sha256(GOOD).hexdigest()


def test_building_twice_gives_the_same_bytes() -> None:
    assert build("list", HEADER, MEMBERS, KEY) == GOOD


def test_the_file_is_an_ordinary_zip_for_other_tools() -> None:
    with zipfile.ZipFile(BytesIO(GOOD)) as archive:
        assert archive.namelist() == ["manifest.json", "manifest.sig", "extra.json", "list.json"]
        assert archive.read("list.json") == MEMBERS["list.json"]
        assert archive.testzip() is None


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    position=st.integers(min_value=0, max_value=len(GOOD) - 1), mask=st.integers(min_value=1, max_value=255)
)
def test_changing_any_byte_is_refused(position: int, mask: int) -> None:
    damaged = bytearray(GOOD)
    damaged[position] ^= mask
    with pytest.raises(FileRejected):
        open_signed(bytes(damaged))


def test_every_single_byte_flip_is_refused_exhaustively() -> None:
    small = build("list", HEADER, {"list.json": b"[]"}, KEY)
    for position in range(len(small)):
        damaged = bytearray(small)
        damaged[position] ^= 0x01
        with pytest.raises(FileRejected):
            open_signed(bytes(damaged))


@given(cut=st.integers(min_value=0, max_value=len(GOOD) - 1))
def test_a_truncated_file_is_refused(cut: int) -> None:
    with pytest.raises(FileRejected):
        open_signed(GOOD[:cut])


def _entries(data: bytes) -> list[zipformat.Entry]:
    return zipformat.read(data, max_entries=100)


def test_a_member_swapped_from_another_signed_file_is_refused() -> None:
    other = build("list", HEADER, {**MEMBERS, "list.json": b'{"hello": "someone else"}'}, KEY)
    mine, theirs = _entries(GOOD), _entries(other)
    swapped = [theirs[i] if e.name == "list.json" else e for i, e in enumerate(mine)]
    with pytest.raises(FileRejected, match="changed after signing"):
        open_signed(zipformat.write(swapped))


def test_an_added_member_is_refused() -> None:
    entries = [*_entries(GOOD), zipformat.pack("zz.json", b"{}", compress=False)]
    with pytest.raises(FileRejected, match="do not match its manifest"):
        open_signed(zipformat.write(entries))


def test_a_removed_member_is_refused() -> None:
    entries = [e for e in _entries(GOOD) if e.name != "extra.json"]
    with pytest.raises(FileRejected, match="do not match its manifest"):
        open_signed(zipformat.write(entries))


def test_a_file_resigned_by_another_key_opens_but_names_that_signer() -> None:
    forged = build("list", HEADER, MEMBERS, SigningKey.generate())
    signed = open_signed(forged)
    assert signed.signer.key_id != KEY.public.key_id  # trust is the caller's decision, on this key id


def test_a_signature_part_with_another_public_key_is_refused() -> None:
    entries = _entries(GOOD)
    other = SigningKey.generate()
    blob = entries[1].packed
    forged_sig = blob[:7] + other.public.raw + blob[39:]
    entries[1] = zipformat.pack("manifest.sig", forged_sig, compress=False)
    with pytest.raises(FileRejected, match="signature does not match"):
        open_signed(zipformat.write(entries))


@pytest.mark.parametrize(
    "name", ["../x.json", "/etc/passwd", "a/../../x.json", "signatures/../../x.png", "x\\y.json"]
)
def test_path_traversal_names_are_refused(name: str) -> None:
    entries = [*_entries(GOOD), zipformat.pack(name, b"{}", compress=False)]
    with pytest.raises(FileRejected, match=r"forbidden name|damaged"):
        open_signed(zipformat.write(entries))


def test_duplicate_names_are_refused() -> None:
    entries = _entries(GOOD)
    with pytest.raises(FileRejected, match=r"two parts|out of order"):
        open_signed(zipformat.write([*entries, entries[-1]]))


def _zipfile_archive(entries: dict[str, bytes], symlink: str | None = None) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name)
            if name == symlink:
                info.external_attr = 0o120777 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def test_a_symlink_member_is_refused() -> None:
    data = _zipfile_archive(
        {"manifest.json": b"{}", "manifest.sig": b"x", "list.json": b"/etc/passwd"}, "list.json"
    )
    with pytest.raises(FileRejected):
        open_signed(data)


def test_a_zip_made_by_another_tool_is_refused_with_a_reason() -> None:
    with pytest.raises(FileRejected, match=r"not a Payout Desk file|damaged"):
        open_signed(_zipfile_archive(MEMBERS))


def test_a_zip_bomb_is_refused_before_it_is_inflated() -> None:
    bomb = zipformat.pack("list.json", b"\0" * (60 * 1024 * 1024), compress=True)
    entries = [*_entries(GOOD)[:2], bomb]
    started = time.perf_counter()
    with pytest.raises(FileRejected, match="zip bomb"):
        open_signed(zipformat.write(entries))
    assert time.perf_counter() - started < 2


def test_a_member_that_inflates_beyond_its_declared_size_stops_there() -> None:
    real = b"\0" * (10 * 1024 * 1024)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = compressor.compress(real) + compressor.flush()
    liar = zipformat.Entry("list.json", zipformat.DEFLATED, zlib.crc32(b"\0" * 10), 10, packed)
    with pytest.raises(zipformat.ZipRejected, match="does not end right"):
        zipformat.unpack(liar, max_size=1024)


def test_too_many_members_are_refused() -> None:
    entries = [*_entries(GOOD)[:2]] + [
        zipformat.pack(f"m{i:04d}.json", b"{}", compress=False) for i in range(50)
    ]
    with pytest.raises(FileRejected, match="too many parts"):
        open_signed(zipformat.write(entries), limits=Limits(max_members=20))


def test_an_oversized_file_is_refused_without_reading_it() -> None:
    with pytest.raises(FileRejected, match="too large"):
        open_signed(GOOD, limits=Limits(max_file_bytes=100))


def test_wrong_kind_is_refused() -> None:
    with pytest.raises(FileRejected, match="not a sync file"):
        open_signed(GOOD, expected_kind="sync")


@pytest.mark.parametrize(
    "body",
    [b"\xff\xfe not utf-8", b"[" * 100_000 + b"]" * 100_000, b'{"a": NaN}', b"{'single': 1}"],
    ids=["not-utf8", "deeply-nested", "nan", "not-json"],
)
def test_hostile_json_in_a_validly_signed_manifest_is_refused(body: bytes) -> None:
    signature = b"PDSIG1\n" + KEY.public.raw + KEY.sign(b"payout-desk manifest v1\n" + body)
    entries = [
        zipformat.pack("manifest.json", body, compress=False),
        zipformat.pack("manifest.sig", signature, compress=False),
    ]
    with pytest.raises(FileRejected):
        open_signed(zipformat.write(entries))
