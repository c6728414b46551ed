"""Holds at the office (`office.holds`, issue 15): people kept off a month's lists — held by the register
import (a death or a stop in an earlier month) or by hand — until the office releases them (back on the
list: in the draft before issuing, by a báo tăng amendment after) or confirms the stop. Rows are never
changed: each decision is a new row, the newest is the person's state."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.payout_list import Change, ChangeKind, ListStatus
from payout_desk.exchange.listfile import parse_beneficiary
from payout_desk.lang import Text, t
from payout_desk.services.common.desk import OFFICE_LOCK, Desk, list_lock, parse_month
from payout_desk.services.common.errors import InvalidInput, Refused, UsageError
from payout_desk.services.common.typed import typed
from payout_desk.services.office.amendments import sign_changes
from payout_desk.services.office.devices import AmendReport
from payout_desk.services.office.hold_lists import redo_draft
from payout_desk.services.office.points import PointBook
from payout_desk.services.office.register_history import (
    CONFIRMED,
    HELD,
    RELEASED,
    SOURCE_KEYS,
    STOP_KEYS,
)
from payout_desk.store.amendments import amendment_count
from payout_desk.store.holds import (
    add_hold,
    draft_people,
    month_imported,
    newest_holds,
    newest_revision,
    on_month_lists,
)
from payout_desk.store.locks import hold as lock
from payout_desk.store.models import Hold
from payout_desk.store.month_history import held_codes

BY_HAND = "by_hand"
KIND_KEYS = {
    "reported_deceased": "holds.kind_reported_deceased",
    "stopped_earlier": "holds.kind_stopped_earlier",
    "by_hand": "holds.kind_by_hand",
}
STATE_KEYS = {
    "held": "holds.state_held",
    "released": "holds.state_released",
    "confirmed": "holds.state_confirmed",
}


@dataclass(frozen=True, slots=True)
class HoldInfo:
    """One person's hold in a month, as its newest row says."""

    code: str
    month: str
    kind: str  # reported_deceased | stopped_earlier | by_hand
    state: str  # held | released | confirmed
    name: str
    point_code: str
    point_name: str
    amount: int
    held_at: str
    held_by: str
    reason: str | None
    decided_at: str | None
    decided_by: str | None
    evidence: dict[str, Any] = field(default_factory=dict)  # the earlier month's record (the person aside)


@dataclass(frozen=True, slots=True)
class Decision:
    """A release or a confirmed stop: the hold as it now is, and where the person went back on a list."""

    hold: HoldInfo
    listed: str  # "draft" (put back in the draft), "amendment" (báo tăng written), "" (not listed)
    amendment: AmendReport | None = None


def hold_info(row: Hold) -> HoldInfo:
    evidence = json.loads(row.evidence or "{}")
    person = evidence.pop("person", {}) or {}
    return HoldInfo(
        code=row.code,
        month=row.month,
        kind=row.kind,
        state=row.state,
        name=str(person.get("name", "")),
        point_code=str(evidence.get("point_code") or ""),
        point_name=str(evidence.get("point_name") or ""),
        amount=sum(int(line.get("amount", 0)) for line in person.get("lines", [])),
        held_at=row.held_at,
        held_by=row.held_by,
        reason=row.reason,
        decided_at=row.decided_at,
        decided_by=row.decided_by,
        evidence=evidence,
    )


def kind_text(h: HoldInfo) -> Text:
    return Text(KIND_KEYS.get(h.kind, "holds.kind_by_hand"))


def state_text(h: HoldInfo) -> Text:
    return Text(STATE_KEYS.get(h.state, "holds.state_held"))


def evidence_text(h: HoldInfo) -> Text:
    """What the hold rests on, in one line: the death (who reported it, where, when) or the stop."""
    ev = h.evidence
    if h.kind == "reported_deceased":
        return t(
            "holds.evidence_death",
            source=Text(SOURCE_KEYS.get(str(ev.get("source")), "holds.source_office")),
            where=ev.get("where") or "",
            month=ev.get("month") or "",
            date=ev.get("date") or "?",
            reported_by=ev.get("reported_by") or "-",
        )
    if h.kind == "stopped_earlier":
        return t(
            "holds.evidence_stop",
            reason=Text(STOP_KEYS.get(str(ev.get("reason")), "pay.stop_other")),
            where=ev.get("where") or "",
            month=ev.get("month") or "",
        )
    return t("holds.evidence_by_hand", by=h.held_by, at=h.held_at[:10])


class Holds:
    """The month's holds: listed, made by hand, released, the stop confirmed."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def _by(self, by: str | None) -> str:
        office = self.desk.require_identity("office").name
        return typed(by, "staff").strip() if by and by.strip() else office

    def _month(self, session: Session, month_text: str) -> str:
        month = str(parse_month(month_text))
        if not month_imported(session, month):
            raise InvalidInput(t("holds.month_not_imported", month=month))
        return month

    def month(self, month_text: str) -> list[HoldInfo]:
        """Every person held in the month (whatever came of it), by code."""
        self.desk.require_identity("office")
        with self.desk.db.reading() as session:
            month = self._month(session, month_text)
            return [hold_info(h) for _code, h in sorted(newest_holds(session, month).items())]

    def held(self, month_text: str) -> int:
        """How many people the month's lists leave out, held until the office decides."""
        with self.desk.db.reading() as session:
            return len(held_codes(session, str(parse_month(month_text))))

    def hold(self, code: str, month_text: str, reason: str, *, by: str | None = None) -> HoldInfo:
        """Hold someone on the month's register by hand (before their point's list is issued)."""
        who, why = self._by(by), _reason(reason)
        code = typed(code, "code").strip()
        now = iso_utc(utc_now())
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            month = self._month(session, month_text)
            current = newest_holds(session, month, code).get(code)
            if current is not None and current.state != RELEASED:
                raise Refused(t("holds.already_held", code=code, month=month))
            found = on_month_lists(session, month, code)
            if not found:
                raise InvalidInput(t("holds.not_on_register", code=code, month=month))
            row, entry = found[0]
            if row.status == ListStatus.ISSUED:
                raise Refused(t("holds.list_issued", code=code, point=row.point.code, month=month))
            people, rows = draft_people(session, row)
            person = next(p for p in people if p.get("code") == code)
            rest = [p for p in people if p.get("code") != code]
            redo_draft(session, month, row.point, row, people=rest, rows=rows, office_name=row.office_name)
            evidence = {
                "row": entry.source_row,
                "point_code": row.point.code,
                "point_name": row.point.name,
                "cash": True,
                "person": person,
            }
            made = add_hold(
                session,
                month=month,
                code=code,
                kind=BY_HAND,
                evidence=json.dumps(evidence, ensure_ascii=False, sort_keys=True),
                state=HELD,
                held_at=now,
                held_by=who,
                reason=why,
            )
            session.flush()
            done = hold_info(made)
        self.desk.attribute("hold", done.month, code=code, point=done.point_code, reason=why, by=who)
        return done

    def release(
        self, code: str, month_text: str, reason: str, out_dir: Path, *, by: str | None = None
    ) -> Decision:
        """Put a held person back on their point's list: in the draft, or by a báo tăng amendment to the
        issued list (written to `out_dir`)."""
        return self._decide(code, month_text, reason, by=by, state=RELEASED, out_dir=out_dir)

    def confirm(self, code: str, month_text: str, reason: str, *, by: str | None = None) -> Decision:
        """The stop stands: the person stays off the month's lists."""
        return self._decide(code, month_text, reason, by=by, state=CONFIRMED, out_dir=None)

    def _decide(
        self, code: str, month_text: str, reason: str, *, by: str | None, state: str, out_dir: Path | None
    ) -> Decision:
        who, why = self._by(by), _reason(reason)
        code = typed(code, "code").strip()
        now = iso_utc(utc_now())
        key = self.desk.signing_key() if out_dir is not None else None
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            month = self._month(session, month_text)
            current = newest_holds(session, month, code).get(code)
            if current is None or current.state != HELD:
                raise Refused(t("holds.not_held", code=code, month=month))
            listed, amendment = "", None
            evidence = json.loads(current.evidence or "{}")
            if state == RELEASED and evidence.get("cash", True) and evidence.get("person"):
                assert out_dir is not None and key is not None
                listed, amendment = self._put_back(
                    session, month, evidence, out_dir=out_dir, key=key, now=now
                )
            made = add_hold(
                session,
                month=month,
                code=code,
                kind=current.kind,
                evidence=current.evidence,
                state=state,
                held_at=current.held_at,
                held_by=current.held_by,
                decided_at=now,
                decided_by=who,
                reason=why,
            )
            session.flush()
            done = Decision(hold_info(made), listed, amendment)
        self.desk.attribute(
            "release-hold" if state == RELEASED else "confirm-stop",
            month,
            code=code,
            point=done.hold.point_code,
            reason=why,
            by=who,
            listed=listed,
            file=amendment.path.name if amendment is not None else None,
        )
        return done

    def _put_back(
        self, session: Session, month: str, evidence: dict[str, Any], *, out_dir: Path, key: Any, now: str
    ) -> tuple[str, AmendReport | None]:
        person = evidence["person"]
        point = PointBook(session).point(evidence.get("point_code") or None, str(evidence.get("point_name")))
        row = newest_revision(session, month, point.id)
        if row is None or row.status == ListStatus.DRAFT:
            people, rows = draft_people(session, row) if row is not None else ([], {})
            rows[str(person["code"])] = evidence.get("row")
            office = row.office_name if row is not None else self.desk.require_identity("office").name
            redo_draft(session, month, point, row, people=[*people, person], rows=rows, office_name=office)
            return "draft", None
        lock(session.connection(), list_lock(row.list_id))
        seq = amendment_count(session, row.list_id) or 0
        change = Change(
            seq + 1, ChangeKind.ADD, str(person["code"]), now, beneficiary=parse_beneficiary(person, 0)
        )
        return "amendment", sign_changes(session, row, [change], key=key, now=now, out_dir=out_dir)


def _reason(reason: str) -> str:
    said = typed(reason, "reason").strip()
    if not said:
        raise UsageError(t("holds.reason_needed"))
    return said
