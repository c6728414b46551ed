"""The payouts' signature images (`signature_images`), each named by the SHA-256 of its PNG."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.store.models import SignatureImage


def images_named(session: Session, digests: Collection[str]) -> list[SignatureImage]:
    """The stored images among these digests."""
    return list(session.scalars(select(SignatureImage).where(SignatureImage.sha256.in_(digests))))


def pngs_named(session: Session, digests: Collection[str]) -> dict[str, bytes]:
    """Digest → PNG of the stored images among these digests."""
    query = select(SignatureImage.sha256, SignatureImage.png).where(SignatureImage.sha256.in_(digests))
    return {sha: bytes(png) for sha, png in session.execute(query)}


def stored_digests(session: Session, digests: Collection[str]) -> set[str]:
    """The digests among these whose image is stored."""
    return set(session.scalars(select(SignatureImage.sha256).where(SignatureImage.sha256.in_(digests))))


def all_images(session: Session) -> Iterable[Any]:
    """Rows (sha256, png) of every stored image (streamed)."""
    return session.execute(select(SignatureImage.sha256, SignatureImage.png))
