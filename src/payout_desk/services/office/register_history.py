"""The register import checked against earlier months (issue 15, item 2): who is the same person under a
new code, who died or was stopped before (held: imported, kept off the lists), who moved point, whose
amount changed, who is missing since last month, whose arrears repeat one already carried.

Read at once per import: the newest earlier month's lines (store/prior_month.prior_lines), every earlier
death (death_records), the earlier stops, holds and carried arrears — then each row is checked in memory."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from payout_desk.domain.allowances import AllowanceKind
from payout_desk.domain.history import DeathRecord, first_death
from payout_desk.domain.text import fold
from payout_desk.exchange.listfile import beneficiary_to_json
from payout_desk.exchange.register import RegisterEntry, RegisterResult
from payout_desk.lang import Text, t
from payout_desk.store.holds import (
    EarlierStop,
    add_hold,
    add_link,
    carried_arrears,
    confirmed_before,
    earlier_stops,
    newest_holds,
    previous_month,
)
from payout_desk.store.month_history import death_records
from payout_desk.store.points import all_points
from payout_desk.store.prior_month import PriorLine, prior_lines
from payout_desk.store.settings import setting

THRESHOLD_SETTING = "amount_change_threshold"  # đồng; monthly lines may differ by this much unflagged
HELD, RELEASED, CONFIRMED = "held", "released", "confirmed"
SOURCE_KEYS = {"point": "holds.source_point", "office": "holds.source_office"}
STOP_KEYS = {"deceased": "pay.stop_deceased", "moved": "pay.stop_moved", "other": "pay.stop_other"}


def issue(row: int | None, kind: str, text: Text, person: str, evidence: Mapping[str, Any]) -> dict[str, Any]:
    """A register issue as RegisterReport keeps it, with the person's code and the evidence."""
    return {
        "row": row,
        "column": "",
        "code": kind,
        "message": text.en,
        "message_vi": text.vi,
        "person": person,
        "evidence": dict(evidence),
    }


@dataclass(slots=True)
class HistoryCheck:
    previous: str | None  # the earlier month compared with
    errors: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    holds: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)  # new: code → (kind, evidence)
    kept_off: set[str] = field(default_factory=set)  # codes put on no list (held or the stop confirmed)
    links: list[tuple[str, str, str]] = field(default_factory=list)  # (code, earlier code, CCCD)
    refused_rows: set[int] = field(default_factory=set)


MONTHLY, ARREARS = AllowanceKind.MONTHLY.value, AllowanceKind.ARREARS.value  # read once, not per line


def monthly(lines: Any) -> int:
    return sum(amount for kind, _label, amount in lines if kind == MONTHLY)


def _death_evidence(d: DeathRecord) -> dict[str, Any]:
    return {
        "month": d.month,
        "source": d.source,
        "date": d.date,
        "reported_by": d.reported_by,
        "where": d.where,
        "record_id": d.record_id,
    }


def _stop_evidence(s: EarlierStop) -> dict[str, Any]:
    return {
        "month": s.month,
        "reason": s.reason,
        "date": s.date,
        "where": s.point_code,
        "record_id": s.record_id,
    }


class _Checker:
    def __init__(self, session: Session, month: str) -> None:
        self.month = month
        self.prev_month = previous_month(session, month)
        self.prev: dict[str, PriorLine] = prior_lines(session, self.prev_month) if self.prev_month else {}
        self.by_cccd = {p.cccd: p for p in self.prev.values() if p.cccd}
        self.deaths = death_records(session, month)
        self.stops = earlier_stops(session, month)
        self.confirmed = confirmed_before(session, month)
        self.decided = newest_holds(session, month)
        self.arrears = carried_arrears(session, self.prev_month or month)
        self.point_codes = {p.name_folded: p.code for p in all_points(session)}
        self.threshold = int(setting(session, THRESHOLD_SETTING) or 0)
        self.found = HistoryCheck(self.prev_month)
        # id of last month's lines (shared by everyone listed with the same lines, and alive while the
        # checker is: prev holds them) → their monthly sum
        self._before: dict[int, int] = {}
        self._named: dict[str, str] = {}  # a point's name as the register writes it → its code
        # the codes with anything on record that _hold looks at: most people have none
        self.noted = self.deaths.keys() | self.stops.keys() | self.confirmed.keys() | self.decided.keys()

    def point_of(self, e: RegisterEntry) -> str:
        """The row's point code: the register's, else the known point of that name ("" for a new one)."""
        if e.point_code:
            return e.point_code
        found = self._named.get(e.point_name)
        if found is None:  # each point's name folded once, not per row
            found = self._named[e.point_name] = self.point_codes.get(fold(e.point_name), "")
        return found

    def stands(self, record_month: str, last: PriorLine | None) -> bool:
        """An earlier death or stop still stands unless the person was listed in a later month since."""
        return last is None or record_month >= last.month

    def run(self, entries: list[RegisterEntry]) -> HistoryCheck:
        """Each row against its person's line last month; then last month's people absent now. The common
        row — its code listed last month under the same CCCD, nothing on record — takes the short way."""
        prev, noted, refused = self.prev, self.noted, self.found.refused_rows
        present, matched = set(), set()
        for e in entries:
            code = e.person.code
            present.add(code)
            last = prev.get(code)
            if last is None or last.cccd != e.person.cccd:  # a new code, or a CCCD to look at
                last = self._identity(e)
                if e.row in refused:
                    continue
            if last is not None:
                matched.add(last.code)
                self._compare(e, last)
            if code in noted or (last is not None and last.code in noted):
                self._hold(e, last)
        self._missing(present | matched)
        return self.found

    def _identity(self, e: RegisterEntry) -> PriorLine | None:
        last, cccd = self.prev.get(e.code), e.person.cccd
        if last is not None:
            if last.cccd and cccd and last.cccd != cccd:
                ev: dict[str, Any] = {"month": last.month, "cccd": last.cccd, "register_cccd": cccd}
                said = t("holds.cccd_differs", code=e.code, month=last.month, previous=last.cccd, cccd=cccd)
                self.found.errors.append(issue(e.row, "cccd_differs", said, e.code, ev))
                self.found.refused_rows.add(e.row)
                return None
            return last
        earlier = self.by_cccd.get(cccd) if cccd else None
        if earlier is None or earlier.code == e.code:
            return None
        ev = {"month": earlier.month, "previous_code": earlier.code, "cccd": cccd}
        said = t("holds.code_changed", code=e.code, previous=earlier.code, month=earlier.month, cccd=cccd)
        self.found.warnings.append(issue(e.row, "code_changed", said, e.code, ev))
        self.found.links.append((e.code, earlier.code, str(cccd)))
        return earlier

    def _compare(self, e: RegisterEntry, last: PriorLine) -> None:
        ev: dict[str, Any]
        point = self.point_of(e)
        if e.cash and point != last.point_code:
            ev = {
                "month": last.month,
                "from_point": last.point_code,
                "to_point": point or e.point_name,
            }
            said = t(
                "holds.moved_point", code=e.code, old=last.point_name, new=e.point_name, month=last.month
            )
            self.found.warnings.append(issue(e.row, "moved_point", said, e.code, ev))
        now, has_arrears = 0, False
        for line in e.person.lines:
            if line.kind == MONTHLY:
                now += line.amount
            elif line.kind == ARREARS:
                has_arrears = True
        before = self._before.get(id(last.lines))
        if before is None:  # a month's people share their lines: each set summed once
            before = self._before[id(last.lines)] = monthly(last.lines)
        if not has_arrears and abs(now - before) > self.threshold:
            ev = {"month": last.month, "before": before, "now": now}
            said = t("holds.amount_changed", code=e.code, before=before, now=now, month=last.month)
            self.found.warnings.append(issue(e.row, "amount_changed", said, e.code, ev))
        if not has_arrears:
            return
        carried = self.arrears.get(e.code, []) + (
            self.arrears.get(last.code, []) if last.code != e.code else []
        )
        if carried:
            a = carried[0]
            ev = {"from_month": a.from_month, "to_month": a.to_month, "amount": a.amount}
            said = t(
                "holds.arrears_duplicate", code=e.code, amount=a.amount, month=a.from_month, to=a.to_month
            )
            self.found.warnings.append(issue(e.row, "arrears_duplicate", said, e.code, ev))

    def _hold(self, e: RegisterEntry, last: PriorLine | None) -> None:
        """A death, stop or hold on record under any of the person's codes (run looks first)."""
        codes = [e.code] + ([last.code] if last is not None and last.code != e.code else [])
        death = first_death(d for c in codes for d in self.deaths.get(c, []) if self.stands(d.month, last))
        found: tuple[str, Text, dict[str, Any]] | None = None
        if death is not None:
            source = Text(SOURCE_KEYS.get(death.source, "holds.source_office"))
            said = t(
                "holds.reported_deceased",
                code=e.code,
                source=source,
                where=death.where,
                month=death.month,
                date=death.date or "?",
            )
            found = ("reported_deceased", said, _death_evidence(death))
        else:
            found = self._stopped(e, codes, last)
        decided = self.decided.get(e.code)
        if decided is not None and decided.state != RELEASED:
            self.found.kept_off.add(e.code)
        if found is None:
            return
        kind, said, ev = found
        self.found.warnings.append(issue(e.row, kind, said, e.code, ev))
        if decided is None:
            self.found.kept_off.add(e.code)
            held = {
                **ev,
                "row": e.row,
                "point_code": self.point_of(e),
                "point_name": e.point_name,
                "cash": e.cash,
            }
            self.found.holds[e.code] = (kind, {**held, "person": beneficiary_to_json(e.person)})

    def _stopped(
        self, e: RegisterEntry, codes: list[str], last: PriorLine | None
    ) -> tuple[str, Text, dict[str, Any]] | None:
        here = self.point_of(e)
        stops = [
            s
            for c in codes
            for s in self.stops.get(c, [])
            if self.stands(s.month, last) and not (s.reason == "moved" and here and here != s.point_code)
        ]  # a "moved" stop ends payment at its point only: listed elsewhere now is the move itself
        if stops:
            s = max(stops, key=lambda x: x.month)
            reason = Text(STOP_KEYS.get(s.reason, "pay.stop_other"))
            said = t("holds.stopped_earlier", code=e.code, reason=reason, where=s.point_code, month=s.month)
            return "stopped_earlier", said, _stop_evidence(s)
        confirmed = next((self.confirmed[c] for c in codes if c in self.confirmed), None)
        if confirmed is not None and last is None:
            ev = {
                "month": confirmed.month,
                "reason": confirmed.reason,
                "record_id": f"hold#{confirmed.id}",
            }
            said = t(
                "holds.stop_confirmed_earlier",
                code=e.code,
                month=confirmed.month,
                reason=confirmed.reason or "",
            )
            return "stopped_earlier", said, ev
        return None

    def _missing(self, present: set[str]) -> None:
        for code in sorted(self.prev.keys() - present):
            last = self.prev[code]
            if last.stop_reason is not None:
                continue
            ev = {"month": last.month, "point_code": last.point_code, "amount": last.amount}
            said = t(
                "holds.missing_since",
                code=code,
                name=last.name,
                month=last.month,
                point=last.point_name,
                amount=last.amount,
            )
            self.found.warnings.append(issue(None, "missing_since", said, code, ev))


def check_history(session: Session, month: str, result: RegisterResult) -> HistoryCheck:
    """The import's findings against earlier months (nothing written)."""
    return _Checker(session, month).run(result.entries)


def record_history(session: Session, month: str, found: HistoryCheck, by: str, now: str) -> None:
    """The import's holds and links, written with the import."""
    for code, (kind, evidence) in found.holds.items():
        add_hold(
            session,
            month=month,
            code=code,
            kind=kind,
            evidence=_json(evidence),
            state=HELD,
            held_at=now,
            held_by=by,
        )
    for code, previous, cccd in found.links:
        add_link(session, month, code, previous, cccd=cccd, found_at=now)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
