"""Office (issue 17): the bank's result file for 10,000 transfers taken in — a generated register of people
paid by transfer imported and its batches written (bench_transfers' register), then one result file of every
line (xlsx, as a bank sends it; one line in fifty failed and carried to next month) imported through
`office.bank_results`: read, each line matched, recorded, the import stored. Then the same file again (every
line unchanged).

Compared in the same run with reading the file alone (exchange/bank_results.read_results: calamine and the
header search), the floor under the import."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from openpyxl import Workbook

from bench_transfers import office, rows, write_register
from common import MONTH, passphrase, report, timed
from payout_desk.domain.transfer_results import Verdict
from payout_desk.exchange.bank_results import read_results
from payout_desk.exchange.bank_table import bank_table
from payout_desk.services.office.desk import OfficeDesk

HEAD = ("STT", "Số tài khoản", "Tên người thụ hưởng", "Số tiền", "Nội dung", "Trạng thái", "Mô tả lỗi",
        "Số tham chiếu")  # fmt: skip


def write_results(path: Path, lines: int) -> int:
    """Every transfer answered, one in fifty failed; the number failed."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("KetQua")
    sheet.append(["KẾT QUẢ XỬ LÝ LỆNH CHI THEO LÔ"])
    sheet.append(list(HEAD))
    failed = 0
    for row in rows(lines):
        bad = row[0] % 50 == 0
        failed += bad
        sheet.append([row[0], row[6], row[8], row[4], f"Tro cap NCC thang 12/2026 - {row[1]}",
                      "Thất bại" if bad else "Thành công", "Tài khoản không tồn tại" if bad else "",
                      f"FT26336{row[0]:07d}"])  # fmt: skip
    workbook.save(path)
    return failed


def main() -> None:
    parser = argparse.ArgumentParser(description="the bank's result file for N transfers taken in")
    for option, default in (("--lines", 10_000), ("--repeat", 3)):
        parser.add_argument(option, type=int, default=default)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        register, results = work / "register.xlsx", work / "ket_qua.xlsx"
        write_register(register, args.lines)
        failed = write_results(results, args.lines)
        read_s, parsed = timed(lambda: read_results(results, bank_table()), args.repeat)
        assert len(parsed.lines) == args.lines
        best, again_best = float("inf"), float("inf")
        for run in range(args.repeat):
            with OfficeDesk(office(work, f"office-{run}"), passphrase=passphrase) as desk:
                desk.registers.import_file(register, MONTH, confirm_month=True)
                desk.bank.write(MONTH, work / f"out-{run}")
                import_s, done = timed(
                    lambda d=desk: d.bank_results.import_file(results, MONTH, failed="carry")
                )
                assert done.count(Verdict.PAID) == args.lines - failed and len(done.carried) == failed
                again_s, again = timed(
                    lambda d=desk: d.bank_results.import_file(results, MONTH, failed="carry")
                )
                assert again.count(Verdict.UNCHANGED) == args.lines and not again.changed
            best, again_best = min(best, import_s), min(again_best, again_s)
    report(
        "bank_transfer_results",
        {
            "result_lines": args.lines,
            "failed_carried": failed,
            "results_import_s": best,
            "same_file_again_s": again_best,
            "read_file_only_s": read_s,
            "import_ratio_to_reading_alone": best / read_s,
        },
    )


if __name__ == "__main__":
    main()
