"""Crash harness: run payouts, exports, office imports and list loads in a child process, SIGKILL it at a
random moment, and check what a power cut would leave:

- the database passes `PRAGMA integrity_check`;
- every payout the child acknowledged (its `pay()` had returned) is in the database;
- no half-written file where a user would pick it up (an export is there whole, or not at all);
- an office import or a list load killed half-way leaves all of it or none: doing it again afterwards
  ends in exactly the state of doing it once, cleanly.

The child is forked from this process (the code is already imported, so a kill costs milliseconds); it
opens its own desk after the fork. `python -m tests.soak.crash --kills 2000` runs the long soak; the test
suite runs 200 (tests/soak/test_crash.py).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from payout_desk.exchange.syncfile import read_sync_file
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.store.database import DB_FILE_NAME
from payout_desk.trust.keys import SigningKey
from payout_desk.trust.seal import open_sealed
from tests.roundkit import default_rows, make_round, passphrase

WORKLOADS = ("pay", "pay", "import", "load")  # payouts are what must never be lost: twice as often


@dataclass
class Results:
    kills: int = 0
    acknowledged: int = 0
    lost: list[str] = field(default_factory=list)
    integrity_failures: list[str] = field(default_factory=list)
    half_files: list[str] = field(default_factory=list)
    not_idempotent: list[str] = field(default_factory=list)
    by_workload: dict[str, int] = field(default_factory=dict)
    interrupted: int = 0  # imports and loads killed before they said they were done

    @property
    def ok(self) -> bool:
        return not (self.lost or self.integrity_failures or self.half_files or self.not_idempotent)

    def summary(self) -> str:
        return (
            f"kills {self.kills} ({', '.join(f'{k} {n}' for k, n in sorted(self.by_workload.items()))}); "
            f"acknowledged payouts {self.acknowledged}, lost {len(self.lost)}; integrity failures "
            f"{len(self.integrity_failures)}; half-written files {len(self.half_files)}; imports and loads "
            f"killed half-way {self.interrupted}, redone not exactly {len(self.not_idempotent)}"
        )


@dataclass
class Scene:
    """A round prepared once: an office with its list issued, a laptop with the list loaded, and sync files."""

    root: Path
    device_key: SigningKey
    sync_files: list[Path]
    reference_events: int  # events after a clean import of `sync_files`
    office_fingerprint: str
    listed: int  # people on the list
    list_file: Path  # the list as a laptop has it once the seal is opened (any fresh laptop can load it)


def prepare(root: Path, people: int = 98) -> Scene:  # NCC099 is the other point's
    game = make_round(root / "template", devices=1, rows=default_rows(people))
    key = game.devices[0].signing_key()
    fingerprint = game.office.require_identity().fingerprint
    desk = game.devices[0]
    desk._signing_key = key
    for code in [r.code for r in desk.roster.rows()][:30]:
        desk.pay.record(PayoutRequest(code, thumbprint=True))
    files = [desk.sync.export(root / "sync" / "may1.pdsync").path]
    game.close()
    reference = root / "reference"
    shutil.copytree(root / "template" / "office", reference)
    with OfficeDesk(reference, passphrase=passphrase) as office:
        office.imports.files(files)
    listed = _count(root / "template" / "device0" / DB_FILE_NAME, "list_entries")
    list_file = root / "P01-open.pdlist"
    list_file.write_bytes(open_sealed((root / "template" / "lists" / "P01_2026-12.pdlist").read_bytes(), key))
    events = _count(reference / DB_FILE_NAME, "events")
    return Scene(root, key, files, events, fingerprint, listed, list_file)


def _count(db: Path, table: str) -> int:
    connection = sqlite3.connect(db)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def _integrity(db: Path) -> str:
    connection = sqlite3.connect(db)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def _child(workload: str, scene: Scene, work: Path, write: int) -> None:
    """What the killed process does; it reports each acknowledged step on the pipe."""
    out = os.fdopen(write, "w", buffering=1)
    if workload == "pay":
        desk = PointDesk(work / "device0", passphrase=passphrase)
        desk._signing_key = scene.device_key
        unpaid = [r.code for r in desk.roster.rows() if r.status == "unpaid"]
        random.shuffle(unpaid)
        for i, code in enumerate(unpaid):
            recorded = desk.pay.record(PayoutRequest(code, thumbprint=True))
            out.write(f"ACK {recorded.event_id}\n")
            if i % 7 == 3:
                desk.sync.export(work / "usb" / "export.pdsync")
                out.write("EXPORTED\n")
    elif workload == "import":
        with OfficeDesk(work / "office", passphrase=passphrase) as office:
            office.imports.files(scene.sync_files)
            out.write("IMPORTED\n")
    else:
        with PointDesk(work / "fresh", passphrase=passphrase) as fresh:
            fresh.lists.load(scene.list_file, trust_office=scene.office_fingerprint)
            out.write("LOADED\n")
    out.close()
    while True:  # wait to be killed: the parent decides when it ends
        time.sleep(1)


def _fresh_laptop(scene: Scene, work: Path) -> None:
    with PointDesk(work / "fresh", passphrase=passphrase) as fresh:
        if fresh.identity() is None:
            fresh.init_keys("point", "máy mới", prefer_keyring=False)


def _workspace(scene: Scene, work: Path, workload: str) -> None:
    """A copy of the template for the workload, unless one is there to go on with (payouts go on)."""
    if workload == "pay":
        if not (work / "device0").exists() or _unpaid(work / "device0" / DB_FILE_NAME) < 5:
            shutil.rmtree(work / "device0", ignore_errors=True)
            shutil.copytree(scene.root / "template" / "device0", work / "device0")
    elif workload == "import":
        shutil.rmtree(work / "office", ignore_errors=True)
        shutil.copytree(scene.root / "template" / "office", work / "office")
    else:
        shutil.rmtree(work / "fresh", ignore_errors=True)
        _fresh_laptop(scene, work)


def _unpaid(db: Path) -> int:
    connection = sqlite3.connect(db)
    try:
        listed = connection.execute("SELECT count(*) FROM list_entries").fetchone()[0]
        paid = connection.execute("SELECT count(*) FROM beneficiary_states WHERE payouts > 0").fetchone()[0]
        return int(listed - paid)
    finally:
        connection.close()


def kill_once(scene: Scene, work: Path, workload: str, rng: random.Random, results: Results) -> None:
    _workspace(scene, work, workload)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the test runner
        os.close(read)
        try:
            _child(workload, scene, work, write)
        finally:
            os._exit(0)
    os.close(write)
    time.sleep(rng.uniform(0.0, 0.35 if workload == "pay" else 0.12))  # an import or a load is quick
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    with os.fdopen(read) as pipe:
        said = pipe.read().split("\n")
    results.kills += 1
    results.by_workload[workload] = results.by_workload.get(workload, 0) + 1
    if workload != "pay" and not any(line in ("IMPORTED", "LOADED") for line in said):
        results.interrupted += 1
    _check(scene, work, workload, [line for line in said if line], results)


def _check(scene: Scene, work: Path, workload: str, said: list[str], results: Results) -> None:
    folder = {"pay": "device0", "import": "office", "load": "fresh"}[workload]
    db = work / folder / DB_FILE_NAME
    problem = _integrity(db)
    if problem != "ok":
        results.integrity_failures.append(f"{workload}: {problem}")
        return
    if workload == "pay":
        acked = [line.split()[1] for line in said if line.startswith("ACK ")]
        results.acknowledged += len(acked)
        connection = sqlite3.connect(db)
        try:
            stored = {e for (e,) in connection.execute("SELECT event_id FROM events WHERE kind = 'payout'")}
        finally:
            connection.close()
        results.lost += [event for event in acked if event not in stored]
        export = work / "usb" / "export.pdsync"
        if export.exists():
            try:
                read_sync_file(open_sealed(export.read_bytes(), scene.device_key))  # sealed, then signed
            except Exception as exc:  # anything but a whole, valid file is a half-written one
                results.half_files.append(f"{export.name}: {exc}")
        stray = (
            [p.name for p in (work / "usb").glob("*") if not p.name.startswith(".")]
            if (work / "usb").exists()
            else []
        )
        results.half_files += [name for name in stray if name != "export.pdsync"]
    elif workload == "import":
        with OfficeDesk(work / "office", passphrase=passphrase) as office:
            office.imports.files(scene.sync_files)  # doing it again must end as doing it once
        if _count(db, "events") != scene.reference_events:
            results.not_idempotent.append(
                f"import: {_count(db, 'events')} events, {scene.reference_events} expected"
            )
    else:
        with PointDesk(work / "fresh", passphrase=passphrase) as fresh:
            fresh.lists.load(scene.list_file, trust_office=scene.office_fingerprint)
            if fresh.lists.status().beneficiaries != scene.listed:
                results.not_idempotent.append("load: the list is not whole after loading again")


def run(kills: int, seed: int = 1, root: Path | None = None) -> Results:
    own = root is None
    base = Path(tempfile.mkdtemp(prefix="payout-crash-")) if root is None else root
    try:
        scene = prepare(base)
        rng = random.Random(seed)
        results = Results()
        work = base / "work"
        work.mkdir(exist_ok=True)
        for i in range(kills):
            kill_once(scene, work, WORKLOADS[i % len(WORKLOADS)], rng, results)
        return results
    finally:
        if own:
            shutil.rmtree(base, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    results = run(args.kills, args.seed)
    print(results.summary())
    print(f"{time.perf_counter() - started:.0f} s")
    return 0 if results.ok else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    sys.exit(main())
