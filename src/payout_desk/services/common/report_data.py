"""What the printed reports show, gathered from one list's rows, amendments and events — the same on the
office desk (every laptop's events, from sync files) and on a point laptop (its own and its peers').

The reports get plain dataclasses (reports/ knows no database); everything here reads, nothing writes."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from payout_desk.domain.allowances import category_for
from payout_desk.domain.clock import to_local, utc_now, vn_date
from payout_desk.domain.fold import BeneficiaryState, Entitlement, fold_beneficiary
from payout_desk.domain.ledger import Event
from payout_desk.domain.month import Month
from payout_desk.domain.payout_list import STOP_REASON_VI, Change, ChangeKind, ListedBeneficiary, PayLine
from payout_desk.domain.text import name_sort_key
from payout_desk.lang import Explained, t
from payout_desk.reports.pdfkit import PointHeader, page_count
from payout_desk.reports.posting_list import PostingChange, PostingDifference, PostingRow, PostingSection
from payout_desk.reports.signature_sheet import SheetRow
from payout_desk.services.common.amendments import change_of, stored_changes
from payout_desk.services.common.errors import DeskError
from payout_desk.services.common.posting_changes import against_last_month
from payout_desk.store.ledger import entitlements, events_by_code
from payout_desk.store.lists import people_of
from payout_desk.store.models import AmendmentRow, PayoutList
from payout_desk.store.signatures import pngs_named
from payout_desk.trust.atomic import write_atomic

NO_RECORD = "Không có bản ghi (chưa đến nhận)"
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Person:
    """A beneficiary as the list (or an amendment adding them) describes them."""

    name: str
    birth_year: int | None
    village: str
    category: str
    cccd: str | None = None


NOBODY = Person("", None, "", "")


@dataclass(frozen=True, slots=True)
class Folded:
    """One beneficiary code of a list: who they are and their state folded from every event known."""

    code: str
    person: Person
    state: BeneficiaryState

    @property
    def entitlement(self) -> Entitlement:
        return self.state.entitlement

    @property
    def payout(self) -> Event | None:
        return self.state.payouts[0] if self.state.payouts else None


@dataclass(frozen=True, slots=True)
class ReportFile:
    """A report written: where, how many pages, how many rows (people or points) and the money total."""

    path: Path
    pages: int
    rows: int
    total: int
    points: tuple[str, ...]


def list_people(session: Session, row: PayoutList) -> dict[str, Person]:
    """Code → person for the list revision `row`, and everyone amendments added to the list."""
    people = {
        code: Person(name, birth, village, category, cccd)
        for code, name, birth, village, category, cccd in people_of(session, row.id)
    }
    for change in map(readable_change, stored_changes(session, row.list_id)):
        if change.beneficiary is not None and change.code not in people:
            b = change.beneficiary
            people[change.code] = Person(b.name, b.birth_year, b.village, b.category, b.cccd)
    return people


def readable_change(row: AmendmentRow) -> Change:
    """A stored amendment as the papers show it: an added person this version's list reader refuses (an
    older version's limits) is shown with what can be read of them, never a crash."""
    try:
        return change_of(row)
    except (Explained, ValueError, TypeError, KeyError):
        return Change(
            row.seq, row.kind, row.code, row.issued_at, row.reason, row.effective_date, _as_stored(row)
        )


def _as_stored(row: AmendmentRow) -> ListedBeneficiary | None:
    try:
        found = json.loads(row.beneficiary_json or "null")
    except ValueError:
        found = None
    if not isinstance(found, dict):
        return None

    def text(key: str) -> str:
        value = found.get(key)
        return "" if value is None or isinstance(value, (dict, list)) else str(value)

    total, born = found.get("total"), found.get("birth_year")
    amount = total if isinstance(total, int) and not isinstance(total, bool) else 0
    return ListedBeneficiary(
        text("code") or row.code, text("name"), born if isinstance(born, int) else None, None, None, None,
        text("address"), text("village"), text("commune"), text("category"), False, None, None, text("notes"),
        (PayLine("other", "Số tiền (bản ghi cũ)", amount),),
    )  # fmt: skip


def folded_list(session: Session, row: PayoutList) -> list[Folded]:
    """Every code of the list (listed now, or with events), by code, each folded once."""
    people = list_people(session, row)
    revision, ents = entitlements(session, row.list_id)
    events = events_by_code(session, row.list_id)
    found = []
    for code in sorted(set(ents) | set(events)):
        ent = ents.get(code) or Entitlement(code, False, 0, None)
        state = fold_beneficiary(row.list_id, ent, events.get(code, []), revision)
        found.append(Folded(code, people.get(code, NOBODY), state))
    return found


def by_name(folded: Iterable[Folded]) -> list[Folded]:
    """Vietnamese order: by given name, then the rest of the name, then the code."""
    return sorted(folded, key=lambda f: (name_sort_key(f.person.name), f.code))


def category_label(text: str) -> str:
    """The Vietnamese label of the category the register's wording names, else the wording itself."""
    category = category_for(text)
    return category.label_vi if category else text


def signature_images(session: Session, digests: Collection[str]) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    ordered = sorted(digests)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        found.update(pngs_named(session, chunk))
    return found


def point_header(row: PayoutList) -> PointHeader:
    made_on = to_local(utc_now()).strftime("%d/%m/%Y")
    return PointHeader(row.office_name, row.point.code, row.point.name, Month.parse(row.month), made_on)


def proxy_of(payout: Event) -> dict[str, Any]:
    proxy = payout.data.get("proxy")
    return dict(proxy) if isinstance(proxy, dict) else {}


LISTED_PROXY = "theo danh sách"
LISTED_PROXY_CHECKED = "theo danh sách, đã đối chiếu CCCD"


def proxy_papers(proxy: dict[str, Any]) -> tuple[str, str]:
    """(the proxy's ID number, what allowed them: the authorisation's number, or the list naming them) as
    the papers print them; ("", "") for the beneficiary themselves. Whatever is stored, never a crash."""
    if not proxy:
        return "", ""
    number, paper = str(proxy.get("id_number") or ""), str(proxy.get("authorisation") or "")
    if proxy.get("standing") is True:
        listed = LISTED_PROXY_CHECKED if proxy.get("id_checked") is True else LISTED_PROXY
        return number, f"{listed}; {paper}" if paper else listed
    return number, paper


# the signature sheet -----------------------------------------------------------------------------------


def sheet_rows(session: Session, row: PayoutList, known: Sequence[Folded] | None = None) -> list[SheetRow]:
    """Everyone to pay (listed, not stopped) and anyone paid, by name; a paid row with who signed. `known`:
    the list's codes already folded (services/common/sheet_record.py adds the paper record's columns)."""
    folded = [
        f
        for f in (folded_list(session, row) if known is None else known)
        if (f.entitlement.listed and f.entitlement.stop is None) or f.state.payouts
    ]
    digests = {str(f.payout.data["signature"]) for f in folded if f.payout and f.payout.data.get("signature")}
    images = signature_images(session, digests)
    rows = []
    for f in by_name(folded):
        paid, p = f.payout, f.person
        proxy = proxy_of(paid) if paid else {}
        proxy_id, authorisation = proxy_papers(proxy)
        signature = str(paid.data.get("signature") or "") if paid else ""
        rows.append(
            SheetRow(
                f.code,
                p.name,
                p.birth_year,
                p.village,
                f.entitlement.amount if f.entitlement.listed else f.state.paid_amount,
                recipient=str(proxy.get("name") or p.name) if paid else "",
                proxy=bool(proxy),
                signature_png=images.get(signature),
                thumbprint=bool(paid and paid.data.get("thumbprint")),
                paid_on=vn_date(paid.at_local) if paid else "",
                proxy_id=proxy_id,
                authorisation=authorisation,
            )
        )
    return rows


# the public posting list -------------------------------------------------------------------------------


def posting_section(session: Session, row: PayoutList) -> PostingSection:
    """The people to pay (listed, not stopped) by name, the list's stops and additions, and who is new or no
    longer listed against the point's list of last month."""
    folded = folded_list(session, row)
    listed = [f for f in folded if f.entitlement.listed and f.entitlement.stop is None]
    rows = [
        PostingRow(
            f.code,
            f.person.name,
            f.person.cccd,
            f.person.village,
            category_label(f.person.category),
            f.entitlement.amount,
        )
        for f in by_name(listed)
    ]
    known = {f.code: f for f in folded}
    changes = []
    for change in map(readable_change, stored_changes(session, row.list_id)):
        person = known[change.code].person if change.code in known else NOBODY
        if change.kind == ChangeKind.STOP:
            ent = known[change.code].entitlement if change.code in known else None
            reason = STOP_REASON_VI.get(change.reason or "", change.reason or "")
            changes.append(
                PostingChange(
                    ChangeKind.STOP,
                    change.code,
                    person.name,
                    person.village,
                    reason,
                    vn_date(change.date or ""),
                    ent.amount if ent else 0,
                )
            )
        elif change.beneficiary is not None and change.kind != ChangeKind.PAYMENT:  # a family's payment
            b = change.beneficiary  # is no báo tăng
            changes.append(
                PostingChange(
                    ChangeKind.ADD, b.code, b.name, b.village, category_label(b.category), "", b.total
                )
            )
    last, differences = _against_last_month(session, row, listed)
    return PostingSection(point_header(row), rows, changes, last, differences)


def _against_last_month(
    session: Session, row: PayoutList, listed: list[Folded]
) -> tuple[str, list[PostingDifference]]:
    """("MM/YYYY" of the point's previous list, who is new since and who is no longer listed), or ("", [])."""
    now = {f.code: f for f in listed}
    found = against_last_month(session, row, list(now))
    if found is None:
        return "", []
    month = Month.parse(found.before.month)
    then = list_people(session, found.before) if found.gone else {}
    new = [now[code] for code in found.new]
    return f"{month.month:02d}/{month.year}", [
        *(
            PostingDifference("added", f.code, f.person.name, f.person.village, category_label(f.person.category),
                              f.entitlement.amount)
            for f in by_name(new)
        ),
        *(
            PostingDifference("removed", code, then.get(code, NOBODY).name, then.get(code, NOBODY).village,
                              reason, amount)
            for code, (reason, amount) in found.gone.items()
        ),
    ]  # fmt: skip


# writing -----------------------------------------------------------------------------------------------


def write_report(out: Path, pdf: bytes, rows: int, total: int, points: Iterable[str]) -> ReportFile:
    """Write a report atomically (a reader never sees half a PDF)."""
    if out.is_dir():
        raise DeskError(t("office.out_is_folder", out=out))
    try:
        write_atomic(out, pdf)
    except OSError as exc:
        raise DeskError(t("office.cannot_write", out=out, value=exc.strerror or exc)) from exc
    return ReportFile(out, page_count(pdf), rows, total, tuple(points))


def entry_lines(value: object) -> list[PayLine]:
    """A list entry's lines, whether the driver gave back JSON text or the decoded list."""
    if isinstance(value, str):
        value = json.loads(value)
    items = value if isinstance(value, list) else []
    return [PayLine(str(i.get("kind", "")), str(i["label"]), int(str(i["amount"]))) for i in items]
