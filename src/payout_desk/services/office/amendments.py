"""Amendments at the office (`office.amendments`): stops and additions to an issued list, signed and sealed
to the point's laptops (a death reported late, someone added mid-month)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.payout_list import STOP_REASONS, Change, ChangeKind, ListedBeneficiary
from payout_desk.domain.text import fold
from payout_desk.exchange.amendfile import build_amendment_file
from payout_desk.exchange.names import amendment_file_name
from payout_desk.exchange.register import RegisterFileError, read_register
from payout_desk.lang import t, text_of
from payout_desk.services.common.amendments import add_change, amendment_doc, stored_changes
from payout_desk.services.common.desk import OFFICE_LOCK, Desk, list_lock, parse_month, sealed_for
from payout_desk.services.common.errors import DeskError, InvalidInput, Refused, UsageError
from payout_desk.services.common.inputs import REGISTER_LIMIT, check_input_file
from payout_desk.services.office.devices import AmendReport, find_point, issued_list
from payout_desk.services.office.payments import PaymentOrder, payment_change
from payout_desk.store.bank_results import failed_transfers, moved_to_cash
from payout_desk.store.ledger import entitlements, refresh_states
from payout_desk.store.locks import hold
from payout_desk.store.models import PayoutList, Point
from payout_desk.trust.atomic import write_atomic
from payout_desk.trust.keys import SigningKey


def sign_changes(
    session: Session, row: PayoutList, new: list[Change], *, key: SigningKey, now: str, out_dir: Path
) -> AmendReport:
    """Store `new` changes to the list `row` (its lock held), refresh those people's states, and write the
    list's cumulative .pdamend signed and sealed to the point's laptops into `out_dir` (an amendment, a
    release from hold: office/holds.py, a transfer: office/transfers.py)."""
    point = row.point
    for change in new:
        add_change(session, row.list_id, change)
    session.flush()
    refresh_states(session, row.list_id, {c.code for c in new})
    doc = amendment_doc(session, row, now)
    data, _sealed = sealed_for(build_amendment_file(doc, key), key, row.devices)
    path = out_dir / amendment_file_name(point.code, row.month, doc.last_seq)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    except OSError as exc:
        raise DeskError(t("office.cannot_write_amendment", path=path, value=exc.strerror or exc)) from exc
    return AmendReport(path, point.code, point.name, row.month, row.list_id, new, doc.last_seq)


class Amendments:
    """Stop and add amendments to the month's issued lists."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def amend(
        self,
        month_text: str,
        point_code: str,
        out_dir: Path,
        *,
        stop: str | None = None,
        reason: str | None = None,
        day: str | None = None,
        add_file: Path | None = None,
        payment: PaymentOrder | None = None,
    ) -> AmendReport:
        """Stop a beneficiary, add beneficiaries or a one-off payment to a family on an issued list; write
        the cumulative .pdamend."""
        month = str(parse_month(month_text))
        self.desk.require_identity("office")
        if sum(x is not None for x in (stop, add_file, payment)) != 1:
            raise UsageError(t("office.stop_or_add"))
        people = self._people_to_add(add_file) if add_file is not None else []
        key = self.desk.signing_key()
        now = iso_utc(utc_now())
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            point = find_point(session, point_code)
            row = issued_list(session, month, point)
            hold(session.connection(), list_lock(row.list_id))
            seq = len(stored_changes(session, row.list_id))
            if stop is not None:
                new = [self._stop_change(session, row, stop, reason=reason, day=day, seq=seq + 1, now=now)]
            elif payment is not None:
                new = [payment_change(session, row, payment, seq=seq + 1, now=now)]
            else:
                new = self._add_changes(session, row, point, people, seq=seq, now=now)
            done = sign_changes(session, row, new, key=key, now=now, out_dir=out_dir)
        self.desk.attribute(
            "amend",
            month,
            point=done.point_code,
            stop=stop,
            reason=reason,
            add=add_file.name if add_file is not None else None,
            payment=payment.code if payment is not None else None,
            changes=len(done.changes),
            file=done.path.name,
        )
        return done

    @staticmethod
    def _stop_change(
        session: Session,
        row: PayoutList,
        code: str,
        *,
        reason: str | None,
        day: str | None,
        seq: int,
        now: str,
    ) -> Change:
        if reason not in STOP_REASONS:
            raise UsageError(t("office.stop_reason_unknown", value=", ".join(STOP_REASONS)))
        if day is None:
            raise UsageError(t("office.stop_date_needed"))
        try:
            effective = date.fromisoformat(day).isoformat()
        except ValueError as exc:
            raise UsageError(t("office.stop_date_bad", day=day)) from exc
        code = code.strip()
        ent = entitlements(session, row.list_id, [code])[1].get(code)
        if ent is None or not ent.listed:
            raise Refused(t("office.not_on_list", code=code, code2=row.point.code, month=row.month))
        if ent.stop is not None:
            raise Refused(t("office.already_stopped", code=code, seq=ent.stop.seq, date=ent.stop.date))
        return Change(seq, ChangeKind.STOP, code, now, reason=reason, date=effective)

    @staticmethod
    def _people_to_add(path: Path) -> list[tuple[bool, str | None, str, ListedBeneficiary]]:
        check_input_file(path, REGISTER_LIMIT)
        try:
            result = read_register(path)
        except RegisterFileError as exc:
            raise InvalidInput(text_of(exc)) from exc
        if result.errors:
            first = result.errors[0]
            raise InvalidInput(
                t(
                    "office.addition_rows_errors",
                    name=path.name,
                    count=len(result.errors),
                    row=first.row,
                    message=first.text,
                )
            )
        return [(e.cash, e.point_code, e.point_name, e.person) for e in result.entries]

    @staticmethod
    def _add_changes(
        session: Session,
        row: PayoutList,
        point: Point,
        people: list[tuple[bool, str | None, str, ListedBeneficiary]],
        *,
        seq: int,
        now: str,
    ) -> list[Change]:
        if not people:
            raise InvalidInput(t("office.addition_empty"))
        ents = entitlements(session, row.list_id, [p.code for *_, p in people])[1]
        failed = failed_transfers(session, row.month)  # issue 17: a failed transfer may go on the cash list
        changes = []
        for cash, code, name, person in people:
            if code != point.code and fold(name) != point.name_folded:
                raise InvalidInput(
                    t(
                        "office.addition_other_point",
                        code=person.code,
                        value=code or name,
                        code2=point.code,
                        name=point.name,
                    )
                )
            if not cash and person.code not in failed:
                raise InvalidInput(t("office.addition_bank_transfer", code=person.code))
            if not cash:
                moved_to_cash(failed[person.code], now)
            ent = ents.get(person.code)
            if ent is not None and ent.listed and ent.stop is None:
                raise Refused(
                    t("office.already_on_list", code=person.code, name=person.name, code2=point.code)
                )
            seq += 1
            changes.append(Change(seq, ChangeKind.ADD, person.code, now, beneficiary=person))
        return changes
