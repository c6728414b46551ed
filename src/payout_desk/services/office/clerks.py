"""Office clerks and roles (issue 16 item 5): who works at the office desk, signed in by name and PIN, and
what each may do — prepare (clerk: chuẩn bị, lập) or also approve and sign (approver: duyệt, ký, the key
holder). Every office action is written, with its clerk and time, into the chain of office actions.

An office with no clerk works as before: one anonymous desk (the single-clerk office on its own SQLite
file). Once a first clerk is added (an approver), roles are enforced: every command and the window sign a
clerk in, and nothing is signed with the office key except by an approver approving what another clerk
prepared (`office.approvals`).

Who did what: every service step that changes the office's data, and every paper or export an inspector may
ask about, calls `desk.attribute(action, month, **detail)` once it has succeeded (`Desk.on_action` is
`attribute` below); the action is written with the signed-in clerk's name, so the window and the CLI record
alike. Nobody signed in (an office without clerks): nothing is written. Inside an approval the steps it
carries out are not written again: the approval's own action names what it wrote."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.text import fold, nfc
from payout_desk.lang import t
from payout_desk.services.common.desk import Desk
from payout_desk.services.common.errors import Refused, UsageError
from payout_desk.services.common.staff import Staff
from payout_desk.services.common.typed import typed
from payout_desk.services.office.opening_key import make_opening_key
from payout_desk.store.models import OfficeClerk
from payout_desk.store.office_roles import ACTIONS_LOCK, any_clerk, append_action, clerks


def _plain(value: object) -> object:
    """A detail's value as JSON keeps it: text, whole numbers, yes/no, lists of those; anything else as text
    (a path, a month, an amount object)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return str(value)


class ClerkRole(StrEnum):
    CLERK = "clerk"  # prepares: register import, amendments, releases (chuẩn bị, lập)
    APPROVER = "approver"  # also approves and signs with the office key (duyệt, ký)


@dataclass(frozen=True, slots=True)
class ClerkInfo:
    name: str
    role: str
    added_at: str
    added_by: str | None


def _info(row: OfficeClerk) -> ClerkInfo:
    return ClerkInfo(row.name, row.role, row.added_at, row.added_by)


def role_of(text: str) -> ClerkRole:
    try:
        return ClerkRole(text)
    except ValueError:
        raise UsageError(t("roles.role_unknown", role=text, choices=", ".join(ClerkRole))) from None


class OfficeClerks:
    """`office.clerks`: the office's clerks and roles, who is signed in, the actions' record."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.staff = Staff(desk)  # the PINs: the staff book, slow hashes, lockout (common/staff.py)
        self.current: ClerkInfo | None = None
        self._approving = False

    # who --------------------------------------------------------------------------------------------

    def enforced(self) -> bool:
        """Whether roles are enforced: the office has clerks."""
        with self.desk.db.reading() as session:
            return any_clerk(session)

    def all(self) -> list[ClerkInfo]:
        with self.desk.db.reading() as session:
            return [_info(row) for row in clerks(session)]

    def _known(self, name: str) -> ClerkInfo:
        wanted = fold(nfc(" ".join(name.split())))
        found = [c for c in self.all() if fold(c.name) == wanted]
        if not found:
            names = ", ".join(c.name for c in self.all())
            raise UsageError(t("roles.unknown", name=nfc(name), names=names or "-"))
        return found[0]

    def add(self, name: str, pin: str, role: str, *, by: str | None = None, by_pin: str = "") -> ClerkInfo:
        """Add a clerk. The first one is an approver and adds themself; every later one is added by an
        approver signed in with their PIN (`by`, `by_pin`)."""
        self.desk.require_identity("office")
        wanted = role_of(role)
        name = typed(name, "staff")
        if not name:
            raise UsageError(t("staff.name_needed"))
        adder: str | None = None
        if self.enforced():
            if not by:
                raise UsageError(t("roles.by_needed"))
            adder = self.sign_in(by, by_pin).name
            if self.current is None or self.current.role != ClerkRole.APPROVER:
                raise Refused(t("roles.only_approver_adds", name=adder))
            if any(fold(c.name) == fold(name) for c in self.all()):
                raise Refused(t("roles.exists", name=name))
        elif wanted != ClerkRole.APPROVER:
            raise UsageError(t("roles.first_is_approver"))
        recorded = self.staff.add(name, pin, by=adder, by_pin=by_pin) if adder else self._first(name, pin)
        with self.desk.db.transaction() as session:
            row = OfficeClerk(name=recorded, role=str(wanted), added_at=iso_utc(utc_now()), added_by=adder)
            session.add(row)
            make_opening_key(session)  # from now on, the lists carry the key a key-less clerk imports with
            info = _info(row)
        self.record(
            "clerk-added", None, {"name": recorded, "role": str(wanted)}, clerk_name=adder or recorded
        )
        return info

    def _first(self, name: str, pin: str) -> str:
        if self.staff.names():  # a staff book without clerks (never on an office desk): start afresh
            raise Refused(t("roles.exists", name=", ".join(self.staff.names())))
        return self.staff.add(name, pin)

    def sign_in(self, name: str, pin: str) -> ClerkInfo:
        """The clerk `name` names, signed in once their PIN is right (wrong PINs count towards the lock)."""
        known = self._known(name)
        self.staff.sign_in(known.name, pin)
        self.current = known
        return known

    def who(self) -> str:
        """The signed-in clerk's name, else the office's own (an office without clerks)."""
        if self.current is not None:
            return self.current.name
        return self.desk.require_identity("office").name

    def require_signed_in(self) -> ClerkInfo | None:
        """The signed-in clerk; refused when roles are enforced and nobody signed in."""
        if self.current is None and self.enforced():
            raise UsageError(t("roles.sign_in_needed"))
        return self.current

    # signing ----------------------------------------------------------------------------------------

    @contextmanager
    def approving(self) -> Iterator[None]:
        """While an approver carries out an approved item, the office key may sign."""
        self._approving = True
        try:
            yield
        finally:
            self._approving = False

    def check_signing(self) -> None:
        """Called before the office key signs (Desk.signing_key): with roles enforced, only an approval."""
        if self._approving or not self.enforced():
            return
        raise Refused(t("roles.sign_by_approval"))

    # the record -------------------------------------------------------------------------------------

    def attribute(self, action: str, month: str | None, detail: dict[str, object]) -> None:
        """An office step done (`Desk.attribute`): written with the signed-in clerk, unless nobody is signed
        in or an approval is carrying the step out (the approval writes its own action)."""
        if self.current is None or self._approving:
            return
        said = {key: _plain(value) for key, value in detail.items() if value not in (None, "", [], ())}
        self.record(action, month, said)

    def record(
        self, action: str, month: str | None, detail: dict[str, Any], *, clerk_name: str | None = None
    ) -> None:
        """Write an office action at the end of the chain: who, when, what."""
        who = clerk_name or self.who()
        with self.desk.db.transaction(ACTIONS_LOCK) as session:
            append_action(session, iso_utc(utc_now()), who, action, month=month, detail=detail)
