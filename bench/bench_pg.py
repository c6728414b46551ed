"""The office on PostgreSQL: clerks importing a month of sync files at once.

Target (issue 6): 200 sync files × 250 payouts (and, at every tenth point, a second laptop's file paying
five of them again: double payouts to find) imported by 4 worker processes at the same time into one
PostgreSQL database — the files split between them, with some files given to two workers and some
repeated — end in exactly the state one worker importing them all gives (events, states, conflicts,
status per point). Needs a server: $PAYOUT_DESK_TEST_PG (.ci/run sets one up); skipped without.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import MONTH, ROOT, month_of_sync_files, report

sys.path.insert(0, str(ROOT))
from tests.pg.server import (
    TEST_PG_ENV,
    import_in_process,
    office_state,
    scratch_database,
    server_url,
    timed_import,
)

DOUBLES = 5  # every tenth point has a second laptop that pays its first five people again


def shares(paths: list[Path], workers: int) -> list[list[Path]]:
    """Each worker a slice of the files, plus the first tenth of the next worker's slice (taken by two
    workers at about the same time), plus its own first five again at the end (repeats)."""
    size = -(-len(paths) // workers)
    slices = [paths[i * size : (i + 1) * size] for i in range(workers)]
    return [
        [*mine, *slices[(i + 1) % workers][: max(1, size // 10)], *mine[:5]] for i, mine in enumerate(slices)
    ]


def bench_concurrent_import(
    work: Path, server: str, points: int, per_point: int, workers: int
) -> dict[str, Any]:
    with scratch_database(server) as issued:
        office, paths, events = month_of_sync_files(work, points, per_point, issued, doubles=DOUBLES)
        office.close()
        office_dir = work / "office"
        with scratch_database(server, issued) as one, scratch_database(server, issued) as many:
            started = time.perf_counter()
            single = import_in_process(office_dir, one, paths)
            one_s = time.perf_counter() - started
            assert all(status == "imported" for status, _n in single)
            batches = shares(paths, workers)
            context = multiprocessing.get_context("spawn")
            with context.Manager() as manager, context.Pool(workers) as pool:
                start = manager.Barrier(workers)
                results = pool.starmap(timed_import, [(office_dir, many, batch, start) for batch in batches])
            many_s = max(end for _b, end, _o in results) - min(begun for begun, _e, _o in results)
            outcomes = [o for _b, _e, batch in results for o in batch]
            expected = office_state(office_dir, one, MONTH)
            got = office_state(office_dir, many, MONTH)
    identical = got == expected
    assert identical, "the concurrent import differs from the single one"
    return {
        "files": len(paths),
        "events": events,
        "workers": workers,
        "files_given_to_workers": sum(len(b) for b in batches),
        "one_worker_s": one_s,
        f"{workers}_workers_s": many_s,
        "speedup": one_s / many_s,
        "events_stored": len(got["rows"]["events"]),
        "states_stored": len(got["rows"]["beneficiary_states"]),
        "conflicts": len(got["rows"]["conflicts"]),
        "conflicts_expected": -(-points // 10) * DOUBLES,
        "paid_count": got["status"]["totals"]["paid_count"],
        "rejected_by_workers": sum(1 for status, _n in outcomes if status == "rejected"),
        "state_identical_to_one_worker": identical,
        "target": "same state as one worker",
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--points", type=int, default=200)
    parser.add_argument("--per-point", type=int, default=250)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    server = server_url()
    if server is None:
        print(f"== pg_concurrent_import skipped: set {TEST_PG_ENV} to a PostgreSQL URL (.ci/run sets one up)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        figures = bench_concurrent_import(Path(tmp), server, args.points, args.per_point, args.workers)
    report("pg_concurrent_import", figures)


if __name__ == "__main__":
    main()
