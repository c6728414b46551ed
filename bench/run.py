"""Run every benchmark and print the figures (also written to bench/out/*.json)."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

for script in ("bench_register.py", "bench_load.py", "bench_ledger.py", "bench_gui.py", "bench_reports.py"):
    sys.argv = [script]
    runpy.run_path(str(HERE / script), run_name="__main__")
