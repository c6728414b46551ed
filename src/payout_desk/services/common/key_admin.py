"""Looking after a desk's private key: a new passphrase, an encrypted backup of the key, and putting it
back on a new disk or computer. The key never leaves in plain text: a backup is the same scrypt +
AES-256-GCM file as the desk's own key file, under a passphrase of its own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from payout_desk.lang import t, text_of
from payout_desk.services.common.desk import Desk
from payout_desk.services.common.errors import DeskError, InvalidInput, UsageError
from payout_desk.services.common.inputs import KEY_BACKUP_LIMIT, read_input_file
from payout_desk.store.settings import put_setting
from payout_desk.trust.atomic import write_atomic
from payout_desk.trust.keys import KeyProblem
from payout_desk.trust.keystore import MIN_PASSPHRASE, decrypt_key, encrypt_key


@dataclass(frozen=True, slots=True)
class KeyBackup:
    path: Path
    fingerprint: str


def _check_new(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UsageError(t("keys.new_passphrase_too_short", MIN_PASSPHRASE=MIN_PASSPHRASE))


class KeyAdmin:
    """Any desk's key, looked after (`KeyAdmin(desk)`, from `payout-desk keys`)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the desk's key file under a new passphrase (the old one unlocks it first)."""
        ident = self.desk.require_identity()
        if ident.storage != "file":
            raise UsageError(t("keys.in_os_keyring"))
        _check_new(new_passphrase)
        key = self.desk.signing_key()  # asks for the current passphrase
        write_atomic(self.desk.keys.key_file, encrypt_key(key, new_passphrase), mode=0o600)

    def backup_key(self, out: Path, backup_passphrase: str) -> KeyBackup:
        """Write the desk's key, encrypted under `backup_passphrase`, to `out` (e.g. a USB stick kept in
        the safe): with it, a new disk or laptop carries on as this desk."""
        _check_new(backup_passphrase)
        key = self.desk.signing_key()
        try:
            write_atomic(out, encrypt_key(key, backup_passphrase), mode=0o600)
        except OSError as exc:
            raise DeskError(t("keys.cannot_write", out=out, value=exc.strerror or exc)) from exc
        return KeyBackup(out, key.public.fingerprint)

    def restore_key(self, path: Path, backup_passphrase: str, *, prefer_keyring: bool = True) -> KeyBackup:
        """Put this desk's key back from a key backup, where the desk keeps keys on this computer."""
        ident = self.desk.require_identity()
        try:
            key = decrypt_key(read_input_file(path, KEY_BACKUP_LIMIT), backup_passphrase)
        except KeyProblem as exc:
            raise InvalidInput(t("keys.backup_unreadable", name=path.name, detail=text_of(exc))) from exc
        if key.public.key_id != ident.public_key.key_id:
            raise InvalidInput(
                t(
                    "keys.backup_of_another_desk",
                    name=path.name,
                    fingerprint=key.public.fingerprint,
                    fingerprint2=ident.fingerprint,
                )
            )
        storage = self.desk.keep_key(key, prefer_keyring=prefer_keyring)
        with self.desk.db.transaction() as session:
            put_setting(session, "key_storage", storage)
        self.desk.forget_identity()
        return KeyBackup(path, key.public.fingerprint)
