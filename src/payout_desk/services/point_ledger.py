"""Recording at the point: payouts, exception reports, voids, cash and the day's close.

Every step is one transaction that appends one event to this device's chain and refreshes the derived
state of the beneficiary it concerns; it is acknowledged only after the commit returned. Each rule that
refuses a step says why in words a clerk can act on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.domain.clock import to_local, utc_now, vn_date
from payout_desk.domain.fold import (
    BeneficiaryState,
    CashPosition,
    Entitlement,
    fold_beneficiary,
    fold_cash,
    voided_ids,
)
from payout_desk.domain.ledger import ID_CHECKS, Event, Kind, ReportKind, count_total
from payout_desk.domain.money import format_vnd
from payout_desk.domain.payout_list import STOP_REASON_VI
from payout_desk.exchange.syncfile import check_png
from payout_desk.services import payout_path as path
from payout_desk.services.desk import Desk
from payout_desk.services.errors import DeskError, InvalidInput, Refused, UsageError
from payout_desk.services.ledger_db import (
    append_event,
    cash_positions,
    entitlements,
    event_row,
    events_by_code,
    load_event,
    new_event,
    refresh_states,
    state_rows_of,
    stored_event,
)
from payout_desk.services.payout_path import EntryInfo, ListContext
from payout_desk.store.models import LedgerEvent, ListEntry, PayoutList

THIS_DEVICE = "this device"
DEVICE_VI = {THIS_DEVICE: "máy này"}
NO_LIST = "no list loaded yet: run `payout-desk point load FILE.pdlist` first"
NO_LIST_VI = "Chưa nạp danh sách chi trả: hãy nạp file danh sách (.pdlist) bưu cục gửi."
STOP_REASON_TEXT = {"deceased": "deceased", "moved": "moved away", "other": "other reason"}


@dataclass(frozen=True, slots=True)
class Proxy:
    """Someone who takes the money for the beneficiary (người nhận thay), with what allows it."""

    name: str
    id_number: str = ""
    relation: str = ""
    authorisation: str = ""  # the written authorisation's reference (giấy ủy quyền số …)


@dataclass(frozen=True, slots=True)
class PayoutRequest:
    code: str
    staff: str | None = None
    proxy: Proxy | None = None
    standing_proxy: bool = False  # the proxy the list names for this beneficiary
    id_check: str = "card"
    signature_png: bytes | None = None
    thumbprint: bool = False
    at_home: bool = False


@dataclass(frozen=True, slots=True)
class Recorded:
    """An event this device has committed."""

    event_id: str
    seq: int
    kind: str
    at_local: str
    staff: str
    amount: int = 0
    beneficiary: str | None = None
    name: str | None = None
    details: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class DayClose:
    recorded: Recorded
    date: str
    cash: CashPosition
    counted: int | None
    difference: int | None
    payouts_today: int
    paid_today: int


def no_such_code(code: str, point_code: str, point_name: str, month: str) -> Refused:
    return Refused(
        f"no beneficiary with code {code!r} on the list of {point_code} {point_name} for {month}; "
        "check the code (search by name in the list)",
        vi=f"Không có ai mã {code!r} trong danh sách {point_code} tháng {month}: kiểm tra lại mã.",
    )


def parse_day(text: str | None, what: str = "--date") -> str:
    if text is None:
        return to_local(utc_now()).date().isoformat()
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise UsageError(f"{what} must be a date like 2026-12-03, not {text!r}") from exc


def _when(at_local: str) -> str:
    moment = datetime.fromisoformat(at_local)
    return moment.strftime("%d/%m/%Y %H:%M")


def _recorded(event: Event, name: str | None = None) -> Recorded:
    return Recorded(
        event.event_id,
        event.seq,
        event.kind,
        event.at_local,
        event.staff,
        event.amount,
        event.beneficiary,
        name,
        dict(event.data),
    )


class PointLedger(Desk):
    """The recording side of a point device (PointDesk adds loading lists and status)."""

    # context ----------------------------------------------------------------------------------------

    def device_id(self) -> str:
        return self.require_identity("point").public_key.key_id

    def staff_name(self, staff: str | None) -> str:
        name = " ".join((staff or "").split()) or self.require_identity("point").name
        if len(name) > 200:
            raise UsageError("the staff name is too long")
        return name

    @staticmethod
    def current_list(session: Session) -> PayoutList | None:
        return session.scalar(
            select(PayoutList).order_by(PayoutList.month.desc(), PayoutList.revision.desc()).limit(1)
        )

    def has_list(self) -> bool:
        with self.db.reading() as session:
            return self.current_list(session) is not None

    def _list(self, session: Session) -> PayoutList:
        row = self.current_list(session)
        if row is None:
            raise DeskError(NO_LIST, vi=NO_LIST_VI)
        return row

    def device_names(self, devices: str) -> dict[str, str]:
        """Key id → device name, from a list's devices (JSON); this device is "this device"."""
        names = {d["key_id"]: d["name"] for d in json.loads(devices or "[]")}
        names[self.device_id()] = THIS_DEVICE
        return names

    @staticmethod
    def _entry(session: Session, row: PayoutList, code: str) -> ListEntry:
        entry = session.scalar(
            select(ListEntry).where(ListEntry.payout_list_id == row.id, ListEntry.code == code.strip())
        )
        if entry is None:
            raise no_such_code(code, row.point.code, row.point.name, row.month)
        return entry

    @staticmethod
    def beneficiary_state(session: Session, list_id: str, code: str) -> BeneficiaryState:
        revision, ents = entitlements(session, list_id, [code])
        events = events_by_code(session, list_id, [code]).get(code, [])
        ent = ents.get(code) or Entitlement(code, False, 0, None)
        return fold_beneficiary(list_id, ent, events, revision)

    def _record(self, session: Session, row: PayoutList, kind: Kind, staff: str, **fields: Any) -> Event:
        """Append one event of this device to the list's chain, now."""
        return append_event(
            session,
            device_id=self.device_id(),
            list_id=row.list_id,
            revision=row.revision,
            kind=kind,
            staff=staff,
            now=utc_now(),
            **fields,
        )

    # payouts ----------------------------------------------------------------------------------------

    def _refusal(self, state: BeneficiaryState, who: str, context: ListContext) -> tuple[str, str] | None:
        """Why this person must not be paid now, in English and in Vietnamese (None: they may be)."""
        names = self.device_names(context.devices)
        if state.payouts:
            paid = state.payouts[0]
            recipient = (paid.data.get("proxy") or {}).get("name")
            device = names.get(paid.device_id, paid.device_id)
            home = paid.data.get("at_home")
            return (
                f"{who} was already paid: {format_vnd(paid.amount)} on {_when(paid.at_local)} by {paid.staff} on "
                f"{device}, {'at home' if home else 'at the point'}, to {recipient or 'the beneficiary'} "
                f"(payout {paid.event_id}). Do not pay again",
                f"{who} ĐÃ ĐƯỢC CHI {format_vnd(paid.amount)} lúc {_when(paid.at_local)}, do {paid.staff} chi "
                f"{'tại nhà' if home else 'tại điểm'} (máy “{DEVICE_VI.get(device, device)}”), người nhận: "
                f"{recipient or 'chính chủ'}. Không chi lần nữa.",
            )
        stop = state.entitlement.stop
        if stop is not None:
            return (
                f"{who} must not be paid: stopped by the office from {stop.date} "
                f"({STOP_REASON_TEXT.get(stop.reason, stop.reason)}, amendment no. {stop.seq})",
                f"KHÔNG CHI cho {who}: bưu cục đã báo giảm từ {vn_date(stop.date)} "
                f"({STOP_REASON_VI.get(stop.reason, stop.reason)}, thông báo số {stop.seq}).",
            )
        if not state.entitlement.listed:
            return (
                f"{who} is no longer on the list (revision {context.revision}); ask the office",
                f"{who} không còn trong danh sách (lần {context.revision}); hỏi lại bưu cục.",
            )
        death = state.deceased_report
        if death is not None:
            device = names.get(death.device_id, death.device_id)
            return (
                f"{who} was reported deceased (date {death.data.get('date')}) by {death.staff} on {device}: do not "
                f"pay. If that report was a mistake, void it first: payout-desk point void {death.event_id} --reason …",
                f"KHÔNG CHI: {who} đã được báo là đã chết (ngày {vn_date(str(death.data.get('date') or ''))}, do "
                f"{death.staff} ghi). Nếu báo nhầm, hãy hủy bản ghi đó (có lý do) trước.",
            )
        return None

    @staticmethod
    def _payout_data(request: PayoutRequest, entry: EntryInfo, signature: str | None) -> dict[str, Any]:
        proxy = request.proxy
        if request.standing_proxy:
            if not entry.proxy_name:
                raise Refused(
                    f"the list names no standing proxy for {entry.name} ({entry.code})",
                    vi=f"Danh sách không ghi người nhận thay cho {entry.name} ({entry.code}).",
                )
            given = proxy or Proxy("")
            relation = entry.proxy_relation or given.relation
            proxy = Proxy(entry.proxy_name, given.id_number, relation, given.authorisation)
        return {
            "recipient": "proxy" if proxy else "self",
            "proxy": (
                {
                    "name": " ".join(proxy.name.split()),
                    "id_number": proxy.id_number.strip(),
                    "relation": proxy.relation.strip(),
                    "authorisation": proxy.authorisation.strip(),
                }
                if proxy
                else None
            ),
            "id_check": request.id_check,
            "signature": signature,
            "thumbprint": request.thumbprint,
            "at_home": request.at_home,
        }

    @staticmethod
    def _check_request(request: PayoutRequest) -> str | None:
        """The request's own sense, before the database: its signature image's hash when it has one."""
        if request.proxy is not None and not request.proxy.name.strip() and not request.standing_proxy:
            raise UsageError("a proxy needs a name")
        if request.id_check not in ID_CHECKS:
            raise UsageError(f"the ID check must be one of {', '.join(ID_CHECKS)}")
        if request.signature_png is None:
            return None
        if request.thumbprint:
            raise UsageError("a payout is signed or thumbprinted, not both")
        try:
            return check_png(request.signature_png)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from exc

    def pay(self, request: PayoutRequest) -> Recorded:
        """Pay a beneficiary the whole amount the list says, once. Acknowledged after the commit."""
        signature = self._check_request(request)
        staff = self.staff_name(request.staff)
        device = self.device_id()
        with self.db.raw_transaction() as cursor:
            context = path.list_context(cursor)
            if context is None:
                raise DeskError(NO_LIST, vi=NO_LIST_VI)
            entry = path.entry_info(cursor, context, request.code.strip())
            if entry is None:
                raise no_such_code(request.code, context.point_code, context.point_name, context.month)
            entitlement, events = path.history(cursor, context, entry)
            state = fold_beneficiary(context.list_id, entitlement, events, context.revision)
            refusal = self._refusal(state, f"{entry.name} ({entry.code})", context)
            if refusal is not None:
                raise Refused(*refusal)
            data = self._payout_data(request, entry, signature)
            if signature is not None and request.signature_png is not None:
                path.insert_signature(cursor, signature, request.signature_png)
            event, line, digest = new_event(
                path.device_head(cursor, device, context.list_id),
                device_id=device,
                list_id=context.list_id,
                revision=context.revision,
                kind=Kind.PAYOUT,
                staff=staff,
                now=utc_now(),
                beneficiary=entry.code,
                amount=entry.total,
                data=data,
            )
            path.insert_event(cursor, event_row(event, line, digest))
            after = fold_beneficiary(context.list_id, entitlement, [*events, event], context.revision)
            path.write_state(cursor, after, state_rows_of(context.list_id, after))
        return _recorded(event, entry.name)

    # exception reports and voids --------------------------------------------------------------------

    def report(
        self,
        code: str,
        kind: str,
        *,
        note: str = "",
        day: str | None = None,
        reported_by: str = "",
        staff: str | None = None,
    ) -> Recorded:
        """Record why a beneficiary is not paid (absent, deceased, moved, refused, in hospital, wrong data)."""
        try:
            report = ReportKind(kind)
        except ValueError as exc:
            raise UsageError(
                f"the report kind must be one of {', '.join(k.value for k in ReportKind)}"
            ) from exc
        when = parse_day(day)
        staff_name = self.staff_name(staff)
        with self.db.transaction() as session:
            row = self._list(session)
            entry = self._entry(session, row, code)
            state = self.beneficiary_state(session, row.list_id, entry.code)
            if state.payouts and report != ReportKind.DECEASED:
                raise Refused(
                    f"{entry.name} ({entry.code}) is already paid (payout {state.payouts[0].event_id}); a report is "
                    "for someone not paid. If the payout was recorded by mistake, void it first",
                    vi=f"{entry.name} ({entry.code}) đã được chi. Chỉ báo ngoại lệ cho người chưa chi; nếu ghi nhầm "
                    "lần chi, hãy hủy bản ghi đó trước.",
                )
            for earlier in state.reports:
                if earlier.data.get("report") == report and earlier.device_id == self.device_id():
                    raise Refused(
                        f"{entry.name} ({entry.code}) is already reported as {report.label_en.lower()} "
                        f"(on {_when(earlier.at_local)}, event {earlier.event_id})",
                        vi=f"{entry.name} ({entry.code}) đã được báo “{report.label_vi}” lúc {_when(earlier.at_local)}.",
                    )
            event = self._record(
                session,
                row,
                Kind.REPORT,
                staff_name,
                beneficiary=entry.code,
                data={
                    "report": report.value,
                    "date": when,
                    "note": note.strip(),
                    "reported_by": reported_by.strip(),
                },
            )
            refresh_states(session, row.list_id, [entry.code])
            return _recorded(event, entry.name)

    def _find_own_event(self, session: Session, row: PayoutList, event_id: str) -> Event:
        text = event_id.strip().lower()
        if len(text) < 8:
            raise UsageError("give the event id (at least its first 8 characters)")
        ids = list(
            session.scalars(
                select(LedgerEvent.event_id)
                .where(LedgerEvent.list_id == row.list_id, LedgerEvent.event_id.like(f"{text}%"))
                .limit(2)
            )
        )
        if len(ids) != 1:
            raise Refused(
                f"no event {event_id} on this list"
                if not ids
                else f"{event_id} matches several events; give more"
            )
        event = load_event(session, ids[0])
        assert event is not None
        if event.device_id != self.device_id():
            name = self.device_names(row.devices).get(event.device_id, event.device_id)
            raise Refused(
                f"event {event.event_id} was recorded on {name}; only that device can void it",
                vi=f"Bản ghi này do máy “{name}” ghi; chỉ máy đó được hủy.",
            )
        return event

    def void(self, event_id: str, reason: str, *, staff: str | None = None) -> Recorded:
        """Cancel one of this device's events, with a reason; the event stays in the record."""
        if not reason.strip():
            raise UsageError("a void needs a reason", vi="Cần ghi lý do hủy.")
        staff_name = self.staff_name(staff)
        with self.db.transaction() as session:
            row = self._list(session)
            target = self._find_own_event(session, row, event_id)
            if target.kind in (Kind.VOID, Kind.DAY_CLOSED):
                raise Refused(
                    f"a {target.kind} cannot be voided; record the step again instead",
                    vi="Không hủy được loại bản ghi này; hãy ghi lại bước đó.",
                )
            voids = session.scalars(
                select(LedgerEvent.body).where(
                    LedgerEvent.list_id == row.list_id,
                    LedgerEvent.device_id == target.device_id,
                    LedgerEvent.kind == Kind.VOID.value,
                )
            )
            if target.event_id in voided_ids([target, *map(stored_event, voids)]):
                raise Refused(
                    f"event {target.event_id} is already voided", vi="Bản ghi này đã được hủy trước đó."
                )
            event = self._record(
                session,
                row,
                Kind.VOID,
                staff_name,
                beneficiary=target.beneficiary,
                target=target.event_id,
                data={"reason": reason.strip(), "target_kind": target.kind, "target_amount": target.amount},
            )
            if target.beneficiary:
                refresh_states(session, row.list_id, [target.beneficiary])
            return _recorded(event)

    def note(self, text: str, *, code: str | None = None, staff: str | None = None) -> Recorded:
        """Write something down for the record (about a beneficiary, or the day): it travels to the office."""
        if not text.strip():
            raise UsageError("the note is empty")
        if len(text) > 2000:
            raise UsageError("a note is at most 2,000 characters")
        staff_name = self.staff_name(staff)
        with self.db.transaction() as session:
            row = self._list(session)
            entry = self._entry(session, row, code) if code else None
            event = self._record(
                session,
                row,
                Kind.NOTE,
                staff_name,
                beneficiary=entry.code if entry else None,
                data={"text": text.strip()},
            )
            return _recorded(event, entry.name if entry else None)

    # cash ---------------------------------------------------------------------------------------------

    def cash_position(self, session: Session, row: PayoutList) -> CashPosition:
        return cash_positions(session, row.list_id).get(self.device_id(), CashPosition())

    def _cash_event(self, kind: Kind, amount: int, staff: str | None, data: dict[str, Any]) -> Recorded:
        staff_name = self.staff_name(staff)
        with self.db.transaction() as session:
            row = self._list(session)
            if kind == Kind.CASH_RETURNED:
                on_hand = self.cash_position(session, row).on_hand
                if amount > on_hand:
                    raise Refused(
                        f"cannot return {format_vnd(amount)}: the books show {format_vnd(on_hand)} on hand",
                        vi=f"Không nộp lại được {format_vnd(amount)}: sổ sách chỉ còn {format_vnd(on_hand)}.",
                    )
            event = self._record(
                session,
                row,
                kind,
                staff_name,
                amount=amount,
                data=data,
            )
            return _recorded(event)

    def cash_receive(self, amount: int, *, staff: str | None = None, note: str = "") -> Recorded:
        if amount <= 0:
            raise UsageError("the amount received must be more than 0")
        return self._cash_event(Kind.CASH_RECEIVED, amount, staff, {"note": note.strip()})

    def cash_return(self, amount: int, *, staff: str | None = None, note: str = "") -> Recorded:
        if amount <= 0:
            raise UsageError("the amount returned must be more than 0")
        return self._cash_event(Kind.CASH_RETURNED, amount, staff, {"note": note.strip()})

    def cash_count(self, denominations: dict[int, int], *, staff: str | None = None) -> Recorded:
        try:
            total = count_total(denominations)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        notes = {str(note): n for note, n in sorted(denominations.items(), reverse=True) if n}
        return self._cash_event(Kind.CASH_COUNT, total, staff, {"denominations": notes})

    def close_day(self, *, reason: str = "", staff: str | None = None) -> DayClose:
        """Close today's cash: the books against the last count today; a difference needs a reason."""
        staff_name = self.staff_name(staff)
        today = to_local(utc_now()).date().isoformat()
        with self.db.transaction() as session:
            row = self._list(session)
            own = [
                stored_event(body)
                for body in session.scalars(
                    select(LedgerEvent.body)
                    .where(LedgerEvent.list_id == row.list_id, LedgerEvent.device_id == self.device_id())
                    .order_by(LedgerEvent.seq)
                )
            ]
            cash = fold_cash(own)  # this device's own history is all its cash
            voided = voided_ids(own)
            today_events = [e for e in own if e.local_date == today and e.event_id not in voided]
            counts = [e for e in today_events if e.kind == Kind.CASH_COUNT]
            counted = counts[-1].amount if counts else None
            difference = None if counted is None else counted - cash.on_hand
            if difference and not reason.strip():
                raise Refused(
                    f"the cash counted ({format_vnd(counted or 0)}) differs from the books "
                    f"({format_vnd(cash.on_hand)}) by {format_vnd(difference)}: count again, or close with a reason",
                    vi=f"Tiền đếm được ({format_vnd(counted or 0)}) lệch sổ sách ({format_vnd(cash.on_hand)}) "
                    f"{format_vnd(difference)}: đếm lại, hoặc ghi lý do chênh lệch.",
                )
            payouts = [e for e in today_events if e.kind == Kind.PAYOUT]
            paid_today = sum(e.amount for e in payouts)
            data = {
                "date": today,
                "received": cash.received,
                "paid": cash.paid,
                "returned": cash.returned,
                "on_hand": cash.on_hand,
                "counted": counted,
                "difference": difference,
                "reason": reason.strip(),
                "payouts_today": len(payouts),
                "paid_today": paid_today,
            }
            event = self._record(
                session,
                row,
                Kind.DAY_CLOSED,
                staff_name,
                data=data,
            )
            return DayClose(_recorded(event), today, cash, counted, difference, len(payouts), paid_today)
