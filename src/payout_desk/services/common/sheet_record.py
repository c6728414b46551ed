"""The signature sheet as the paper record: what each row carries beyond who signed (report_data's
`sheet_rows`) — the CCCD, the category, the allowance lines, the commune, the proxy's ID and authorisation,
the clerk who paid, the cash handed out, and the marks for flagged payouts and exceptions."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from payout_desk.domain.fold import ConflictKind
from payout_desk.domain.payout_list import ListedBeneficiary, PayLine
from payout_desk.reports.sheet_layout import SheetMark, SheetRow, report_mark
from payout_desk.services.common.amendments import stored_changes
from payout_desk.services.common.report_data import (
    Folded,
    category_label,
    entry_lines,
    folded_list,
    readable_change,
    sheet_rows,
)
from payout_desk.store.models import PayoutList
from payout_desk.store.sheet_record import entry_lines_of, flagged_codes, voided_payout_codes

_DOUBLE = frozenset((ConflictKind.DOUBLE_PAYOUT.value, ConflictKind.PAID_ON_TWO_LISTS.value))
_AFTER_STOP = frozenset((ConflictKind.PAYOUT_AFTER_STOP.value, ConflictKind.PAID_DECEASED.value))
_MISMATCH = frozenset(
    (ConflictKind.WRONG_AMOUNT.value, ConflictKind.SUPERSEDED_REVISION.value, ConflictKind.NOT_ON_LIST.value)
)
_LATE = frozenset((ConflictKind.OUTSIDE_MONTH.value,))


def record_rows(session: Session, row: PayoutList, late: Collection[str] = ()) -> list[SheetRow]:
    """The sheet's rows (report_data.sheet_rows: who, the amount, who signed) with the paper record's
    columns and marks; `late` are the codes with an event taken in after the month closed."""
    folded = folded_list(session, row)
    return with_record(session, row, folded, sheet_rows(session, row, folded), late)


def with_record(
    session: Session,
    row: PayoutList,
    folded: Iterable[Folded],
    rows: list[SheetRow],
    late: Collection[str] = (),
) -> list[SheetRow]:
    """`rows` (one per code) with the paper record's columns and marks; `folded` are the list's codes."""
    by_code = {f.code: f for f in folded}
    entries = entry_lines_of(session, row.id)
    added = _added(session, row)
    voided = voided_payout_codes(session, row.list_id)
    flags = flagged_codes(session, row.list_id)
    out = []
    for sheet in rows:
        f = by_code.get(sheet.code)
        if f is None:
            out.append(sheet)
            continue
        commune, lines = _lines(entries, added, sheet.code)
        paid = f.payout
        proxy = paid.data.get("proxy") if paid else None
        proxy = proxy if isinstance(proxy, dict) else {}
        kinds = {c.kind for c in f.state.conflicts} | flags.get(sheet.code, set())
        out.append(
            replace(
                sheet,
                cccd=f.person.cccd or "",
                category=sheet.category or category_label(f.person.category),
                lines=lines if sum(x.amount for x in lines) == sheet.amount else (),
                commune=commune,
                proxy_id=sheet.proxy_id or _text(proxy.get("id_number")),
                authorisation=sheet.authorisation or _text(proxy.get("authorisation")),
                staff=paid.staff if paid else "",
                cash_paid=f.state.paid_amount,
                marks=marks_of(
                    kinds,
                    proxy=bool(proxy),
                    at_home=bool(paid and paid.data.get("at_home")),
                    late=sheet.code in late,
                    voided=sheet.code in voided,
                    exception=f.state.exception,
                ),
            )
        )
    return out


def marks_of(
    kinds: Collection[str], *, proxy: bool, at_home: bool, late: bool, voided: bool, exception: str | None
) -> tuple[SheetMark, ...]:
    """A row's marks, in the legend's order, from its conflicts and flags (`kinds`) and its payout."""
    found = {
        SheetMark.DOUBLE: bool(_DOUBLE & set(kinds)),
        SheetMark.AFTER_STOP: bool(_AFTER_STOP & set(kinds)),
        SheetMark.MISMATCH: bool(_MISMATCH & set(kinds)),
        SheetMark.PROXY: proxy,
        SheetMark.AT_HOME: at_home,
        SheetMark.LATE: late or bool(_LATE & set(kinds)),
        SheetMark.VOIDED: voided,
    }
    marks = [mark for mark, on in found.items() if on]
    if exception is not None:
        marks.append(report_mark(exception))
    return tuple(marks)


def _added(session: Session, row: PayoutList) -> dict[str, ListedBeneficiary]:
    """Code → the person as an amendment added them (their lines, their commune)."""
    found: dict[str, ListedBeneficiary] = {}
    for change in map(readable_change, stored_changes(session, row.list_id)):
        if change.beneficiary is not None:
            found.setdefault(change.code, change.beneficiary)
    return found


def _lines(
    entries: Mapping[str, tuple[str, Any]], added: Mapping[str, ListedBeneficiary], code: str
) -> tuple[str, tuple[PayLine, ...]]:
    """(commune, allowance lines) as the list or the amendment gives them; () when unreadable."""
    if code in entries:
        commune, stored = entries[code]
        return commune, _stored_lines(stored)
    person = added.get(code)
    return (person.commune, person.lines) if person else ("", ())


def _stored_lines(stored: Any) -> tuple[PayLine, ...]:
    try:
        return tuple(entry_lines(stored))
    except (ValueError, KeyError, TypeError, AttributeError):
        return ()


def _text(value: object) -> str:
    return "" if value is None or isinstance(value, (dict, list)) else str(value)
