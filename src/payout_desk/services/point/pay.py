"""Paying a beneficiary at the point: the rules that refuse a payout, and the payout itself, which runs on
the SQLite cursor (payout_path) so that it costs little more than its durable commit."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from payout_desk.domain.clock import utc_now, vn_date
from payout_desk.domain.fold import BeneficiaryState, Entitlement, fold_beneficiary
from payout_desk.domain.ledger import ID_CHECKS, Event, Kind, ReportKind, chain_key, new_event
from payout_desk.domain.money import format_vnd
from payout_desk.exchange.signature_image import inspect_png
from payout_desk.lang import Text, t, text_of
from payout_desk.lang.catalogue.pay import STOP_KEYS
from payout_desk.services.common.errors import DeskError, InvalidInput, Refused, UsageError
from payout_desk.services.common.typed import typed
from payout_desk.services.point.cash_guard import cash_short
from payout_desk.services.point.family import check_family_payment
from payout_desk.services.point.ledger import (
    THIS_DEVICE,
    PointLedger,
    Recorded,
    at_text,
    no_such_code,
    recorded,
)
from payout_desk.services.point.payout_rule import proxy_data, require_complete
from payout_desk.store import payout_path as path
from payout_desk.store.ledger import event_row, state_rows_of
from payout_desk.store.payout_path import EntryInfo, ListContext


@dataclass(frozen=True, slots=True)
class Proxy:
    """Someone who takes the money for the beneficiary (người nhận thay), with what allows it."""

    name: str
    id_number: str = ""
    relation: str = ""
    authorisation: str = ""  # the written authorisation's reference (giấy ủy quyền số …)
    id_checked: bool = False  # the list's proxy: the clerk saw their ID card and it matches the list's proxy


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
    id_digits: str = ""  # the last digits of the beneficiary's CCCD the clerk typed from the card
    id_override: str = ""  # why the clerk pays although those digits do not match the list (kept)


@dataclass(frozen=True, slots=True)
class Now:
    """A beneficiary as the payout decides on them (see PointPayouts._beneficiary_now)."""

    context: ListContext
    entry: EntryInfo
    entitlement: Entitlement
    events: list[Event]
    state: BeneficiaryState

    @property
    def who(self) -> str:
        return f"{self.entry.name} ({self.entry.code})"


@dataclass(frozen=True, slots=True)
class PayRefusal:
    """Why someone cannot be paid now, said before anyone signs, with the way forward.

    `next_step`: "cash" (not enough cash on hand: record the cash received first), "void" (a report of this laptop's that can be voided: `event_id`), "void-sibling" (a
    report another laptop of the point made, which the clerk may void with a reason: `event_id`; the office
    sees both), "office" (only the office can change it), "none" (already paid: nothing to do unless that
    payout was a mistake)."""

    text: Text
    next_text: Text
    next_step: str
    event_id: str | None = None
    target: Event | None = None  # "void-sibling": the sibling laptop's report, as the clerk is shown it
    device: str = ""  # "void-sibling": that laptop's name on the list


class Payouts:
    """Paying someone (`desk.pay.record`): whether they can be paid now, and recording the payout."""

    def __init__(self, ledger: PointLedger) -> None:
        self.ledger = ledger
        self.desk = ledger.desk

    def _refusal(self, state: BeneficiaryState, who: str, context: ListContext) -> PayRefusal | None:
        """Why this person must not be paid now, with the next step (None: they may be)."""
        names = self.ledger.device_names(context.devices)
        if state.payouts:
            paid = state.payouts[0]
            recipient = (paid.data.get("proxy") or {}).get("name")
            device = names.get(paid.device_id, paid.device_id)
            home = bool(paid.data.get("at_home"))
            text = t(
                "pay.already_paid",
                who=who,
                amount=format_vnd(paid.amount),
                at=at_text(paid.at_local),
                staff=paid.staff,
                device=self._device_text(device),
                where=t("pay.where_home") if home else t("pay.where_point"),
                recipient=recipient or t("pay.the_beneficiary"),
                event=paid.event_id[:8],
            )
            return PayRefusal(text, t("pay.next_already_paid"), "none", paid.event_id)
        stop = state.entitlement.stop
        if stop is not None:
            reason = Text(STOP_KEYS[stop.reason]) if stop.reason in STOP_KEYS else stop.reason
            return PayRefusal(
                t("pay.stopped", who=who, date=vn_date(stop.date), reason=reason, seq=stop.seq),
                t("pay.next_call_office"),
                "office",
            )
        if not state.entitlement.listed:
            return PayRefusal(
                t("pay.not_listed", who=who, revision=context.revision), t("pay.next_call_office"), "office"
            )
        retired = self.ledger.retired_reports(context.devices, state.reports)
        death = next(
            (
                r
                for r in reversed(state.reports)
                if r.data.get("report") == ReportKind.DECEASED and r.event_id not in retired
            ),
            None,
        )
        if death is not None:
            return self._death_refusal(death, who, names)
        return None

    def _death_refusal(self, death: Event, who: str, names: dict[str, str]) -> PayRefusal:
        """A standing death report: this laptop's can be voided; a sibling laptop's can be voided too (the
        clerk overrides it, with a reason), the refusal says whose it is, its number, who reported and when."""
        device = names.get(death.device_id, death.device_id)
        own = chain_key(death.device_id) == chain_key(self.ledger.device_id())
        text = t(
            "pay.reported_deceased",
            who=who,
            date=vn_date(str(death.data.get("date") or "")),
            staff=death.staff,
            device=self._device_text(device),
            event=death.event_id[:8],
        )
        if own:
            return PayRefusal(
                text, t("pay.next_void_report", event=death.event_id[:8]), "void", death.event_id
            )
        sibling = t(
            "pay.next_void_sibling_report",
            device=self._device_text(device),
            seq=death.seq,
            staff=death.staff,
            reported_by=str(death.data.get("reported_by") or "—"),
            at=at_text(death.at_local),
        )
        return PayRefusal(text, sibling, "void-sibling", death.event_id, death, device)

    @staticmethod
    def _device_text(device: str) -> str | Text:
        return t("pay.this_laptop") if device == THIS_DEVICE else t("pay.laptop_named", name=device)

    def payable(self, code: str) -> PayRefusal | None:
        """Whether `code` can be paid now — asked before the pay window opens, so nobody signs for a payout
        that will be refused. The payout itself checks again inside its transaction."""
        with self.desk.db.raw_transaction() as cursor:
            now = self._beneficiary_now(cursor, code)
            refusal = self._refusal(now.state, now.who, now.context)
            short = cash_short(cursor, now.context.list_id, self.ledger.device_id(), now.entry.total, now.who)
            if refusal is None and short is not None:
                return PayRefusal(short, t("cash.next_receive"), "cash")
            return refusal

    @staticmethod
    def _beneficiary_now(cursor: sqlite3.Cursor, code: str) -> Now:
        """The loaded list, the beneficiary's entry on it and their state folded from every event — what both
        the check before the pay window and the payout itself decide on."""
        context = path.list_context(cursor)
        if context is None:
            raise DeskError(t("pay.no_list"))
        entry = path.entry_info(cursor, context, code.strip())
        if entry is None:
            raise no_such_code(code, context.point_code, context.point_name, context.month)
        entitlement, events = path.history(cursor, context, entry)
        state = fold_beneficiary(context.list_id, entitlement, events, context.revision)
        return Now(context, entry, entitlement, events, state)

    @staticmethod
    def _payout_data(request: PayoutRequest, entry: EntryInfo, signature: str | None) -> dict[str, Any]:
        """The payout's data as it is hashed, once it passes the rule every payout obeys (payout_rule)."""
        proxy = request.proxy
        if request.standing_proxy:
            if not entry.proxy_name:
                raise Refused(t("pay.no_standing_proxy", name=entry.name, code=entry.code))
            given = proxy or Proxy("")
            relation = entry.proxy_relation or given.relation
            proxy = Proxy(entry.proxy_name, given.id_number, relation, given.authorisation, given.id_checked)
        mismatch = Payouts._id_mismatch(request, entry, proxy)
        data = {
            "recipient": "proxy" if proxy else "self",
            "proxy": proxy_data(proxy, standing=request.standing_proxy) if proxy else None,
            "id_check": request.id_check,
            "signature": signature,
            "thumbprint": request.thumbprint,
            "at_home": request.at_home,
            **({"id_mismatch": mismatch} if mismatch else {}),
        }
        require_complete(data)
        return data

    @staticmethod
    def _id_mismatch(request: PayoutRequest, entry: EntryInfo, proxy: Proxy | None) -> dict[str, str] | None:
        """The beneficiary's ID digits typed at the desk against the list: refused when they differ, unless
        the clerk gives a reason to pay anyway — then the record keeps what was typed and why."""
        digits = request.id_digits.strip()
        override = typed(request.id_override, "reason")
        if not digits or proxy is not None or not entry.cccd or entry.cccd.endswith(digits):
            if override:
                raise UsageError(t("pay.override_needs_mismatch"))
            return None
        if not override:
            raise Refused(t("pay.id_mismatch", typed=digits, who=f"{entry.name} ({entry.code})"))
        return {"typed": digits, "reason": override}

    @staticmethod
    def _check_request(request: PayoutRequest) -> str | None:
        """The request's own sense, before the database: its signature image's hash when it has one with
        a pen stroke on it."""
        if request.id_check not in ID_CHECKS:
            raise UsageError(t("pay.bad_id_check", choices=", ".join(ID_CHECKS)))
        digits = request.id_digits.strip()
        if digits and (not digits.isdigit() or not digits.isascii() or len(digits) > 12):
            raise UsageError(t("pay.id_digits_shape"))
        if request.signature_png is None:
            return None
        if request.thumbprint:
            raise UsageError(t("pay.sign_or_thumb"))
        try:
            digest, inked = inspect_png(request.signature_png)
        except ValueError as exc:
            raise InvalidInput(t("pay.bad_signature", detail=text_of(exc))) from exc
        return digest if inked else None  # a blank image is no signature (payout_rule)

    def _decided(
        self, cursor: sqlite3.Cursor, request: PayoutRequest, signature: str | None
    ) -> tuple[Now, dict[str, Any]]:
        """The beneficiary now and the payout's data, or the refusal: the same for the check the pay window
        asks before it closes and for the payout itself."""
        now = self._beneficiary_now(cursor, request.code)
        refusal = self._refusal(now.state, now.who, now.context)
        if refusal is not None:
            raise Refused(refusal.text)
        short = cash_short(cursor, now.context.list_id, self.ledger.device_id(), now.entry.total, now.who)
        if short is not None:  # more than the cash on hand (cash_guard)
            raise Refused(short)
        data = self._payout_data(request, now.entry, signature)
        check_family_payment(cursor, now.context.list_id, now.entry.code, data)
        return now, data

    def check(self, request: PayoutRequest) -> None:
        """Refuse `request` as `record` would, recording nothing: what the pay window asks before it closes,
        so the clerk sees what is missing while the recipient is still at the desk."""
        signature = self._check_request(request)
        with self.desk.db.raw_transaction() as cursor:
            self._decided(cursor, request, signature)

    def record(self, request: PayoutRequest) -> Recorded:
        """Pay a beneficiary the whole amount the list says, once. Acknowledged after the commit."""
        signature = self._check_request(request)
        staff = self.ledger.staff_name(request.staff)
        device = self.ledger.device_id()
        with self.desk.db.raw_transaction() as cursor:
            now, data = self._decided(cursor, request, signature)
            context, entry, entitlement, events = now.context, now.entry, now.entitlement, now.events
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
