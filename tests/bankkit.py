"""Registers with account columns for the bank-transfer tests (issue 17): an office that imported one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.office.registers import RegisterReport
from tests.exchange.registers import Layout, Person, write_xlsx
from tests.roundkit import MONTH, passphrase

AGRIBANK, VCB, BIDV = "970405", "970436", "970418"


def transfer(
    code: str, name: str, account: Any, bank: str, *, holder: str = "", amount: int = 2_866_000
) -> Person:
    return Person(
        code=code,
        name=name,
        method="Chuyển khoản",
        account=account,
        bank=bank,
        holder=holder,
        amounts={"monthly": amount},
    )


def cash(code: str, name: str, amount: int = 2_500_000) -> Person:
    return Person(code=code, name=name, amounts={"monthly": amount})


def people() -> list[Person]:
    """Two cash rows and seven transfer rows, each transfer row with one thing to say about it."""
    return [
        cash("NCC001", "Trương Đức Thành"),
        transfer(
            "NCC002", "Võ Hữu Hải", "1234 5678-901", "Agribank", holder="VO HUU HAI", amount=3_100_000
        ),  # normalised
        transfer("NCC003", "Lê Thị Mai", "0071000123456", "Ngân hàng Vietcombank - CN Vĩnh Long"),
        transfer("NCC004", "Phạm Văn Tư", "12AB3456", "Agribank"),  # account_invalid
        transfer("NCC005", "Đỗ Thị Hoa", "9988776655", "Ngân hàng Sao Hỏa"),  # bank_unknown
        transfer("NCC006", "Ngô Văn Sáu", "5566778899", "BIDV", holder="NGO THI BAY"),  # name mismatch
        transfer("NCC007", "Huỳnh Văn Bảy", "4455667788", "970405"),  # shared with NCC008
        transfer("NCC008", "Huỳnh Thị Tám", "4455667788", "Agribank"),
        cash("NCC009", "Trần Văn Chín"),
        transfer("NCC010", "Mai Văn Mười", 7712345678, "VCB", amount=2_000_000),  # a number cell
    ]


def write(path: Path, rows: list[Person] | None = None) -> dict[str, int]:
    return write_xlsx(path, rows if rows is not None else people(), Layout(accounts=True))


SAMPLE_BANKS = (
    "Agribank",
    "Vietcombank",
    "BIDV - CN Vĩnh Long",
    "NH TMCP Công Thương",
    "970422",
    "Sacombank",
)


def sample_with_accounts(sample: Path, out: Path, *, every: int = 5) -> dict[str, int]:
    """The shared sample register with three account columns (R–T: Số tài khoản, Ngân hàng, Chủ tài khoản)
    added: every `every`-th beneficiary row (and the rows already paid by transfer) paid by transfer to an
    account at one of six banks, its holder the beneficiary's name in the bank's form. Returns each transfer
    row's code → its total (column N), as the register gives it."""
    from openpyxl import load_workbook

    from payout_desk.domain.accounts import bank_name_form

    workbook = load_workbook(sample)
    sheet = workbook.worksheets[0]
    for column, title in (("R", "Số tài khoản"), ("S", "Ngân hàng"), ("T", "Chủ tài khoản")):
        sheet[f"{column}7"] = title
        sheet.merge_cells(f"{column}7:{column}8")
        sheet[f"{column}9"] = f"({ord(column) - ord('A') + 1})"
    totals: dict[str, int] = {}
    seen = 0
    for row in range(10, sheet.max_row + 1):
        code, name, total = sheet[f"B{row}"].value, sheet[f"C{row}"].value, sheet[f"N{row}"].value
        if not isinstance(code, str) or not code.startswith("NCC") or not isinstance(total, int | float):
            continue
        seen += 1
        if seen % every == 0:
            sheet[f"O{row}"] = "Chuyển khoản"
        if sheet[f"O{row}"].value != "Chuyển khoản":
            continue
        sheet[f"R{row}"] = f"{row:04d}{seen:09d}"  # 13 digits, a text cell: leading zeros kept
        sheet[f"S{row}"] = SAMPLE_BANKS[seen % len(SAMPLE_BANKS)]
        sheet[f"T{row}"] = bank_name_form(str(name))
        totals[code] = int(total)
    workbook.save(out)
    return totals


def office_with_register(root: Path, rows: list[Person] | None = None) -> tuple[OfficeDesk, RegisterReport]:
    office = OfficeDesk(root / "office", passphrase=passphrase)
    office.init_keys("office", "Bưu điện huyện Mang Thít")
    register = root / "register.xlsx"
    write(register, rows)
    return office, office.registers.import_file(register, MONTH, confirm_month=True)
