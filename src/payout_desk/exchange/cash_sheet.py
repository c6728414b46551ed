"""The settlement workbook's sheet "Tiền mặt" (issue 16, items 2 and 3): per point, the cash the office issued
against what the point's laptops declare received, what they paid, returned and hold, with the flags; then
per point and day each laptop's moves, its count by banknote, the difference and its reason, the clerks'
notes; then every cash issue of the office, voided ones with who voided them and why."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from payout_desk.domain.cash_days import CashBook, banknotes, flags_vi
from payout_desk.exchange.xlsx_cells import HEAD_FONT, cells, sheet_head

SHEET = "Tiền mặt"
_TITLE = Font(bold=True, size=14)
_WRAP = Alignment(wrap_text=True, vertical="top")
_POINT_COLUMNS = (
    "Mã điểm",
    "Điểm chi trả",
    "Bưu cục xuất (đ)",
    "Điểm khai nhận (đ)",
    "Chênh lệch nhận (đ)",
    "Đã chi (đ)",
    "Nộp lại (đ)",
    "Còn giữ (đ)",
    "Cảnh báo",
)
_DAY_COLUMNS = (
    "Mã điểm",
    "Ngày",
    "Máy",
    "Nhận (đ)",
    "Đã chi (đ)",
    "Số lần chi",
    "Nộp lại (đ)",
    "Sổ sách còn (đ)",
    "Kiểm đếm (đ)",
    "Chênh lệch (đ)",
    "Lý do chênh lệch",
    "Ghi chú của điểm",
    "Kiểm đếm theo mệnh giá",
    "Cảnh báo",
)
_ISSUE_COLUMNS = (
    "Số",
    "Mã điểm",
    "Số tiền (đ)",
    "Lúc (UTC)",
    "Người xuất",
    "Ghi chú",
    "Hủy lúc",
    "Người hủy",
    "Lý do hủy",
)


def write_cash_sheet(wb: Workbook, book: CashBook, subtitle: str) -> None:
    sheet = wb.create_sheet(SHEET)
    widths = (9, 28, 16, 16, 16, 16, 14, 16, 12, 16, 26, 40, 34, 36)
    sheet_head(
        sheet,
        (["TIỀN MẶT: BƯU CỤC XUẤT, ĐIỂM KHAI NHẬN, KIỂM ĐẾM TỪNG NGÀY"], [subtitle]),
        _POINT_COLUMNS,
        widths,
        title_font=_TITLE,
        wrap=_WRAP,
    )
    for p in book.points:
        values = [p.code, p.name, p.issued, p.received, p.receipts_differ, p.paid, p.returned, p.on_hand]
        sheet.append(cells(sheet, [*values, flags_vi(p.flags)], money=range(2, 8)))
    sheet.append([])
    sheet.append(cells(sheet, _DAY_COLUMNS, font=HEAD_FONT))
    for p in book.points:
        for d in p.days:
            device = book.device_names.get(d.device, d.device[:8])
            values = [p.code, d.date, device, d.received, d.paid, d.payouts, d.returned, d.balance]
            values += [d.counted, d.difference, d.reason, " · ".join(d.notes), banknotes(d.notes_counted)]
            sheet.append(cells(sheet, [*values, flags_vi(d.flags)], money=(3, 4, 6, 7, 8, 9)))
    sheet.append([])
    sheet.append(cells(sheet, ["CÁC LẦN BƯU CỤC XUẤT TIỀN CHO ĐIỂM"], font=HEAD_FONT))
    sheet.append(cells(sheet, _ISSUE_COLUMNS, font=HEAD_FONT))
    for i in book.issues:
        values = [i.id, i.point_code, i.amount, i.issued_at, i.issued_by, i.note]
        sheet.append(cells(sheet, [*values, i.voided_at, i.voided_by, i.void_reason], money=(2,)))
