"""What a list file is, seen from this point laptop before it is loaded: its point, month, head-count and
total, the office that signed it and that office's check code, and whether it is for this laptop (and if
not, why, in words that say what to do). Nothing is changed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from payout_desk.domain.payout_list import FileKind
from payout_desk.exchange.container import FileRejected, open_signed
from payout_desk.exchange.listfile import parse_list_file
from payout_desk.lang import Text, t
from payout_desk.services.common.desk import Desk, read_input_file
from payout_desk.services.common.errors import FileRefused
from payout_desk.store.devices import pinned_office_key
from payout_desk.store.points import any_point
from payout_desk.trust.keys import same_key
from payout_desk.trust.seal import SealProblem, is_sealed, recipients_of


@dataclass(frozen=True, slots=True)
class ListPreview:
    path: str
    point_code: str
    point_name: str
    month: str
    revision: int
    beneficiaries: int
    cash_total: int
    office_name: str
    office_fingerprint: str
    sealed: bool
    refusal: Text | None  # why this laptop must not load it; None when it is for this laptop

    @property
    def for_this_laptop(self) -> bool:
        return self.refusal is None


def preview_list(desk: Desk, path: Path) -> ListPreview:
    """Open (unseal if needed) and check the list at `path` for this point laptop. Raises FileRefused when
    the file cannot be read here at all (damaged, not a list, sealed for other laptops)."""
    mine = desk.require_identity("point").public_key
    data = read_input_file(path)
    sealed = is_sealed(data)
    if sealed:
        try:
            recipients = recipients_of(data)
        except SealProblem as exc:
            raise FileRefused(t("lists.unreadable", name=path.name)) from exc
        if mine.key_id not in recipients:  # only finds our entry; the key itself unwraps it
            raise FileRefused(t("lists.sealed_for_others", name=path.name))
        data = desk.unsealed(data, path)  # the key is unlocked here (its passphrase asked if needed)
    try:
        signed = open_signed(data)
        if signed.kind != FileKind.LIST:
            kinds = {"sync": t("lists.kind_sync"), "amendment": t("lists.kind_amendment")}
            kind = kinds.get(signed.kind, signed.kind)
            raise FileRefused(t("lists.not_a_list", name=path.name, kind=kind))
        doc = parse_list_file(signed)
    except FileRejected as exc:
        raise FileRefused(t("lists.unreadable", name=path.name)) from exc
    with desk.db.reading() as session:
        office = pinned_office_key(session)
        point = any_point(session)
        trusted = (office.public_key, office.name) if office else None
        own = (point.code, point.name) if point else None
    fingerprint = signed.signer.fingerprint
    refusal: Text | None = None
    if trusted is not None and not same_key(trusted[0], signed.signer):
        refusal = t("lists.other_office", office=doc.office_name, fingerprint=fingerprint, trusted=trusted[1])
    elif own is not None and own[0] != doc.point_code:
        refusal = t(
            "lists.other_point", point=f"{doc.point_code} {doc.point_name}", mine=f"{own[0]} {own[1]}"
        )
    elif not any(same_key(d.public_key, mine) for d in doc.devices):
        refusal = t("lists.not_enrolled", point=f"{doc.point_code} {doc.point_name}")
    return ListPreview(
        path=str(path),
        point_code=doc.point_code,
        point_name=doc.point_name,
        month=doc.month,
        revision=doc.revision,
        beneficiaries=len(doc.beneficiaries),
        cash_total=doc.cash_total,
        office_name=doc.office_name,
        office_fingerprint=fingerprint,
        sealed=sealed,
        refusal=refusal,
    )
