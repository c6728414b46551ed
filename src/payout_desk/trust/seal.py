"""Sealing a signed file to its recipients, so a lost USB stick or a forwarded chat message leaks nothing:
X25519 key agreement, HKDF-SHA256, AES-256-GCM (all from `cryptography`).

Every desk already has an Ed25519 key whose public half the others know (the office's is pinned on each
laptop, the laptops' are enrolled at the office and listed in their point's list). Its X25519 twin is
derived, as libsodium does: the private scalar from SHA-512 of the Ed25519 seed, the public point by the
birational map from Edwards to Montgomery form — so no new key has to be made, stored, backed up or
exchanged. The signed file inside is unchanged: it is opened first, then verified as before.

Layout: MAGIC, a 4-byte big-endian header length, the header (JSON: version, sender's ephemeral X25519
public key, one wrapped file key per recipient), then the AES-GCM ciphertext of the signed file (its nonce
in the header, the header as associated data). Sealing is deterministic for the same file and recipients
(the ephemeral key is derived from the sender's key and the file), so issuing the same list twice writes
the same bytes."""

from __future__ import annotations

import base64
import hashlib
import json
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from payout_desk.lang import Explained, t
from payout_desk.trust.keys import PublicKey, SigningKey

MAGIC = b"PDSEAL1\n"
MAX_HEADER = 64 * 1024
_P = 2**255 - 19
_INFO = b"payout-desk seal v1"


class SealProblem(Explained):
    """A sealed file that cannot be opened here: not for this desk, or damaged."""


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def x25519_public(key: PublicKey) -> bytes:
    """The X25519 public key of an Ed25519 public key: u = (1 + y) / (1 - y) mod 2^255 - 19."""
    y = int.from_bytes(key.raw, "little") & ((1 << 255) - 1)
    if y >= _P or (1 - y) % _P == 0:
        raise SealProblem(t("files.public_key_no_x"))
    u = (1 + y) * pow((1 - y) % _P, _P - 2, _P) % _P
    return u.to_bytes(32, "little")


def x25519_private(key: SigningKey) -> X25519PrivateKey:
    """The X25519 private key of an Ed25519 key: SHA-512 of its seed, first half (X25519 clamps it)."""
    return X25519PrivateKey.from_private_bytes(hashlib.sha512(key.raw()).digest()[:32])


def _kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=_INFO + ephemeral + recipient).derive(shared)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def seal(data: bytes, sender: SigningKey, recipients: list[PublicKey]) -> bytes:
    """`data` (a signed file) sealed so that only `recipients` can open it."""
    if not recipients:
        raise SealProblem(t("files.sealed_file_needs_least"))
    targets = sorted({r.raw: r for r in recipients}.values(), key=lambda r: r.key_id)
    seed = hashlib.sha256(
        _INFO + sender.raw() + hashlib.sha256(data).digest() + b"".join(r.raw for r in targets)
    )
    derived = seed.digest()
    ephemeral = X25519PrivateKey.from_private_bytes(hashlib.sha256(b"ephemeral" + derived).digest())
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    file_key = hashlib.sha256(b"file key" + derived).digest()
    nonce = hashlib.sha256(b"nonce" + derived).digest()[:12]
    wrapped = []
    for target in targets:
        public = x25519_public(target)
        kek = _kek(ephemeral.exchange(X25519PublicKey.from_public_bytes(public)), ephemeral_public, public)
        wrapped.append({"key_id": target.key_id, "key": _b64(AESGCM(kek).encrypt(bytes(12), file_key, None))})
    header = json.dumps(
        {"v": 1, "ephemeral": _b64(ephemeral_public), "nonce": _b64(nonce), "recipients": wrapped},
        sort_keys=True,
        separators=(",", ":"),
    ).encode("ascii")
    return MAGIC + struct.pack(">I", len(header)) + header + AESGCM(file_key).encrypt(nonce, data, header)


def _recipients(parsed: dict[str, object]) -> list[dict[str, object]]:
    entries = parsed.get("recipients")
    if not isinstance(entries, list):
        raise SealProblem(t("files.sealed_header_damaged"))
    return [e for e in entries if isinstance(e, dict)]


def recipients_of(data: bytes) -> list[str]:
    """The key ids a sealed file is for (to say whose it is when it cannot be opened here)."""
    return [str(r.get("key_id")) for r in _recipients(_header(data)[0])]


def _header(data: bytes) -> tuple[dict[str, object], bytes, bytes]:
    if not is_sealed(data) or len(data) < len(MAGIC) + 4:
        raise SealProblem(t("files.not_sealed_payout_desk"))
    (size,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if size > MAX_HEADER or start + size > len(data):
        raise SealProblem(t("files.sealed_file_truncated_damaged"))
    header = data[start : start + size]
    try:
        parsed = json.loads(header.decode("ascii"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise SealProblem(t("files.sealed_header_damaged")) from exc
    if not isinstance(parsed, dict) or parsed.get("v") != 1:
        raise SealProblem(t("files.sealed_header_version"))
    return parsed, header, data[start + size :]


def open_sealed(data: bytes, key: SigningKey) -> bytes:
    """The signed file inside, if `key`'s desk is one of the recipients and nothing was changed. The
    plaintext is 16 bytes shorter than the ciphertext (AES-GCM), so opening never makes more than was
    read (and what is read is bounded: services/inputs.py)."""
    parsed, header, body = _header(data)
    mine = key.public.key_id
    entries = [r for r in _recipients(parsed) if r.get("key_id") == mine]
    if not entries:
        raise SealProblem(t("files.sealed_other_desks_not", value=", ".join(recipients_of(data)) or "none"))
    try:
        ephemeral_public = base64.b64decode(str(parsed["ephemeral"]), validate=True)
        nonce = base64.b64decode(str(parsed["nonce"]), validate=True)
        private = x25519_private(key)
        public = private.public_key().public_bytes_raw()
        kek = _kek(
            private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public)), ephemeral_public, public
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise SealProblem(t("files.sealed_file_was_changed")) from exc
    last: Exception | None = None
    for entry in entries:  # a key id is 64 bits: another recipient may share ours; only our key unwraps
        try:
            file_key = AESGCM(kek).decrypt(
                bytes(12), base64.b64decode(str(entry.get("key")), validate=True), None
            )
        except (InvalidTag, ValueError) as exc:
            last = exc
            continue
        try:
            return AESGCM(file_key).decrypt(nonce, body, header)
        except (InvalidTag, ValueError) as exc:
            raise SealProblem(t("files.sealed_file_was_changed")) from exc
    raise SealProblem(t("files.sealed_file_was_changed")) from last
