"""The office after issue: enrolling point devices, and amendments (stops and additions) to issued lists."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.payout_list import Change
from payout_desk.lang import t, text_of
from payout_desk.services.common.desk import OFFICE_LOCK, Desk
from payout_desk.services.common.errors import DeskError, InvalidInput, Refused, UsageError
from payout_desk.services.common.typed import typed
from payout_desk.store.devices import device_with_key, devices_with_point_codes
from payout_desk.store.lists import newest_issued
from payout_desk.store.models import Device, PayoutList, Point
from payout_desk.store.points import point_codes, point_with_code, points_by_code
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
    point = point_with_code(session, code.strip().upper())
    if point is None:
        known = ", ".join(point_codes(session)) or "none yet"
        raise UsageError(t("office.no_such_point", code=code, known=known))
    return point


def issued_list(session: Session, month: str, point: Point) -> PayoutList:
    row = newest_issued(session, month, point.id)
    if row is None:
        raise DeskError(t("office.point_not_issued", code=point.code, name=point.name, month=month))
    return row


class Devices:
    """The points and their enrolled laptops (`office.devices`): enrolling and revoking a laptop's key."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def points(self) -> list[PointInfo]:
        with self.desk.db.reading() as session:
            return [PointInfo(p.code, p.name) for p in points_by_code(session)]

    def all(self) -> list[EnrolledDevice]:
        """Every enrolled point device, by point and name."""
        with self.desk.db.reading() as session:
            return [
                EnrolledDevice(
                    code,
                    d.name,
                    d.key_id,
                    PublicKey.from_b64(d.public_key).fingerprint,
                    d.enrolled_at,
                    d.revoked_at,
                )
                for d, code in devices_with_point_codes(session)
            ]

    def enroll(self, point_code: str, public_key: str, name: str) -> Enrolled:
        """Enrol a point device's public key: its sync files are accepted for that point, and the next
        list issued to the point names it so the point's devices can verify each other."""
        self.desk.require_identity("office")
        name = typed(name, "device_name")
        if not name:
            raise UsageError(t("office.device_name_needed"))
        key_fingerprint(public_key)  # refuses a malformed key in plain words
        key = PublicKey.from_b64(public_key.strip())
        if key.raw == self.desk.require_identity().public_key.raw:
            raise UsageError(t("office.own_key"))
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            point = find_point(session, point_code)
            device = device_with_key(session, key.key_id)
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
            done = Enrolled(point.code, point.name, name, key.key_id, key.fingerprint, already)
        self.desk.attribute("enroll-device", None, point=done.point_code, name=name, key_id=done.key_id)
        return done

    def revoke(self, key_id: str) -> EnrolledDevice:
        """Revoke a lost or stolen laptop: its events the office already has stay valid, any later ones
        are refused, and the point's next list no longer names it (its peers stop trusting it)."""
        self.desk.require_identity("office")
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            device = device_with_key(session, key_id.strip().upper())
            if device is None:
                raise UsageError(t("office.no_such_device", key_id=key_id))
            if device.revoked_at is None:
                device.revoked_at = iso_utc(utc_now())
            done = EnrolledDevice(
                device.point.code,
                device.name,
                device.key_id,
                PublicKey.from_b64(device.public_key).fingerprint,
                device.enrolled_at,
                device.revoked_at,
            )
        self.desk.attribute("revoke-device", None, point=done.point_code, name=done.name, key_id=done.key_id)
        return done
