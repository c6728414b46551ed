"""A desk: one data folder with its database and its key — the context every part of a desk works in.

PointDesk (services/point/desk.py) and OfficeDesk (services/office/desk.py) are this, plus their parts:
small objects, one use case each (`desk.pay.record`, `desk.cash`, `office.lists` …), that hold the desk and reach
the database, the identity and the key through it. Parts do not inherit from each other; a part that needs
another is handed it when the desk builds them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Self, TypedDict

from sqlalchemy.orm import Session

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.month import Month
from payout_desk.domain.roles import Role
from payout_desk.lang import LANGUAGES, Text, t, text_of
from payout_desk.services.common.errors import DeskError, FileRefused, UsageError
from payout_desk.services.common.inputs import read_input_file
from payout_desk.services.common.paths import resolve_data_dir
from payout_desk.services.common.private import make_private
from payout_desk.services.common.typed import typed
from payout_desk.store.database import DB_FILE_NAME, Database, DatabaseError, open_database, sqlite_url
from payout_desk.store.settings import put_setting, setting
from payout_desk.trust.keys import KeyProblem, PublicKey, SigningKey
from payout_desk.trust.keystore import PASSPHRASE_ENV, KeyStore, PassphraseSource
from payout_desk.trust.seal import SealProblem, is_sealed, open_sealed, seal

ROLES = tuple(Role)
LANGUAGE_SETTING = "language"

# Office desks sharing one PostgreSQL database take turns through two kinds of lock (store/locks.py;
# on SQLite every writer takes turns anyway). A sync import holds its list's lock: everything it reads
# and rewrites (the device's chain, the list's state cache and conflicts, which mix all the point's
# devices) belongs to that one list, so imports for different lists run side by side and two for the
# same list run one after the other, each seeing the other's events. Every other office write (register,
# issue, enrolment, amendment, resolution) holds OFFICE_LOCK, and then the lock of each list whose states
# it refreshes, always in that order; an import never takes OFFICE_LOCK, so no two can wait on each other.
OFFICE_LOCK = "payout-desk:office"


def list_lock(list_id: str) -> str:
    return f"payout-desk:list:{list_id}"


__all__ = ["PASSPHRASE_ENV", "DatabaseError", "Desk", "DeskIdentity", "read_input_file"]


@dataclass(frozen=True, slots=True)
class DeskIdentity:
    role: str
    name: str
    public_key: PublicKey
    storage: str  # "keyring" or "file"

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint


def role_word(role: str) -> Text:
    """ "office" or "point" as the desk's role is said in a sentence."""
    return t("desk.role_office") if role == Role.OFFICE else t("desk.role_point")


def no_passphrase(_new: bool) -> str:
    raise DeskError(t("desk.passphrase_needed"))


def parse_month(text: str) -> Month:
    try:
        return Month.parse(text)
    except ValueError as exc:
        raise UsageError(text_of(exc)) from exc


@contextmanager
def _as_desk_error() -> Iterator[None]:
    try:
        yield
    except DatabaseError as exc:
        raise DeskError(exc.text) from exc


class GuardedDatabase(Database):
    """The desk's database, where a fault of the disk, the folder, another program or the server is a
    DeskError: one sentence for the clerk (in Vietnamese in the window), and nothing recorded."""

    @contextmanager
    def transaction(self, *locks: str) -> Iterator[Session]:
        with _as_desk_error(), super().transaction(*locks) as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with _as_desk_error(), super().reading() as session:
            yield session

    @contextmanager
    def raw_transaction(self) -> Iterator[sqlite3.Cursor]:
        with _as_desk_error(), super().raw_transaction() as cursor:
            yield cursor

    @contextmanager
    def raw_reading(self) -> Iterator[sqlite3.Cursor]:
        with _as_desk_error(), super().raw_reading() as cursor:
            yield cursor


def open_guarded(url: str) -> GuardedDatabase:
    with _as_desk_error():
        return GuardedDatabase(open_database(url).engine)


class DeskOptions(TypedDict, total=False):
    """How a desk is opened, besides its data folder (PointDesk and OfficeDesk take the same)."""

    passphrase: PassphraseSource  # asked when the key file must be unlocked
    database_url: str | None  # a shared database instead of the folder's SQLite file (office)


class Desk:
    """Shared by both desks: the data folder, its database, the desk's identity and key."""

    def __init__(
        self,
        data_dir: str | Path | None = None,
        *,
        passphrase: PassphraseSource = no_passphrase,
        database_url: str | None = None,
    ) -> None:
        self.data_dir = resolve_data_dir(data_dir)
        self._passphrase = passphrase
        make_private(self.data_dir, sqlite=database_url is None)  # 0700 folder, 0600 files (POSIX)
        url = database_url or sqlite_url(self.data_dir / DB_FILE_NAME)
        self.db: Database = open_guarded(url)
        self.keys = KeyStore(self.data_dir, passphrase)
        self._identity: DeskIdentity | None = None
        self._signing_key: SigningKey | None = None
        # Asked before the key signs anything (the office's roles: services/office/clerks.py); opening a
        # sealed file is not signing.
        self.signing_check: Callable[[], None] | None = None
        # Another key that may open a sealed file (the office's opening key: services/office/opening_key.py)
        self.opening_key: Callable[[bytes], SigningKey | None] | None = None
        # Who did an office action: the office's clerks write it (services/office/clerks.py); elsewhere None
        self.on_action: Callable[[str, str | None, dict[str, object]], None] | None = None

    def attribute(self, action: str, month: object = None, **detail: object) -> None:
        """An office action done (called once the step has succeeded): written into the office's actions
        with the signed-in clerk's name (`OfficeClerks.attribute`). A desk without clerks writes nothing."""
        if self.on_action is not None:
            self.on_action(action, None if month is None else str(month), detail)

    def close(self) -> None:
        self.db.close()

    def reopen(self, url: str) -> None:
        """Open the database again (after a restore put another file in its place) and forget what was
        read from the one before."""
        self.db = open_guarded(url)  # migrations bring an older backup up to date
        self.forget_identity()

    def forget_identity(self) -> None:
        """Read the identity and unlock the key again when next needed (they changed on disk)."""
        self._identity = None
        self._signing_key = None

    def database_label(self) -> str | None:
        """A shared database's URL without its password, for the About dialog; None for the data
        folder's own SQLite file."""
        url = self.db.engine.url
        return None if url.get_backend_name() == "sqlite" else url.render_as_string()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # language ---------------------------------------------------------------------------------------

    def language(self) -> str | None:
        """The language this desk speaks ("vi" or "en") when one was chosen (`settings language`)."""
        with self.db.reading() as session:
            code = setting(session, LANGUAGE_SETTING)
        return code if code in LANGUAGES else None

    def set_language(self, code: str) -> None:
        if code not in LANGUAGES:
            raise UsageError(t("desk.language_unknown", code=code, choices=", ".join(LANGUAGES)))
        with self.db.transaction() as session:
            put_setting(session, LANGUAGE_SETTING, code)
        self.attribute("set-language", language=code)

    # identity ---------------------------------------------------------------------------------------

    def identity(self) -> DeskIdentity | None:
        if self._identity is not None:
            return self._identity
        with self.db.reading() as session:
            role, name = setting(session, "role"), setting(session, "name")
            public, storage = setting(session, "public_key"), setting(session, "key_storage")
        if not (role and name and public and storage):
            return None
        self._identity = DeskIdentity(role, name, PublicKey.from_b64(public), storage)
        return self._identity

    def require_identity(self, role: str | None = None) -> DeskIdentity:
        ident = self.identity()
        if ident is None:
            wanted = role or "office|point"
            raise DeskError(t("desk.no_key", role=wanted))
        if role is not None and ident.role != role:
            raise UsageError(
                t("desk.wrong_role", role=role_word(ident.role), name=ident.name, wanted=role_word(role))
            )
        return ident

    def init_keys(self, role: str, name: str, *, prefer_keyring: bool = True) -> DeskIdentity:
        if role not in ROLES:
            raise UsageError(t("desk.role_unknown", choices=", ".join(ROLES)))
        name = typed(name, "office_name" if role == Role.OFFICE else "device_name")
        if not name:
            raise UsageError(t("desk.name_needed"))
        if role == Role.POINT and self.db.engine.dialect.name != "sqlite":
            raise UsageError(t("desk.point_no_shared_db"))
        if self.identity() is not None:
            raise DeskError(t("desk.key_exists"))
        key = SigningKey.generate()
        storage = self.keep_key(key, prefer_keyring=prefer_keyring)
        with self.db.transaction() as session:
            put_setting(session, "role", role)
            put_setting(session, "name", name)
            put_setting(session, "public_key", key.public.b64)
            put_setting(session, "key_storage", storage)
            put_setting(session, "created_at", iso_utc(utc_now()))
        return DeskIdentity(role=role, name=name, public_key=key.public, storage=storage)

    def unsealed(self, data: bytes, path: Path) -> bytes:
        """A signed file as read: opened with this desk's key if it came sealed (trust/seal.py)."""
        if not is_sealed(data):
            return data
        try:
            opener = self.opening_key(data) if self.opening_key is not None else None
            return open_sealed(data, opener or self.unlocked_key())
        except SealProblem as exc:
            raise FileRefused(t("files.named", name=path.name, detail=exc.text)) from exc

    def keep_key(self, key: SigningKey, *, prefer_keyring: bool = True) -> str:
        """Store the private key where this computer keeps desk keys; returns "keyring" or "file"."""
        try:
            return self.keys.save(key, prefer_keyring=prefer_keyring)
        except KeyProblem as exc:
            raise DeskError(exc.text) from exc

    def signing_key(self) -> SigningKey:
        """The desk's private key, to sign with (once `signing_check` allows it)."""
        if self.signing_check is not None:
            self.signing_check()
        return self.unlocked_key()

    def unlocked_key(self) -> SigningKey:
        """The desk's private key, unlocked once per opened desk."""
        if self._signing_key is None:
            ident = self.require_identity()
            try:
                self._signing_key = self.keys.load(ident.public_key.key_id, ident.storage)
            except KeyProblem as exc:
                raise DeskError(t("desk.cannot_unlock", detail=exc.text)) from exc
        return self._signing_key


def desk_language(data_dir: str | Path | None, database_url: str | None = None) -> str | None:
    """The language chosen for the desk in that data folder (or on that shared database); None when there
    is no desk there yet or none was chosen."""
    folder = resolve_data_dir(data_dir)
    if database_url is None and not data_dir_has_database(folder):
        return None
    with Desk(folder, database_url=database_url) as desk:
        return desk.language()


def data_dir_has_database(data_dir: Path) -> bool:
    return (data_dir / DB_FILE_NAME).exists()


def desk_role(data_dir: str | Path | None, database_url: str | None = None) -> str | None:
    """ "office" or "point" for the desk in that data folder (or on that shared database); None when there
    is no desk there yet."""
    folder = resolve_data_dir(data_dir)
    if database_url is None and not data_dir_has_database(folder):
        return None
    with Desk(folder, database_url=database_url) as desk:
        ident = desk.identity()
    return ident.role if ident else None


def sealed_for(
    data: bytes, sender: SigningKey, devices_json: str | None, *also: PublicKey
) -> tuple[bytes, bool]:
    """A signed file sealed to a point's devices (as a list names them) and `also`; as it is when there
    is nobody to seal it to yet (no laptop enrolled). Returns the bytes and whether they are sealed."""
    recipients = [PublicKey.from_b64(d["public_key"]) for d in json.loads(devices_json or "[]")]
    recipients += also
    if not recipients:
        return data, False
    return seal(data, sender, recipients), True
