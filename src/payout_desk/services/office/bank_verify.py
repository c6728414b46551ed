"""Proving a bank batch later (issue 17): each `*.manifest.json` in a folder read as untrusted input, its
signature checked and its signer compared with this office's key, then every file it names hashed again."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from payout_desk.exchange.bank_batch import ManifestProblem, read_manifest, sha256
from payout_desk.lang import Text, t
from payout_desk.services.common.errors import InvalidInput
from payout_desk.trust.keys import PublicKey

MANIFEST_SUFFIX = ".manifest.json"
FILE_LIMIT = 256 * 1024 * 1024


@dataclass(slots=True)
class BatchCheck:
    """One manifest checked: what it says, and every problem found (none: the batch is proven)."""

    manifest: str
    month: str = ""
    bank_bin: str = ""
    number: int = 0
    lines: int = 0
    total: int = 0
    files: list[str] = field(default_factory=list)
    problems: list[Text] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _check_file(folder: Path, name: str, digest: str, size: int) -> Text | None:
    path = folder / name
    if not path.is_file():
        return t("bank.verify_missing", name=name)
    if path.stat().st_size != size or path.stat().st_size > FILE_LIMIT:
        return t("bank.verify_changed", name=name)
    if sha256(path.read_bytes()) != digest:
        return t("bank.verify_changed", name=name)
    return None


def _whole(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def check_manifest(path: Path, office_key: PublicKey) -> BatchCheck:
    check = BatchCheck(path.name)
    try:
        read = read_manifest(path.read_bytes())
    except ManifestProblem as exc:
        check.problems.append(exc.text)
        return check
    m = read.manifest
    check.month, check.bank_bin = read.month, read.bank_bin
    check.number, check.lines, check.total = (_whole(m.get(key)) for key in ("number", "lines", "total"))
    check.files = [f.name for f in read.files]
    if read.signer.raw != office_key.raw:
        check.problems.append(t("bank.verify_other_key", key=read.signer.key_id))
    for item in read.files:
        problem = _check_file(path.parent, item.name, item.sha256, item.size)
        if problem is not None:
            check.problems.append(problem)
    return check


def verify_folder(folder: Path, office_key: PublicKey) -> list[BatchCheck]:
    """Every batch manifest in `folder` checked; InvalidInput when there is none."""
    if not folder.is_dir():
        raise InvalidInput(t("bank.verify_no_folder", folder=str(folder)))
    manifests = sorted(p for p in folder.iterdir() if p.name.endswith(MANIFEST_SUFFIX) and p.is_file())
    if not manifests:
        raise InvalidInput(t("bank.verify_none", folder=str(folder)))
    return [check_manifest(p, office_key) for p in manifests]
