from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from hypothesis import given
from hypothesis import strategies as st
from keyring.backend import KeyringBackend

from payout_desk.trust.keys import KeyProblem, PublicKey, SigningKey, normalize_fingerprint
from payout_desk.trust.keystore import KEY_FILE_NAME, KeyStore, decrypt_key, encrypt_key, keyring_usable


def test_fingerprint_is_thirty_digits_in_groups_of_five() -> None:
    fingerprint = SigningKey.generate().public.fingerprint
    groups = fingerprint.split(" ")
    assert len(groups) == 6
    assert all(len(g) == 5 and g.isdigit() for g in groups)


def test_fingerprint_differs_between_keys_and_is_stable() -> None:
    a, b = SigningKey.generate(), SigningKey.generate()
    assert a.public.fingerprint != b.public.fingerprint
    assert PublicKey.from_b64(a.public.b64).fingerprint == a.public.fingerprint


@given(st.sampled_from(["", " ", "-"]))
def test_fingerprint_typed_with_other_separators_is_accepted(separator: str) -> None:
    fingerprint = "40513 88230 12944 57720 19384 00213"
    assert normalize_fingerprint(fingerprint.replace(" ", separator)) == fingerprint


@pytest.mark.parametrize("typed", ["40513 88230", "40513 88230 12944 57720 19384 0021X", "abc"])
def test_fingerprint_with_wrong_digits_is_refused(typed: str) -> None:
    with pytest.raises(KeyProblem):
        normalize_fingerprint(typed)


def test_signature_verifies_only_for_the_signed_message() -> None:
    key = SigningKey.generate()
    signature = key.sign(b"hello")
    assert key.public.verify(signature, b"hello")
    assert not key.public.verify(signature, b"hellO")
    assert not SigningKey.generate().public.verify(signature, b"hello")


def test_key_file_round_trips_and_wrong_passphrase_is_refused() -> None:
    key = SigningKey.generate()
    blob = encrypt_key(key, "a good passphrase")
    assert decrypt_key(blob, "a good passphrase").raw() == key.raw()
    with pytest.raises(KeyProblem, match="wrong passphrase"):
        decrypt_key(blob, "another passphrase")


def test_key_file_never_holds_the_private_key_in_plain_text() -> None:
    key = SigningKey.generate()
    blob = encrypt_key(key, "a good passphrase")
    document = json.loads(blob)
    assert document["kdf"]["name"] == "scrypt"
    assert key.raw() not in blob
    for text in document.values():
        assert key.raw().hex() not in str(text)


def test_tampered_key_file_is_refused() -> None:
    key = SigningKey.generate()
    document = json.loads(encrypt_key(key, "a good passphrase"))
    document["public_key"] = SigningKey.generate().public.b64
    with pytest.raises(KeyProblem):
        decrypt_key(json.dumps(document).encode(), "a good passphrase")


def test_headless_box_has_no_usable_keyring_so_the_key_goes_to_an_encrypted_file(tmp_path: Path) -> None:
    assert not keyring_usable()
    store = KeyStore(tmp_path, lambda _new: "a good passphrase")
    key = SigningKey.generate()
    assert store.save(key) == "file"
    assert (tmp_path / KEY_FILE_NAME).stat().st_mode & 0o077 == 0
    assert store.load(key.public.key_id, "file").raw() == key.raw()


def test_short_passphrase_is_refused(tmp_path: Path) -> None:
    store = KeyStore(tmp_path, lambda _new: "short")
    with pytest.raises(KeyProblem, match="at least 8"):
        store.save(SigningKey.generate())
    assert not (tmp_path / KEY_FILE_NAME).exists()


class MemoryKeyring(KeyringBackend):
    """A working keyring backend kept in memory (stands in for the OS keyring)."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def test_a_working_keyring_keeps_the_key_and_no_file_is_written(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        store = KeyStore(tmp_path, lambda _new: pytest.fail("no passphrase needed with a keyring"))
        key = SigningKey.generate()
        assert store.save(key) == "keyring"
        assert not (tmp_path / KEY_FILE_NAME).exists()
        assert store.load(key.public.key_id, "keyring").raw() == key.raw()
    finally:
        keyring.set_keyring(previous)
