"""A canonical subset of ZIP, written and read strictly, so that every byte of a file is checked.

Payout Desk files are ordinary ZIP archives (any unzip tool opens them), but always in one canonical form:
no comments, no extra fields, no data descriptors, fixed times and attributes, entries back to back from
offset 0, the central directory right after them. The reader accepts nothing else. Together with the
signed manifest (which covers each member's stored bytes) this means that changing any byte of a file is
detected — a general ZIP reader would let some bytes (times, padding bits, unused fields) change unseen.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from payout_desk.lang import Explained, t, text_of

STORED, DEFLATED = 0, 8
_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_LOCAL_SIG, _CENTRAL_SIG, _END_SIG = 0x04034B50, 0x02014B50, 0x06054B50
_VERSION_NEEDED = 20
_VERSION_MADE_BY = (3 << 8) | 20  # Unix, spec 2.0
_DOS_TIME, _DOS_DATE = 0, ((2020 - 1980) << 9) | (1 << 5) | 1  # 2020-01-01 00:00
_EXTERNAL_ATTR = 0o100644 << 16  # a plain file, rw-r--r--
_MAX_ENTRIES = 65_535
_NAME = re.compile(rb"[A-Za-z0-9][A-Za-z0-9_./-]{0,127}")


class ZipRejected(Explained, ValueError):
    """The bytes are not a Payout Desk archive in canonical form; the message says what is wrong."""


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    method: int
    crc: int
    size: int  # uncompressed
    packed: bytes  # the bytes as stored in the archive


def pack(name: str, data: bytes, *, compress: bool) -> Entry:
    if compress:
        compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
        packed = compressor.compress(data) + compressor.flush()
    else:
        packed = data
    return Entry(name, DEFLATED if compress else STORED, zlib.crc32(data), len(data), packed)


def write(entries: Iterable[Entry]) -> bytes:
    body, central = bytearray(), bytearray()
    count = 0
    for entry in entries:
        name = entry.name.encode("ascii")
        fields = (
            _VERSION_NEEDED,
            0,
            entry.method,
            _DOS_TIME,
            _DOS_DATE,
            entry.crc,
            len(entry.packed),
            entry.size,
        )
        offset = len(body)
        body += _LOCAL.pack(_LOCAL_SIG, *fields, len(name), 0) + name + entry.packed
        central += _CENTRAL.pack(
            _CENTRAL_SIG, _VERSION_MADE_BY, *fields, len(name), 0, 0, 0, 0, _EXTERNAL_ATTR, offset
        )
        central += name
        count += 1
    end = _END.pack(_END_SIG, 0, 0, count, count, len(central), len(body), 0)
    return bytes(body + central + end)


def read(data: bytes, *, max_entries: int) -> list[Entry]:
    """Parse `data` strictly; raise ZipRejected on anything but the canonical form."""
    if len(data) < _END.size:
        raise ZipRejected(t("files.too_short_payout_desk"))
    sig, disk, cd_disk, here, total, cd_size, cd_offset, comment = _END.unpack_from(
        data, len(data) - _END.size
    )
    if sig != _END_SIG:
        raise ZipRejected(t("files.end_file_missing_damaged"))
    if (disk, cd_disk, comment) != (0, 0, 0) or here != total or cd_offset + cd_size != len(data) - _END.size:
        raise ZipRejected(t("files.directory_damaged"))
    if total > min(max_entries, _MAX_ENTRIES):
        raise ZipRejected(t("files.zip_too_many_parts", total=total))
    entries, position, expected_offset, names = [], cd_offset, 0, set()
    for _ in range(total):
        entry, position, expected_offset = _read_entry(data, position, expected_offset, cd_offset)
        if entry.name in names:
            raise ZipRejected(t("files.two_parts_are_named", name=entry.name))
        names.add(entry.name)
        entries.append(entry)
    if position != cd_offset + cd_size or expected_offset != cd_offset:
        raise ZipRejected(t("files.archive_holds_bytes_outside"))
    return entries


def _read_entry(data: bytes, position: int, expected_offset: int, cd_offset: int) -> tuple[Entry, int, int]:
    if position + _CENTRAL.size > len(data):
        raise ZipRejected(t("files.directory_cut_short"))
    (
        sig,
        made_by,
        needed,
        flags,
        method,
        mtime,
        mdate,
        crc,
        csize,
        usize,
        name_len,
        extra_len,
        comment_len,
        disk,
        internal,
        external,
        offset,
    ) = _CENTRAL.unpack_from(data, position)
    name = data[position + _CENTRAL.size : position + _CENTRAL.size + name_len]
    fixed = (sig, made_by, needed, flags, mtime, mdate, extra_len, comment_len, disk, internal, external)
    canonical = (
        _CENTRAL_SIG,
        _VERSION_MADE_BY,
        _VERSION_NEEDED,
        0,
        _DOS_TIME,
        _DOS_DATE,
        0,
        0,
        0,
        0,
        _EXTERNAL_ATTR,
    )
    if fixed != canonical or method not in (STORED, DEFLATED):
        raise ZipRejected(t("files.part_entry_damaged"))
    if not _NAME.fullmatch(name) or b".." in name or name.endswith(b"/"):
        raise ZipRejected(t("files.part_forbidden_name", value=name.decode("ascii", "replace")))
    if offset != expected_offset:
        raise ZipRejected(t("files.parts_misplaced"))
    local = _LOCAL.unpack_from(data, offset) if offset + _LOCAL.size <= cd_offset else None
    want = (_LOCAL_SIG, _VERSION_NEEDED, 0, method, _DOS_TIME, _DOS_DATE, crc, csize, usize, name_len, 0)
    start = offset + _LOCAL.size + name_len
    if local != want or data[offset + _LOCAL.size : start] != name or start + csize > cd_offset:
        raise ZipRejected(t("files.part_damaged_header_disagrees", value=name.decode("ascii")))
    if method == STORED and csize != usize:
        raise ZipRejected(t("files.part_damaged_size", value=name.decode("ascii")))
    entry = Entry(name.decode("ascii"), method, crc, usize, data[start : start + csize])
    return entry, position + _CENTRAL.size + name_len, start + csize


def unpack(entry: Entry, *, max_size: int) -> bytes:
    """The entry's content; never inflates beyond its declared size (zip bombs stop there)."""
    if entry.size > max_size:
        raise ZipRejected(t("files.part_too_large_bytes", name=entry.name, size=entry.size))
    if entry.method == STORED:
        content = entry.packed
    else:
        inflater = zlib.decompressobj(-15)
        try:
            content = inflater.decompress(entry.packed, entry.size + 1)
        except zlib.error as exc:
            raise ZipRejected(t("files.part_damaged", name=entry.name, detail=text_of(exc))) from exc
        if not inflater.eof or inflater.unconsumed_tail or inflater.unused_data:
            raise ZipRejected(t("files.part_damaged_compressed_data", name=entry.name))
    if len(content) != entry.size or zlib.crc32(content) != entry.crc:
        raise ZipRejected(t("files.part_damaged_size_checksum", name=entry.name))
    return content
