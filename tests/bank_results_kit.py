"""Bank result files written as a bank writes them (issue 17 item 3): a title, a header row in the bank's
words, one line per transfer, a total at the foot — as .xlsx or CSV (UTF-8, BOM or not, ";" or ",")."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from payout_desk.services.office.desk import OfficeDesk

VCB_HEADER = ("STT", "Số tài khoản", "Tên người thụ hưởng", "Số tiền", "Nội dung", "Trạng thái", "Mô tả lỗi",
              "Số tham chiếu", "Ngân hàng")  # fmt: skip


@dataclass(frozen=True, slots=True)
class BankLine:
    account: str
    holder: str
    amount: object  # an int as banks write it, or text ("1.500.000", "1500000.50")
    content: str
    status: str = "Thành công"
    reason: str = ""
    reference: str = ""
    bank: str = "970436"

    def cells(self, number: int) -> list[object]:
        return [number, self.account, self.holder, self.amount, self.content, self.status, self.reason,
                self.reference, self.bank]  # fmt: skip


def content(month: str, code: str) -> str:
    """The content the batch wrote: "Trợ cấp NCC tháng 12/2026 – CODE"."""
    year, number = month.split("-")
    return f"Trợ cấp NCC tháng {int(number)}/{year} – {code}"


def result_rows(lines: Sequence[BankLine], header: Sequence[str] = VCB_HEADER) -> list[list[object]]:
    total = sum(line.amount for line in lines if isinstance(line.amount, int))
    return [
        ["KẾT QUẢ XỬ LÝ LỆNH CHI LƯƠNG THEO LÔ"],
        [],
        list(header),
        *(line.cells(i) for i, line in enumerate(lines, 1)),
        ["Tổng cộng", "", "", total, "", "", "", "", ""],
    ]


def write_xlsx(path: Path, lines: Sequence[BankLine], header: Sequence[str] = VCB_HEADER) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KetQua"
    for row in result_rows(lines, header):
        sheet.append(row)
    book.save(path)
    return path


def write_csv(
    path: Path, lines: Sequence[BankLine], *, delimiter: str = ";", bom: bool = True,
    header: Sequence[str] = VCB_HEADER,
) -> Path:  # fmt: skip
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    for row in result_rows(lines, header):
        writer.writerow(row)
    path.write_bytes(("\ufeff" if bom else "").encode() + out.getvalue().encode("utf-8"))
    return path


def answer(batch_xlsx: Path, failures: dict[str, str] | None = None, *, bank: str = "") -> list[BankLine]:
    """The bank's answer to one of the office's batch files: every line paid with a reference, except the
    codes in `failures` (code → the bank's reason); `bank` written in the bank column when given."""
    from openpyxl import load_workbook

    failures = failures or {}
    sheet = load_workbook(batch_xlsx, read_only=True).worksheets[0]
    rows = [tuple(row) for row in sheet.iter_rows(values_only=True)]
    header = [str(cell) for cell in rows[0]]
    at = {name: header.index(name) for name in ("Số tài khoản", "Tên người thụ hưởng", "Số tiền", "Nội dung")}
    lines = []
    for i, row in enumerate(rows[1:], 1):
        text = str(row[at["Nội dung"]])
        code = text.rsplit(" ", 1)[1]
        failed = code in failures
        lines.append(
            BankLine(str(row[at["Số tài khoản"]]), str(row[at["Tên người thụ hưởng"]]), row[at["Số tiền"]], text,
                     "Thất bại" if failed else "Thành công", failures.get(code, ""), f"FT26336{i:05d}", bank)
        )  # fmt: skip
    return lines


def agribank_sent(root: Path) -> tuple[OfficeDesk, Path]:
    """bankkit's register imported, the lists issued (no laptop), the month's batches written: the office
    and the Agribank batch's xlsx (NCC002, NCC007, NCC008)."""
    from tests.bankkit import AGRIBANK, office_with_register
    from tests.roundkit import MONTH

    office, _ = office_with_register(root)
    office.lists.issue(MONTH, root / "lists")
    run = office.bank.write(MONTH, root / "batches")
    batch = next(b for b in run.batches if b.bank_bin == AGRIBANK)
    return office, next(Path(f) for f in batch.files if f.endswith(".xlsx"))
