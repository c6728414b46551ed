"""Office over months (issue 15): a register imported and issued for 12 months in a row, then one person's
whole history (`office person`) and the month's unclaimed watch.

Targets (issue 15): `office person` ≤ 50 ms at 50,000 rows × 12 months; import + issue of the register with
12 months of history ≤ 1.3× the same import + issue with none (the first month), in the same run. Nobody is
paid at the office here (no point files), so everyone is "not collected" every month: the longest runs, the
most months the list's history and the watch read back — the worst case for both.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from common import p95, report
from make_register import make_register
from payout_desk.domain.month import Month
from payout_desk.services.common.desk import Desk
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.store.month_history import month_lines

PASS = "benchmark passphrase"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--points", type=int, default=200)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--lookups", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        register = work / "register.xlsx"
        make_register(register, rows=args.rows, points=args.points)
        data_dir = work / "office"
        with Desk(data_dir, passphrase=lambda _new: PASS) as desk:
            desk.init_keys("office", "Bưu điện huyện Benchmark")
        month, rounds = Month.parse("2026-01"), []
        with OfficeDesk(data_dir, passphrase=lambda _new: PASS) as office:
            for _ in range(args.months):
                started = time.perf_counter()
                done = office.registers.import_file(register, str(month), confirm_month=True)
                assert done.committed, done.errors[:3]
                imported = time.perf_counter()
                office.lists.issue(str(month), work / f"lists-{month}")
                rounds.append((imported - started, time.perf_counter() - imported))
                month = month.next()
            with office.db.reading() as session:
                everyone = sorted(month_lines(session, str(month.previous())))
            chosen = random.Random(1).sample(everyone, min(args.lookups, len(everyone)))
            office.people.person(chosen[0])  # warm the connection and the caches once
            lookups = []
            for code in chosen:
                started = time.perf_counter()
                history = office.people.person(code)
                lookups.append((time.perf_counter() - started) * 1000)
                assert len(history.months) == args.months
            started = time.perf_counter()
            watch = office.unclaimed.watch()
            watch_s = time.perf_counter() - started
    first, last = rounds[0], rounds[-1]
    report(
        "people_over_months",
        {
            "rows": args.rows,
            "points": args.points,
            "months": args.months,
            "first_import_s": first[0],
            "first_issue_s": first[1],
            "last_import_s": last[0],
            "last_issue_s": last[1],
            "ratio_last_to_first": sum(last) / sum(first),
            "target_ratio": 1.3,
            "person_median_ms": statistics.median(lookups),
            "person_p95_ms": p95(lookups) if len(lookups) > 1 else lookups[0],
            "person_max_ms": max(lookups),
            "target_person_ms": 50.0,
            "unclaimed_watch_s": watch_s,
            "unclaimed_flagged": len(watch.people),
        },
    )


if __name__ == "__main__":
    main()
