"""Ed25519 desk keys: public identity, fingerprints a person can read aloud, signing and verifying."""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from payout_desk.lang import Explained, t

FINGERPRINT_DIGITS = 30
FINGERPRINT_GROUP = 5


class KeyProblem(Explained):
    """A key is malformed, missing or cannot be unlocked; the message says what to do."""


def _public_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True, slots=True)
class PublicKey:
    """A desk's public identity: the raw 32-byte Ed25519 key."""

    raw: bytes

    def __post_init__(self) -> None:
        if len(self.raw) != 32:
            raise KeyProblem(t("keys.public_key_bytes"))

    @classmethod
    def from_b64(cls, text: str) -> PublicKey:
        try:
            raw = base64.b64decode(text.strip(), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise KeyProblem(t("keys.public_key_not_valid")) from exc
        if len(raw) != 32:
            raise KeyProblem(t("keys.public_key_length", count=len(raw)))
        return cls(raw)

    @property
    def b64(self) -> str:
        return base64.b64encode(self.raw).decode("ascii")

    @property
    def key_id(self) -> str:
        """Short id for messages and file names: 16 hex digits of the key's SHA-256."""
        return hashlib.sha256(self.raw).hexdigest()[:16].upper()

    @property
    def fingerprint(self) -> str:
        """30 digits in groups of five, to read aloud over the phone and compare."""
        return fingerprint_of(self.raw)

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, message)
        except InvalidSignature:
            return False
        return True


def same_key(stored_b64: str | None, key: PublicKey) -> bool:
    """Whether a public key kept as base64 (found by its 16-hex-digit id) is `key` itself. Trust checks
    compare whole public keys: an id is 64 bits, so two keys can share one; it only finds the row."""
    if not stored_b64:
        return False
    try:
        return PublicKey.from_b64(stored_b64).raw == key.raw
    except KeyProblem:
        return False


def fingerprint_of(raw_public_key: bytes) -> str:
    digest = hashlib.sha256(b"payout-desk fingerprint\n" + raw_public_key).digest()
    number = int.from_bytes(digest[:16], "big") % 10**FINGERPRINT_DIGITS
    digits = f"{number:0{FINGERPRINT_DIGITS}d}"
    return " ".join(
        digits[i : i + FINGERPRINT_GROUP] for i in range(0, FINGERPRINT_DIGITS, FINGERPRINT_GROUP)
    )


def normalize_fingerprint(text: str) -> str:
    """Accept a fingerprint typed with spaces, dashes or none; return the canonical grouped form."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) != FINGERPRINT_DIGITS or len(digits) != len("".join(text.split()).replace("-", "")):
        raise KeyProblem(t("keys.fingerprint_digits", FINGERPRINT_DIGITS=FINGERPRINT_DIGITS))
    return " ".join(
        digits[i : i + FINGERPRINT_GROUP] for i in range(0, FINGERPRINT_DIGITS, FINGERPRINT_GROUP)
    )


class SigningKey:
    """A desk's private key, held in memory only while signing."""

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self.public = PublicKey(_public_bytes(private.public_key()))

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_raw(cls, raw: bytes) -> SigningKey:
        if len(raw) != 32:
            raise KeyProblem(t("keys.private_key_bytes"))
        return cls(Ed25519PrivateKey.from_private_bytes(raw))

    def raw(self) -> bytes:
        return self._private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())

    def sign(self, message: bytes) -> bytes:
        return self._private.sign(message)
