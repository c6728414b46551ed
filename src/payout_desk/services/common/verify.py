"""Check any Payout Desk file and summarise its manifest, changing nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from payout_desk.domain.ledger import Kind
from payout_desk.domain.payout_list import FileKind
from payout_desk.domain.roles import Role
from payout_desk.exchange.amendfile import parse_amendment
from payout_desk.exchange.container import FileRejected, open_signed
from payout_desk.exchange.listfile import read_list_file
from payout_desk.exchange.syncfile import parse_sync
from payout_desk.lang import Text, t, text_of
from payout_desk.services.common.desk import Desk, PassphraseSource, data_dir_has_database, read_input_file
from payout_desk.services.common.errors import FileRefused
from payout_desk.services.common.paths import resolve_data_dir
from payout_desk.store.devices import enrolled_device, office_key_fields
from payout_desk.trust.keys import PublicKey, same_key
from payout_desk.trust.seal import is_sealed


def _trust_verdict(data_dir: Path, signer: PublicKey) -> tuple[bool | None, Text]:
    """Whether this desk trusts the signer: (verdict or None when it has no opinion, explanation)."""
    if not data_dir_has_database(data_dir):
        return None, t("verify.no_desk")
    with Desk(data_dir) as desk:
        ident = desk.identity()
        with desk.db.reading() as session:
            pinned = office_key_fields(session)
            device = enrolled_device(session, signer.key_id)
    if ident is not None and ident.public_key.raw == signer.raw:
        return True, t("verify.own_key")
    if device is not None and same_key(device.public_key, signer):  # the id finds it; the whole key decides
        name, point, revoked = device.name, device.code, device.revoked_at
        if revoked:
            return False, t("verify.revoked_device", name=name, point=point, day=revoked[:10])
        return True, t("verify.enrolled_device", name=name, point=point)
    if pinned is not None:
        if same_key(pinned.public_key, signer):
            return True, t("verify.trusted_office", name=pinned.name)
        if ident is not None and ident.role == Role.POINT:
            return None, t("verify.unknown_key")
        return False, t("verify.not_trusted_office", name=pinned.name, key_id=pinned.key_id)
    if ident is not None and ident.role == Role.OFFICE:
        return False, t("verify.not_enrolled")
    return None, t("verify.no_trusted_office")


def verify_file(
    path: Path, data_dir: str | Path | None = None, passphrase: PassphraseSource | None = None
) -> dict[str, Any]:
    """Check any Payout Desk file (a sealed one is opened with this desk's key first); changes nothing."""
    data = read_input_file(path)
    sealed = is_sealed(data)
    if sealed:
        desk = Desk(data_dir) if passphrase is None else Desk(data_dir, passphrase=passphrase)
        with desk:
            data = desk.unsealed(data, path)
    try:
        signed = open_signed(data)
        details: dict[str, Any] = {}
        if signed.kind == FileKind.LIST:
            _, doc = read_list_file(data)
            details = {
                "beneficiaries": len(doc.beneficiaries),
                "cash_total": doc.cash_total,
                "home_visits": doc.home_visits,
                "proxies": doc.proxies,
            }
        elif signed.kind == FileKind.SYNC:
            sync = parse_sync(signed)
            payouts = [e for e in sync.events if e.kind == Kind.PAYOUT]
            details = {
                "device_name": sync.header.device_name,
                "events": len(sync.events),
                "last_seq": sync.last_seq,
                "head": sync.head,
                "payouts": len(payouts),
                "payout_amount": sum(e.amount for e in payouts),
            }
        elif signed.kind == FileKind.AMENDMENT:
            amendment = parse_amendment(signed)
            details = {
                "changes": [
                    {"seq": c.seq, "kind": c.kind, "code": c.code, "reason": c.reason, "date": c.date}
                    for c in amendment.changes
                ]
            }
    except FileRejected as exc:
        raise FileRefused(t("files.named", name=path.name, detail=text_of(exc))) from exc
    manifest = signed.manifest
    trusted, trust_note = _trust_verdict(resolve_data_dir(data_dir), signed.signer)
    summary: dict[str, Any] = {
        "path": str(path),
        "valid": True,
        "sealed": sealed,
        "kind": signed.kind,
        "sha256": signed.sha256,
        "signer": {"key_id": signed.signer.key_id, "fingerprint": signed.signer.fingerprint},
        "trusted": trusted,
        "trust_note": str(trust_note),
        "created_at": manifest.get("created_at"),
        "office": manifest.get("office"),
        "point": manifest.get("point"),
        "month": manifest.get("month"),
        "list_id": manifest.get("list_id"),
        "revision": manifest.get("revision"),
        "counts": manifest.get("counts"),
        "totals": manifest.get("totals"),
        "members": [{"name": m["name"], "size": m["size"]} for m in manifest["members"]],
        **details,
    }
    if trusted is False:
        raise FileRefused(
            t("office.untrusted_signer", name=path.name, trust_note=trust_note, key_id=signed.signer.key_id)
        )
    return summary
