"""The office's files on a point laptop (`desk.lists`): verifying and loading a list or an amendment, a
list's preview before it is loaded, and the status of the list held."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.figures import ListFigures
from payout_desk.domain.fold import CashPosition
from payout_desk.domain.payout_list import (
    AmendmentDoc,
    ChangeKind,
    FileKind,
    ListRef,
    ListStatus,
    PayoutListDoc,
)
from payout_desk.domain.text import fold
from payout_desk.exchange.amendfile import parse_amendment
from payout_desk.exchange.container import FileRejected, SignedFile, open_signed
from payout_desk.exchange.listfile import LIST_MEMBER, parse_list_file
from payout_desk.lang import t, text_of
from payout_desk.services.common.amendments import apply_amendments, readd_added
from payout_desk.services.common.desk import read_input_file
from payout_desk.services.common.errors import FileRefused, InvalidInput
from payout_desk.services.common.outcomes import LoadStatus
from payout_desk.services.point.cash import Cash
from payout_desk.services.point.ledger import PointLedger
from payout_desk.services.point.preview import ListPreview, preview_list
from payout_desk.store.amendments import amendment_count
from payout_desk.store.bulk import gc_paused
from payout_desk.store.devices import pinned_office_key, trusted_key
from payout_desk.store.ledger import list_figures, refresh_states
from payout_desk.store.lists import insert_entries, list_revisions
from payout_desk.store.models import PayoutList, Point, TrustedKey
from payout_desk.store.points import all_points
from payout_desk.trust.keys import KeyProblem, PublicKey, normalize_fingerprint, same_key

ConfirmOffice = Callable[[str, str], bool]
"""Asked (office name, fingerprint) before the office key is pinned on first load."""


@dataclass(frozen=True, slots=True)
class LoadReport(ListRef):
    path: str
    kind: FileKind
    status: LoadStatus
    beneficiaries: int
    cash_total: int
    office_fingerprint: str
    office_pinned_now: bool
    changes: list[dict[str, object]] = field(default_factory=list)  # an amendment: the changes new here


@dataclass(frozen=True, slots=True)
class PointStatus(ListRef):
    office_fingerprint: str
    beneficiaries: int
    cash_total: int
    paid_count: int
    paid_amount: int
    figures: ListFigures
    cash: CashPosition
    device_in_list: bool
    amendments: int


class Lists:
    """Loading the office's lists and amendments, and the list held."""

    def __init__(self, ledger: PointLedger, cash: Cash) -> None:
        self.ledger = ledger
        self.desk = ledger.desk
        self.cash = cash

    def has_list(self) -> bool:
        with self.desk.db.reading() as session:
            return self.ledger.current_list(session) is not None

    def load(
        self, path: Path, *, trust_office: str | None = None, confirm: ConfirmOffice | None = None
    ) -> LoadReport:
        """Verify and load a list (.pdlist) or an amendment (.pdamend) from the office."""
        self.desk.require_identity("point")
        data = self.desk.unsealed(read_input_file(path), path)
        try:
            signed = open_signed(data)
            if signed.kind == FileKind.SYNC:
                raise FileRejected(t("point.is_sync_file"))
            if signed.kind == FileKind.AMENDMENT:
                return self._load_amendment(path, signed, parse_amendment(signed))
            with gc_paused():
                doc = parse_list_file(signed)
        except FileRejected as exc:
            raise FileRefused(t("files.named", name=path.name, detail=text_of(exc))) from exc
        with gc_paused(), self.desk.db.transaction() as session:
            pinned_now = self._check_office_key(session, signed, doc, trust_office, confirm)
            status = self._store_list(session, signed, doc)
        return LoadReport(
            path=str(path),
            kind=FileKind.LIST,
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

    def _load_amendment(self, path: Path, signed: SignedFile, doc: AmendmentDoc) -> LoadReport:
        with self.desk.db.transaction() as session:
            pinned = pinned_office_key(session)
            if pinned is None or not same_key(pinned.public_key, signed.signer):
                raise FileRefused(
                    f"{path.name} refused: it is not signed by the office key this device trusts"
                    + ("" if pinned else " (no list loaded yet: load the list first)")
                )
            row = self.ledger.current_list(session)
            if row is None or row.list_id != doc.list_id:
                raise FileRefused(
                    t(
                        "point.amendment_other_list",
                        name=path.name,
                        point_code=doc.point_code,
                        month=doc.month,
                    )
                )
            try:
                new = apply_amendments(session, doc, signed.sha256)
            except ValueError as exc:
                raise FileRefused(t("files.named", name=path.name, detail=text_of(exc))) from exc
            readd_added(session, row)
            refresh_states(session, row.list_id, {c.code for c in new})
        return LoadReport(
            path=str(path),
            kind=FileKind.AMENDMENT,
            status=LoadStatus.LOADED if new else LoadStatus.ALREADY_LOADED,
            point_code=doc.point_code,
            point_name=doc.point_name,
            month=doc.month,
            list_id=doc.list_id,
            revision=row.revision,
            beneficiaries=sum(1 for c in new if c.kind == ChangeKind.ADD),
            cash_total=sum(c.beneficiary.total for c in new if c.beneficiary),
            office_fingerprint=signed.signer.fingerprint,
            office_pinned_now=False,
            changes=[
                {"seq": c.seq, "kind": c.kind, "code": c.code, "reason": c.reason, "date": c.date}
                for c in new
            ],
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
        pinned = pinned_office_key(session)
        if pinned is not None:
            if not same_key(pinned.public_key, signer):
                raise FileRefused(
                    t(
                        "point.other_office_key",
                        key_id=signer.key_id,
                        fingerprint=signer.fingerprint,
                        name=pinned.name,
                        key_id2=pinned.key_id,
                    )
                )
            return False
        if trust_office is not None:
            try:
                given = normalize_fingerprint(trust_office)
            except KeyProblem as exc:
                raise InvalidInput(t("point.bad_fingerprint", detail=text_of(exc))) from exc
            if given != signer.fingerprint:
                raise FileRefused(t("point.fingerprint_differs", fingerprint=signer.fingerprint, given=given))
        elif confirm is None or not confirm(doc.office_name, signer.fingerprint):
            raise FileRefused(t("point.office_not_trusted", fingerprint=signer.fingerprint))
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

    def _store_list(self, session: Session, signed: SignedFile, doc: PayoutListDoc) -> LoadStatus:
        point = self._own_point(session, doc)
        revisions = list_revisions(session, doc.list_id)
        latest = revisions[0] if revisions else None
        if latest is not None:
            if latest.point_id != point.id or latest.month != doc.month:
                raise FileRefused(t("point.list_id_reused"))
            if doc.revision < latest.revision:
                raise FileRefused(t("point.older_revision", revision=doc.revision, revision2=latest.revision))
            if doc.revision == latest.revision:
                if latest.file_sha256 == signed.sha256:
                    return LoadStatus.ALREADY_LOADED
                raise FileRefused(t("point.same_revision_differs", revision=doc.revision))
        row = PayoutList(
            list_id=doc.list_id,
            month=doc.month,
            point_id=point.id,
            revision=doc.revision,
            status=ListStatus.LOADED,
            content_sha256=next(m["sha256"] for m in signed.manifest["members"] if m["name"] == LIST_MEMBER),
            file_sha256=signed.sha256,
            issued_at=doc.issued_at,
            loaded_at=iso_utc(utc_now()),
            office_name=doc.office_name,
            office_key_id=signed.signer.key_id,
            import_key=doc.office_import_key,  # the office's opening key: sync files sealed to it too
            beneficiaries=len(doc.beneficiaries),
            cash_total=doc.cash_total,
            home_visits=doc.home_visits,
            proxies=doc.proxies,
            devices=json.dumps(
                [{"name": d.name, "public_key": d.public_key, "key_id": d.key_id} for d in doc.devices],
                ensure_ascii=False,
            ),
        )
        session.add(row)
        session.flush()
        insert_entries(session, row.id, doc.beneficiaries, [None] * len(doc.beneficiaries))
        if latest is not None:  # the new revision changes entitlements: amendments stay, states follow
            readd_added(session, row)
            refresh_states(session, row.list_id)
        return LoadStatus.REPLACED if latest is not None else LoadStatus.LOADED

    @staticmethod
    def _own_point(session: Session, doc: PayoutListDoc) -> Point:
        points = all_points(session)
        if points and points[0].code != doc.point_code:
            raise FileRefused(
                t(
                    "point.other_point",
                    code=points[0].code,
                    name=points[0].name,
                    point_code=doc.point_code,
                    point_name=doc.point_name,
                )
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

    def preview(self, path: Path) -> ListPreview:
        """A list file as this laptop sees it before loading it (point/preview.py)."""
        return preview_list(self.desk, path)

    def status(self) -> PointStatus:
        self.desk.require_identity("point")
        with self.desk.db.reading() as session:
            row = self.ledger.list_of(session)
            office = trusted_key(session, row.office_key_id)
            fingerprint = PublicKey.from_b64(office.public_key).fingerprint if office else ""
            figures = list_figures(session, row.list_id)
            enrolled = {d["key_id"] for d in json.loads(row.devices or "[]")}
            amendments = amendment_count(session, row.list_id)
            return PointStatus(
                point_code=row.point.code,
                point_name=row.point.name,
                month=row.month,
                list_id=row.list_id,
                revision=row.revision,
                office_fingerprint=fingerprint,
                beneficiaries=figures.beneficiaries,
                cash_total=figures.cash_total,
                paid_count=figures.paid_count,
                paid_amount=figures.paid_amount,
                figures=figures,
                cash=self.cash.position(session, row),
                device_in_list=self.desk.require_identity("point").public_key.key_id in enrolled,
                amendments=amendments or 0,
            )
