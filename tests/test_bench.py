"""The benchmarks cannot rot: `bench/run.py --quick` runs every one of them at small sizes (the same code
paths and raw-sqlite3 comparisons as the full run) in a subprocess, as a developer runs it, and fails when
any benchmark raises. bench_pg runs only where $PAYOUT_DESK_TEST_PG names a server (it skips, saying so)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.roundkit import load_module

WRITTEN = (
    "register_import_issue",
    "point_load",
    "ledger_payouts",
    "ledger_office_import",
    "gui_point_window",
    "office_dashboard",
    "reports_signature_sheet",
    "door",
    "people_over_months",
    "bank_transfers",
    "bank_transfer_results",
)


def test_every_benchmark_runs_at_small_sizes_and_writes_its_figures(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PYTHONPATH=os.pathsep.join(["src", "."]),
    )
    out = tmp_path / "figures"
    result = subprocess.run(
        [sys.executable, str(REPO / "bench" / "run.py"), "--quick", "--out", str(out)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    for name in WRITTEN:
        figures = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        assert figures and f"== {name}" in result.stdout
    assert json.loads((out / "point_load.json").read_text(encoding="utf-8"))["ratio_to_raw"] > 0


def test_a_benchmark_that_raises_is_reported_and_the_others_still_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "broken.py").write_text("raise RuntimeError('rotten')\n", encoding="utf-8")
    (tmp_path / "fine.py").write_text("import sys\nprint('fine ran with', sys.argv[1:])\n", encoding="utf-8")
    runner = load_module(REPO / "bench" / "run.py")
    monkeypatch.setattr(runner, "HERE", tmp_path)
    monkeypatch.setattr(runner, "SCRIPTS", {"broken.py": [], "fine.py": ["--rows", "3"]})
    assert runner.run(quick=True) == ["broken.py"]
    captured = capfd.readouterr()
    assert "fine ran with ['--rows', '3']" in captured.out and "RuntimeError: rotten" in captured.err
