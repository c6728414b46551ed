"""The report back to the welfare office as a workbook (.xlsx, write-only): the settlement totals per point,
then one sheet per section — deaths, moves, people not collecting, arrears, amounts to recover, holds, the
families' one-off payments. Every cell through exchange/xlsx_cells.cell."""

from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from payout_desk.domain.clock import vn_date, vn_datetime
from payout_desk.domain.report_back import (
    ARREARS_STATE_VI,
    HOLD_KIND_VI,
    HOLD_STATE_VI,
    MODE_VI,
    MOVE_SOURCE_VI,
    SOURCE_VI,
    ReportBack,
    month_vi,
    months_vi,
)
from payout_desk.domain.settlement import words_lines
from payout_desk.exchange.settlement_xlsx import FIGURE_COLUMNS, FIGURE_MONEY, FIGURE_WIDTHS, figure_values
from payout_desk.exchange.xlsx_cells import HEAD_FONT, cells, sheet_head

_BOLD = HEAD_FONT
_TITLE = Font(bold=True, size=13)
_WRAP = Alignment(wrap_text=True, vertical="center")
TITLE = "BÁO CÁO GỬI PHÒNG LĐ-TB&XH"
FIRST_ROW = 5  # the first data row of every sheet (title, subtitle, blank line, column heads above)

SUMMARY_COLUMNS = FIGURE_COLUMNS  # the settlement workbook's own heads


def _sheet(
    wb: Workbook, report: ReportBack, names: tuple[str, str], columns: Sequence[str], widths: Sequence[int]
) -> WriteOnlyWorksheet:
    name, title = names
    sheet = wb.create_sheet(name)
    frozen = " — số liệu đã khóa sổ" if report.closed else ""
    subtitle = f"{report.office_name} — tháng {month_vi(report.month)} — lập lúc {report.made_at}{frozen}"
    sheet_head(sheet, ([title], [subtitle]), columns, widths, title_font=_TITLE, wrap=_WRAP)
    return sheet


def _summary(wb: Workbook, report: ReportBack) -> None:
    sheet = _sheet(wb, report, ("Tổng hợp", TITLE), SUMMARY_COLUMNS, FIGURE_WIDTHS)
    for p in report.points:
        sheet.append(cells(sheet, figure_values(p), money=FIGURE_MONEY))
    sheet.append(cells(sheet, figure_values(report.total), money=FIGURE_MONEY, font=_BOLD))
    sheet.append([])
    for line in words_lines(report.total):
        sheet.append(cells(sheet, [line]))
    counts = report.counts()
    for label, key in (
        ("Báo tử", "deaths"),
        ("Chuyển điểm", "moves"),
        ("Không nhận nhiều tháng", "unclaimed"),
        ("Truy lĩnh chuyển vào tháng này", "arrears_in"),
        ("Chưa nhận tháng này (truy lĩnh)", "arrears_out"),
        ("Thu hồi", "recover"),
        ("Giữ lại", "holds"),
        ("Chi một lần cho thân nhân", "family"),
    ):
        sheet.append(cells(sheet, [label, counts[key]]))
    sheet.append(cells(sheet, ["Tổng số tiền phải thu hồi (đ)", report.recover_total], money=(1,)))
    sheet.append(
        cells(sheet, ["Cách xử lý tiền chưa nhận", MODE_VI.get(report.arrears_mode, report.arrears_mode)])
    )


def _deaths(wb: Workbook, report: ReportBack) -> None:
    columns = ("Mã đối tượng", "Họ và tên", "Mã điểm", "Ngày mất", "Nguồn tin", "Người báo tin",
               "Nơi ghi nhận", "Nhân viên", "Mã lần ghi", "Thời gian ghi nhận")  # fmt: skip
    sheet = _sheet(
        wb, report, ("Báo tử", "DANH SÁCH ĐỐI TƯỢNG ĐÃ MẤT"), columns, (14, 26, 9, 12, 18, 20, 26, 16, 38, 20)
    )
    for d in report.deaths:
        values = [d.code, d.name, d.point_code, vn_date(d.date or ""), SOURCE_VI.get(d.source, d.source),
                  d.reported_by, d.where, d.clerk, d.record_id, vn_datetime(d.recorded_at)]  # fmt: skip
        sheet.append(cells(sheet, values))


def _moves(wb: Workbook, report: ReportBack) -> None:
    columns = ("Mã đối tượng", "Họ và tên", "Từ điểm", "Đến điểm", "Từ ngày", "Căn cứ")
    sheet = _sheet(
        wb, report, ("Chuyển điểm", "DANH SÁCH CHUYỂN ĐIỂM CHI TRẢ"), columns, (14, 26, 14, 14, 12, 26)
    )
    for m in report.moves:
        values = [
            m.code,
            m.name,
            m.from_point,
            m.to_point,
            vn_date(m.date or ""),
            MOVE_SOURCE_VI.get(m.source, m.source),
        ]
        sheet.append(cells(sheet, values))


def _unclaimed(wb: Workbook, report: ReportBack) -> None:
    columns = (
        "Mã đối tượng",
        "Họ và tên",
        "Mã điểm",
        "Số tháng liền",
        "Các tháng",
        "Số tiền (đ)",
        "Đến mức tạm dừng chi",
    )
    sheet = _sheet(wb, report, ("Không nhận nhiều tháng", "ĐỐI TƯỢNG CHƯA NHẬN NHIỀU THÁNG LIỀN"), columns,
                   (14, 26, 9, 10, 26, 16, 14))  # fmt: skip
    for u in report.unclaimed:
        values = [
            u.code,
            u.name,
            u.point_code,
            u.run,
            months_vi(u.months),
            u.amount,
            "Có" if u.suspend else "",
        ]
        sheet.append(cells(sheet, values, money=(5,)))


def _arrears(wb: Workbook, report: ReportBack) -> None:
    columns = (
        "Loại",
        "Mã đối tượng",
        "Họ và tên",
        "Mã điểm",
        "Các tháng",
        "Số tiền (đ)",
        "Cách xử lý",
        "Tình trạng",
    )
    sheet = _sheet(wb, report, ("Truy lĩnh", "TRUY LĨNH"), columns, (26, 14, 26, 9, 20, 16, 26, 30))
    for kind, lines in (
        ("Chuyển vào tháng này", report.arrears_in),
        ("Chưa nhận tháng này", report.arrears_out),
    ):
        for a in lines:
            values = [kind, a.code, a.name, a.point_code, months_vi(a.months), a.amount,
                      MODE_VI.get(a.mode, a.mode), ARREARS_STATE_VI.get(a.state, a.state)]  # fmt: skip
            sheet.append(cells(sheet, values, money=(5,)))


def _recover(wb: Workbook, report: ReportBack) -> None:
    columns = ("Mã đối tượng", "Họ và tên", "Mã điểm", "Tháng đã chi", "Số tiền (đ)", "Thời gian chi",
               "Nhân viên chi", "Ngày mất", "Nguồn tin")  # fmt: skip
    sheet = _sheet(wb, report, ("Thu hồi", "SỐ TIỀN PHẢI THU HỒI (CHI SAU THÁNG ĐỐI TƯỢNG MẤT)"), columns,
                   (14, 26, 9, 12, 16, 20, 16, 12, 18))  # fmt: skip
    for r in report.recover:
        values = [r.code, r.name, r.point_code, month_vi(r.month), r.amount, vn_datetime(r.paid_at), r.paid_by,
                  vn_date(r.death_date or ""), SOURCE_VI.get(r.death_source, r.death_source)]  # fmt: skip
        sheet.append(cells(sheet, values, money=(4,)))
    sheet.append(cells(sheet, ["", "TỔNG CỘNG", "", "", report.recover_total], money=(4,), font=_BOLD))


def _holds(wb: Workbook, report: ReportBack) -> None:
    columns = (
        "Mã đối tượng",
        "Họ và tên",
        "Mã điểm",
        "Lý do giữ lại",
        "Tình trạng",
        "Số tiền (đ)",
        "Người quyết định",
    )
    sheet = _sheet(wb, report, ("Giữ lại", "ĐỐI TƯỢNG GIỮ LẠI"), columns, (14, 26, 9, 24, 24, 16, 20))
    for h in report.holds:
        values = [h.code, h.name, h.point_code, HOLD_KIND_VI.get(h.kind, h.kind),
                  HOLD_STATE_VI.get(h.state, h.state), h.amount, h.decided_by]  # fmt: skip
        sheet.append(cells(sheet, values, money=(5,)))


def _family(wb: Workbook, report: ReportBack) -> None:
    columns = ("Mã đối tượng", "Mã dòng chi", "Mã điểm", "Khoản chi", "Số tiền (đ)", "Người nhận", "Quan hệ",
               "Tình trạng", "Thời gian chi")  # fmt: skip
    sheet = _sheet(wb, report, ("Chi một lần cho thân nhân", "CHI MỘT LẦN CHO THÂN NHÂN"), columns,
                   (14, 14, 9, 18, 16, 24, 10, 12, 20))  # fmt: skip
    for f in report.family:
        values = [f.code, f.line_code, f.point_code, f.label, f.amount, f.recipient, f.relation,
                  "Đã chi" if f.paid else "Chưa chi", vn_datetime(f.paid_at)]  # fmt: skip
        sheet.append(cells(sheet, values, money=(4,)))


def write_report_back(report: ReportBack) -> bytes:
    wb = Workbook(write_only=True)
    for part in (_summary, _deaths, _moves, _unclaimed, _arrears, _recover, _holds, _family):
        part(wb, report)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
