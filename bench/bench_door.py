"""The door's cost (domain/door.py): one sync file of 20,000 payouts, parsed (read_sync_file, where the
door runs on every event) and imported by the office.

Before/after: `python bench/bench_door.py [SRC] [--events N]` with SRC a source tree of another version
(`git archive c3ba5f7 src | tar -x -C /tmp/before`, then SRC=/tmp/before/src); default this tree's."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from common import month_of_sync_files, report  # common puts this tree's src first on sys.path


def bench_door(events: int) -> dict[str, float | int | str]:
    from payout_desk.exchange.syncfile import read_sync_file

    with tempfile.TemporaryDirectory() as tmp:
        office, paths, _events = month_of_sync_files(Path(tmp), 1, events)
        data = paths[0].read_bytes()
        parses = []
        for _ in range(3):
            started = time.perf_counter()
            read_sync_file(data)
            parses.append(time.perf_counter() - started)
        started = time.perf_counter()
        outcome = office.imports.files(paths)
        imported = time.perf_counter() - started
        assert outcome.files[0].status == "imported", outcome.files[0].reason
        office.close()
    return {
        "events": events,
        "file_bytes": len(data),
        "parse_min_s": min(parses),
        "office_import_s": imported,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "src", nargs="?", help="another version's src folder (imported instead of this tree's)"
    )
    parser.add_argument("--events", type=int, default=20_000)
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, args.src)
    report("door", bench_door(args.events))


if __name__ == "__main__":
    main()
