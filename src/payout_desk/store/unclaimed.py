"""The months before a month (issue 15, item 4): the history each beneficiary carries on a point's list, and
what the unclaimed watch reads.

`month_outcomes` reads a month in five queries whatever its size (every point's newest issued list, their
entries, amendments and cached states at once) — what came of each listed person, without their pay lines
or payout details (store/month_history.month_lines has those): the watch reads it for the watched month
alone. A list's history reads three months as outcome sets (store/month_outcomes) and takes longer runs
from the run the oldest of them carried on its own list."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.domain.history import Outcome, PersonMonth
from payout_desk.domain.list_history import HISTORY_MONTHS, MAX_RUN, ListHistory, stored_history
from payout_desk.domain.month import Month
from payout_desk.store.bulk import bulk_insert
from payout_desk.store.history import ISSUED, newest_issued
from payout_desk.store.links import code_groups
from payout_desk.store.models import ListEntry, PayoutList
from payout_desk.store.month_outcomes import OutcomeSets, by_person, outcome_sets
from payout_desk.store.month_read import people_of, read_month
from payout_desk.store.office_models import KeptHistories

_CHUNK = 500  # list revisions per IN (...): well under every database's limit on bound values


def newest_issued_month(session: Session) -> str | None:
    """The newest month with an issued list, or None."""
    return session.scalar(
        select(PayoutList.month).where(PayoutList.status == ISSUED).order_by(PayoutList.month.desc()).limit(1)
    )


def has_issued(session: Session, month: str) -> bool:
    return (
        session.scalar(
            select(PayoutList.id).where(PayoutList.month == month, PayoutList.status == ISSUED).limit(1)
        )
        is not None
    )


def _month_rows(session: Session, month: str) -> list[PayoutList]:
    ids = set(
        session.scalars(
            select(PayoutList.list_id).where(PayoutList.month == month, PayoutList.status == ISSUED)
        )
    )
    return newest_issued(session, ids)


def month_outcomes(session: Session, month: str) -> dict[str, PersonMonth]:
    """Code → the person's line in `month` (every point's newest issued list, with its amendments): point,
    amount, outcome and standing exception, without pay lines or payout details. Read in bulk
    (store/month_read), the lists gone through in the order of their entries, then those only amended."""
    read = read_month(session, month)
    return people_of(session, read, list(read.ents))


def _carried_runs(session: Session, month: str) -> dict[int, set[str]]:
    """Run → the codes whose history on the month's lists carried that run of months not collected (kept
    grouped: many people carry the very same history, each read once)."""
    found: dict[int, set[str]] = defaultdict(set)
    runs: dict[str, int | None] = {}
    for _list_row, grouped in _kept_texts(session, [r.id for r in _month_rows(session, month)]):
        for text, codes in grouped.items():
            if text not in runs:
                runs[text] = h.unclaimed if (h := stored_history(text)) is not None else None
            if (run := runs[text]) is not None:
                found[run].update(codes)
    return found


def histories(session: Session, month: str, flag: int) -> dict[str, ListHistory]:
    """Code → the history a list of `month` carries: the person's last three months before it, and their
    run of months not collected up to the month before (three months read, only their outcomes; a longer
    run goes on from the run the oldest of them carried on its own list). A month with no issued list ends
    the reading, as in the unclaimed watch. A person whose code changed (store/links) is one person: every one of
    their codes carries the same history.

    People are taken a set at a time: those with the same outcome in each month read share one history,
    found by intersecting the months' sets (store/month_outcomes), never person by person."""
    groups = code_groups(session)
    previous = Month.parse(month).previous()
    read: list[tuple[str, OutcomeSets]] = []  # newest first, as a run is counted; by person key
    newest: dict[str, str] = {}  # a linked person's key → their code in the newest month they are listed
    at = previous
    while len(read) < HISTORY_MONTHS and (sets := outcome_sets(session, str(at))):
        read.append((str(at), by_person(groups, sets, newest)))
        at = at.previous()
    classes = _classes([sets for _month, sets in read])
    carried: dict[int, set[str]] | None = None
    oldest_first = [m for m, _sets in read[::-1]]
    found: dict[str, ListHistory] = {}
    for seen, keys in classes:
        recent = tuple((m, o) for m, o in zip(oldest_first, seen[::-1], strict=True) if o is not None)
        run = next((n for n, o in enumerate(seen) if o is not Outcome.UNPAID), len(seen))
        parts = [(run, keys)]
        if run == HISTORY_MONTHS:  # unbroken across every month read: go on from what the oldest carried
            if carried is None:
                carried = _by_run(groups, _carried_runs(session, str(at.next())))
            parts = [(min(MAX_RUN, run + n), keys & ks) for n, ks in carried.items()]
            parts.append((run, keys.difference(*carried.values())))
        for length, part in parts:
            if part:
                _assign(found, part, ListHistory(recent, length, flag), newest)
    for other, key in groups.items():  # the same person under every code of theirs
        if key in newest:
            found.setdefault(other, found[newest[key]])
    return found


def _classes(months: list[OutcomeSets]) -> list[tuple[tuple[Outcome | None, ...], set[str]]]:
    """The people of the months read, split by their outcome in each (None: not listed that month)."""
    listed = [set().union(*sets.values()) for sets in months]
    classes: list[tuple[tuple[Outcome | None, ...], set[str]]] = [((), set().union(*listed))]
    for sets, everyone in zip(months, listed, strict=True):
        split: list[tuple[tuple[Outcome | None, ...], set[str]]] = []
        for seen, keys in classes:
            split.extend(((*seen, outcome), keys & codes) for outcome, codes in sets.items())
            split.append(((*seen, None), keys - everyone))
        classes = [(seen, keys) for seen, keys in split if keys]
    return classes


def _by_run(groups: Mapping[str, str], runs: dict[int, set[str]]) -> dict[int, set[str]]:
    """Run → person keys (a linked code → its person's key; the longer run when one person carried two)."""
    found: dict[int, set[str]] = {}
    taken: set[str] = set()
    for run in sorted(runs, reverse=True):
        codes = runs[run]
        linked = groups.keys() & codes
        keys = (codes - linked) | {groups[code] for code in linked} if linked else codes
        found[run] = keys - taken
        taken |= keys
    return found


def _assign(
    found: dict[str, ListHistory], keys: set[str], history: ListHistory, newest: dict[str, str]
) -> None:
    """Every person of `keys` carries `history`, under their code in the newest month read."""
    linked = keys & newest.keys()
    found.update(dict.fromkeys(keys - linked if linked else keys, history))
    for key in linked:
        found[newest[key]] = history


def history_json(history: ListHistory) -> str:
    """A history as list_histories keeps it (a point: list_entries.history) and list.json carries it:
    canonical JSON (sorted keys, no spaces; orjson writes the standard library's very bytes for texts and
    whole numbers)."""
    return orjson.dumps(history.to_json(), option=orjson.OPT_SORT_KEYS).decode()


def codes_of(session: Session, payout_list_ids: Collection[int]) -> dict[int, list[str]]:
    """List revision → the codes of its entries, in their order: many revisions in one query (chunked
    under the database's limit on bound values)."""
    found: dict[int, list[str]] = defaultdict(list)
    ids = sorted(payout_list_ids)
    for start in range(0, len(ids), _CHUNK):
        for list_row, code in session.connection().execute(
            select(ListEntry.payout_list_id, ListEntry.code)
            .where(ListEntry.payout_list_id.in_(ids[start : start + _CHUNK]))
            .order_by(ListEntry.payout_list_id, ListEntry.id)
        ):
            found[list_row].append(code)
    return dict(found)


def _kept_texts(
    session: Session, payout_list_ids: Collection[int]
) -> Iterator[tuple[int, dict[str, list[str]]]]:
    """(list revision, history text → its codes) as list_histories keeps them, for the revisions that keep
    any (chunked under the database's limit on bound values)."""
    ids = sorted(payout_list_ids)
    for start in range(0, len(ids), _CHUNK):
        for list_row, kept in session.connection().execute(
            select(KeptHistories.payout_list_id, KeptHistories.kept).where(
                KeptHistories.payout_list_id.in_(ids[start : start + _CHUNK])
            )
        ):
            yield list_row, orjson.loads(kept)


def kept_histories(session: Session, payout_list_ids: Collection[int]) -> dict[int, dict[str, str]]:
    """List revision → code → the history (canonical JSON) it carries, for the revisions that keep any."""
    return {
        list_row: {code: text for text, codes in grouped.items() for code in codes}
        for list_row, grouped in _kept_texts(session, payout_list_ids)
    }


def keep_histories(session: Session, kept: Mapping[int, Mapping[str, str]]) -> None:
    """Keep on each list revision the history (canonical JSON) of each code: one row per revision, the
    codes grouped by history (people share a few), replacing what the revision kept before."""
    rows = []
    for payout_list_id, by_code in kept.items():
        if not by_code:  # nobody with a history (a first month): nothing to keep
            continue
        by_text: dict[str, list[str]] = defaultdict(list)
        for code, text in by_code.items():
            by_text[text].append(code)
        rows.append((payout_list_id, orjson.dumps(by_text, option=orjson.OPT_SORT_KEYS).decode()))
    bulk_insert(
        session.connection(),
        KeptHistories.__table__,  # type: ignore[arg-type]
        ("payout_list_id", "kept"),
        rows,
        upsert_key=("payout_list_id",),
    )


def stamped_histories(session: Session, payout_list_id: int) -> dict[str, str]:
    """Code → the kept history (JSON) of a list revision's entries that carry one."""
    return kept_histories(session, [payout_list_id]).get(payout_list_id, {})
