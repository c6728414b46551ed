"""A bank batch's files (issue 17): the xlsx the bank takes (columns from the office's template, every cell
through exchange/xlsx_cells — an account is a text cell, its leading zeros kept; an amount a whole number)
and the signed manifest that proves the batch later (month, bank, counts, total, the SHA-256 of each file,
who made it and when; Ed25519 over its canonical JSON).

A manifest is untrusted input when read back: its shape is checked before anything in it is used."""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook

from payout_desk.domain.banks import Bank
from payout_desk.domain.canonical import canonical_json
from payout_desk.domain.transfer_batch import COLUMNS, BatchLine, TransferTemplate
from payout_desk.exchange.xlsx_cells import HEAD_FONT, cells
from payout_desk.lang import Explained, t
from payout_desk.trust.keys import KeyProblem, PublicKey, SigningKey

MANIFEST_KIND = "payout-desk/transfer-batch"
MANIFEST_VERSION = 1
MANIFEST_LIMIT = 4 * 1024 * 1024
_WIDTHS = {"stt": 6, "account": 22, "holder": 30, "amount": 16, "bank": 24, "content": 48, "name": 28}


class ManifestProblem(Explained):
    """A manifest that cannot be read or whose signature does not hold."""


def _value(key: str, line: BatchLine, bank: Bank) -> Any:
    return {
        "stt": line.number,
        "account": line.account,
        "holder": line.holder,
        "amount": line.amount,
        "bank": f"{bank.bin} - {bank.short_name}",
        "bank_bin": bank.bin,
        "bank_name": bank.name,
        "content": line.content,
        "code": line.code,
        "name": line.name,
        "point": line.point,
    }[key]


def batch_xlsx(lines: Sequence[BatchLine], bank: Bank, template: TransferTemplate) -> bytes:
    """The bank's file: one sheet, the header row then one row per transfer (no total row: banks' importers
    read every row below the header as a transfer)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Chuyen khoan")
    for i, key in enumerate(template.columns):
        sheet.column_dimensions[chr(ord("A") + i)].width = _WIDTHS.get(key, 18)
    sheet.append(cells(sheet, [COLUMNS[key] for key in template.columns], font=HEAD_FONT))
    money = tuple(i for i, key in enumerate(template.columns) if key == "amount")
    for line in lines:
        sheet.append(cells(sheet, [_value(key, line, bank) for key in template.columns], money=money))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def signed_manifest(manifest: dict[str, Any], key: SigningKey) -> bytes:
    """The manifest file: the manifest, the signer's public key and the signature over its canonical JSON."""
    body = {
        "manifest": manifest,
        "signer": key.public.b64,
        "signature": base64.b64encode(key.sign(canonical_json(manifest))).decode("ascii"),
    }
    return json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8") + b"\n"


@dataclass(frozen=True, slots=True)
class ManifestFile:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class ReadManifest:
    """A manifest whose signature holds (by `signer`), its shape checked."""

    manifest: dict[str, Any]
    signer: PublicKey
    files: tuple[ManifestFile, ...]

    @property
    def month(self) -> str:
        return str(self.manifest["month"])

    @property
    def bank_bin(self) -> str:
        return str(self.manifest["bank"]["bin"])


def _files(manifest: dict[str, Any]) -> tuple[ManifestFile, ...]:
    listed = manifest.get("files")
    if not isinstance(listed, list) or not listed:
        raise ManifestProblem(t("bank.manifest_shape", field="files"))
    found = []
    for item in listed:
        if not isinstance(item, dict) or set(item) != {"name", "sha256", "size"}:
            raise ManifestProblem(t("bank.manifest_shape", field="files"))
        name, digest, size = item["name"], item["sha256"], item["size"]
        if (
            not isinstance(name, str)
            or not name
            or "/" in name
            or "\\" in name
            or name.startswith(".")
            or not isinstance(digest, str)
            or len(digest) != 64
            or any(c not in "0123456789abcdef" for c in digest)
            or not isinstance(size, int)
            or isinstance(size, bool)
            or size < 0
        ):
            raise ManifestProblem(t("bank.manifest_shape", field="files"))
        found.append(ManifestFile(name, digest, size))
    return tuple(found)


def read_manifest(data: bytes) -> ReadManifest:
    """A manifest file read and its signature checked; ManifestProblem says why not."""
    if len(data) > MANIFEST_LIMIT:
        raise ManifestProblem(t("bank.manifest_unreadable"))
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ManifestProblem(t("bank.manifest_unreadable")) from exc
    if not isinstance(body, dict) or set(body) != {"manifest", "signer", "signature"}:
        raise ManifestProblem(t("bank.manifest_shape", field="manifest"))
    manifest, signer, signature = body["manifest"], body["signer"], body["signature"]
    if not isinstance(manifest, dict) or manifest.get("kind") != MANIFEST_KIND:
        raise ManifestProblem(t("bank.manifest_shape", field="kind"))
    if not isinstance(signer, str) or not isinstance(signature, str):
        raise ManifestProblem(t("bank.manifest_shape", field="signature"))
    try:
        key = PublicKey.from_b64(signer)
        raw = base64.b64decode(signature, validate=True)
    except (KeyProblem, binascii.Error, ValueError) as exc:
        raise ManifestProblem(t("bank.manifest_shape", field="signature")) from exc
    if not key.verify(raw, canonical_json(manifest)):
        raise ManifestProblem(t("bank.manifest_bad_signature"))
    bank = manifest.get("bank")
    if not isinstance(manifest.get("month"), str) or not isinstance(bank, dict) or "bin" not in bank:
        raise ManifestProblem(t("bank.manifest_shape", field="month"))
    return ReadManifest(manifest, key, _files(manifest))
