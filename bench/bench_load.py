"""Point: load a 5,000-beneficiary list, against a raw sqlite3 executemany of the same rows.

Target (issue 3): ≤ 1 s and ≤ 3× the raw executemany (same table, WAL + synchronous=FULL, one commit),
measured in the same run. The load includes reading the file, checking signature and hashes, parsing,
pinning the office key and the database transaction.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from pathlib import Path

from common import insert_sql, raw_table, report, stored_rows, timed
from make_register import make_register
from payout_desk.exchange.listfile import read_list_file
from payout_desk.services.common.desk import Desk
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk
from payout_desk.store.database import DB_FILE_NAME

PASS = "benchmark passphrase"


def issue_one_list(work: Path, rows: int) -> Path:
    register = work / "register.xlsx"
    make_register(register, rows=rows, points=1)
    office_dir = work / "office"
    with Desk(office_dir, passphrase=lambda _new: PASS) as desk:
        desk.init_keys("office", "Bưu điện huyện Benchmark")
    with OfficeDesk(office_dir, passphrase=lambda _new: PASS) as office:
        assert office.registers.import_file(register, "2026-12").committed
        (issued,) = office.lists.issue("2026-12", work / "lists")
    return issued.path


def fresh_point(work: Path, run: int) -> Path:
    point_dir = work / f"point-{run}"
    with Desk(point_dir, passphrase=lambda _new: PASS) as desk:
        desk.init_keys("point", f"Máy {run}")
    return point_dir


def raw_executemany(point_dir: Path, target: Path) -> Callable[[], None]:
    """The very rows the load inserted (read back from the loaded point) into the same table (its indexes
    left out, as this floor has always been measured) with plain sqlite3: WAL, FULL, one transaction."""
    db = point_dir / DB_FILE_NAME
    columns, values = stored_rows(db, "list_entries")
    insert = insert_sql("list_entries", columns)

    def run() -> None:
        connection = raw_table(db, target, "list_entries", indexes=False)
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(insert, values)
        connection.execute("COMMIT")
        connection.close()

    return run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--beneficiaries", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        list_file = issue_one_list(work, args.beneficiaries)
        points = [fresh_point(work, i) for i in range(args.repeat)]
        fingerprint = read_list_file(list_file.read_bytes())[0].signer.fingerprint
        runs = iter(points)

        def load() -> str:
            with PointDesk(next(runs)) as point:
                return point.lists.load(list_file, trust_office=fingerprint).status

        load_s, status = timed(load, args.repeat)
        assert status == "loaded"
        raw_s, _ = timed(raw_executemany(points[0], work / "raw.sqlite3"), args.repeat)
        file_bytes = list_file.stat().st_size
    report(
        "point_load",
        {
            "beneficiaries": args.beneficiaries,
            "list_file_bytes": file_bytes,
            "point_load_s": load_s,
            "raw_sqlite3_executemany_s": raw_s,
            "ratio_to_raw": load_s / raw_s,
            "target_s": 1.0,
            "target_ratio": 3.0,
        },
    )


if __name__ == "__main__":
    main()
