"""Moving a person to another point (`office.transfers`, issue 15 item 6): in one step, a stop (báo giảm,
reason moved) on their current point's list and an addition (báo tăng) of their row, as that list holds it,
on the new point's list — two signed amendments, one transaction — and who is on two lists of one month."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from payout_desk.domain.clock import iso_utc, to_local, utc_now
from payout_desk.domain.fold import Entitlement
from payout_desk.domain.payout_list import Change, ChangeKind, ListedBeneficiary
from payout_desk.exchange.listfile import parse_beneficiary
from payout_desk.lang import Text, t
from payout_desk.services.common.amendments import stored_changes
from payout_desk.services.common.desk import OFFICE_LOCK, Desk, list_lock, parse_month
from payout_desk.services.common.errors import Refused, UsageError
from payout_desk.services.common.typed import typed
from payout_desk.services.office.amendments import sign_changes
from payout_desk.services.office.devices import AmendReport, find_point
from payout_desk.store.ledger import entitlements
from payout_desk.store.lists import entry, issued_lists_of_month
from payout_desk.store.locks import hold
from payout_desk.store.models import ListEntry, PayoutList
from payout_desk.store.transfers import added_json, codes_on_several_lists


@dataclass(frozen=True, slots=True)
class TransferReport:
    code: str
    name: str
    month: str
    stop: AmendReport  # at the point they leave
    add: AmendReport  # at the point they join


def _person(entry_row: ListEntry) -> ListedBeneficiary:
    return parse_beneficiary(
        {
            "code": entry_row.code,
            "name": entry_row.name,
            "birth_year": entry_row.birth_year,
            "birth_date": entry_row.birth_date,
            "sex": entry_row.sex,
            "cccd": entry_row.cccd,
            "address": entry_row.address,
            "village": entry_row.village,
            "commune": entry_row.commune,
            "category": entry_row.category,
            "home_visit": entry_row.home_visit,
            "proxy": {"name": entry_row.proxy_name, "relation": entry_row.proxy_relation}
            if entry_row.proxy_name
            else None,
            "notes": entry_row.notes,
            "lines": entry_row.lines,
            "total": entry_row.total,
        },
        0,
    )


def _row_of(session: Session, row: PayoutList, code: str) -> ListedBeneficiary:
    """The person's row as the list `row` holds it: its entry, else the addition that put them on it."""
    found = entry(session, row.id, code)
    if found is not None:
        return _person(found)
    return parse_beneficiary(json.loads(added_json(session, row.list_id, code) or "null"), 0)


def _standing(ent: Entitlement | None) -> bool:
    return ent is not None and ent.listed and ent.stop is None


LISTED = "listed"  # a place of a person on two lists, as their conflict carries it among its "events"


def listed_text(place: Mapping[str, Any]) -> Text | None:
    """One place of a person on two lists, in words (None when `place` is a record, not a place)."""
    if place.get("kind") != LISTED:
        return None
    return t("transfers.listed_on", point=place.get("device_name"), revision=place.get("revision"))


def on_two_lists(session: Session, rows: list[PayoutList]) -> dict[str, list[PayoutList]]:
    """Code → the lists of `rows` (a month's) that list them and have not stopped them, for the people
    standing on two lists or more."""
    by_id = {row.list_id: row for row in rows}
    found: dict[str, list[PayoutList]] = {}
    for code, list_ids in sorted(codes_on_several_lists(session, rows).items()):
        standing = [
            by_id[list_id]
            for list_id in sorted(list_ids)
            if _standing(entitlements(session, list_id, [code])[1].get(code))
        ]
        if len(standing) > 1:
            found[code] = standing
    return found


class Transfers:
    """Transfers between points, and people listed at two points of one month."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def transfer(
        self, code: str, to_point: str, month_text: str, out_dir: Path, *, day: str | None = None
    ) -> TransferReport:
        """Stop `code` (moved) where they are listed in `month` and add them at `to_point`, from `day`
        (today when None): both lists' cumulative .pdamend written into `out_dir`."""
        month = str(parse_month(month_text))
        self.desk.require_identity("office")
        wanted = typed(code, "code")
        if not wanted:
            raise UsageError(t("history.code_needed"))
        try:
            effective = date.fromisoformat(day).isoformat() if day else to_local(utc_now()).date().isoformat()
        except ValueError as exc:
            raise UsageError(t("office.stop_date_bad", day=day)) from exc
        key = self.desk.signing_key()
        now = iso_utc(utc_now())
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            target_point = find_point(session, to_point)
            rows = issued_lists_of_month(session, month)
            if not rows:
                raise Refused(t("deaths.month_not_issued", month=month))
            found = {row.list_id: entitlements(session, row.list_id, [wanted])[1].get(wanted) for row in rows}
            here = [row for row in rows if _standing(found[row.list_id])]
            if not here:
                named = [row for row in rows if found[row.list_id] is not None]
                if named:
                    raise Refused(t("transfers.already_stopped", code=wanted, month=month))
                raise Refused(t("transfers.not_listed", code=wanted, month=month))
            source = here[0]
            if source.point_id == target_point.id:
                raise Refused(t("transfers.same_point", code=wanted, point=target_point.code))
            target = next((row for row in rows if row.point_id == target_point.id), None)
            if target is None:
                raise Refused(t("transfers.no_list_there", point=target_point.code, month=month))
            if _standing(found[target.list_id]):
                raise Refused(t("transfers.already_there", code=wanted, point=target_point.code))
            for list_id in sorted((source.list_id, target.list_id)):
                hold(session.connection(), list_lock(list_id))
            person = _row_of(session, source, wanted)
            stop = Change(
                len(stored_changes(session, source.list_id)) + 1,
                ChangeKind.STOP,
                wanted,
                now,
                reason="moved",
                date=effective,
            )
            add = Change(
                len(stored_changes(session, target.list_id)) + 1,
                ChangeKind.ADD,
                wanted,
                now,
                beneficiary=person,
            )
            left = sign_changes(session, source, [stop], key=key, now=now, out_dir=out_dir)
            joined = sign_changes(session, target, [add], key=key, now=now, out_dir=out_dir)
        self.desk.attribute(
            "transfer",
            month,
            code=wanted,
            point=left.point_code,
            to=joined.point_code,
            files=[left.path.name, joined.path.name],
        )
        return TransferReport(wanted, person.name, month, left, joined)
