"""Shared bits for the benchmarks: timing, fresh desks, printing figures."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
os.environ.setdefault("PAYOUT_DESK_PASSPHRASE", "benchmark passphrase")

OUT = ROOT / "bench" / "out"


def timed(fn: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """Best wall time of `repeat` runs (seconds) and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def report(name: str, figures: dict[str, Any]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False))
    print(f"== {name}")
    for key, value in figures.items():
        print(f"  {key:40} {value:.3f}" if isinstance(value, float) else f"  {key:40} {value}")
