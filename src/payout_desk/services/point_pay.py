"""Paying a beneficiary at the point: the rules that refuse a payout, and the payout itself, which runs on
the SQLite cursor (payout_path) so that it costs little more than its durable commit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from payout_desk.domain.clock import utc_now, vn_date
from payout_desk.domain.fold import BeneficiaryState, fold_beneficiary
from payout_desk.domain.ledger import ID_CHECKS, Kind
from payout_desk.domain.money import format_vnd
from payout_desk.domain.payout_list import STOP_REASON_EN, STOP_REASON_VI
from payout_desk.exchange.syncfile import check_png
from payout_desk.services import payout_path as path
from payout_desk.services.errors import DeskError, InvalidInput, Refused, UsageError
from payout_desk.services.ledger_db import event_row, new_event, state_rows_of
from payout_desk.services.payout_path import EntryInfo, ListContext
from payout_desk.services.point_ledger import (
    DEVICE_VI,
    NO_LIST,
    NO_LIST_VI,
    PointLedger,
    Recorded,
    at_text,
    no_such_code,
    recorded,
)


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


class PointPayouts(PointLedger):
    def _refusal(self, state: BeneficiaryState, who: str, context: ListContext) -> tuple[str, str] | None:
        """Why this person must not be paid now, in English and in Vietnamese (None: they may be)."""
        names = self.device_names(context.devices)
        if state.payouts:
            paid = state.payouts[0]
            recipient = (paid.data.get("proxy") or {}).get("name")
            device = names.get(paid.device_id, paid.device_id)
            home = paid.data.get("at_home")
            return (
                f"{who} was already paid: {format_vnd(paid.amount)} on {at_text(paid.at_local)} by {paid.staff} on "
                f"{device}, {'at home' if home else 'at the point'}, to {recipient or 'the beneficiary'} "
                f"(payout {paid.event_id}). Do not pay again",
                f"{who} ĐÃ ĐƯỢC CHI {format_vnd(paid.amount)} lúc {at_text(paid.at_local)}, do {paid.staff} chi "
                f"{'tại nhà' if home else 'tại điểm'} (máy “{DEVICE_VI.get(device, device)}”), người nhận: "
                f"{recipient or 'chính chủ'}. Không chi lần nữa.",
            )
        stop = state.entitlement.stop
        if stop is not None:
            return (
                f"{who} must not be paid: stopped by the office from {stop.date} "
                f"({STOP_REASON_EN.get(stop.reason, stop.reason)}, amendment no. {stop.seq})",
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
        return recorded(event, entry.name)
