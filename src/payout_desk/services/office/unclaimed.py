"""The unclaimed watch at the office (`office.unclaimed`, issue 15 item 4): people who have not collected
for months in a row — the usual sign of a death nobody reported —, the two thresholds the welfare office
sets (flag, suspend), and the history each beneficiary carries on a point's list."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy.orm import Session

from payout_desk.domain.list_history import MAX_RUN, ListHistory
from payout_desk.domain.month import Month
from payout_desk.lang import t
from payout_desk.services.common.desk import Desk, parse_month
from payout_desk.services.common.errors import InvalidInput
from payout_desk.store.bulk import gc_paused
from payout_desk.store.links import code_groups
from payout_desk.store.marks import history_mark
from payout_desk.store.month_outcomes import unclaimed_runs
from payout_desk.store.prior_month import prior_lines
from payout_desk.store.settings import put_setting, setting
from payout_desk.store.unclaimed import (
    codes_of,
    has_issued,
    histories,
    history_json,
    keep_histories,
    kept_histories,
    month_outcomes,
    newest_issued_month,
)

FLAG_SETTING = "unclaimed_flag_months"
SUSPEND_SETTING = "unclaimed_suspend_months"
FLAG_DEFAULT, SUSPEND_DEFAULT = 2, 6


@dataclass(frozen=True, slots=True)
class Thresholds:
    flag: int  # months in a row not collected: the person is flagged (the clerk asks the village head)
    suspend: int  # … and from here the welfare office's rule says suspend


@dataclass(frozen=True, slots=True)
class Unclaimed:
    code: str
    name: str
    point_code: str
    point_name: str
    run: int  # months in a row not collected, up to the watched month
    months: tuple[str, ...]  # those months, oldest first
    amounts: tuple[int, ...]  # what each of them entitled the person to
    exception: str | None  # the standing exception report in the newest month (absent, deceased …)
    suspend: bool  # the suspension threshold is reached

    @property
    def total(self) -> int:
        return sum(self.amounts)


@dataclass(frozen=True, slots=True)
class UnclaimedWatch:
    month: str
    months: int  # K: the run watched for
    thresholds: Thresholds
    people: tuple[Unclaimed, ...]  # longest run first, then by point and code

    @property
    def to_suspend(self) -> int:
        return sum(1 for p in self.people if p.suspend)


def months_count(value: object) -> int:
    """A number of months typed for a threshold or --months: a whole number from 1 to MAX_RUN."""
    try:
        number = int(str(value).strip())
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_RUN:
        raise InvalidInput(t("unclaimed.months_bad", value=value, most=MAX_RUN))
    return number


def _flagged(session: Session, month: str, k: int, suspend: int) -> list[Unclaimed]:
    """The people not collected for `k` or more months in a row up to `month`: their runs from the months'
    outcome sets (store/month_outcomes), then the month's line of each one flagged and what each earlier
    month of their run entitled them to (store/prior_month, light) — no month read whole for everyone."""
    groups = code_groups(session)
    runs, linked = unclaimed_runs(session, month, groups)
    flagged = {key: run for key, run in runs.items() if run >= k}
    if not flagged:
        return []
    now = month_outcomes(session, month)
    amounts: dict[str, list[int]] = {key: [] for key in flagged}  # newest month first
    calendar = [Month.parse(month)]  # the months of the longest run, newest first
    while len(calendar) < max(flagged.values()):
        calendar.append(calendar[-1].previous())
    longest_first = sorted(flagged, key=flagged.__getitem__, reverse=True)
    for back, at in enumerate(calendar[1:], start=1):
        lines = prior_lines(session, str(at))
        here = {groups[code]: code for code in groups.keys() & lines.keys()}  # a linked person's code then
        for key in longest_first:
            if flagged[key] <= back:
                break
            amounts[key].append(lines[here.get(key, key) if here else key].amount)
    named = [str(at) for at in calendar]
    found = []
    for key, run in flagged.items():
        line = now[linked.get(key, key)]
        found.append(
            Unclaimed(
                line.code,
                line.name,
                line.point_code,
                line.point_name,
                run,
                tuple(named[run - 1 :: -1]),
                (*amounts[key][::-1], line.amount),
                line.exception,
                run >= suspend,
            )
        )
    return found


def thresholds_in(session: Session) -> Thresholds:
    flag = setting(session, FLAG_SETTING)
    suspend = setting(session, SUSPEND_SETTING)
    return Thresholds(int(flag or FLAG_DEFAULT), int(suspend or SUSPEND_DEFAULT))


def put_thresholds(session: Session, flag: object = None, suspend: object = None) -> Thresholds:
    """Either threshold changed (whole months, 1 to MAX_RUN; None keeps it), checked before anything is
    written: the flag may not exceed the suspension."""
    new_flag = months_count(flag) if flag is not None else None
    new_suspend = months_count(suspend) if suspend is not None else None
    now = thresholds_in(session)
    wanted = Thresholds(new_flag or now.flag, new_suspend or now.suspend)
    if wanted.flag > wanted.suspend:
        raise InvalidInput(t("unclaimed.flag_over_suspend", flag=wanted.flag, suspend=wanted.suspend))
    put_setting(session, FLAG_SETTING, str(wanted.flag))
    put_setting(session, SUSPEND_SETTING, str(wanted.suspend))
    return wanted


class IssueHistory:
    """Each person's last months for one issue of a month's lists (office/lists.py, inside its transaction):
    read once for the whole month, at the first list revision to stamp, never per list or per person; the
    entries of every draft about to be issued read in one query."""

    def __init__(self, session: Session, month: str, drafts: Collection[int] = ()) -> None:
        self.session, self.month = session, month
        self._drafts = drafts  # the list revisions (ids) the issue will stamp, read together
        self._found: dict[str, ListHistory] | None = None
        self._kept: dict[int, dict[str, str]] | None = None  # draft → code → history, once kept
        self._texts: dict[int, str] = {}  # id of a history in _found → its JSON

    def stamp(self, payout_list_id: int) -> dict[str, str]:
        """Keep on a list revision about to be issued each person's last months (its list.json carries
        them, with the flag threshold): code → the history kept on the revision (JSON). The first call
        keeps them on every draft of the issue at once."""
        if self._found is None:
            self._found = histories(self.session, self.month, thresholds_in(self.session).flag)
        if self._kept is None:
            self._kept = self._keep(self._drafts)
        kept = self._kept.pop(payout_list_id, None)
        if kept is None:  # a revision made during the issue (a new set of laptops)
            kept = self._keep([payout_list_id]).get(payout_list_id, {})
        return kept

    def _keep(self, drafts: Collection[int]) -> dict[int, dict[str, str]]:
        """List revision → code → the history kept on it, written for every revision in one go: found now,
        else what the revision kept already (copied from the revision it was made from)."""
        assert self._found is not None
        found, kept = self._found, {}
        before = kept_histories(self.session, drafts)
        for payout_list_id, codes in codes_of(self.session, drafts).items():
            earlier = before.get(payout_list_id, {})
            mine: dict[str, str] = {}
            kept[payout_list_id] = mine
            for code in codes:
                if (history := found.get(code)) is not None:
                    mine[code] = self._text(history)
                elif (text := earlier.get(code)) is not None:
                    mine[code] = text
        keep_histories(self.session, kept)
        return kept

    def _text(self, history: ListHistory) -> str:
        """The history's JSON, encoded once for everyone who shares it (histories() shares the objects)."""
        text = self._texts.get(id(history))
        if text is None:
            text = self._texts[id(history)] = history_json(history)
        return text


class UnclaimedWatchPart:
    """`office.unclaimed`: the thresholds, the people not collected for months, the lists' history."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        # (month, K, thresholds) → the data's mark and the watch read then: kept while the mark stays (the
        # dashboard asks on every refresh; a month reads up to MAX_RUN months back)
        self._kept: dict[tuple[str, int, Thresholds], tuple[tuple[int, ...], UnclaimedWatch]] = {}
        self._kept_db: object = None  # the database they were read from (a restore reopens another)

    def thresholds(self) -> Thresholds:
        with self.desk.db.reading() as session:
            return thresholds_in(session)

    def set_thresholds(self, flag: object = None, suspend: object = None) -> Thresholds:
        """Change either threshold (whole months, 1 to MAX_RUN); the flag may not exceed the suspension."""
        self.desk.require_identity("office")
        with self.desk.db.transaction() as session:
            limits = put_thresholds(session, flag, suspend)
        self.desk.attribute("unclaimed-settings", None, flag=limits.flag, suspend=limits.suspend)
        return limits

    def watch(self, months: object = None, month: str | None = None) -> UnclaimedWatch:
        """The people listed and not collected for `months` (default: the flag threshold) or more months
        in a row up to `month` (default: the newest month with issued lists)."""
        self.desk.require_identity("office")
        if self._kept_db is not self.desk.db:
            self._kept, self._kept_db = {}, self.desk.db
        with self.desk.db.reading() as session:
            limits = thresholds_in(session)
            k = months_count(months) if months is not None else limits.flag
            if month is None:
                newest = newest_issued_month(session)
                if newest is None:
                    raise InvalidInput(t("unclaimed.no_lists"))
                wanted = newest
            else:
                wanted = str(parse_month(month))
                if not has_issued(session, wanted):
                    raise InvalidInput(t("unclaimed.month_not_issued", month=wanted))
            key, mark = (wanted, k, limits), history_mark(session)
            kept = self._kept.get(key)
            if kept is not None and kept[0] == mark:
                return kept[1]
            with gc_paused():  # months of every point read: many objects, no cycles
                found = _flagged(session, wanted, k, limits.suspend)
        found.sort(key=lambda p: (-p.run, p.point_code, p.code))
        watch = UnclaimedWatch(wanted, k, limits, tuple(found))
        self._kept = {k_: v for k_, v in self._kept.items() if v[0] == mark}  # older marks: gone
        self._kept[key] = (mark, watch)
        return watch
