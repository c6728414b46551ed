"""The office's payout points as the register names them (PointBook) and the draft revisions of their lists:
what OfficeDesk.import_register keeps of a register, point by point."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.payout_list import ListedBeneficiary, ListStatus
from payout_desk.domain.text import fold
from payout_desk.exchange.register import RegisterEntry
from payout_desk.lang import t
from payout_desk.services.common.errors import DeskError
from payout_desk.store.lists import copy_entries
from payout_desk.store.models import ListBody, PayoutList, Point
from payout_desk.store.points import all_points


@dataclass(slots=True)
class PointSummary:
    code: str
    name: str
    beneficiaries: int
    cash_total: int
    home_visits: int
    proxies: int


def point_summary(code: str, name: str, beneficiaries: list[ListedBeneficiary]) -> PointSummary:
    return PointSummary(
        code=code,
        name=name,
        beneficiaries=len(beneficiaries),
        cash_total=sum(line.amount for b in beneficiaries for line in b.lines),  # each one's total, summed
        home_visits=sum(1 for b in beneficiaries if b.home_visit),
        proxies=sum(1 for b in beneficiaries if b.has_proxy),
    )


def group_by_point(entries: list[RegisterEntry]) -> dict[tuple[str | None, str], list[RegisterEntry]]:
    """Cash entries per point, keyed by (code from the register or None, folded name), in file order."""
    groups: dict[tuple[str | None, str], list[RegisterEntry]] = defaultdict(list)
    for entry in entries:
        if entry.cash:
            key = (entry.point_code, "") if entry.point_code else (None, fold(entry.point_name))
            groups[key].append(entry)
    return groups


def add_revision(session: Session, *, body_json: str, **revision: Any) -> PayoutList:
    """A new draft revision of a point's list with its canonical beneficiaries (entries added by the caller);
    `revision`: new_revision's fields."""
    draft = new_revision(session, **revision)
    session.flush()
    add_bodies(session, [(draft, body_json)])
    return draft


def add_bodies(session: Session, drafts: list[tuple[PayoutList, str]]) -> None:
    """The canonical beneficiaries of draft revisions already flushed (they have their ids)."""
    session.add_all([ListBody(payout_list_id=draft.id, beneficiaries_json=body) for draft, body in drafts])


def new_revision(
    session: Session,
    *,
    list_id: str,
    month: str,
    point_id: int,
    revision: int,
    content_sha256: str,
    office_name: str,
    register_import_id: int | None,
    figures: PointSummary,
) -> PayoutList:
    """A new draft revision of a point's list, added to the session: its id comes with the session's next
    flush (a register's drafts: one flush for them all), then its body (add_bodies) and entries."""
    draft = PayoutList(
        list_id=list_id,
        month=month,
        point_id=point_id,
        revision=revision,
        status=ListStatus.DRAFT,
        content_sha256=content_sha256,
        office_name=office_name,
        register_import_id=register_import_id,
        beneficiaries=figures.beneficiaries,
        cash_total=figures.cash_total,
        home_visits=figures.home_visits,
        proxies=figures.proxies,
    )
    session.add(draft)
    return draft


class PointBook:
    """The office's payout points: found by the register's point code or, failing that, by folded name;
    a point seen for the first time gets the next free code (P01, P02 …) and keeps it month after month."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_code = {p.code: p for p in all_points(session)}
        self.by_name: dict[str, Point] = {}
        for point in sorted(self.by_code.values(), key=lambda p: p.id, reverse=True):
            self.by_name[point.name_folded] = point

    def point(self, code: str | None, name: str, *, flush: bool = True) -> Point:
        """The point, created if new (without `flush`, its id comes with the session's next flush)."""
        folded = fold(name)
        point = self.by_code.get(code) if code else self.by_name.get(folded)
        if point is None:
            point = Point(
                code=code or self._next_code(), name=name, name_folded=folded, created_at=iso_utc(utc_now())
            )
            self.session.add(point)
            if flush:
                self.session.flush()
            self.by_code[point.code] = point
            self.by_name[folded] = point
        elif point.name != name:
            point.name, point.name_folded = name, folded
        return point

    def _next_code(self) -> str:
        number = len(self.by_code) + 1
        while f"P{number:02d}" in self.by_code:
            number += 1
        return f"P{number:02d}"


def next_revision(session: Session, row: PayoutList, *, lost: type[DeskError] = DeskError) -> PayoutList:
    """A new draft revision with the same beneficiaries as the issued `row` (to carry a changed set of
    devices, or arrears lines about to be added); `lost` when the row's body is missing."""
    body = session.get(ListBody, row.id)
    if body is None:
        raise lost(t("office.revision_lost", list_id=row.list_id, revision=row.revision))
    draft = add_revision(
        session,
        list_id=row.list_id,
        month=row.month,
        point_id=row.point_id,
        revision=row.revision + 1,
        content_sha256=row.content_sha256,
        office_name=row.office_name,
        register_import_id=row.register_import_id,
        figures=PointSummary(
            row.point.code, row.point.name, row.beneficiaries, row.cash_total, row.home_visits, row.proxies
        ),
        body_json=body.beneficiaries_json,
    )
    copy_entries(session, row.id, draft.id)
    return draft
