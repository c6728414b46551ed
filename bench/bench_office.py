"""Office dashboard benchmark: a month of 200 points × 250 beneficiaries with every sync file imported;
how long the month's status (what the dashboard shows) takes to refresh, in the service and in the window.

Target (issue 6): dashboard refresh for 200 points ≤ 200 ms."""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from common import month_of_sync_files, p95, report
from payout_desk.store.database import DB_FILE_NAME

MONTH = "2026-12"


def raw_scan(db: Path) -> float:
    """The floor: one raw sqlite3 pass summing the state cache per list (what any dashboard must read)."""
    connection = sqlite3.connect(db)
    started = time.perf_counter()
    connection.execute(
        "select list_id, status, count(*), sum(paid_amount) from beneficiary_states group by list_id, status"
    ).fetchall()
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def bench_dashboard(work: Path, points: int, per_point: int, refreshes: int) -> dict[str, float | int | str]:
    office, paths, _events = month_of_sync_files(work, points, per_point, doubles=5)
    outcome = office.imports.files(paths)
    assert all(f.status == "imported" for f in outcome.files)
    samples = []
    for _ in range(refreshes):
        started = time.perf_counter()
        status = office.status.month(MONTH)
        samples.append(time.perf_counter() - started)
    figures: dict[str, float | int | str] = {
        "points": len(status.points),
        "beneficiaries": status.totals.beneficiaries,
        "status_p50_ms": sorted(samples)[len(samples) // 2] * 1000,
        "status_p95_ms": p95(samples) * 1000,
        "raw_state_scan_ms": raw_scan(office.data_dir / DB_FILE_NAME) * 1000,
    }
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from payout_desk.ui.qt import QApplication

    app = QApplication.instance() or QApplication([])
    from payout_desk.ui.office_window import OfficeWindow

    window = OfficeWindow(office)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    samples = []
    for _ in range(refreshes):
        started = time.perf_counter()
        window.refresh_now()
        app.processEvents()
        samples.append(time.perf_counter() - started)
    figures["window_refresh_p50_ms"] = sorted(samples)[len(samples) // 2] * 1000
    figures["window_refresh_p95_ms"] = p95(samples) * 1000
    figures["targets"] = "dashboard refresh for 200 points ≤ 200 ms"
    window.close()
    window.deleteLater()
    app.processEvents()
    del window
    office.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--points", type=int, default=200)
    parser.add_argument("--per-point", type=int, default=250)
    parser.add_argument("--refreshes", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report("office_dashboard", bench_dashboard(Path(tmp), args.points, args.per_point, args.refreshes))


if __name__ == "__main__":
    main()
