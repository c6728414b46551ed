"""Arrears (truy lĩnh, issue 15 item 3): the unpaid of a closed month carried onto a later month's lists as
an arrears line, or — the setting `arrears_mode` = list — only listed for the welfare office. One `arrears`
row per person and month: nothing is carried twice, and an unpaid arrears line goes on only as part of
the next month's unpaid amount (its months named again)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from payout_desk.domain.allowances import AllowanceKind
from payout_desk.domain.canonical import canonical_json
from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.month import Month
from payout_desk.domain.payout_list import ChangeKind, ListStatus
from payout_desk.exchange.listfile import parse_beneficiary
from payout_desk.lang import t
from payout_desk.services.common.desk import OFFICE_LOCK, Desk
from payout_desk.services.common.errors import Refused, UsageError
from payout_desk.services.office.points import next_revision
from payout_desk.store.carry_targets import last_changes, paid_codes
from payout_desk.store.closing import (
    add_arrears,
    arrears_from,
    arrears_into,
    closing_of,
    discard_draft,
    entry_lines,
    set_entry_lines,
    stopped_codes,
)
from payout_desk.store.links import aliases, code_groups
from payout_desk.store.lists import (
    content_sha256,
    entry_codes,
    insert_entries,
    newest_issued,
    newest_lists_of_month,
)
from payout_desk.store.models import ListBody, PayoutList
from payout_desk.store.month_history import death_records, held_codes
from payout_desk.store.settings import put_setting, setting

ARREARS_SETTING = "arrears_mode"
CARRY, LIST_ONLY = "carry", "list"
ARREARS_MODES = (CARRY, LIST_ONLY)
SKIP_REASONS = ("already_carried", "deceased", "held", "stopped", "paid_in_month", "not_listed")


@dataclass(frozen=True, slots=True)
class CarriedLine:
    code: str
    name: str
    point_code: str  # the point of the later month's list (where the line goes)
    amount: int
    months: tuple[str, ...]  # the months the amount covers, oldest first


@dataclass(frozen=True, slots=True)
class SkippedLine:
    code: str
    reason: str  # one of SKIP_REASONS


@dataclass(slots=True)
class CarryResult:
    from_month: str
    to_month: str
    mode: str
    carried: list[CarriedLine] = field(default_factory=list)
    skipped: list[SkippedLine] = field(default_factory=list)
    revised: list[str] = field(default_factory=list)  # point codes whose issued list got a new draft


def arrears_mode(session: Session) -> str:
    value = setting(session, ARREARS_SETTING)
    return value if value in ARREARS_MODES else CARRY


def set_arrears_mode(session: Session, mode: str) -> None:
    if mode not in ARREARS_MODES:
        raise UsageError(t("closing.mode_unknown", mode=mode, choices=", ".join(ARREARS_MODES)))
    put_setting(session, ARREARS_SETTING, mode)


@cache
def arrears_label(months: tuple[str, ...]) -> str:
    """The line's label as the list prints it: "Truy lĩnh tháng 12/2026" (several months: "11/2026, 12/2026")."""
    shown = ", ".join(f"{Month.parse(m).month:02d}/{Month.parse(m).year}" for m in months)
    return t("closing.arrears_label", months=shown).vi


def carry(desk: Desk, src: str, dst: str) -> CarryResult:
    """The unpaid of closed month `src` onto the lists of month `dst` (imported: drafts or issued)."""
    who = desk.require_identity("office").name
    if dst <= src:
        raise UsageError(t("closing.carry_backwards", src=src, dst=dst))
    with desk.db.transaction(OFFICE_LOCK) as session:
        closing = closing_of(session, src)
        if closing is None:
            raise Refused(t("closing.carry_from_open", month=src))
        targets = newest_lists_of_month(session, dst)
        if not targets:
            raise Refused(t("closing.target_not_imported", month=dst))
        if closing_of(session, dst) is not None:
            raise Refused(t("closing.target_closed", month=dst))
        mode = arrears_mode(session)
        result = CarryResult(src, dst, mode)
        done, earlier = arrears_from(session, src), arrears_into(session, src)
        held, deaths = held_codes(session, dst), death_records(session, str(Month.parse(dst).next()))
        list_ids = {row.list_id for row in targets}
        where = {code: row for row in targets for code in entry_codes(session, row.id)}
        joining = _joining(session, targets, where)  # released or moved after the issue: on it by báo tăng
        joined = {code: row for row in targets for code in joining.get(row.id, {})}
        where.update(joined)
        gates = (
            ("already_carried", set(done)),
            ("deceased", {c for c, records in deaths.items() if records}),
            ("held", set(held)),
            ("stopped", stopped_codes(session, list_ids) - set(joined)),  # moved: stopped where they left
            ("paid_in_month", paid_codes(session, list_ids)),  # a line added now would stand as paid
        )
        moved = aliases(code_groups(session), where)  # a code of `src` → the same person's code in `dst`
        lines: dict[int, dict[str, CarriedLine]] = defaultdict(dict)
        now, rows = iso_utc(utc_now()), []
        for u in json.loads(closing.unpaid_json):
            old = str(u["code"])
            code = old if old in where else moved.get(old, old)  # carried under the person's code in `dst`
            reason = _skip_reason((old, code), gates=gates, where=where)
            if reason is not None:
                result.skipped.append(SkippedLine(old, reason))
                continue
            target = where[code]
            covered = {m for a in earlier.get(old, []) for m in json.loads(a.months)}
            months = tuple(sorted({src, *covered}))
            line = CarriedLine(code, str(u["name"]), target.point.code, int(u["amount"]), months)
            result.carried.append(line)
            lines[target.id][code] = line
            rows.append(
                {
                    "code": code,
                    "from_month": src,
                    "to_month": dst,
                    "amount": line.amount,
                    "months": json.dumps(list(months)),
                    "mode": mode,
                    "list_id": target.list_id if mode == CARRY else None,
                    "created_at": now,
                    "created_by": who,
                }
            )
        if mode == CARRY:
            for row in targets:
                if lines.get(row.id):
                    if row.status == ListStatus.ISSUED:
                        result.revised.append(row.point.code)
                    _add_lines(session, row, lines[row.id], joining.get(row.id, {}))
        add_arrears(session, rows)
    return result


def _skip_reason(
    codes: tuple[str, str], *, gates: tuple[tuple[str, Collection[str]], ...], where: Collection[str]
) -> str | None:
    """Why a person is not carried (the first gate that holds either of their codes: the closed month's, the
    later month's), or None."""
    for reason, held in gates:
        if any(code in held for code in codes):
            return reason
    return None if codes[1] in where else "not_listed"


def _joining(
    session: Session, targets: list[PayoutList], where: Mapping[str, PayoutList]
) -> dict[int, dict[str, dict[str, Any]]]:
    """Revision row id → code → the person (as the báo tăng signed them) for the people a target list holds
    by its newest báo tăng of them and no entry of the target lists holds — a release from hold after the
    issue (office/holds.py) — or only the entry of a list whose newest báo giảm stopped them: a move to
    another point after the issue (office/transfers.py)."""
    last = last_changes(session, {row.list_id for row in targets})
    found: dict[int, dict[str, dict[str, Any]]] = defaultdict(dict)
    for row in targets:
        for code, (kind, person) in last.get(row.list_id, {}).items():
            if kind != ChangeKind.ADD or person is None or any(code in f for f in found.values()):
                continue
            home = where.get(code)
            left = home is not None and last.get(home.list_id, {}).get(code, ("", None))[0] == ChangeKind.STOP
            if home is None or (home is not row and left):
                found[row.id][code] = person
    return found


def _draft_of(session: Session, row: PayoutList) -> PayoutList:
    """`row` itself when a draft; an issued list gets a new draft revision with the same people, so the next
    issue re-issues it."""
    if row.status != ListStatus.ISSUED:
        return row
    draft = next_revision(session, row, lost=Refused)
    session.flush()
    return draft


def _add_lines(
    session: Session,
    row: PayoutList,
    lines: dict[str, CarriedLine],
    joining: Mapping[str, dict[str, Any]] | None = None,
) -> PayoutList:
    """An arrears line for each carried person on the list's draft: body, entries, figures, content hash. A
    carried person the list holds only by báo tăng (`joining`) goes on the draft with the amendment's lines,
    so the next revision lists them once (a point laptop keeps an amendment's person only when no entry of
    the revision holds them: services/common/amendments.py readd_added)."""
    draft = _draft_of(session, row)
    body = session.get(ListBody, draft.id)
    assert body is not None
    people = json.loads(body.beneficiaries_json)
    present = {person["code"] for person in people}
    newcomers = [dict(p) for code, p in (joining or {}).items() if code in lines and code not in present]
    joined = [parse_beneficiary(p, i) for i, p in enumerate(newcomers)]  # as signed, before the arrears line
    people.extend(newcomers)
    for person in people:
        line = lines.get(person["code"])
        if line is not None:
            person["lines"].append(_line_json(line))
            person["total"] += line.amount
    people_json = canonical_json(people)
    body.beneficiaries_json = people_json.decode("utf-8")
    set_entry_lines(
        session,
        (
            {"id": id_, "lines": [*old, _line_json(lines[code])], "total": total + lines[code].amount}
            for id_, code, _name, old, total in entry_lines(session, draft.id, list(lines))
        ),
    )
    listed = [parse_beneficiary(p, i) for i, p in enumerate(newcomers)]  # with their arrears line
    insert_entries(session, draft.id, listed, [None] * len(listed))
    draft.cash_total += sum(line.amount for line in lines.values()) + sum(b.total for b in joined)
    draft.beneficiaries += len(joined)
    draft.home_visits += sum(1 for b in joined if b.home_visit)
    draft.proxies += sum(1 for b in joined if b.has_proxy)
    draft.content_sha256 = content_sha256(draft.month, row.point.code, people_json)
    return draft


def reapply_arrears(session: Session, month: str) -> None:
    """After a register import of `month`: the arrears already carried onto it go on its lists again (a new
    import's drafts start from the register alone); a draft that ends up as the issued list is dropped."""
    carried = arrears_into(session, month)
    if not carried:
        return
    for row in newest_lists_of_month(session, month):
        missing: dict[str, dict[str, CarriedLine]] = defaultdict(dict)  # from month → code → line
        for _id, code, name, old, _total in entry_lines(session, row.id, list(carried)):
            labels = {line.get("label") for line in old if line.get("kind") == AllowanceKind.ARREARS}
            for a in carried[code]:
                months = tuple(json.loads(a.months))
                if arrears_label(months) not in labels:
                    missing[a.from_month][code] = CarriedLine(code, name, row.point.code, a.amount, months)
                    a.list_id = row.list_id
        target = row
        for lines in missing.values():
            target = _add_lines(session, target, lines)
        issued = newest_issued(session, month, row.point_id)
        if (
            target.status == ListStatus.DRAFT
            and issued is not None
            and issued.content_sha256 == target.content_sha256
        ):
            discard_draft(session, target.id)


def _line_json(line: CarriedLine) -> dict[str, object]:
    return {"kind": AllowanceKind.ARREARS.value, "label": arrears_label(line.months), "amount": line.amount}
