"""The payout points (`points`)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.store.models import Point


def all_points(session: Session) -> list[Point]:
    """Every point, in the order the database gives them."""
    return list(session.scalars(select(Point)))


def points_by_code(session: Session) -> list[Point]:
    """Every point, by code."""
    return list(session.scalars(select(Point).order_by(Point.code)))


def point_codes(session: Session) -> list[str]:
    """Every point's code, sorted."""
    return list(session.scalars(select(Point.code).order_by(Point.code)))


def point_with_code(session: Session, code: str) -> Point | None:
    return session.scalar(select(Point).where(Point.code == code))


def any_point(session: Session) -> Point | None:
    """One point (a point laptop knows only its own)."""
    return session.scalar(select(Point).limit(1))
