"""Run every benchmark and print the figures (also written to bench/out/*.json, or to --out DIR).

    python bench/run.py                 the full sizes (minutes): the figures README quotes
    python bench/run.py --quick         every benchmark at small sizes (seconds), the same code paths and the
                                        same raw-sqlite3 comparisons; its JSON goes to a new temporary folder
                                        unless --out names one. tests/test_bench.py runs it in the suite.

Each benchmark runs in its own process, even when one before it failed; the exit status is 1 if any did."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT_ENV = "PAYOUT_DESK_BENCH_OUT"  # read by common.report

# script → its arguments at small sizes (--quick); the full run gives none (each script's defaults)
SCRIPTS: dict[str, list[str]] = {
    "bench_register.py": ["--rows", "600", "--points", "6", "--repeat", "1"],
    "bench_load.py": ["--beneficiaries", "300", "--repeat", "2"],
    "bench_ledger.py": ["--payouts", "20", "--list-size", "200", "--points", "4", "--per-point", "20", "--repeat", "1"],
    "bench_gui.py": ["--beneficiaries", "300", "--rounds", "1"],
    "bench_office.py": ["--points", "4", "--per-point", "20", "--refreshes", "3"],
    "bench_reports.py": ["--rows", "40"],
    "bench_door.py": ["--events", "300"],
    "bench_signups.py": ["--people", "200"],
    "bench_people.py": ["--rows", "600", "--points", "6", "--months", "3", "--lookups", "10"],
    "bench_transfers.py": ["--lines", "200", "--repeat", "1"],
    "bench_transfer_results.py": ["--lines", "300", "--repeat", "1"],
    "bench_pg.py": ["--points", "4", "--per-point", "20", "--workers", "2"],  # skips, saying so, without $PAYOUT_DESK_TEST_PG
}  # fmt: skip


def run(quick: bool) -> list[str]:
    """Run each script in a process of its own (its peak memory, Qt application and failures are its own);
    the names of those that failed."""
    failed = []
    for script, quick_args in SCRIPTS.items():
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(HERE / script), *(quick_args if quick else [])], check=False
        )
        if done.returncode != 0:
            failed.append(script)
        print(f"   ({script}: {time.perf_counter() - started:.1f} s)", flush=True)
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small sizes: seconds, for the test suite")
    parser.add_argument("--out", type=Path, help="folder for the *.json figures (default bench/out)")
    args = parser.parse_args()
    out = args.out or (Path(tempfile.mkdtemp(prefix="bench-quick-")) if args.quick else HERE / "out")
    os.environ[OUT_ENV] = str(out)
    failed = run(args.quick)
    print(f"figures in {out}")
    if failed:
        print(f"FAILED: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
