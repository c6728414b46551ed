"""What the desk asks of the recorded events (`ledger_events`) beyond the fold's own reads (store/ledger.py):
their bodies by id, a chain in order, sums per kind, the payouts sharing a signature image."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from payout_desk.domain.ledger import Kind
from payout_desk.store.models import LedgerEvent

# Statements run for every sync file, built once (expanding IN lists are rendered at execution, cheaply).
_BODIES = select(LedgerEvent.body).where(LedgerEvent.event_id.in_(bindparam("ids", expanding=True)))
_VOIDS_OF = select(LedgerEvent.body).where(
    LedgerEvent.target.in_(bindparam("ids", expanding=True)), LedgerEvent.kind == Kind.VOID.value
)
_IN_CHAIN_ORDER = select(
    LedgerEvent.event_id,
    LedgerEvent.device_id,
    LedgerEvent.list_id,
    LedgerEvent.seq,
    LedgerEvent.hash,
    LedgerEvent.kind,
    LedgerEvent.beneficiary,
    LedgerEvent.amount,
    LedgerEvent.body,
).order_by(LedgerEvent.device_id, LedgerEvent.list_id, LedgerEvent.seq)


def bodies_with_ids(session: Session, ids: list[str]) -> list[str]:
    """The bodies of the events stored under these ids (two chains may hold one id: both come)."""
    return [body for (body,) in session.connection().execute(_BODIES, {"ids": ids})]


def bodies_of_voids_naming(session: Session, ids: list[str]) -> list[str]:
    """The bodies of the voids whose target is one of these ids."""
    return [body for (body,) in session.connection().execute(_VOIDS_OF, {"ids": ids})]


def totals_by_kind(session: Session, list_id: str, kinds: Collection[str]) -> list[Any]:
    """Rows (kind, sum of amounts) of the list's events of these kinds."""
    query = (
        select(LedgerEvent.kind, func.sum(LedgerEvent.amount))
        .where(LedgerEvent.list_id == list_id, LedgerEvent.kind.in_(list(kinds)))
        .group_by(LedgerEvent.kind)
    )
    return list(session.execute(query))


def payouts_signed_with(session: Session, signatures: list[str]) -> list[Any]:
    """Rows (signature, event_id, list_id, beneficiary) of the payouts carrying these images, by event id."""
    query = (
        select(LedgerEvent.signature, LedgerEvent.event_id, LedgerEvent.list_id, LedgerEvent.beneficiary)
        .where(LedgerEvent.signature.in_(signatures), LedgerEvent.kind == Kind.PAYOUT.value)
        .order_by(LedgerEvent.event_id)
    )
    return list(session.execute(query))


def payout_and_report_ids(session: Session, list_ids: Collection[str], codes: Collection[str]) -> list[str]:
    """The ids of the payouts and reports of these people on these lists."""
    query = select(LedgerEvent.event_id).where(
        LedgerEvent.list_id.in_(list_ids),
        LedgerEvent.beneficiary.in_(codes),
        LedgerEvent.kind.in_([Kind.PAYOUT.value, Kind.REPORT.value]),
    )
    return list(session.scalars(query))


def chains_starting_with(session: Session, list_id: str, prefix: str) -> list[str]:
    """The list's chains (device ids) that start with `prefix`."""
    query = (
        select(LedgerEvent.device_id)
        .where(LedgerEvent.list_id == list_id, LedgerEvent.device_id.startswith(prefix))
        .distinct()
    )
    return list(session.scalars(query))


def bodies_of_chains(session: Session, list_id: str, chains: Collection[str]) -> list[str]:
    """The bodies of the list's events in these chains, by seq."""
    query = (
        select(LedgerEvent.body)
        .where(LedgerEvent.list_id == list_id, LedgerEvent.device_id.in_(chains))
        .order_by(LedgerEvent.seq)
    )
    return list(session.scalars(query))


def bodies_and_hashes(session: Session, list_id: str, chain: str) -> list[Any]:
    """Rows (body, hash) of one chain of the list, by seq."""
    query = (
        select(LedgerEvent.body, LedgerEvent.hash)
        .where(LedgerEvent.list_id == list_id, LedgerEvent.device_id == chain)
        .order_by(LedgerEvent.seq)
    )
    return list(session.execute(query).all())


def newest_seq(session: Session, device_id: str, list_id: str) -> int | None:
    """The highest seq of the chain on the list (None when it has no event)."""
    query = select(func.max(LedgerEvent.seq)).where(
        LedgerEvent.device_id == device_id, LedgerEvent.list_id == list_id
    )
    return session.scalar(query)


def event_ids_like(session: Session, list_id: str, start: str, limit: int) -> list[str]:
    """Up to `limit` ids of the list's events that start with `start`."""
    query = (
        select(LedgerEvent.event_id)
        .where(LedgerEvent.list_id == list_id, LedgerEvent.event_id.like(f"{start}%"))
        .limit(limit)
    )
    return list(session.scalars(query))


def void_bodies(session: Session, list_id: str) -> list[str]:
    """The bodies of the list's voids."""
    query = select(LedgerEvent.body).where(
        LedgerEvent.list_id == list_id, LedgerEvent.kind == Kind.VOID.value
    )
    return list(session.scalars(query))


def events_in_chain_order(session: Session) -> Iterable[Any]:
    """Every event as a row (event_id, device_id, list_id, seq, hash, kind, beneficiary, amount, body), by
    chain and list, then seq (streamed: the audit reads them once)."""
    return session.execute(_IN_CHAIN_ORDER)
