"""The office after issue: enrolling point devices, and amendments (stops and additions) to issued lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.payout_list import STOP_REASONS, Change, ChangeKind, ListedBeneficiary, ListStatus
from payout_desk.domain.text import fold
from payout_desk.exchange.amendfile import build_amendment_file
from payout_desk.exchange.names import amendment_file_name
from payout_desk.exchange.register import RegisterFileError, read_register
from payout_desk.lang import t, text_of
from payout_desk.services.common.amendments import add_change, amendment_doc, stored_changes
from payout_desk.services.common.desk import OFFICE_LOCK, Desk, list_lock, parse_month, sealed_for
from payout_desk.services.common.errors import DeskError, InvalidInput, Refused, UsageError
from payout_desk.services.common.inputs import REGISTER_LIMIT, check_input_file
from payout_desk.services.common.typed import typed
from payout_desk.store.ledger import entitlements, refresh_states
from payout_desk.store.locks import hold
from payout_desk.store.models import Device, PayoutList, Point
from payout_desk.trust.atomic import write_atomic
from payout_desk.trust.keys import KeyProblem, PublicKey, same_key


@dataclass(frozen=True, slots=True)
class Enrolled:
    point_code: str
    point_name: str
    name: str
    key_id: str
    fingerprint: str
    already: bool


@dataclass(frozen=True, slots=True)
class EnrolledDevice:
    point_code: str
    name: str
    key_id: str
    fingerprint: str
    enrolled_at: str
    revoked_at: str | None


@dataclass(frozen=True, slots=True)
class PointInfo:
    code: str
    name: str


def key_fingerprint(public_key: str) -> str:
    """The fingerprint of a device key as pasted, to read back to the point before enrolling it."""
    try:
        return PublicKey.from_b64(public_key.strip()).fingerprint
    except KeyProblem as exc:
        raise InvalidInput(t("office.bad_public_key", detail=text_of(exc))) from exc


@dataclass(frozen=True, slots=True)
class AmendReport:
    path: Path
    point_code: str
    point_name: str
    month: str
    list_id: str
    changes: list[Change]
    last_seq: int


def find_point(session: Session, code: str) -> Point:
    point = session.scalar(select(Point).where(Point.code == code.strip().upper()))
    if point is None:
        known = ", ".join(session.scalars(select(Point.code).order_by(Point.code))) or "none yet"
        raise UsageError(t("office.no_such_point", code=code, known=known))
    return point


def issued_list(session: Session, month: str, point: Point) -> PayoutList:
    row = session.scalar(
        select(PayoutList)
        .where(
            PayoutList.month == month,
            PayoutList.point_id == point.id,
            PayoutList.status == ListStatus.ISSUED.value,
        )
        .order_by(PayoutList.revision.desc())
        .limit(1)
    )
    if row is None:
        raise DeskError(t("office.point_not_issued", code=point.code, name=point.name, month=month))
    return row


class OfficeAmend(Desk):
    def points(self) -> list[PointInfo]:
        with self.db.reading() as session:
            return [PointInfo(p.code, p.name) for p in session.scalars(select(Point).order_by(Point.code))]

    def devices(self) -> list[EnrolledDevice]:
        """Every enrolled point device, by point and name."""
        with self.db.reading() as session:
            query = select(Device, Point.code).join(Point).order_by(Point.code, Device.name)
            return [
                EnrolledDevice(
                    code,
                    d.name,
                    d.key_id,
                    PublicKey.from_b64(d.public_key).fingerprint,
                    d.enrolled_at,
                    d.revoked_at,
                )
                for d, code in session.execute(query)
            ]

    def enroll_device(self, point_code: str, public_key: str, name: str) -> Enrolled:
        """Enrol a point device's public key: its sync files are accepted for that point, and the next
        list issued to the point names it so the point's devices can verify each other."""
        self.require_identity("office")
        name = typed(name, "device_name")
        if not name:
            raise UsageError(t("office.device_name_needed"))
        key_fingerprint(public_key)  # refuses a malformed key in plain words
        key = PublicKey.from_b64(public_key.strip())
        if key.raw == self.require_identity().public_key.raw:
            raise UsageError(t("office.own_key"))
        with self.db.transaction(OFFICE_LOCK) as session:
            point = find_point(session, point_code)
            device = session.scalar(select(Device).where(Device.key_id == key.key_id))
            if device is not None and not same_key(device.public_key, key):
                raise Refused(
                    t("keys.other_key_same_id", name=name, key_id=key.key_id, fingerprint=key.fingerprint)
                )
            if device is not None and device.point_id != point.id:
                raise Refused(t("office.device_other_point", code=device.point.code, name=device.point.name))
            already = device is not None
            if device is None:
                device = Device(
                    point_id=point.id,
                    key_id=key.key_id,
                    public_key=key.b64,
                    name=name,
                    enrolled_at=iso_utc(utc_now()),
                )
                session.add(device)
            else:
                device.name = name
            return Enrolled(point.code, point.name, name, key.key_id, key.fingerprint, already)

    def revoke_device(self, key_id: str) -> EnrolledDevice:
        """Revoke a lost or stolen laptop: its events the office already has stay valid, any later ones
        are refused, and the point's next list no longer names it (its peers stop trusting it)."""
        self.require_identity("office")
        with self.db.transaction(OFFICE_LOCK) as session:
            device = session.scalar(select(Device).where(Device.key_id == key_id.strip().upper()))
            if device is None:
                raise UsageError(t("office.no_such_device", key_id=key_id))
            if device.revoked_at is None:
                device.revoked_at = iso_utc(utc_now())
            return EnrolledDevice(
                device.point.code,
                device.name,
                device.key_id,
                PublicKey.from_b64(device.public_key).fingerprint,
                device.enrolled_at,
                device.revoked_at,
            )

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
    ) -> AmendReport:
        """Stop a beneficiary or add beneficiaries to an issued list; write the cumulative .pdamend."""
        month = str(parse_month(month_text))
        self.require_identity("office")
        if (stop is None) == (add_file is None):
            raise UsageError(t("office.stop_or_add"))
        people = self._people_to_add(add_file) if add_file is not None else []
        key = self.signing_key()
        now = iso_utc(utc_now())
        with self.db.transaction(OFFICE_LOCK) as session:
            point = find_point(session, point_code)
            row = issued_list(session, month, point)
            hold(session.connection(), list_lock(row.list_id))
            seq = len(stored_changes(session, row.list_id))
            if stop is not None:
                new = [self._stop_change(session, row, stop, reason=reason, day=day, seq=seq + 1, now=now)]
            else:
                new = self._add_changes(session, row, point, people, seq=seq, now=now)
            for change in new:
                add_change(session, row.list_id, change)
            session.flush()
            refresh_states(session, row.list_id, {c.code for c in new})
            doc = amendment_doc(session, row, now)
            data, _sealed = sealed_for(build_amendment_file(doc, key), key, row.devices)
            path = out_dir / amendment_file_name(point.code, month, doc.last_seq)
            try:
                out_dir.mkdir(parents=True, exist_ok=True)
                write_atomic(path, data)
            except OSError as exc:
                raise DeskError(
                    t("office.cannot_write_amendment", path=path, value=exc.strerror or exc)
                ) from exc
            return AmendReport(path, point.code, point.name, month, row.list_id, new, doc.last_seq)

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
            if not cash:
                raise InvalidInput(t("office.addition_bank_transfer", code=person.code))
            ent = ents.get(person.code)
            if ent is not None and ent.listed and ent.stop is None:
                raise Refused(
                    t("office.already_on_list", code=person.code, name=person.name, code2=point.code)
                )
            seq += 1
            changes.append(Change(seq, ChangeKind.ADD, person.code, now, beneficiary=person))
        return changes
