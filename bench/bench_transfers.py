"""Office (issue 17): the month's bank-transfer batches for 10,000 people paid by transfer — a generated
register with account, bank and holder columns imported (timed too), then `office transfers` writing, per
bank, the xlsx, the transfer list PDF and the signed manifest, and marking every line sent.

Compared in the same run with a bare openpyxl write of the same lines into one workbook (the floor for the
bank files alone): the batch export also draws the PDFs, signs the manifests and stores every file."""

from __future__ import annotations

import argparse
import io
import tempfile
from pathlib import Path

from openpyxl import Workbook

from common import MONTH, passphrase, report, timed
from payout_desk.services.common.desk import Desk
from payout_desk.services.office.desk import OfficeDesk

BANKS = ("Agribank", "Vietcombank", "BIDV", "VietinBank", "Techcombank", "MB", "ACB", "Sacombank")
HEAD = ("STT", "Mã đối tượng", "Họ và tên", "Điểm chi trả", "Tổng cộng", "Hình thức nhận", "Số tài khoản",
        "Ngân hàng", "Chủ tài khoản")  # fmt: skip
GIVEN = ("An", "Bình", "Cúc", "Dũng", "Hoa", "Khánh", "Lan", "Minh", "Nga", "Phúc")


def rows(lines: int) -> list[tuple[object, ...]]:
    """`lines` people paid by transfer at 20 points, each with an account at one of eight banks."""
    return [
        (i, f"NCC{i:06d}", f"Nguyễn Văn {GIVEN[i % len(GIVEN)]} {i}", f"Điểm BĐVHX số {i % 20 + 1}",
         2_000_000 + (i % 97) * 1_000, "Chuyển khoản", f"{1_000_000_000 + i * 7:013d}", BANKS[i % len(BANKS)],
         f"NGUYEN VAN {i}")
        for i in range(1, lines + 1)
    ]  # fmt: skip


def write_register(path: Path, lines: int) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("DS chi tra")
    sheet.append(["DANH SÁCH CHI TRẢ TRỢ CẤP ƯU ĐÃI NGƯỜI CÓ CÔNG", None])
    sheet.append(["Tháng 12 năm 2026"])
    sheet.append(list(HEAD))
    for row in rows(lines):
        sheet.append(list(row))
    workbook.save(path)


def bare_openpyxl(lines: int) -> int:
    """The same lines written into one workbook with openpyxl and nothing else."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Chuyen khoan")
    sheet.append(["STT", "Số tài khoản", "Tên người thụ hưởng", "Số tiền", "Ngân hàng", "Nội dung"])
    for row in rows(lines):
        sheet.append([row[0], row[6], row[8], row[4], row[7], f"Tro cap NCC thang 12/2026 - {row[1]}"])
    out = io.BytesIO()
    workbook.save(out)
    return len(out.getvalue())


def office(work: Path, name: str) -> Path:
    data_dir = work / name
    with Desk(data_dir, passphrase=passphrase) as desk:
        desk.init_keys("office", "Bưu điện huyện Benchmark")
    return data_dir


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        register = work / "register.xlsx"
        write_register(register, args.lines)
        bare_s, _ = timed(lambda: bare_openpyxl(args.lines), args.repeat)
        best_import, best_export, batches = float("inf"), float("inf"), 0
        for run in range(args.repeat):
            with OfficeDesk(office(work, f"office-{run}"), passphrase=passphrase) as desk:
                import_s, done = timed(
                    lambda d=desk: d.registers.import_file(register, MONTH, confirm_month=True)
                )
                assert done.committed and done.non_cash == args.lines, done.errors[:3]
                export_s, written = timed(lambda d=desk, r=run: d.bank.write(MONTH, work / f"out-{r}"))
                assert sum(b.lines for b in written.batches) == args.lines and not written.left_out
                batches = len(written.batches)
            best_import, best_export = min(best_import, import_s), min(best_export, export_s)
    report(
        "bank_transfers",
        {
            "transfer_lines": args.lines,
            "banks": batches,
            "register_import_s": best_import,
            "batch_export_s": best_export,
            "bare_openpyxl_write_s": bare_s,
            "export_ratio_to_bare_openpyxl": best_export / bare_s,
        },
    )


if __name__ == "__main__":
    main()
