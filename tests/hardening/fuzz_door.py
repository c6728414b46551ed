"""A fuzz harness for the door (issue 13, item 9): VALID signed files mutated at the JSON level and signed
again with the REAL enrolled key — a hostile but enrolled laptop (sync files at the office, peer files at
the sibling laptop) or office key (amendments at a laptop) — handed to the desk that takes them in.

Each case must end one of two ways: refused (a DeskError carrying a Text: one sentence) with the
receiver's SQLite dump unchanged (a fork's flag aside), or taken in (possibly with flags or conflicts).
Either way, afterwards every view renders: the office's status, settlement xlsx and PDF and signature
sheet, or the laptop's status, roster, person details and signature sheet; the office and point windows
every `--window-every` cases. Taken-in cases are undone (the receivers' databases are restored from a
snapshot with SQLite's backup API) so each case starts from the same valid state.

    PYTHONPATH=src:. python -m tests.hardening.fuzz_door --cases 10000 --seed 1

prints the counts refused / flagged / accepted per file kind, the crashes, the slowest case and the peak
memory of taking a file in (tracemalloc), and exits 1 on any crash. The suite runs a few hundred cases
(tests/hardening/test_fuzz_door.py)."""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
import traceback
import tracemalloc
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from payout_desk.domain.canonical import canonical_json
from payout_desk.domain.ledger import GENESIS, event_hash
from payout_desk.exchange.amendfile import AMEND_MEMBER
from payout_desk.exchange.container import build, open_signed
from payout_desk.exchange.syncfile import build_sync_file, read_sync_file
from payout_desk.lang import Explained
from payout_desk.services.common.errors import DeskError
from payout_desk.store.database import DB_FILE_NAME
from tests.hardening.oddities import bomb_png, junk_png
from tests.hardening.test_signed_matrix import Kit, db_rows, make_kit
from tests.roundkit import MONTH, Round, make_round, png

KINDS = ("sync", "peer", "amendment")
PENDING: dict[str, str] = {
    # failures a part of the work not yet merged fixes: words of the exception → the part. They are counted
    # and reported, and not held against the acceptance while that part is not in. Empty: every one is a
    # crash.
}

# odd values ------------------------------------------------------------------------------------------

TIMES = (
    "soon",
    "",
    "9999-12-31T23:59:59Z",
    "0001-01-01T00:00:00Z",
    "2099-12-03T02:00:00Z",
    "1999-12-03T02:00:00Z",
    "2026-12-03T02:00:00",
    "2026-02-30T25:61:00Z",
    "2026-12-03T09:00:00+07:00",
    "2026-11-03T09:00:00+07:00",
)
AMOUNTS: tuple[Any, ...] = (0, -1, 1, 2**31, 2**53 + 1, 10**15, 10**15 + 1, -(10**15), 10**18, 2**63, 2**64)
TEXTS = (
    "",
    " ",
    "\x00\x01\x02",
    "Trần\x02 Văn Bảy",
    "\u202etxt.exe",
    "<b>đã quyết định</b>",
    "<font color=red>chưa chi — chi lại</font>",
    '=HYPERLINK("http://x","bấm")',
    "@SUM(1+1)",
    "x" * 5_000,
    "Nguyễn\u0300\u0301\u0303 Văn",
    "\ud7ff\ufeff\ufffe",
)
OTHER_TYPES: tuple[Any, ...] = (None, True, 1.5, [], {}, [1, 2], {"a": {"b": None}}, 7)


@dataclass
class Pools:
    """Values from the round that make a mutation hostile rather than random: other lists, people, ids."""

    list_ids: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)  # own, the sibling's, any
    key_id: str = ""

    def odd(self, rng: random.Random, field_name: str) -> Any:
        pools: list[tuple[Any, ...] | list[Any]] = [OTHER_TYPES, TEXTS, AMOUNTS]
        if field_name in {"at_utc", "at_local", "date", "created_at", "issued_at"}:
            pools += [TIMES, TIMES]
        if field_name in {"list_id"}:
            pools += [self.list_ids, self.list_ids]
        if field_name in {"beneficiary", "code"}:
            pools += [self.codes, self.codes]
        if field_name in {"id", "target"}:
            pools += [self.event_ids, self.event_ids]
        if field_name == "device":
            k = self.key_id
            pools += [(f"{k}.1", f"{k}.01", f"{k}.x", f"{k}.2", f"{k}.-1", k.lower(), "")]
        return rng.choice(rng.choice(pools))


EVENT_FIELDS = ("id", "device", "list_id", "seq", "kind", "staff", "at_utc", "at_local", "revision",
                "beneficiary", "amount", "target", "data")  # fmt: skip
DATA_KEYS = ("proxy", "signature", "note", "report", "date", "reported_by", "at_home", "thumbprint",
             "denominations", "reason", "id_check", "unknown-key")  # fmt: skip
KIND_VALUES = ("payout", "void", "report", "cash-received", "cash-returned", "cash-count", "day-closed",
               "note", "mystery", "PAYOUT", "")  # fmt: skip


# sync and peer files ---------------------------------------------------------------------------------


def _chained(events: list[dict[str, Any]], renumber: bool) -> list[bytes]:
    lines, prev = [], GENESIS
    for seq, event in enumerate(events, start=1):
        if renumber:
            event["seq"] = seq
        event["prev"] = prev
        try:
            line = canonical_json(event)
        except (TypeError, ValueError):
            line = json.dumps(event, ensure_ascii=False, default=str).encode("utf-8", "surrogatepass")
        lines.append(line)
        prev = event_hash(line)
    return lines


def mutate_sync(kit: Kit, pools: Pools, rng: random.Random) -> tuple[bytes, str]:
    """The valid sync file's history mutated (1 to 3 mutations), re-chained and signed by the device."""
    _signed, doc = read_sync_file(kit.valid)
    events = [e.to_json() for e in doc.events]
    header, signatures = doc.header, dict(doc.signatures)
    names, renumber = [], True
    for _ in range(rng.randint(1, 3)):
        name = rng.choice(SYNC_MUTATIONS)
        names.append(name)
        if name == "event-field":
            event, key = rng.choice(events), rng.choice(EVENT_FIELDS)
            event[key] = pools.odd(rng, key)
            renumber = renumber and key != "seq"
        elif name == "data-key":
            event, key = rng.choice(events), rng.choice(DATA_KEYS)
            data = event["data"] if isinstance(event.get("data"), dict) else {}
            data[key] = pools.odd(rng, key) if rng.random() < 0.7 else {"name": rng.choice(TEXTS)}
            event["data"] = data
        elif name == "kind":
            rng.choice(events)["kind"] = rng.choice(KIND_VALUES)
        elif name == "duplicate":
            events.insert(rng.randrange(len(events) + 1), dict(rng.choice(events)))
        elif name == "drop" and len(events) > 1:
            events.pop(rng.randrange(len(events)))
        elif name == "reorder":
            rng.shuffle(events)
        elif name == "void":
            events.append(_new_event(events, "void", target=rng.choice(pools.event_ids or [""])))
        elif name == "flood":
            events += [
                _new_event(events, "cash-received", amount=rng.choice((10**15, 10**15 + 1, 2**62)))
                for _ in range(rng.choice((10, 1000, 3000)))
            ]
        elif name == "report-everyone":
            events += [
                _new_event(
                    events, "report", beneficiary=code, data={"report": "deceased", "date": "2026-12-01"}
                )
                for code in pools.codes
            ]
        elif name == "image":
            signatures = _odd_image(events, signatures, rng)
        elif name == "header":
            key = rng.choice([f.name for f in dataclasses.fields(header)])
            header = dataclasses.replace(header, **{key: pools.odd(rng, key)})
    lines = _chained(events, renumber)
    head = event_hash(lines[-1]) if lines else GENESIS
    try:
        data = build_sync_file(header, lines, head, signatures, totals={}, key=kit.device_key)
    except (TypeError, ValueError, AttributeError):  # a header value the builder cannot even write
        data = build_sync_file(doc.header, lines, head, signatures, totals={}, key=kit.device_key)
    return data, "+".join(names)


def _new_event(events: list[dict[str, Any]], kind: str, **fields: Any) -> dict[str, Any]:
    template = dict(events[-1]) if events else {}
    template.update(
        {
            "id": hashlib.sha256(os.urandom(16)).hexdigest()[:32],
            "kind": kind,
            "beneficiary": None,
            "amount": 0,
            "target": None,
            "data": {},
            "seq": len(events) + 1,
        }
    )
    template.update(fields)
    return template


def _odd_image(
    events: list[dict[str, Any]], signatures: dict[str, bytes], rng: random.Random
) -> dict[str, bytes]:
    """A payout's signature image replaced by junk, a bomb or a large picture (the event names its hash)."""
    image = rng.choice(
        (junk_png(), bomb_png(rng.choice((3_000, 13_000))), os.urandom(200_000), png(3_000, 2_000))
    )
    sha = hashlib.sha256(image).hexdigest()
    payouts = [e for e in events if e.get("kind") == "payout" and isinstance(e.get("data"), dict)]
    if payouts:
        rng.choice(payouts)["data"]["signature"] = sha
    return {**signatures, sha: image}


SYNC_MUTATIONS = ("event-field", "event-field", "data-key", "data-key", "kind", "duplicate", "drop", "reorder",
                  "void", "void", "flood", "report-everyone", "image", "header")  # fmt: skip


# amendment files -------------------------------------------------------------------------------------


def mutate_amendment(kit: Kit, pools: Pools, rng: random.Random) -> tuple[bytes, str]:
    """The valid amendment's JSON mutated and signed again by the office's key, its manifest consistent."""
    signed = open_signed(kit.valid)
    body = json.loads(signed.members[AMEND_MEMBER])
    changes = body["changes"]
    names = []
    for _ in range(rng.randint(1, 3)):
        name = rng.choice(AMEND_MUTATIONS)
        names.append(name)
        if name == "change-field":
            key = rng.choice(("seq", "kind", "code", "issued_at", "reason", "date", "beneficiary"))
            rng.choice(changes)[key] = pools.odd(rng, key)
        elif name == "add":
            person = {
                "code": rng.choice([*pools.codes, "NEW001"]),
                "name": rng.choice(TEXTS),
                "total": rng.choice(AMOUNTS),
            }
            changes.append({"seq": len(changes) + 1, "kind": "add", "code": person["code"],
                            "issued_at": changes[-1]["issued_at"], "beneficiary": person})  # fmt: skip
        elif name == "body-field":
            key = rng.choice(("list_id", "month", "point", "office", "issued_at"))
            body[key] = pools.odd(rng, key)
        elif name == "duplicate":
            changes.append(dict(rng.choice(changes)))
        elif name == "drop" and len(changes) > 1:
            changes.pop(rng.randrange(len(changes)))
        elif name == "reorder":
            rng.shuffle(changes)
    try:
        member = canonical_json(body)
    except (TypeError, ValueError):
        member = json.dumps(body, default=str).encode()
    fields = {
        k: v
        for k, v in signed.manifest.items()
        if k not in {"format", "version", "kind", "signer", "members"}
    }
    return build("amendment", fields, {**signed.members, AMEND_MEMBER: member}, kit.office_key), "+".join(
        names
    )


AMEND_MUTATIONS = ("change-field", "change-field", "add", "body-field", "duplicate", "drop", "reorder")


# the run ---------------------------------------------------------------------------------------------


@dataclass
class Stats:
    outcomes: Counter[tuple[str, str]] = field(default_factory=Counter)  # (kind, refused|flagged|accepted)
    crashes: list[str] = field(default_factory=list)
    pending: Counter[str] = field(default_factory=Counter)  # view failures another part fixes
    slowest: dict[str, tuple[float, str]] = field(default_factory=dict)
    peak: dict[str, int] = field(default_factory=dict)
    cases: int = 0

    def pend(self, error: str) -> bool:
        """Count `error` as pending on another part if it is one of PENDING's."""
        words = next((w for w in PENDING if w in error), None)
        if words:
            self.pending[words] += 1
        return words is not None

    def summary(self) -> str:
        lines = [f"{self.cases} cases"]
        for kind in KINDS:
            counts = {o: self.outcomes[(kind, o)] for o in ("refused", "flagged", "accepted")}
            slow = self.slowest.get(kind, (0.0, ""))
            lines.append(
                f"  {kind:9} refused {counts['refused']}, flagged {counts['flagged']}, accepted "
                f"{counts['accepted']}; slowest {slow[0]:.2f} s ({slow[1]}); peak "
                f"{self.peak.get(kind, 0) / 2**20:.1f} MB"
            )
        lines.append(f"  crashes {len(self.crashes)}")
        lines += [f"  pending ({PENDING[name]}): {n}" for name, n in self.pending.items()]
        lines += [f"    {crash}" for crash in self.crashes[:20]]
        return "\n".join(lines)


class Harness:
    """One round, three receivers, and the snapshot every taken-in case is undone to."""

    def __init__(self, root: Path, *, measure_memory: bool = True) -> None:
        self.root = root
        self.game: Round = make_round(root)
        sync = make_kit(self.game, "sync")
        self.kits = {
            "sync": sync,
            "peer": Kit(self.game, "peer", files=sync.files),
            "amendment": make_kit(self.game, "amendment"),
        }
        self.pools = self._pools()
        self.measure_memory = measure_memory
        self.snapshots = {d: self._snapshot(d) for d in self._receivers()}
        self.views_out = root / "views"
        self.views_out.mkdir()

    def _receivers(self) -> list[Path]:
        return [self.game.office.data_dir, self.game.devices[1].data_dir]

    def _pools(self) -> Pools:
        office = self.game.office
        with sqlite3.connect(office.data_dir / DB_FILE_NAME) as c:
            list_ids = [r[0] for r in c.execute("SELECT DISTINCT list_id FROM payout_lists")]
            codes = [r[0] for r in c.execute("SELECT DISTINCT code FROM list_entries")]
        ids = []
        for name in ("valid", "other"):
            ids += [e.event_id for e in read_sync_file(self.kits["sync"].files[name])[1].events]
        return Pools(
            [*list_ids, "", "x" * 40],
            [*codes, "NOBODY"],
            [*ids, "no-such-id"],
            self.kits["sync"].device_key.public.key_id,
        )

    @staticmethod
    def _snapshot(data_dir: Path) -> sqlite3.Connection:
        memory = sqlite3.connect(":memory:")
        with sqlite3.connect(data_dir / DB_FILE_NAME) as live:
            live.backup(memory)
        return memory

    def _restore(self, data_dir: Path) -> None:
        live = sqlite3.connect(data_dir / DB_FILE_NAME)
        try:
            self.snapshots[data_dir].backup(live)
        finally:
            live.close()

    def close(self) -> None:
        self.game.close()

    # one case -----------------------------------------------------------------------------------

    def case(self, n: int, rng: random.Random, stats: Stats, window: bool) -> None:
        kind = KINDS[n % len(KINDS)]
        kit = self.kits[kind]
        try:
            data, name = (mutate_amendment if kind == "amendment" else mutate_sync)(kit, self.pools, rng)
        except Exception:  # a mutation the builders refuse to write is no case
            return
        stats.cases += 1
        label = f"#{n} {kind} {name}"
        before = db_rows(kit.receiver_dir)
        conflicts_before = self._conflicts(kit)
        if self.measure_memory:
            tracemalloc.start()
        started = time.perf_counter()
        try:
            outcome, reason = kit.receive(data)
        except (DeskError, Explained) as exc:  # a desk that raised its sentence instead of returning it
            outcome, reason = "refused", str(exc)
        except Exception:  # the point of the harness: any other exception is a crash
            outcome, reason = "crashed", traceback.format_exc(limit=-2)
            if not stats.pend(reason):
                stats.crashes.append(f"{label}: taking in: {reason}")
        finally:
            seconds = time.perf_counter() - started
            if self.measure_memory:
                stats.peak[kind] = max(stats.peak.get(kind, 0), tracemalloc.get_traced_memory()[1])
                tracemalloc.stop()
        if seconds > stats.slowest.get(kind, (0.0, ""))[0]:
            stats.slowest[kind] = (seconds, name)
        if outcome == "refused":
            after = db_rows(kit.receiver_dir)
            after.pop("device_forks", None)
            before.pop("device_forks", None)
            if after != before:
                stats.crashes.append(f"{label}: refused ({reason}) but the database changed")
            if not reason.strip() or "Traceback" in reason or "\n" in reason.strip():
                stats.crashes.append(f"{label}: refused without one clear sentence: {reason!r}")
            stats.outcomes[(kind, "refused")] += 1
            self._restore(kit.receiver_dir)
            return
        if outcome == "crashed" and db_rows(kit.receiver_dir) != before:
            stats.crashes.append(f"{label}: a crash while taking in left a partial import")
        if outcome != "crashed":
            flagged = self._conflicts(kit) > conflicts_before
            stats.outcomes[(kind, "flagged" if flagged else "accepted")] += 1
        self._views(kit, label, stats, window)
        self._restore(kit.receiver_dir)

    def _conflicts(self, kit: Kit) -> int:
        with sqlite3.connect(kit.receiver_dir / DB_FILE_NAME) as c:
            found = c.execute("SELECT (SELECT count(*) FROM conflicts) + (SELECT count(*) FROM device_forks)")
            return int(found.fetchone()[0])

    def _views(self, kit: Kit, label: str, stats: Stats, window: bool) -> None:
        game, out = self.game, self.views_out
        if kit.kind == "sync":
            office = game.office
            views: list[tuple[str, Callable[[], object]]] = [
                ("status", lambda: _flag_count(office.status.month(MONTH))),
                ("settlement xlsx", lambda: office.papers.settlement(MONTH, out / "s.xlsx")),
                ("settlement pdf", lambda: office.papers.settlement_report(MONTH, out / "s.pdf")),
                ("signature sheet", lambda: office.papers.signature_sheet(MONTH, out / "k.pdf")),
            ]
            if window:
                views.append(("office window", lambda: _office_window(office)))
        else:
            desk = game.devices[1]
            views = [
                ("status", desk.lists.status),
                ("roster", desk.roster.rows),
                ("details", lambda: [desk.roster.detail(r.code) for r in desk.roster.rows()]),
                ("signature sheet", lambda: desk.papers.signature_sheet(out / "k.pdf")),
            ]
            if window:
                views.append(("point window", lambda: _point_window(desk)))
        for name, render in views:
            try:
                render()
            except Exception:  # any exception in a view is what the harness finds
                found = traceback.format_exc(limit=-2)
                if not stats.pend(found):
                    stats.crashes.append(f"{label}: view {name}: {found}")


def _flag_count(status: Any) -> int:
    return sum(len(p.flags) for p in status.points)


def _qt_app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from payout_desk.ui.qt import QApplication

    return QApplication.instance() or QApplication([])


def _office_window(desk: Any) -> None:
    app = _qt_app()
    from payout_desk.ui.office_window import OfficeWindow

    window = OfficeWindow(desk)
    window.show()
    window.month.setCurrentText(MONTH)
    window.refresh_now()
    for row in window.conflicts.model.rows():
        window.conflicts.select(row.key)
    app.processEvents()
    window.close()
    window.deleteLater()
    app.processEvents()


def _point_window(desk: Any) -> None:
    app = _qt_app()
    from payout_desk.ui.point_window import PointWindow
    from tests.roundkit import CLERKS

    window = PointWindow(desk, CLERKS[0])
    window.show()
    for row in desk.roster.rows():
        window.select_code(row.code)
    app.processEvents()
    window.close()
    window.deleteLater()
    app.processEvents()


def run(
    cases: int,
    seed: int,
    root: Path,
    *,
    window_every: int = 100,
    measure_memory: bool = True,
    progress_every: int = 0,
) -> Stats:
    rng, stats = random.Random(seed), Stats()
    harness = Harness(root, measure_memory=measure_memory)
    started = time.perf_counter()
    try:
        for n in range(cases):
            harness.case(n, rng, stats, window=window_every > 0 and n % window_every == window_every - 1)
            for path in (root / "attacks").glob("*"):  # each hostile file once handed over
                path.unlink()
            if progress_every and (n + 1) % progress_every == 0:
                print(f"{stats.summary()}\n  {time.perf_counter() - started:.0f} s so far", flush=True)
    finally:
        harness.close()
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--window-every", type=int, default=100)
    parser.add_argument("--no-memory", action="store_true", help="skip tracemalloc (3× faster)")
    parser.add_argument("--progress", type=int, default=0, help="print the counts every N cases")
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    os.environ.setdefault("PAYOUT_DESK_LANG", "en")
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        stats = run(args.cases, args.seed, Path(tmp), window_every=args.window_every,
                    measure_memory=not args.no_memory, progress_every=args.progress)  # fmt: skip
        print(stats.summary())
        print(f"  {time.perf_counter() - started:.0f} s in all")
    return 1 if stats.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
