"""Office: import + issue a 50,000-row register for 200 points, against a bare python-calamine pass.

Target (issue 3): ≤ 6 s and ≤ 2.5× the bare calamine pass over the same file, measured in the same run.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from python_calamine import CalamineWorkbook

from common import report, timed
from make_register import make_register
from payout_desk.services.common.desk import Desk
from payout_desk.services.office.desk import OfficeDesk


def bare_calamine_pass(path: Path) -> int:
    workbook = CalamineWorkbook.from_path(str(path))
    rows = 0
    for name in workbook.sheet_names:
        for _row in workbook.get_sheet_by_name(name).to_python(skip_empty_area=False):
            rows += 1
    return rows


def import_and_issue(path: Path, work: Path, run: int) -> int:
    data_dir = work / f"office-{run}"
    with Desk(data_dir, passphrase=lambda _new: "benchmark passphrase") as desk:
        desk.init_keys("office", "Bưu điện huyện Benchmark")
    with OfficeDesk(data_dir, passphrase=lambda _new: "benchmark passphrase") as office:
        report_ = office.registers.import_file(path, "2026-12")
        assert report_.committed, report_.errors[:3]
        files = office.lists.issue("2026-12", work / f"lists-{run}")
    return len(files)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--points", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        register = work / "register.xlsx"
        make_register(register, rows=args.rows, points=args.points)
        calamine_s, _ = timed(lambda: bare_calamine_pass(register), args.repeat)
        runs = iter(range(args.repeat))
        ours_s, files = timed(lambda: import_and_issue(register, work, next(runs)), args.repeat)
    report(
        "register_import_issue",
        {
            "rows": args.rows,
            "points": args.points,
            "list_files": files,
            "bare_calamine_pass_s": calamine_s,
            "import_and_issue_s": ours_s,
            "ratio_to_calamine": ours_s / calamine_s,
            "target_s": 6.0,
            "target_ratio": 2.5,
        },
    )


if __name__ == "__main__":
    main()
