"""Run every benchmark and print the figures (also written to bench/out/*.json)."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

SCRIPTS = (
    "bench_register.py",
    "bench_load.py",
    "bench_ledger.py",
    "bench_gui.py",
    "bench_office.py",
    "bench_reports.py",
    "bench_pg.py",
)

if __name__ == "__main__":  # bench_pg's worker processes import this module again: run nothing then
    for script in SCRIPTS:  # bench_pg.py skips, saying so, without $PAYOUT_DESK_TEST_PG
        sys.argv = [script]
        runpy.run_path(str(HERE / script), run_name="__main__")
