"""Every signed file kind × every attack, received by the desk that takes that kind in real use.

.pdlist and .pdamend files go to a point device that already holds the list (`PointDesk.load`); .pdsync
files go to the office (`OfficeDesk.import_files`) and, as the column "peer", to the point's other device
(`PointDesk.import_peer`). Each cell builds its hostile file from real, validly
signed files of a real round (real keys, real SQLite), hands it over, and checks that it is refused with
the expected reason (or, for a replay, taken as nothing new; for a fork, flagged), that the receiving
desk's database is byte-for-byte the same afterwards (a fork adds its flag and nothing else), and that
the refusal took under 2 s and under 200 MB (tracemalloc peak).

The single-layer checks have their own tests (tests/exchange/test_container.py: byte flips, swapped,
added and removed members, names, links, bombs, JSON of the manifest; test_syncfile.py and
test_listfile.py: inconsistent contents; tests/services/test_office_import.py: foreign devices and lists);
this matrix drives every (kind × attack) pair through the services end to end.
Revoked devices are another engineer's part (not a row here).
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import sqlite3
import struct
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from payout_desk.domain.ledger import GENESIS, event_hash
from payout_desk.exchange import zipformat
from payout_desk.exchange.amendfile import build_amendment_file, read_amendment_file
from payout_desk.exchange.container import KINDS, build, open_signed
from payout_desk.exchange.syncfile import build_sync_file, read_sync_file
from payout_desk.services.common.errors import FileRefused
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.store.database import DB_FILE_NAME
from payout_desk.trust.keys import SigningKey
from payout_desk.trust.seal import is_sealed, open_sealed
from tests.roundkit import MONTH, Round, png

MAX_SECONDS = 2.0
MAX_BYTES = 200 * 1024 * 1024
MAIN = {"list": "list.json", "amendment": "amendments.json", "sync": "events.jsonl", "peer": "events.jsonl"}
REPORT_ENV = "PAYOUT_DESK_MATRIX_REPORT"  # a JSON-lines file to append each cell's figures to


def db_rows(data_dir: Path) -> dict[str, list[str]]:
    """Every row of every table, as SQL (what `nothing written` is checked against)."""
    connection = sqlite3.connect(data_dir / DB_FILE_NAME)
    try:
        tables: dict[str, list[str]] = {}
        for line in connection.iterdump():
            match = re.match(r'INSERT INTO "([^"]+)"', line)
            tables.setdefault(match.group(1) if match else "", []).append(line)
        return tables
    finally:
        connection.close()


@dataclass
class Kit:
    """A round with, for one file kind, a receiving desk and the valid files the attacks start from."""

    game: Round
    kind: str
    files: dict[str, bytes] = field(default_factory=dict)
    n: int = 0

    @property
    def office_key(self) -> SigningKey:
        return self.game.office.signing_key()

    @property
    def device_key(self) -> SigningKey:
        return self.game.devices[0].signing_key()

    @property
    def file_kind(self) -> str:
        return "sync" if self.kind == "peer" else self.kind

    @property
    def signer(self) -> SigningKey:
        """The key that signs this kind: the device's for sync files, the office's for the others."""
        return self.device_key if self.file_kind == "sync" else self.office_key

    @property
    def receiver_dir(self) -> Path:
        return self.game.office.data_dir if self.kind == "sync" else self.game.devices[1].data_dir

    @property
    def valid(self) -> bytes:
        return self.files["valid"]

    def opened(self, data: bytes) -> bytes:
        """The signed file inside its seal: the attacks work on the signed layer (the seal's own tamper
        tests are in tests/trust/test_seal.py); the receiving desks take plain signed files too."""
        key = self.office_key if self.kind == "sync" else self.game.devices[1].signing_key()
        return open_sealed(data, key) if is_sealed(data) else data

    def path(self, data: bytes) -> Path:
        self.n += 1
        path = self.game.root / "attacks" / f"attack-{self.n}{KINDS[self.file_kind]}"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        return path

    def receive(self, data: bytes) -> tuple[str, str]:
        """(outcome, reason): outcome is a status the desk reports, or "refused"."""
        path = self.path(data)
        if self.kind == "sync":
            [outcome] = self.game.office.imports.files([path]).files
            return ("refused" if outcome.status == "rejected" else outcome.status), outcome.reason
        try:
            if self.kind == "peer":
                return self.game.devices[1].sync.import_peer(path).status, ""
            return self.game.devices[1].lists.load(path).status, ""
        except FileRefused as exc:
            return "refused", str(exc)


def make_kit(game: Round, kind: str) -> Kit:
    kit = Kit(game, kind)
    office, lists = game.office, game.lists
    if kind == "list":  # device 1 holds revision 1; the office then issues revision 2 (a device enrolled)
        kit.files["rev1"] = kit.opened((lists / "P01_2026-12.pdlist").read_bytes())
        kit.files["other_point"] = kit.opened((lists / "P02_2026-12.pdlist").read_bytes())
        office.devices.enroll("P01", SigningKey.generate().public.b64, "An Phước máy 3")
        office.lists.issue(MONTH, lists)
        kit.files["valid"] = kit.opened((lists / "P01_2026-12.pdlist").read_bytes())
        kit.files["other"] = kit.files["other_point"]
    elif kind == "amendment":  # cumulative: the first stops NCC001, the second also NCC002
        out = game.root / "amend"
        first = office.amendments.amend(
            MONTH, "P01", out, stop="NCC001", reason="deceased", day="2026-11-28"
        ).path
        kit.files["first"] = kit.opened(first.read_bytes())
        second = office.amendments.amend(
            MONTH, "P01", out, stop="NCC002", reason="moved", day="2026-12-01"
        ).path
        kit.files["valid"] = kit.opened(second.read_bytes())
        kit.files["other"] = kit.files["first"]
        p02 = office.amendments.amend(MONTH, "P02", out, stop="NCC099", reason="moved", day="2026-12-01").path
        kit.files["other_point"] = kit.opened(p02.read_bytes())
    else:  # device 0 paid one person, then two; device 1 paid another
        for shade, code in enumerate(("NCC004", "NCC005")):
            game.devices[0].pay.record(PayoutRequest(code, signature_png=png(shade=shade)))
            kit.files["old" if shade == 0 else "valid"] = kit.opened(
                game.export(0, f"dev0-{shade}.pdsync").read_bytes()
            )
        game.devices[1].pay.record(PayoutRequest("NCC006", signature_png=png(shade=9)))
        kit.files["other"] = kit.opened(game.export(1, "dev1.pdsync").read_bytes())
    return kit


# building hostile files ---------------------------------------------------------------------------


def resign(data: bytes, key: SigningKey, members: dict[str, bytes] | None = None, **header: object) -> bytes:
    """The same file's manifest fields and members (some replaced), signed again by `key`."""
    signed = open_signed(data)
    fields = {
        k: v
        for k, v in signed.manifest.items()
        if k not in {"format", "version", "kind", "signer", "members"}
    }
    return build(signed.kind, {**fields, **header}, {**signed.members, **(members or {})}, key)


def with_main(kit: Kit, content: bytes) -> bytes:
    """The valid file with its main member replaced, validly signed by the right key."""
    return resign(kit.valid, kit.signer, {MAIN[kit.kind]: content})


def rezip(data: bytes, change: Callable[[list[zipformat.Entry]], list[zipformat.Entry]]) -> bytes:
    return zipformat.write(change(zipformat.read(data, max_entries=100_000)))


def symlinked(data: bytes) -> bytes:
    """The last member's directory entry marked as a symbolic link (Unix mode 0o120777)."""
    blob = bytearray(data)
    last = blob.rfind(b"PK\x01\x02")
    struct.pack_into("<I", blob, last + 38, 0o120777 << 16)
    return bytes(blob)


def forged_sync(kit: Kit, key: SigningKey, change: Callable[[list], list]) -> bytes:
    """The valid sync file's history, changed, re-chained and signed by `key` as its device."""
    _, doc = read_sync_file(kit.valid)
    events = change([dataclasses.replace(e, device_id=key.public.key_id) for e in doc.events])
    lines, prev = [], GENESIS
    for event in events:
        event.prev = prev
        lines.append(event.encode())
        prev = event_hash(lines[-1])
    return build_sync_file(doc.header, lines, prev, doc.signatures, totals={}, key=key)


def forged_amendment(kit: Kit, key: SigningKey, change: Callable[[list], list]) -> bytes:
    _, doc = read_amendment_file(kit.valid)
    return build_amendment_file(dataclasses.replace(doc, changes=tuple(change(list(doc.changes)))), key)


def _retitled(change: object, **fields: object) -> object:
    return dataclasses.replace(change, **fields)  # type: ignore[type-var]


def _staff(events: list, name: str = "Kẻ giả mạo") -> list:
    events[-1] = dataclasses.replace(events[-1], staff=name)
    return events


def _enrolled_elsewhere(kit: Kit) -> SigningKey:
    key = SigningKey.generate()
    kit.game.office.devices.enroll("P02", key.public.b64, "Mỹ An máy 1")
    return key


def _preload(kit: Kit, name: str) -> None:
    """What the receiving desk took in before the attack (part of the state that must not change)."""
    outcome, reason = kit.receive(kit.files[name])
    assert outcome in {"imported", "loaded", "replaced"}, reason


# the matrix ---------------------------------------------------------------------------------------

# attack → kind → (make the hostile bytes, the outcome wanted, words of the reason)
Cell = tuple[Callable[[Kit], bytes], str, str]
DEEP = b"[" * 100_000 + b"]" * 100_000
NOT_UTF8 = b'{"x":"\xe9t\xe9"}'  # Latin-1, as an old spreadsheet tool writes it


def _all(make: Callable[[Kit], bytes], words: str) -> dict[str, Cell]:
    return dict.fromkeys(MAIN, (make, "refused", words))


def _oversized(kit: Kit) -> bytes:
    return with_main(kit, b" " * (64 * 1024 * 1024 + 1))


def _too_many(kit: Kit) -> bytes:
    extra = {f"signatures/p{i:05d}.png": b"\x89PNG" for i in range(20_001)}
    return resign(kit.valid, kit.signer, extra)


def _traversal(kit: Kit) -> bytes:
    return rezip(kit.valid, lambda e: [*e, zipformat.pack("../../home/user/.bashrc", b"{}", compress=False)])


def _duplicate(kit: Kit) -> bytes:
    return rezip(kit.valid, lambda e: [*e, e[-1]])


def _mixed(kit: Kit) -> bytes:
    """The main member swapped in from another validly signed file of the same kind."""
    theirs = {e.name: e for e in zipformat.read(kit.files["other"], max_entries=100_000)}
    return rezip(kit.valid, lambda e: [theirs.get(x.name, x) if x.name == MAIN[kit.kind] else x for x in e])


def _replay(kit: Kit) -> bytes:
    _preload(kit, "valid")
    return kit.valid


def _rollback(kit: Kit) -> bytes:
    _preload(kit, "valid")
    return kit.files[{"list": "rev1", "amendment": "first", "sync": "old", "peer": "old"}[kit.kind]]


def _list_fork(kit: Kit) -> bytes:
    _preload(kit, "valid")
    body = open_signed(kit.valid).members["list.json"].replace("ấp 1".encode(), "ấp 9".encode())
    return with_main(kit, body)


def _amendment_fork(kit: Kit) -> bytes:
    _preload(kit, "first")
    return forged_amendment(kit, kit.office_key, lambda c: [_retitled(c[0], reason="moved"), *c[1:]])


def _sync_fork(kit: Kit) -> bytes:
    _preload(kit, "valid")
    return forged_sync(kit, kit.device_key, _staff)


def _sync_jump(kit: Kit) -> bytes:
    """A device's history whose last event is numbered 9 after #2 (#1: the round's cash), validly chained and
    signed."""
    return forged_sync(kit, kit.device_key, lambda e: [*e[:-1], dataclasses.replace(e[-1], seq=9)])


SYNC_JUMP: Cell = (_sync_jump, "refused", "jumps from event #2 to #9")
MATRIX: dict[str, dict[str, Cell]] = {
    "member swapped between two valid files": _all(_mixed, "was changed after signing"),
    "replay of the same file": {
        "list": (_replay, "already-loaded", ""),
        "amendment": (_replay, "already-loaded", ""),
        "sync": (_replay, "nothing-new", ""),
        "peer": (_replay, "nothing-new", ""),
    },
    "rollback to an older file": {
        "list": (_rollback, "refused", "older than revision 2"),
        "amendment": (_rollback, "already-loaded", ""),  # cumulative: the older one adds nothing
        "sync": (_rollback, "nothing-new", ""),
        "peer": (_rollback, "nothing-new", ""),
    },
    "jump ahead in sequence": {
        "list": (
            lambda k: resign(
                k.valid,
                k.office_key,
                {"list.json": open_signed(k.valid).members["list.json"]},
                revision=1_000_001,
            ),
            "refused",
            "revision",
        ),
        "amendment": (
            lambda k: forged_amendment(k, k.office_key, lambda c: [c[0], _retitled(c[1], seq=5)]),
            "refused",
            "not numbered 1, 2, 3",
        ),
        "sync": SYNC_JUMP,
        "peer": SYNC_JUMP,
    },
    "fork: another content under the same number": {
        "list": (_list_fork, "refused", "a different file with the same revision"),
        "amendment": (_amendment_fork, "refused", "differs from the one already loaded"),
        "sync": (_sync_fork, "flagged", "fork:"),
        "peer": (_sync_fork, "refused", "shows a different history from event #3"),
    },
    "signed by an unknown key": {
        "list": (
            lambda k: resign(k.valid, SigningKey.generate()),
            "refused",
            "not by the office key this device trusts",
        ),
        "amendment": (
            lambda k: resign(k.valid, SigningKey.generate()),
            "refused",
            "not signed by the office key",
        ),
        "sync": (lambda k: forged_sync(k, SigningKey.generate(), list), "refused", "not enrolled"),
        "peer": (
            lambda k: forged_sync(k, SigningKey.generate(), list),
            "refused",
            "not enrolled for this point",
        ),
    },
    "for another point / device enrolled elsewhere": {
        "list": (lambda k: k.files["other_point"], "refused", "this device works for point P01"),
        "amendment": (lambda k: k.files["other_point"], "refused", "not the list loaded on this device"),
        "sync": (lambda k: forged_sync(k, _enrolled_elsewhere(k), list), "refused", "enrolled for point P02"),
        "peer": (
            lambda k: forged_sync(k, _enrolled_elsewhere(k), list),
            "refused",
            "not enrolled for this point",
        ),
    },
    "oversized member (64 MiB + 1)": _all(_oversized, "too large"),
    "too many members (20,001)": _all(_too_many, "too many parts"),
    "path traversal name": _all(_traversal, "forbidden name"),
    "symbolic link member": _all(lambda k: symlinked(k.valid), "links and folders are refused"),
    "duplicate member name": _all(_duplicate, "two parts are named"),
    "zip bomb (2 MiB of zeros)": _all(lambda k: with_main(k, bytes(2 * 1024 * 1024)), "zip bomb"),
    "non-UTF-8 JSON": {
        "list": (lambda k: with_main(k, NOT_UTF8), "refused", "not UTF-8"),
        "amendment": (lambda k: with_main(k, NOT_UTF8), "refused", "not UTF-8"),
        "sync": (lambda k: with_main(k, NOT_UTF8 + b"\n"), "refused", "not UTF-8"),
        "peer": (lambda k: with_main(k, NOT_UTF8 + b"\n"), "refused", "not UTF-8"),
    },
    "deeply nested JSON (100,000 levels)": {
        "list": (lambda k: with_main(k, DEEP), "refused", "nested too deeply"),
        "amendment": (lambda k: with_main(k, DEEP), "refused", "nested too deeply"),
        "sync": (lambda k: with_main(k, DEEP + b"\n"), "refused", "nested too deeply"),
        "peer": (lambda k: with_main(k, DEEP + b"\n"), "refused", "nested too deeply"),
    },
}
CELLS = [(attack, kind) for attack, kinds in MATRIX.items() for kind in kinds]


def _record(kit: Kit, attack: str, outcome: tuple[str, str], seconds: float, peak: int) -> None:
    target = os.environ.get(REPORT_ENV)
    if target:
        row = {"kind": kit.kind, "attack": attack, "outcome": outcome, "seconds": seconds, "peak_bytes": peak}
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(row) + "\n")


def check_refused(kit: Kit, data: bytes, attack: str, wanted: str = "refused", words: str = "") -> str:
    """Hand `data` to the receiving desk; the outcome must be `wanted`, within the time and memory bounds,
    and the desk's database unchanged (but for a fork's flag). Returns the reason given."""
    before = db_rows(kit.receiver_dir)
    tracemalloc.start()
    start = time.perf_counter()
    try:
        outcome, reason = kit.receive(data)
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    _record(kit, attack, (outcome, reason), seconds, peak)
    after = db_rows(kit.receiver_dir)
    if wanted == "flagged":
        assert outcome == "refused" and reason.startswith("fork:"), reason
        forks = after.pop("device_forks", [])
        assert len(forks) == 1 and "device_forks" not in before, forks
    else:
        assert outcome == wanted, (outcome, reason)
    assert words in reason, reason
    if outcome == "refused":
        assert len(reason) > 20 and "Traceback" not in reason
    assert after == before, "the refused file changed the database"
    assert seconds < MAX_SECONDS, f"{seconds:.2f} s"
    assert peak < MAX_BYTES, f"{peak / 2**20:.0f} MB"
    return reason


@pytest.mark.parametrize(("attack", "kind"), CELLS, ids=[f"{k}:{a}" for a, k in CELLS])
def test_a_hostile_file_is_refused_and_changes_nothing(game: Round, attack: str, kind: str) -> None:
    make, wanted, words = MATRIX[attack][kind]
    kit = make_kit(game, kind)
    check_refused(kit, make(kit), attack, wanted, words)


@pytest.mark.parametrize("kind", list(MAIN))
def test_the_valid_file_each_attack_starts_from_is_accepted(game: Round, kind: str) -> None:
    """Without this, a cell could pass because its starting file was refused already."""
    kit = make_kit(game, kind)
    outcome, reason = kit.receive(kit.valid)
    assert outcome in {"imported", "replaced", "loaded"}, reason
    for name in ("other", "other_point", "first", "old", "rev1"):
        if name in kit.files:  # every other starting file is at least intact and validly signed
            open_signed(kit.files[name])


@pytest.mark.parametrize("kind", list(MAIN))
def test_any_bit_flipped_anywhere_is_refused_and_changes_nothing(game: Round, kind: str) -> None:
    kit = make_kit(game, kind)

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(position=st.integers(0, len(kit.valid) - 1), bit=st.integers(0, 7))
    def flipped(position: int, bit: int) -> None:
        data = bytearray(kit.valid)
        data[position] ^= 1 << bit
        check_refused(kit, bytes(data), "bit flip")

    flipped()


def test_the_matrix_covers_every_kind_for_every_attack() -> None:
    assert all(set(kinds) == set(MAIN) for kinds in MATRIX.values())
    assert len(CELLS) == 4 * len(MATRIX) == 60
