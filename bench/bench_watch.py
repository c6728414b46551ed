"""The dashboard's unclaimed watch on every refresh (issue 15 loose ends): a district's register imported and
issued for months in a row with nobody paid (everyone's run unbroken: the watch reads every month back, the
worst case), then the watch asked as a refresh asks it — cold (what every refresh cost before the watch was
kept: a fresh part reads the months again) and kept (the data's mark unchanged: one small query).

    python bench/bench_watch.py [--rows 20000] [--points 100] [--months 6] [--refreshes 20]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from common import report
from make_register import make_register
from payout_desk.domain.month import Month
from payout_desk.services.common.desk import Desk
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.office.unclaimed import UnclaimedWatchPart
from payout_desk.store.marks import history_mark

PASS = "benchmark passphrase"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--points", type=int, default=100)
    parser.add_argument("--months", type=int, default=6)
    parser.add_argument("--refreshes", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        register = work / "register.xlsx"
        make_register(register, rows=args.rows, points=args.points)
        data_dir = work / "office"
        with Desk(data_dir, passphrase=lambda _new: PASS) as desk:
            desk.init_keys("office", "Bưu điện huyện Benchmark")
        month = Month.parse("2026-01")
        with OfficeDesk(data_dir, passphrase=lambda _new: PASS) as office:
            for _ in range(args.months):
                done = office.registers.import_file(register, str(month), confirm_month=True)
                assert done.committed, done.errors[:3]
                office.lists.issue(str(month), work / f"lists-{month}")
                month = month.next()
            cold = []
            for _ in range(3):
                fresh = UnclaimedWatchPart(office)  # nothing kept: as every refresh read it before
                started = time.perf_counter()
                watch = fresh.watch()
                cold.append(time.perf_counter() - started)
            office.unclaimed.watch()
            kept = []
            for _ in range(args.refreshes):
                started = time.perf_counter()
                again = office.unclaimed.watch()
                kept.append((time.perf_counter() - started) * 1000)
                assert again.people == watch.people
            with office.db.reading() as session:
                started = time.perf_counter()
                history_mark(session)
                mark_ms = (time.perf_counter() - started) * 1000
    report(
        "unclaimed_watch_kept",
        {
            "rows": args.rows,
            "points": args.points,
            "months": args.months,
            "flagged": len(watch.people),
            "cold_watch_median_s": statistics.median(cold),
            "kept_watch_median_ms": statistics.median(kept),
            "kept_watch_max_ms": max(kept),
            "mark_query_ms": mark_ms,
        },
    )


if __name__ == "__main__":
    main()
