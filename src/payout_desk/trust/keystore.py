"""Where a desk's private key is kept: the OS keyring, or else a passphrase-encrypted file.

The keyring is tried first. Where it is unusable (a headless box gives keyring's "fail" backend, a locked
desktop may refuse) the key is kept in `desk-key.enc` in the data folder, encrypted with AES-256-GCM under
a key derived from a passphrase with scrypt. The private key is never written in plain text.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from payout_desk.lang import t, text_of
from payout_desk.trust.atomic import write_atomic
from payout_desk.trust.keys import KeyProblem, SigningKey

KEYRING_SERVICE = "payout-desk"
KEY_FILE_NAME = "desk-key.enc"
KEY_FILE_FORMAT = "payout-desk-key"
MIN_PASSPHRASE = 8
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
PASSPHRASE_ENV = "PAYOUT_DESK_PASSPHRASE"

PassphraseSource = Callable[[bool], str]
"""Asked for the passphrase; the flag is True when a new one is being chosen (ask twice)."""


def keyring_usable() -> bool:
    """True when the OS keyring looks like it can keep a secret."""
    backend = keyring.get_keyring()
    priority = getattr(backend, "priority", 0)
    name = type(backend).__module__ + "." + type(backend).__name__
    if name.startswith("keyring.backends.fail") or name.startswith("keyring.backends.null"):
        return False
    if name == "keyring.backends.chainer.ChainerBackend" and not getattr(backend, "backends", None):
        return False
    try:
        return float(priority) > 0
    except (TypeError, ValueError):
        return False


def _keyring_user(key_id: str) -> str:
    return f"desk-key:{key_id}"


@dataclass(frozen=True, slots=True)
class StoredKey:
    key: SigningKey
    storage: str  # "keyring" or "file"


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def encrypt_key(key: SigningKey, passphrase: str) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    secret = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    aad = key.public.raw
    ciphertext = AESGCM(secret).encrypt(nonce, key.raw(), aad)
    document = {
        "format": KEY_FILE_FORMAT,
        "version": 1,
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
        "aead": {"name": "aes-256-gcm", "nonce": _b64(nonce)},
        "public_key": key.public.b64,
        "ciphertext": _b64(ciphertext),
    }
    return json.dumps(document, indent=2).encode("utf-8")


def decrypt_key(blob: bytes, passphrase: str) -> SigningKey:
    try:
        document = json.loads(blob.decode("utf-8"))
        if document.get("format") != KEY_FILE_FORMAT or document.get("version") != 1:
            raise KeyProblem(t("keys.key_file_not_payout"))
        kdf, aead = document["kdf"], document["aead"]
        if kdf["name"] != "scrypt" or aead["name"] != "aes-256-gcm":
            raise KeyProblem(t("keys.key_file_uses_unknown"))
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        if not (2**14 <= n <= 2**20 and 1 <= r <= 16 and 1 <= p <= 4):
            raise KeyProblem(t("keys.key_file_implausible_encryption"))
        secret = _derive(passphrase, _unb64(kdf["salt"]), n, r, p)
        public_raw = _unb64(document["public_key"])
        raw = AESGCM(secret).decrypt(_unb64(aead["nonce"]), _unb64(document["ciphertext"]), public_raw)
    except InvalidTag as exc:
        raise KeyProblem(t("keys.wrong_passphrase_desk_key")) from exc
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise KeyProblem(t("keys.key_file_damaged")) from exc
    key = SigningKey.from_raw(raw)
    if key.public.raw != public_raw:
        raise KeyProblem(t("keys.key_file_damaged"))
    return key


class KeyStore:
    """The private key of the desk whose data folder is `data_dir`."""

    def __init__(self, data_dir: Path, passphrase: PassphraseSource) -> None:
        self.data_dir = data_dir
        self._passphrase = passphrase

    @property
    def key_file(self) -> Path:
        return self.data_dir / KEY_FILE_NAME

    def save(self, key: SigningKey, *, prefer_keyring: bool = True) -> str:
        """Keep `key`; returns where it went ("keyring" or "file")."""
        if prefer_keyring and keyring_usable():
            secret = base64.b64encode(key.raw()).decode("ascii")
            try:
                keyring.set_password(KEYRING_SERVICE, _keyring_user(key.public.key_id), secret)
                if keyring.get_password(KEYRING_SERVICE, _keyring_user(key.public.key_id)) == secret:
                    return "keyring"
            except keyring.errors.KeyringError:
                pass  # fall through to the encrypted file
        passphrase = self._passphrase(True)
        if len(passphrase) < MIN_PASSPHRASE:
            raise KeyProblem(t("keys.passphrase_too_short", MIN_PASSPHRASE=MIN_PASSPHRASE))
        try:  # a desk on a shared database has had no reason to make its data folder yet
            self.key_file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KeyProblem(
                t("keys.cannot_create_data_folder", parent=self.key_file.parent, strerror=exc.strerror)
            ) from exc
        write_atomic(self.key_file, encrypt_key(key, passphrase), mode=0o600)
        return "file"

    def load(self, key_id: str, storage: str) -> SigningKey:
        if storage == "keyring":
            try:
                secret = keyring.get_password(KEYRING_SERVICE, _keyring_user(key_id))
            except keyring.errors.KeyringError as exc:
                raise KeyProblem(t("keys.os_keyring_refused_give", detail=text_of(exc))) from exc
            if secret is None:
                raise KeyProblem(t("keys.desk_key_not_computer", key_id=key_id))
            key = SigningKey.from_raw(base64.b64decode(secret))
        else:
            try:
                blob = self.key_file.read_bytes()
            except FileNotFoundError as exc:
                raise KeyProblem(t("keys.desk_key_file_missing", key_file=self.key_file)) from exc
            key = decrypt_key(blob, self._passphrase(False))
        if key.public.key_id != key_id:
            raise KeyProblem(t("keys.stored_key_not_desk", key_id=key_id))
        return key

    def change_passphrase(self, key_id: str, new_passphrase: str) -> None:
        key = self.load(key_id, "file")
        if len(new_passphrase) < MIN_PASSPHRASE:
            raise KeyProblem(t("keys.passphrase_too_short", MIN_PASSPHRASE=MIN_PASSPHRASE))
        write_atomic(self.key_file, encrypt_key(key, new_passphrase), mode=0o600)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)
