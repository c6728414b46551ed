"""The signed container shared by .pdlist, .pdamend and .pdsync files.

A ZIP (canonical form, see zipformat) holding `manifest.json`, `manifest.sig` and members. The manifest
names the kind, the signer, and for every member its size and SHA-256 both as stored (compressed) and as
content; `manifest.sig` is the signer's Ed25519 public key and signature over the manifest bytes. Readers
check the archive's shape and limits, the signature and every hash before any member is parsed. Writers
are deterministic: the same content and key give the same bytes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from payout_desk.domain.payout_list import FileKind
from payout_desk.exchange import zipformat
from payout_desk.exchange.jsonio import JsonRejected, canonical_json, parse_json
from payout_desk.lang import Explained, t, text_of
from payout_desk.trust.keys import PublicKey, SigningKey

FORMAT = "payout-desk"
VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SIG_MAGIC = b"PDSIG1\n"
SIG_SIZE = len(SIG_MAGIC) + 32 + 64
SIGN_CONTEXT = b"payout-desk manifest v1\n"
_MEMBER_NAME = re.compile(
    r"[a-z0-9][a-z0-9_-]{0,63}\.(json|jsonl)|signatures/[A-Za-z0-9][A-Za-z0-9_-]{0,63}\.png"
)


KINDS: dict[str, str] = {FileKind.LIST: ".pdlist", FileKind.AMENDMENT: ".pdamend", FileKind.SYNC: ".pdsync"}


class FileRejected(Explained):
    """A Payout Desk file that must not be used; its catalogue Text (`.text`) says why in plain words."""


@dataclass(frozen=True, slots=True)
class Limits:
    max_file_bytes: int = 256 * 1024 * 1024
    max_members: int = 20_000
    max_member_bytes: int = 64 * 1024 * 1024
    max_total_bytes: int = 512 * 1024 * 1024
    max_manifest_bytes: int = 4 * 1024 * 1024
    max_ratio: int = 200  # uncompressed / compressed, for members over 1 MiB


DEFAULT_LIMITS = Limits()


@dataclass(slots=True)
class SignedFile:
    """A container whose signature and member hashes have been checked (not yet whether we trust it)."""

    kind: str
    manifest: dict[str, Any]
    members: dict[str, bytes]
    signer: PublicKey
    sha256: str
    extra: dict[str, Any] = field(default_factory=dict)


def build(kind: str, header: dict[str, Any], members: dict[str, bytes], key: SigningKey) -> bytes:
    """A signed container of `kind` with `header` fields in the manifest and the given members."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind}")
    for name in members:
        if not _MEMBER_NAME.fullmatch(name):
            raise ValueError(f"bad member name {name!r}")
    packed = [zipformat.pack(name, data, compress=len(data) > 256) for name, data in sorted(members.items())]
    manifest = dict(header)
    manifest.update(
        format=FORMAT,
        version=VERSION,
        kind=kind,
        signer={"key_id": key.public.key_id, "public_key": key.public.b64},
        members=[
            {
                "name": entry.name,
                "size": entry.size,
                "sha256": hashlib.sha256(members[entry.name]).hexdigest(),
                "packed_size": len(entry.packed),
                "packed_sha256": hashlib.sha256(entry.packed).hexdigest(),
            }
            for entry in packed
        ],
    )
    manifest_bytes = canonical_json(manifest)
    signature = SIG_MAGIC + key.public.raw + key.sign(SIGN_CONTEXT + manifest_bytes)
    head = [
        zipformat.pack(MANIFEST, manifest_bytes, compress=False),
        zipformat.pack(SIGNATURE, signature, compress=False),
    ]
    return zipformat.write(head + packed)


def open_signed(
    data: bytes, *, expected_kind: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> SignedFile:
    """Check a container completely; raise FileRejected with a plain reason on the first problem."""
    if len(data) > limits.max_file_bytes:
        raise FileRejected(
            t("files.file_too_large_bytes", count=len(data), max_file_bytes=limits.max_file_bytes)
        )
    try:
        entries = zipformat.read(data, max_entries=limits.max_members + 2)
    except zipformat.ZipRejected as exc:
        raise FileRejected(t("files.file_damaged_not_payout", detail=text_of(exc))) from exc
    parts = _check_entries(entries, limits)
    manifest_bytes, sig_blob = entries[0].packed, entries[1].packed
    signer, signature = _read_signature(sig_blob)
    if not signer.verify(signature, SIGN_CONTEXT + manifest_bytes):
        raise FileRejected(t("files.signature_not_match_contents", key_id=signer.key_id))
    manifest = _parse_manifest(manifest_bytes, signer, expected_kind)
    members = _unpack_listed(parts, manifest, limits)
    return SignedFile(
        kind=manifest["kind"],
        manifest=manifest,
        members=members,
        signer=signer,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _check_entries(entries: list[zipformat.Entry], limits: Limits) -> list[zipformat.Entry]:
    """The archive's shape: manifest, signature, then members in name order, within the limits."""
    if len(entries) < 2 or entries[0].name != MANIFEST or entries[1].name != SIGNATURE:
        raise FileRejected(t("files.file_not_start_manifest"))
    if entries[0].method != zipformat.STORED or entries[1].method != zipformat.STORED:
        raise FileRejected(t("files.manifest_signature_part_stored"))
    if len(entries[0].packed) > limits.max_manifest_bytes:
        raise FileRejected(t("files.manifest_too_large"))
    parts = entries[2:]
    if len(parts) > limits.max_members:
        raise FileRejected(t("files.file_too_many_parts", count=len(parts), max_members=limits.max_members))
    total = 0
    for previous, entry in zip([None, *parts], parts, strict=False):
        if not _MEMBER_NAME.fullmatch(entry.name):
            raise FileRejected(t("files.file_holds_part_forbidden", name=entry.name))
        if previous is not None and previous.name >= entry.name:
            raise FileRejected(t("files.parts_out_of_order"))
        if entry.size > limits.max_member_bytes:
            raise FileRejected(t("files.part_too_large_bytes", name=entry.name, size=entry.size))
        if entry.size > 1024 * 1024 and entry.size > limits.max_ratio * max(len(entry.packed), 1):
            raise FileRejected(t("files.part_expands_suspiciously_zip", name=entry.name))
        total += entry.size
    if total > limits.max_total_bytes:
        raise FileRejected(t("files.file_expands_too_much", total=total))
    return parts


def _read_signature(blob: bytes) -> tuple[PublicKey, bytes]:
    if len(blob) != SIG_SIZE or not blob.startswith(SIG_MAGIC):
        raise FileRejected(t("files.signature_part_malformed"))
    start = len(SIG_MAGIC)
    return PublicKey(blob[start : start + 32]), blob[start + 32 :]


def _parse_manifest(manifest_bytes: bytes, signer: PublicKey, expected_kind: str | None) -> dict[str, Any]:
    try:
        manifest = parse_json(manifest_bytes, "manifest")
    except JsonRejected as exc:
        raise FileRejected(text_of(exc)) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise FileRejected(t("files.file_not_payout_desk"))
    if manifest.get("version") != VERSION:
        raise FileRejected(t("files.format_version", value=manifest.get("version"), VERSION=VERSION))
    kind = manifest.get("kind")
    if kind not in KINDS:
        raise FileRejected(t("files.file_unknown_kind", kind=kind))
    if expected_kind is not None and kind != expected_kind:
        raise FileRejected(t("files.wrong_kind", kind=kind, value=KINDS[kind], expected_kind=expected_kind))
    claimed = manifest.get("signer")
    if not isinstance(claimed, dict) or claimed.get("public_key") != signer.b64:
        raise FileRejected(t("files.manifest_names_different_signer"))
    if not isinstance(manifest.get("members"), list):
        raise FileRejected(t("files.manifest_lists_no_parts"))
    return manifest


def _unpack_listed(
    parts: list[zipformat.Entry], manifest: dict[str, Any], limits: Limits
) -> dict[str, bytes]:
    listed = manifest["members"]
    if [m.get("name") if isinstance(m, dict) else None for m in listed] != [p.name for p in parts]:
        raise FileRejected(t("files.parts_not_manifest"))
    members: dict[str, bytes] = {}
    for entry, claimed in zip(parts, listed, strict=True):
        if (
            claimed.get("packed_size") != len(entry.packed)
            or claimed.get("packed_sha256") != hashlib.sha256(entry.packed).hexdigest()
        ):
            raise FileRejected(t("files.part_was_changed_after", name=entry.name))
        try:
            content = zipformat.unpack(entry, max_size=limits.max_member_bytes)
        except zipformat.ZipRejected as exc:
            raise FileRejected(text_of(exc)) from exc
        if (
            claimed.get("size") != len(content)
            or claimed.get("sha256") != hashlib.sha256(content).hexdigest()
        ):
            raise FileRejected(t("files.part_was_changed_after", name=entry.name))
        members[entry.name] = content
    return members
