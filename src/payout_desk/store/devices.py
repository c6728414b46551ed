"""Keys the desk knows: the point laptops enrolled at the office (`devices`) and the office key a point
laptop pinned (`trusted_keys`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from payout_desk.domain.roles import Role
from payout_desk.store.models import Device, Point, TrustedKey

_DEVICE = (
    select(Device.name, Device.revoked_at, Device.point_id, Point.code, Device.public_key)
    .join(Point, Point.id == Device.point_id)
    .where(Device.key_id == bindparam("key_id"))
)


def pinned_office_key(session: Session) -> TrustedKey | None:
    """The office key this desk trusts (a point laptop pins it on its first list)."""
    return session.scalar(select(TrustedKey).where(TrustedKey.role == Role.OFFICE.value))


def office_key_fields(session: Session) -> Any:
    """The pinned office key as a row (key_id, name, public_key), read while the session is open, or None."""
    query = select(TrustedKey.key_id, TrustedKey.name, TrustedKey.public_key).where(
        TrustedKey.role == Role.OFFICE.value
    )
    return session.execute(query).first()


def trusted_key(session: Session, key_id: str | None) -> TrustedKey | None:
    return session.scalar(select(TrustedKey).where(TrustedKey.key_id == key_id))


def trusted_keys(session: Session) -> list[TrustedKey]:
    return list(session.scalars(select(TrustedKey)))


def enrolled_device(session: Session, key_id: str) -> Any:
    """The enrolled device with this key id — a row (name, revoked_at, point_id, code, public_key), `code`
    its point's — or None."""
    return session.execute(_DEVICE, {"key_id": key_id}).first()


def device_with_key(session: Session, key_id: str) -> Device | None:
    return session.scalar(select(Device).where(Device.key_id == key_id))


def devices_with_point_codes(session: Session) -> list[tuple[Device, str]]:
    """Every enrolled device with its point's code, by point code and name."""
    query = select(Device, Point.code).join(Point).order_by(Point.code, Device.name)
    return [(device, code) for device, code in session.execute(query)]


def devices_by_name(session: Session) -> list[Device]:
    return list(session.scalars(select(Device).order_by(Device.name)))


def device_names(session: Session) -> dict[str, str]:
    """Key id → name, of every enrolled device."""
    return {d.key_id: d.name for d in session.scalars(select(Device))}
