"""A person across months at the office (`office.people`): one person's every month — list line, payout,
exceptions, stops, conflicts, holds, arrears — and a search over everyone the office ever listed."""

from __future__ import annotations

from dataclasses import dataclass

from payout_desk.domain.history import PersonHistory
from payout_desk.lang import t
from payout_desk.services.common.desk import Desk
from payout_desk.services.common.errors import UsageError
from payout_desk.services.common.typed import typed
from payout_desk.store.history import find_people
from payout_desk.store.person_history import person_history


@dataclass(frozen=True, slots=True)
class PersonFound:
    code: str
    name: str
    cccd: str | None
    month: str  # the newest month the person is on a list
    point_code: str


class People:
    """One person's history; finding people by code, CCCD or name."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def person(self, code: str) -> PersonHistory:
        """Everything the office knows of the person with register `code` (and their earlier codes)."""
        self.desk.require_identity("office")
        wanted = typed(code, "code")
        if not wanted:
            raise UsageError(t("history.code_needed"))
        with self.desk.db.reading() as session:
            found = person_history(session, wanted)
        if found is None:
            raise UsageError(t("history.no_such_person", code=wanted))
        return found

    def find(self, text: str, limit: int = 50) -> list[PersonFound]:
        """People whose code or CCCD starts with `text`, or whose name contains it (accents and case
        aside), newest month first."""
        self.desk.require_identity("office")
        with self.desk.db.reading() as session:
            return [PersonFound(*row) for row in find_people(session, typed(text, "name"), limit)]
