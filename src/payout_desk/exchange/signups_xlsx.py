"""The month's sign-ups for payment by account as a workbook for the welfare office (issue 17 item 5):
one line per sign-up — the person, the point, the bank and the account number in full, the holder, the
phone, how it was entered and signed, the clerk, the laptop, the time, what it replaced and why, and the
checks' flags. Every cell through exchange/xlsx_cells.cell (an account number stays text: its leading
zeros are kept)."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from payout_desk.domain.report_back import month_vi
from payout_desk.domain.signup import SignupFlag
from payout_desk.domain.signup_sheet import SignupLine, SignupSheet
from payout_desk.exchange.xlsx_cells import cells, sheet_head
from payout_desk.lang import t

SHEET = "Đăng ký tài khoản"
FIRST_ROW = 5  # title, subtitle, a blank line and the column heads above
COLUMNS = (
    "STT",
    "Mã người hưởng",
    "Họ tên người hưởng",
    "Mã điểm",
    "Điểm chi trả",
    "Ngân hàng",
    "Mã BIN",
    "Số tài khoản",
    "Chủ tài khoản",
    "Điện thoại",
    "Nhập bằng",
    "Ký / điểm chỉ",
    "Cán bộ ghi",
    "Máy",
    "Lúc",
    "Thay đăng ký trước — lý do",
    "Còn hiệu lực",
    "Cảnh báo",
    "Mã cảnh báo",
)
_WIDTHS = (6, 14, 26, 9, 22, 16, 9, 22, 26, 13, 10, 12, 18, 18, 18, 30, 10, 40, 30)
_SOURCE = {"typed": "Gõ 2 lần", "qr": "Mã VietQR"}
FLAG_WORDS = {
    SignupFlag.ACCOUNT_INVALID: t("signups.flag_account_invalid"),
    SignupFlag.BANK_UNKNOWN: t("signups.flag_bank_unknown"),
    SignupFlag.NAME_MISMATCH: t("signups.flag_account_name_mismatch"),
    SignupFlag.SHARED: t("signups.flag_account_shared"),
    SignupFlag.NOT_LISTED: t("signups.flag_not_listed"),
    SignupFlag.TWICE: t("signups.flag_signed_up_twice"),
}


def _values(number: int, line: SignupLine) -> list[object]:
    replaced = f"Thay đăng ký {line.replaces[:8]} — {line.reason}" if line.replaces else ""
    return [
        number,
        line.code,
        line.name,
        line.point_code,
        line.point_name,
        line.bank or "(không rõ)",
        line.bank_bin,
        line.account,
        line.holder,
        line.phone,
        _SOURCE.get(line.source, line.source),
        "Điểm chỉ" if line.thumbprint else "Ký tên",
        line.staff,
        line.device_name,
        f"{line.at_local[8:10]}/{line.at_local[5:7]}/{line.at_local[:4]} {line.at_local[11:16]}",
        replaced,
        "Có" if line.current else "Đã thay",
        "; ".join(FLAG_WORDS[flag].vi for flag in line.flags),
        " ".join(flag.value for flag in line.flags),
    ]


def write_signups(sheet: SignupSheet) -> bytes:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    title = t("signups.title", month=month_vi(sheet.month)).vi
    subtitle = t("signups.office_line", office=sheet.office_name, at=sheet.made_at).vi
    sheet_head(ws, ([title], [subtitle]), COLUMNS, _WIDTHS, title_font=Font(bold=True, size=13),
               wrap=Alignment(wrap_text=True, vertical="center"))  # fmt: skip
    for number, line in enumerate(sheet.lines, start=1):
        ws.append(cells(ws, _values(number, line)))
    if not sheet.lines:
        ws.append(cells(ws, [t("signups.none", month=month_vi(sheet.month)).vi]))
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
