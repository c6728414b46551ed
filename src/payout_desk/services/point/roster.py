"""What a point's clerk looks at: the roster of the loaded list with where each person stands, one
person's details, and the day's progress. Read-only; the window and the CLI both use it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from payout_desk.domain.allowances import category_for
from payout_desk.domain.clock import to_local, utc_now
from payout_desk.domain.figures import StateSummary
from payout_desk.domain.fold import CashPosition, Entitlement
from payout_desk.domain.ledger import Event
from payout_desk.domain.list_history import ListHistory, stored_history
from payout_desk.domain.month import Month
from payout_desk.domain.settlement import Written
from payout_desk.domain.text import fold, name_sort_key
from payout_desk.lang import t
from payout_desk.services.common.errors import UsageError
from payout_desk.services.common.report_data import entry_lines
from payout_desk.services.point.cash import Cash
from payout_desk.services.point.ledger import PointLedger, no_such_code
from payout_desk.store.ledger import cached_states, entitlements, list_figures
from payout_desk.store.lists import entries as list_entries
from payout_desk.store.lists import entry as list_entry
from payout_desk.store.models import ListEntry


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One beneficiary of the loaded list, as the table shows them."""

    code: str
    name: str
    birth_year: int | None
    village: str
    cccd: str | None
    category: str
    total: int
    home_visit: bool
    proxy_name: str | None
    proxy_relation: str | None
    status: str  # unpaid | paid | stopped | exception
    exception: str | None
    stop_reason: str | None
    stop_date: str | None
    search_key: str  # folded name, code, CCCD, village: what a search matches against
    sort_key: tuple[object, ...] = field(compare=False, default=())


@dataclass(frozen=True, slots=True)
class Detail:
    """Everything about one beneficiary that the pay pane shows."""

    row: RosterRow
    address: str
    commune: str
    notes: str
    lines: list[tuple[str, int]]
    amount_words: str
    category_help: str
    category_help_en: str
    payouts: list[Event]
    reports: list[Event]
    retired: frozenset[str] = frozenset()  # reports of laptops the list no longer names: shown, not blocking
    history: ListHistory | None = None  # the person's last months as the office issued them (issue 15)


@dataclass(frozen=True, slots=True)
class Progress:
    month: str
    point_code: str
    point_name: str
    beneficiaries: int
    paid_count: int
    paid_amount: int
    cash: CashPosition
    days_to_deadline: int  # days left until the 5th (negative when past)


def _search_key(entry: ListEntry) -> str:
    return " ".join((entry.name_folded, fold(entry.code), entry.cccd or "", fold(entry.village)))


def search_text(typed: str) -> str:
    """What a search box's text is matched as: folded (no accents, lower case), trimmed."""
    return fold(typed.strip())


def matches(row: RosterRow, wanted: str) -> bool:
    """Does a search (already `search_text`) find this row: name without accents or case, code, the
    last digits of the CCCD, village. An empty search finds everyone."""
    if not wanted:
        return True
    if wanted.isdigit():
        return bool(row.cccd and row.cccd.endswith(wanted)) or wanted in row.code
    return wanted in row.search_key


class Roster:
    """The list as the clerk sees it (`desk.roster.rows`): every row, a search, one person, the progress."""

    def __init__(self, ledger: PointLedger, cash: Cash) -> None:
        self.ledger = ledger
        self.desk = ledger.desk
        self.cash = cash

    def rows(self) -> list[RosterRow]:
        """The loaded list, by Vietnamese given name, each person with where they stand."""
        self.desk.require_identity("point")
        with self.desk.db.reading() as session:
            row = self.ledger.list_of(session)
            _revision, ents = entitlements(session, row.list_id)
            states = cached_states(session, row.list_id)
            entries = list_entries(session, row.id)
            rows = [self._row(entry, ents.get(entry.code), states.get(entry.code)) for entry in entries]
        rows.sort(key=lambda r: r.sort_key)
        return rows

    @staticmethod
    def _row(entry: ListEntry, ent: Entitlement | None, state: StateSummary | None) -> RosterRow:
        stop = ent.stop if ent is not None else None
        status = state.status if state else ("stopped" if stop is not None or ent is None else "unpaid")
        return RosterRow(
            code=entry.code,
            name=entry.name,
            birth_year=entry.birth_year,
            village=entry.village,
            cccd=entry.cccd,
            category=entry.category,
            total=entry.total,
            home_visit=entry.home_visit,
            proxy_name=entry.proxy_name,
            proxy_relation=entry.proxy_relation,
            status=status,
            exception=state.exception if state else None,
            stop_reason=stop.reason if stop else None,
            stop_date=stop.date if stop else None,
            search_key=_search_key(entry),
            sort_key=name_sort_key(entry.name),
        )

    def find(self, text: str, limit: int = 20) -> list[RosterRow]:
        """Beneficiaries a search finds (see `matches`), by given name."""
        wanted = search_text(text)
        if not wanted:
            raise UsageError(t("point.search_hint"))
        return [r for r in self.rows() if matches(r, wanted)][:limit]

    def detail(self, code: str) -> Detail:
        self.desk.require_identity("point")
        with self.desk.db.reading() as session:
            row = self.ledger.list_of(session)
            entry = list_entry(session, row.id, code)
            if entry is None:
                raise no_such_code(code, row.point.code, row.point.name, row.month)
            state = self.ledger.beneficiary_state(session, row.list_id, code)
            summary = StateSummary(
                state.status.value,
                state.paid_amount,
                len(state.payouts),
                state.exception,
                len(state.conflicts),
            )
            category = category_for(entry.category)
            return Detail(
                row=self._row(entry, state.entitlement, summary),
                address=entry.address,
                commune=entry.commune,
                notes=entry.notes,
                lines=[(line.label, line.amount) for line in entry_lines(entry.lines)],
                amount_words=Written(entry.total).words,
                category_help=category.help_vi if category else "",
                category_help_en=category.help_en if category else "",
                payouts=list(state.payouts),
                reports=list(state.reports),
                retired=self.ledger.retired_reports(row.devices, state.reports),
                history=stored_history(entry.history),
            )

    def progress(self, today: date | None = None) -> Progress:
        self.desk.require_identity("point")
        with self.desk.db.reading() as session:
            row = self.ledger.list_of(session)
            figures = list_figures(session, row.list_id)
            cash = self.cash.position(session, row)
            point_code, point_name, month = row.point.code, row.point.name, row.month
        day = today or to_local(utc_now()).date()
        return Progress(
            month,
            point_code,
            point_name,
            figures.beneficiaries,
            figures.paid_count,
            figures.paid_amount,
            cash,
            (Month.parse(month).deadline - day).days,
        )
