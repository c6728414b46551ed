"""The settlement workbook's sheet "Chuyển khoản" (issue 17 item 4): per point, cash and bank transfer apart
and together (issued = paid in cash + paid by transfer + unpaid + stopped), the money in words; then per bank
the month's transfer lines: sent, paid, failed, waiting for the bank's result, not sent, and the failures put
on the cash list or carried to next month. Drawn from the month's one settlement, as the PDF's section."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from payout_desk.domain.settlement import Count, PointFigures, words_lines
from payout_desk.domain.transfer_figures import BankFigures
from payout_desk.exchange.xlsx_cells import HEAD_FONT, cells, sheet_head

SHEET = "Chuyển khoản"
_TITLE = Font(bold=True, size=14)
_WRAP = Alignment(wrap_text=True, vertical="top")
POINT_COLUMNS = (
    "Mã điểm",
    "Điểm chi trả",
    "Tiền mặt: số người",
    "Tiền mặt: số tiền (đ)",
    "Đã chi tiền mặt (người)",
    "Đã chi tiền mặt theo DS (đ)",
    "Chuyển khoản: số người",
    "Chuyển khoản: số tiền (đ)",
    "Đã chuyển khoản (người)",
    "Đã chuyển khoản (đ)",
    "Chưa chi (người)",
    "Chưa chi (đ)",
    "Báo giảm (người)",
    "Báo giảm (đ)",
    "Cộng: số người",
    "Cộng: số tiền (đ)",
    "CK lỗi chuyển sang tiền mặt (người)",
)
BANK_COLUMNS = (
    "Mã BIN",
    "Ngân hàng",
    "Số người",
    "Số tiền (đ)",
    "Đã gửi (người)",
    "Đã gửi (đ)",
    "Đã chuyển (người)",
    "Đã chuyển (đ)",
    "Lỗi (người)",
    "Lỗi (đ)",
    "Chờ kết quả (người)",
    "Chờ kết quả (đ)",
    "Chưa gửi (người)",
    "Lỗi → tiền mặt (người)",
    "Lỗi → tháng sau (người)",
)


def _pair(count: Count) -> list[object]:
    return [count.people, count.money]


def point_values(f: PointFigures) -> list[object]:
    return [
        f.code, f.name, *_pair(f.issued), *_pair(f.paid), *_pair(f.transfer_issued), *_pair(f.transfer_paid),
        *_pair(f.all_unpaid), *_pair(f.stopped), *_pair(f.all_issued), f.transfer_to_cash.people,
    ]  # fmt: skip


def bank_values(b: BankFigures) -> list[object]:
    return [
        b.bin or "—", b.name or "Ngân hàng không rõ", *_pair(b.lines), *_pair(b.sent), *_pair(b.paid),
        *_pair(b.failed), *_pair(b.waiting), b.not_sent.people, b.to_cash.people, b.carried.people,
    ]  # fmt: skip


def write_transfer_sheet(
    wb: Workbook,
    points: Sequence[PointFigures],
    total: PointFigures,
    banks: Sequence[BankFigures],
    subtitle: str,
) -> None:
    sheet = wb.create_sheet(SHEET)
    widths = (9, 28, *([12, 16] * 7), 14)
    title = "THANH QUYẾT TOÁN: TIỀN MẶT VÀ CHUYỂN KHOẢN"
    sheet_head(sheet, ([title], [subtitle]), POINT_COLUMNS, widths, title_font=_TITLE, wrap=_WRAP)
    money = (3, 5, 7, 9, 11, 13, 15)
    for p in points:
        sheet.append(cells(sheet, point_values(p), money=money))
    sheet.append(cells(sheet, point_values(total), money=money, font=HEAD_FONT))
    sheet.append([])
    ok = "khớp" if not any(p.problems() for p in (*points, total)) else "KHÔNG KHỚP"
    sheet.append(
        cells(sheet, [f"Đối chiếu: cộng = đã chi tiền mặt + đã chuyển khoản + chưa chi + báo giảm: {ok}"])
    )
    for line in words_lines(total):
        sheet.append(cells(sheet, [line]))
    sheet.append([])
    sheet.append(cells(sheet, ["CHUYỂN KHOẢN THEO NGÂN HÀNG"], font=HEAD_FONT))
    sheet.append(cells(sheet, BANK_COLUMNS, font=HEAD_FONT))
    for b in banks:
        sheet.append(cells(sheet, bank_values(b), money=(3, 5, 7, 9, 11)))
