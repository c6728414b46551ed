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


def office_with_register(root: Path, rows: list[Person] | None = None) -> tuple[OfficeDesk, RegisterReport]:
    office = OfficeDesk(root / "office", passphrase=passphrase)
    office.init_keys("office", "Bưu điện huyện Mang Thít")
    register = root / "register.xlsx"
    write(register, rows)
    return office, office.registers.import_file(register, MONTH, confirm_month=True)
