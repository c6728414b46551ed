"""PointDesk: load and verify the office's list on a point device; report the point's status."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.payout_list import PayoutListDoc
from payout_desk.domain.text import fold
from payout_desk.exchange.container import FileRejected, SignedFile
from payout_desk.exchange.listfile import LIST_MEMBER, read_list_file
from payout_desk.services.desk import Desk, read_input_file
from payout_desk.services.errors import DeskError, FileRefused, InvalidInput
from payout_desk.services.lists_db import insert_entries
from payout_desk.store.models import PayoutList, Point, TrustedKey
from payout_desk.trust.keys import KeyProblem, PublicKey, normalize_fingerprint

ConfirmOffice = Callable[[str, str], bool]
"""Asked (office name, fingerprint) before the office key is pinned on first load."""


@dataclass(slots=True)
class LoadReport:
    path: str
    kind: str
    status: str  # "loaded", "replaced" (a higher revision), "already-loaded"
    point_code: str
    point_name: str
    month: str
    list_id: str
    revision: int
    beneficiaries: int
    cash_total: int
    office_fingerprint: str
    office_pinned_now: bool


@dataclass(slots=True)
class PointStatus:
    point_code: str
    point_name: str
    month: str
    list_id: str
    revision: int
    office_fingerprint: str
    beneficiaries: int
    cash_total: int
    paid_count: int
    paid_amount: int


class PointDesk(Desk):
    """A point device: its list(s), and later its payouts."""

    def load(
        self, path: Path, *, trust_office: str | None = None, confirm: ConfirmOffice | None = None
    ) -> LoadReport:
        self.require_identity("point")
        data = read_input_file(path)
        try:
            signed, doc = read_list_file(data)
        except FileRejected as exc:
            raise FileRefused(f"{path.name} refused: {exc}") from exc
        with self.db.transaction() as session:
            pinned_now = self._check_office_key(session, signed, doc, trust_office, confirm)
            status = self._store_list(session, signed, doc)
        return LoadReport(
            path=str(path),
            kind="list",
            status=status,
            point_code=doc.point_code,
            point_name=doc.point_name,
            month=doc.month,
            list_id=doc.list_id,
            revision=doc.revision,
            beneficiaries=len(doc.beneficiaries),
            cash_total=doc.cash_total,
            office_fingerprint=signed.signer.fingerprint,
            office_pinned_now=pinned_now,
        )

    def _check_office_key(
        self,
        session: Session,
        signed: SignedFile,
        doc: PayoutListDoc,
        trust_office: str | None,
        confirm: ConfirmOffice | None,
    ) -> bool:
        """Refuse a signer other than the pinned office key; pin it on first load once confirmed."""
        signer = signed.signer
        pinned = session.scalar(select(TrustedKey).where(TrustedKey.role == "office"))
        if pinned is not None:
            if pinned.key_id != signer.key_id:
                raise FileRefused(
                    f"this list is signed by key {signer.key_id} (fingerprint {signer.fingerprint}), not by the "
                    f"office key this device trusts ({pinned.name}, key {pinned.key_id}); ask the office"
                )
            return False
        if trust_office is not None:
            try:
                given = normalize_fingerprint(trust_office)
            except KeyProblem as exc:
                raise InvalidInput(f"--trust-office: {exc}") from exc
            if given != signer.fingerprint:
                raise FileRefused(
                    f"the file is signed by fingerprint {signer.fingerprint}, not the {given} you were given: "
                    "do not use this file; call the office"
                )
        elif confirm is None or not confirm(doc.office_name, signer.fingerprint):
            raise FileRefused(
                f"the office key is not trusted yet: confirm its fingerprint {signer.fingerprint} with the office "
                'by phone, then load again with --trust-office "<fingerprint>"'
            )
        session.add(
            TrustedKey(
                role="office",
                key_id=signer.key_id,
                public_key=signer.b64,
                name=doc.office_name,
                pinned_at=iso_utc(utc_now()),
            )
        )
        return True

    def _store_list(self, session: Session, signed: SignedFile, doc: PayoutListDoc) -> str:
        point = self._own_point(session, doc)
        revisions = list(
            session.scalars(
                select(PayoutList)
                .where(PayoutList.list_id == doc.list_id)
                .order_by(PayoutList.revision.desc())
            )
        )
        latest = revisions[0] if revisions else None
        if latest is not None:
            if latest.point_id != point.id or latest.month != doc.month:
                raise FileRefused("this file reuses a list id for another point or month; ask the office")
            if doc.revision < latest.revision:
                raise FileRefused(
                    f"this is revision {doc.revision} of the list, older than revision {latest.revision} already "
                    "loaded; use the newest file from the office"
                )
            if doc.revision == latest.revision:
                if latest.file_sha256 == signed.sha256:
                    return "already-loaded"
                raise FileRefused(
                    f"a different file with the same revision {doc.revision} is already loaded; ask the office"
                )
        row = PayoutList(
            list_id=doc.list_id,
            month=doc.month,
            point_id=point.id,
            revision=doc.revision,
            status="loaded",
            content_sha256=next(m["sha256"] for m in signed.manifest["members"] if m["name"] == LIST_MEMBER),
            file_sha256=signed.sha256,
            issued_at=doc.issued_at,
            loaded_at=iso_utc(utc_now()),
            office_name=doc.office_name,
            office_key_id=signed.signer.key_id,
            beneficiaries=len(doc.beneficiaries),
            cash_total=doc.cash_total,
            home_visits=doc.home_visits,
            proxies=doc.proxies,
        )
        session.add(row)
        session.flush()
        insert_entries(session, row.id, doc.beneficiaries, [None] * len(doc.beneficiaries))
        return "replaced" if latest is not None else "loaded"

    @staticmethod
    def _own_point(session: Session, doc: PayoutListDoc) -> Point:
        points = list(session.scalars(select(Point)))
        if points and points[0].code != doc.point_code:
            raise FileRefused(
                f"this device works for point {points[0].code} ({points[0].name}); the file is for point "
                f"{doc.point_code} ({doc.point_name}). Use a separate data folder for another point"
            )
        if points:
            points[0].name = doc.point_name
            return points[0]
        point = Point(
            code=doc.point_code,
            name=doc.point_name,
            name_folded=fold(doc.point_name),
            created_at=iso_utc(utc_now()),
        )
        session.add(point)
        session.flush()
        return point

    def current_list(self, session: Session) -> PayoutList | None:
        return session.scalar(
            select(PayoutList).order_by(PayoutList.month.desc(), PayoutList.revision.desc()).limit(1)
        )

    def status(self) -> PointStatus:
        self.require_identity("point")
        with self.db.reading() as session:
            row = self.current_list(session)
            if row is None:
                raise DeskError("no list loaded yet: run `payout-desk point load FILE.pdlist`")
            office = session.scalar(select(TrustedKey).where(TrustedKey.key_id == row.office_key_id))
            fingerprint = PublicKey.from_b64(office.public_key).fingerprint if office else ""
            return PointStatus(
                point_code=row.point.code,
                point_name=row.point.name,
                month=row.month,
                list_id=row.list_id,
                revision=row.revision,
                office_fingerprint=fingerprint,
                beneficiaries=row.beneficiaries,
                cash_total=row.cash_total,
                paid_count=0,  # payouts are recorded from the ledger (events), none exist before it
                paid_amount=0,
            )
