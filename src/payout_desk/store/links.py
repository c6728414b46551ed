"""One person under several register codes, for a whole month at once (issue 15): the `person_links`
rows (same CCCD, a new code) grouped in one query, so the readers that key people by code — the unclaimed
watch, the lists' history, the carry of arrears — follow a person whose code changed. One person's codes:
store/history.linked_codes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.store.models import PersonLink


def code_groups(session: Session) -> dict[str, str]:
    """Code → its person's key (the smallest of the codes linked together, either way, any number of steps)
    for every code that is linked; a code never linked is not in it."""
    parent: dict[str, str] = {}

    def root(code: str) -> str:
        while parent.setdefault(code, code) != code:
            parent[code] = parent[parent[code]]
            code = parent[code]
        return code

    for code, previous in session.execute(select(PersonLink.code, PersonLink.previous_code)):
        a, b = root(code), root(previous)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {code: root(code) for code in list(parent)}


def person_key(groups: Mapping[str, str], code: str) -> str:
    """The key a code's person goes by: its group's, or the code itself when never linked."""
    return groups.get(code, code)


def aliases(groups: Mapping[str, str], codes: Iterable[str]) -> dict[str, str]:
    """Each linked code → the one of `codes` (say, those on a month's lists) that is the same person."""
    here = {person_key(groups, code): code for code in codes}
    return {other: here[key] for other, key in groups.items() if key in here}
