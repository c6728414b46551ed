"""Sign-ups for payment by bank account at the point (`desk.signups`, issue 17 item 5): a beneficiary asks
to be paid by account from now on; the clerk records the bank, the account (typed twice or read from a
VietQR code), the holder and a phone, and the person signs or gives a thumbprint. The rules are
domain/signup.py's; the sign-up travels in the laptop's sync file (point/sync.py) to the office.

One sign-up per person per month on a laptop: a second one is refused unless the clerk gives a reason,
and then replaces the first (which is kept, and travels too)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from payout_desk.domain.accounts import masked
from payout_desk.domain.banks import Bank
from payout_desk.domain.canonical import canonical_json
from payout_desk.domain.clock import iso_utc, to_local, utc_now
from payout_desk.domain.oneoff import is_payment_code
from payout_desk.domain.signup import SignupFacts, SignupForm, SignupRefused, checked_signup
from payout_desk.exchange.bank_table import bank_table
from payout_desk.exchange.signature_image import inspect_png
from payout_desk.lang import Text, t, text_of
from payout_desk.services.common.errors import InvalidInput, Refused, UsageError
from payout_desk.services.common.sync_apply import store_signatures
from payout_desk.services.common.typed import typed
from payout_desk.services.point.ledger import PointLedger, at_text
from payout_desk.store.models import AccountSignup, PayoutList
from payout_desk.store.signups import add_signup, latest_signup, list_signups


@dataclass(frozen=True, slots=True)
class SignupRequest:
    code: str
    form: SignupForm
    staff: str | None = None
    signature_png: bytes | None = None
    thumbprint: bool = False


@dataclass(frozen=True, slots=True)
class SignedUp:
    """A sign-up as recorded; `account_masked` is what any paper the point prints shows."""

    signup_id: str
    code: str
    name: str
    bank_bin: str
    bank: str  # the bank's short name
    account: str
    holder: str
    holder_mismatch: bool
    phone: str
    source: str
    normalised: bool
    staff: str
    at_local: str
    replaces: str | None = None
    reason: str = ""

    @property
    def account_masked(self) -> str:
        return masked(self.account)

    def notes(self) -> list[Text]:
        """What the clerk is told besides "recorded": a normalised number, a holder who is not the person."""
        said = [t("signups.account_normalised", digits=self.account)] if self.normalised else []
        if self.holder_mismatch:
            said.append(t("signups.holder_warning", holder=self.holder))
        return said


def signed_up(row: AccountSignup) -> SignedUp:
    bank = bank_table().by_bin(row.bank_bin)
    return SignedUp(
        row.id, row.code, row.name, row.bank_bin, bank.short_name if bank else row.bank_bin, row.account,
        row.holder, row.holder_mismatch, row.phone, row.source, row.normalised, row.staff, row.at_local,
        row.replaces, row.reason,
    )  # fmt: skip


class Signups:
    """This laptop's sign-ups for payment by account."""

    def __init__(self, ledger: PointLedger) -> None:
        self.ledger = ledger
        self.desk = ledger.desk

    @staticmethod
    def banks() -> tuple[Bank, ...]:
        """The banks a sign-up may name (the shipped table), for the window's choice."""
        return bank_table().banks

    @staticmethod
    def _form(form: SignupForm) -> SignupForm:
        """The form's texts through the door's typed-text rule (a scanner's stray bytes dropped)."""
        return SignupForm(
            bank=typed(form.bank, "label"),
            account=typed(form.account, "label"),
            account_again=typed(form.account_again, "label"),
            qr=typed(form.qr, "notes"),
            holder=typed(form.holder, "name"),
            phone=typed(form.phone, "label"),
            holder_confirmed=form.holder_confirmed,
            reason=typed(form.reason, "reason"),
        )

    @staticmethod
    def _signature(request: SignupRequest) -> str | None:
        """The signature image's hash (None for a thumbprint); refused when neither or both are given."""
        if request.thumbprint:
            if request.signature_png is not None:
                raise UsageError(t("signups.sign_or_thumb"))
            return None
        if request.signature_png is None:
            raise Refused(t("signups.sign_or_thumb"))
        try:
            digest, inked = inspect_png(request.signature_png)
        except ValueError as exc:
            raise InvalidInput(t("signups.bad_signature", detail=text_of(exc))) from exc
        if not inked:  # a blank pad is no signature
            raise Refused(t("signups.sign_or_thumb"))
        return digest

    def _decided(
        self, session: Session, request: SignupRequest
    ) -> tuple[PayoutList, str, SignupFacts, AccountSignup | None]:
        row = self.ledger.list_of(session)
        entry = self.ledger.entry(session, row, request.code)
        if is_payment_code(entry.code):  # a family's one-off line: paid once, to the named relative
            raise Refused(t("signups.not_a_person", code=entry.code))
        form = self._form(request.form)
        try:
            facts = checked_signup(form, bank_table(), entry.name)
        except SignupRefused as exc:
            raise Refused(exc.text) from exc
        earlier = latest_signup(session, row.list_id, entry.code)
        if earlier is not None and not form.reason.strip():
            raise Refused(
                t(
                    "signups.replace_needs_reason",
                    code=entry.code,
                    month=row.month,
                    at=at_text(earlier.at_local),
                )
            )
        return row, entry.name, facts, earlier

    def check(self, request: SignupRequest) -> SignupFacts:
        """Refuse `request` as `record` would, recording nothing (the window asks before it closes)."""
        self._signature(request)
        with self.desk.db.reading() as session:
            return self._decided(session, request)[2]

    def record(self, request: SignupRequest) -> SignedUp:
        """Record the sign-up (committed before it is acknowledged)."""
        signature = self._signature(request)
        staff = self.ledger.staff_name(request.staff)
        device = self.ledger.device_id()
        now = utc_now()
        with self.desk.db.transaction() as session:
            row, name, facts, earlier = self._decided(session, request)
            record: dict[str, Any] = {
                "id": str(uuid.uuid4()), "code": request.code.strip(), "name": name, "bank_bin": facts.bank.bin,
                "account": facts.account, "holder": facts.holder, "holder_mismatch": facts.holder_mismatch,
                "phone": facts.phone, "signature": signature, "thumbprint": request.thumbprint, "staff": staff,
                "at_utc": iso_utc(now), "at_local": to_local(now).isoformat(timespec="seconds"),
                "source": facts.source.value, "normalised": facts.normalised,
                "replaces": earlier.id if earlier is not None else None,
                "reason": self._form(request.form).reason if earlier is not None else "",
            }  # fmt: skip
            if signature is not None and request.signature_png is not None:
                store_signatures(session, {signature}, {signature: request.signature_png})
            stored = add_signup(
                session,
                list_id=row.list_id,
                month=row.month,
                point_code=row.point.code,
                device_id=device,
                device_name=self.desk.require_identity("point").name,
                body=canonical_json(record).decode("utf-8"),
                **record,
            )
            return signed_up(stored)

    def of(self, code: str) -> SignedUp | None:
        """This person's newest sign-up on this laptop's list, if any."""
        with self.desk.db.reading() as session:
            row = self.ledger.current_list(session)
            found = latest_signup(session, row.list_id, code) if row is not None else None
            return signed_up(found) if found is not None else None

    def all(self) -> list[SignedUp]:
        """Every sign-up this laptop made on its list, oldest first."""
        with self.desk.db.reading() as session:
            row = self.ledger.current_list(session)
            return [signed_up(s) for s in list_signups(session, row.list_id)] if row is not None else []
