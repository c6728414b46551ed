"""Checks of a device's new events against what the desk already holds, across files and lists.

A file whose own history is provably wrong is refused (`SyncRefused`, nothing taken in): one of its voids
names one of the laptop's own records of another list, of another person, or of a kind a void cannot
cancel; it repeats one of its own record ids; it would take a list's month total of cash received, paid or
returned over `MONTH_BOUND`. Everything else a file may honestly carry is taken in and *flagged*: a row in
`conflicts` of a kind of `domain.fold.FLAG_KINDS` (the office sees it as a conflict — sai lệch — in `office status`,
the window's conflict pane and the settlement), which the fold never writes nor deletes:

- void-mismatch: a void naming another laptop's record that is not a report of the same person on the
  same list (the fold ignores such a void: `domain.fold.void_fits`); checked again when the target
  arrives after the void;
- event-id-reused: a record id another laptop's history already used (never blocks the honest laptop);
- paid-on-two-lists: one person (beneficiary code, or CCCD) paid on one list of the month and paid or
  reported on another, whatever the amendments said;
- outside-month: a record whose time is outside the month's round (`round_window`);
- signature-reused: one signature image on payouts to several different people (one flag per list and
  image, naming every payout).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy.orm import Session

from payout_desk.domain.fold import Conflict, ConflictKind, void_fits
from payout_desk.domain.ledger import Event, Kind, chain_key
from payout_desk.domain.month import Month
from payout_desk.lang import Explained, t
from payout_desk.store.amendments import added_codes
from payout_desk.store.bulk import insert_missing
from payout_desk.store.conflicts import delete_flags, delete_flags_of_people, flags_of_kind
from payout_desk.store.events import (
    bodies_of_voids_naming,
    bodies_with_ids,
    payout_and_report_ids,
    payouts_signed_with,
    totals_by_kind,
)
from payout_desk.store.ledger import paid_or_reported, stored_event
from payout_desk.store.lists import codes_and_cccds, list_revisions_of_month, month_of_list, newest_row_ids
from payout_desk.store.models import ConflictRow

MONTH_BOUND = 10**13
"""The most cash (đồng) one list may show received, paid or returned in its month, all its laptops
together: 10.000 tỷ đồng, hundreds of times a real point's month, and far below what SQL SUM can hold
(2^63 ≈ 9,2·10^18) over every list of many years."""

EARLY = timedelta(days=10)
LATE = timedelta(days=45)
"""A month's round, for flagging: from 10 days before its 1st (cash handed over, lists loaded) to 45 days
after the 1st of the next month (late payments, files taken in late), Vietnam time."""

VN = timedelta(hours=7)
_CHUNK = 500
_BOUNDED = (Kind.CASH_RECEIVED, Kind.PAYOUT, Kind.CASH_RETURNED)


class SyncRefused(Explained):
    """A sync file whose own history is provably wrong; its Text says why (nothing is taken in)."""


def _chunks(items: Collection[str]) -> list[list[str]]:
    ordered = sorted(items)
    return [ordered[i : i + _CHUNK] for i in range(0, len(ordered), _CHUNK)]


Known = dict[str, list[Event]]
"""Event id → the stored events under it (from other chains), as read before a file's events went in."""


def _events_with_ids(session: Session, ids: Collection[str]) -> Known:
    found: Known = defaultdict(list)
    for chunk in _chunks(ids):
        for body in bodies_with_ids(session, chunk):
            event = stored_event(body)
            found[event.event_id].append(event)
    return found


def _peer_report_void(void: Event, target: Event) -> bool:
    """A laptop voiding a sibling's report about the same person on the same list (with its reason)."""
    return (
        target.kind == Kind.REPORT
        and target.list_id == void.list_id
        and target.beneficiary == void.beneficiary
        and chain_key(target.device_id) != chain_key(void.device_id)
    )


def _voids_fit(void: Event, candidates: Iterable[Event]) -> bool:
    return any(void_fits(void, c) or _peer_report_void(void, c) for c in candidates)


def check_new_events(session: Session, device_id: str, list_id: str, new: Sequence[Event]) -> Known:
    """Refuse what the new events of one device's file provably get wrong (before anything is stored);
    else give what is stored under their ids and their voids' targets (for `flag_new_events`)."""
    if not new:
        return {}
    key = chain_key(device_id)
    ids = [e.event_id for e in new]
    stored = _events_with_ids(session, set(ids) | {e.target for e in new if e.kind == Kind.VOID and e.target})
    own_stored = {i for i, events in stored.items() if any(chain_key(e.device_id) == key for e in events)}
    if len(set(ids)) != len(ids) or own_stored & set(ids):
        raise SyncRefused(t("office.sync_own_ids_repeated"))
    by_id = {e.event_id: e for e in new}
    for void in (e for e in new if e.kind == Kind.VOID and e.target):
        own = [e for e in stored.get(void.target or "", []) if chain_key(e.device_id) == key]
        if void.target in by_id:
            own.append(by_id[void.target or ""])
        if own and not any(void_fits(void, e) for e in own):
            raise SyncRefused(t("office.sync_void_wrong_target", seq=void.seq))
    _check_month_bound(session, list_id, new)
    return stored


def _check_month_bound(session: Session, list_id: str, new: Sequence[Event]) -> None:
    adding: dict[str, int] = defaultdict(int)
    for event in new:
        if event.kind in _BOUNDED:
            adding[event.kind] += event.amount
    if not adding:
        return
    held = {kind: int(total or 0) for kind, total in totals_by_kind(session, list_id, adding)}
    for kind, amount in adding.items():
        if held.get(kind, 0) + amount > MONTH_BOUND:
            raise SyncRefused(t("office.sync_month_bound", bound=f"{MONTH_BOUND:,}".replace(",", ".")))


def round_window(month: Month) -> tuple[datetime, datetime]:
    """The month's round in UTC (`EARLY` before its 1st, `LATE` after the next month's 1st, Vietnam time)."""
    following = month.next()
    start = datetime(month.year, month.month, 1, tzinfo=UTC) - VN - EARLY
    return start, datetime(following.year, following.month, 1, tzinfo=UTC) - VN + LATE


def _outside(event: Event, window: tuple[datetime, datetime]) -> bool:
    """Outside the window, compared as instants (a time without its zone counts as outside)."""
    try:
        moment = datetime.fromisoformat(event.at_utc.replace("Z", "+00:00"))
    except ValueError:
        return True
    return moment.tzinfo is None or not window[0] <= moment < window[1]


def flag_new_events(session: Session, list_id: str, new: Sequence[Event], known: Known) -> None:
    """After the new events and the states they change are stored: flag what they show across files
    (`known`: what `check_new_events` found stored before)."""
    if not new:
        return
    month = month_of_list(session, list_id)
    flags: list[Conflict] = []
    if month:
        window = round_window(Month.parse(month))
        flags += [
            Conflict(ConflictKind.OUTSIDE_MONTH, list_id, e.beneficiary or "", (e.event_id,))
            for e in new
            if _outside(e, window)
        ]
    flags += _reused_ids(new, known)
    flags += _void_mismatches(session, new, known)
    _store(session, flags)
    _replace_signature_flags(session, {s for e in new if (s := _signature(e))})
    if month:
        _replace_two_list_flags(session, month, list_id, {e.beneficiary for e in new if e.beneficiary})


def _store(session: Session, flags: Iterable[Conflict]) -> None:
    rows = {
        c.conflict_id: {
            "id": c.conflict_id,
            "list_id": c.list_id,
            "code": c.code,
            "kind": c.kind,
            "event_ids": json.dumps(list(c.event_ids)),
        }
        for c in flags
    }
    insert_missing(session.connection(), ConflictRow.__table__, list(rows.values()))  # type: ignore[arg-type]


def _reused_ids(new: Sequence[Event], known: Known) -> list[Conflict]:
    """Each new record whose id another history already used, and that one: one flag per record."""
    found = []
    for event in new:
        for other in known.get(event.event_id, []):
            found += [
                Conflict(ConflictKind.EVENT_ID_REUSED, e.list_id, e.beneficiary or "", (e.event_id,))
                for e in (event, other)
            ]
    return found


def _void_mismatches(session: Session, new: Sequence[Event], known: Known) -> list[Conflict]:
    """The new voids, and the stored voids whose target has just arrived, that name a record they may not
    cancel (a void whose target has not arrived yet waits; it changes nothing meanwhile)."""
    targets: Known = defaultdict(list, {i: list(events) for i, events in known.items()})
    for event in new:
        targets[event.event_id].append(event)
    voids = [e for e in new if e.kind == Kind.VOID and e.target]
    for chunk in _chunks({e.event_id for e in new}):
        voids += [stored_event(body) for body in bodies_of_voids_naming(session, chunk)]
    found = []
    for void in voids:
        candidates = targets.get(void.target or "", [])
        if candidates and not _voids_fit(void, candidates):
            ids = (void.event_id, *(c.event_id for c in candidates))
            found.append(Conflict(ConflictKind.VOID_MISMATCH, void.list_id, void.beneficiary or "", ids))
    return found


def _signature(event: Event) -> str | None:
    signature = event.data.get("signature") if event.kind == Kind.PAYOUT else None
    return signature if isinstance(signature, str) else None


def _replace_signature_flags(session: Session, signatures: set[str]) -> None:
    """One flag per list and signature image that payouts to several different people carry, naming them
    all; the flag of the same image found before (fewer payouts) gives way."""
    for chunk in _chunks(signatures):
        rows = payouts_signed_with(session, chunk)
        payouts: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for signature, event_id, list_id, code in rows:
            payouts[str(signature)].append((event_id, list_id, code or ""))
        for same in payouts.values():
            if len({code for _i, _l, code in same}) < 2:
                continue
            ids, lists = tuple(i for i, _l, _c in same), {list_id for _i, list_id, _c in same}
            _drop_overlapping(session, ConflictKind.SIGNATURE_REUSED, lists, set(ids))
            _store(session, [Conflict(ConflictKind.SIGNATURE_REUSED, lst, "", ids) for lst in lists])


def _drop_overlapping(session: Session, kind: ConflictKind, lists: set[str], ids: set[str]) -> None:
    """Delete the flags of `kind` on `lists` that name any of `ids` (an earlier, smaller finding)."""
    rows = flags_of_kind(session, kind.value, sorted(lists))
    old = [row_id for row_id, named in rows if ids & set(json.loads(named))]
    for chunk in _chunks(old):
        delete_flags(session, chunk)


def _replace_two_list_flags(session: Session, month: str, list_id: str, codes: set[str]) -> None:
    """One person (a beneficiary code, or a CCCD the month's lists give) paid on one list of the month and
    paid or reported on another: a flag on each of their lines, with every list's payouts and reports."""
    rows = list_revisions_of_month(session, month)
    if not codes or len(set(rows.values())) < 2:
        return
    person = _people(session, month, rows, list_id, codes)
    if not person:  # the common case: everyone touched is on this list only, under their own CCCD
        return
    lists = sorted(set(rows.values()))
    held: dict[str, list[tuple[str, str, int]]] = defaultdict(list)  # person → (list, code, payouts)
    for chunk in _chunks(set(person)):
        for held_list, code, payouts in paid_or_reported(session, chunk, lists):
            held[person[code]].append((held_list, code, payouts))
        # what these people's records showed before gives way
        delete_flags_of_people(session, ConflictKind.PAID_ON_TWO_LISTS.value, lists, chunk)
    flags: list[Conflict] = []
    for places in held.values():
        if len({where for where, _c, _p in places}) < 2 or not any(p for _l, _c, p in places):
            continue
        places_lists = {where for where, _c, _p in places}
        ids = tuple(sorted(payout_and_report_ids(session, places_lists, {code for _l, code, _p in places})))
        flags += [Conflict(ConflictKind.PAID_ON_TWO_LISTS, where, code, ids) for where, code, _p in places]
    _store(session, flags)


@dataclass(slots=True)
class _MonthPeople:
    """Who is on the month's lists, read once per change of the lists (not once per file)."""

    lists: dict[str, set[str]]  # code → the month's lists it is on (entries or additions)
    person: dict[str, str]  # code → its person: its CCCD, where a list gives one
    shared: dict[str, set[str]]  # a CCCD under two codes → those codes


_MONTHS: WeakKeyDictionary[Any, dict[str, tuple[Any, _MonthPeople]]] = WeakKeyDictionary()


def _month_people(session: Session, month: str, rows: dict[int, str]) -> _MonthPeople:
    latest = newest_row_ids(session)
    cached = _MONTHS.setdefault(session.get_bind(), {}).get(month)
    if cached is not None and cached[0] == latest:
        return cached[1]
    lists: dict[str, set[str]] = defaultdict(set)
    person: dict[str, str] = {}
    codes_of: dict[str, set[str]] = defaultdict(set)
    for code, row, cccd in codes_and_cccds(session, list(rows)):
        lists[code].add(rows[row])
        if cccd:
            person[code] = _by_cccd(cccd)
            codes_of[person[code]].add(code)
    for code, list_id in added_codes(session, sorted(set(rows.values()))):
        lists[code].add(list_id)
    found = _MonthPeople(dict(lists), person, {k: c for k, c in codes_of.items() if len(c) > 1})
    _MONTHS[session.get_bind()][month] = (latest, found)
    return found


def _people(
    session: Session, month: str, rows: dict[int, str], list_id: str, codes: set[str]
) -> dict[str, str]:
    """code → the person it stands for, for the touched `codes` that may be on two of the month's lists
    (list revision `rows`, id → list id): on another list than `list_id`, or on none, or under a CCCD
    another code of the month carries (with those other codes). A person is their CCCD, else their code."""
    month_people = _month_people(session, month, rows)
    found: dict[str, str] = {}
    for code in codes:
        key = month_people.person.get(code, code)
        if month_people.lists.get(code, set()) != {list_id} or key in month_people.shared:
            found[code] = key
            for other in month_people.shared.get(key, ()):
                found[other] = key
    return found


_CCCD = "cccd:"


def _by_cccd(cccd: str) -> str:
    """A person known by their CCCD, as a key that no beneficiary code can equal."""
    return _CCCD + cccd
