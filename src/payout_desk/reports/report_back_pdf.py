"""Báo cáo gửi Phòng LĐ-TB&XH: the month's report back to the welfare office (A4 landscape) — the settlement
totals per point with the amount paid in words, then the deaths, moves, people not collecting, arrears,
amounts to recover (in words too), holds and the families' one-off payments. Each amount in words is made
from the very number printed above it."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from payout_desk.domain.clock import vn_date, vn_datetime
from payout_desk.domain.money import format_vnd
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
from payout_desk.domain.settlement import PointFigures, Written, words_lines
from payout_desk.reports.pdfkit import HEAD, Cell, Column, Letterhead, Pdf

TITLE = "BÁO CÁO GỬI PHÒNG LĐ-TB&XH"

TOTAL_COLUMNS: tuple[Column, ...] = (
    ("Mã điểm", 14), ("Điểm chi trả", 40), ("Số người", 14), ("Tổng tiền (đ)", 27), ("Đã chi (người)", 22),
    ("Đã chi theo DS (đ)", 27), ("Thực chi (đ)", 27), ("Chưa chi (người)", 24), ("Chưa chi (đ)", 27),
    ("Báo giảm (người)", 24), ("Báo giảm (đ)", 27),
)  # fmt: skip
DEATH_COLUMNS: tuple[Column, ...] = (
    ("Mã đối tượng", 26), ("Họ và tên", 50), ("Mã điểm", 18), ("Ngày mất", 22), ("Nguồn tin", 34),
    ("Người báo tin", 40), ("Nơi ghi nhận", 50), ("Nhân viên", 33),
)  # fmt: skip
MOVE_COLUMNS: tuple[Column, ...] = (
    ("Mã đối tượng", 30), ("Họ và tên", 70), ("Từ điểm", 30), ("Đến điểm", 30), ("Từ ngày", 30),
    ("Căn cứ", 83),
)  # fmt: skip
UNCLAIMED_COLUMNS: tuple[Column, ...] = (
    ("Mã đối tượng", 30), ("Họ và tên", 62), ("Mã điểm", 20), ("Số tháng liền", 26), ("Các tháng", 60),
    ("Số tiền (đ)", 35), ("Đến mức tạm dừng chi", 40),
)  # fmt: skip
ARREARS_COLUMNS: tuple[Column, ...] = (
    ("Mã đối tượng", 26), ("Họ và tên", 52), ("Mã điểm", 18), ("Các tháng", 40), ("Số tiền (đ)", 30),
    ("Cách xử lý", 52), ("Tình trạng", 55),
)  # fmt: skip
RECOVER_COLUMNS: tuple[Column, ...] = (
    ("Mã đối tượng", 26), ("Họ và tên", 50), ("Mã điểm", 18), ("Tháng đã chi", 24), ("Số tiền (đ)", 30),
    ("Thời gian chi", 34), ("Nhân viên chi", 30), ("Ngày mất", 24), ("Nguồn tin", 37),
)  # fmt: skip
HOLD_COLUMNS: tuple[Column, ...] = (
    ("Mã đối tượng", 26), ("Họ và tên", 56), ("Mã điểm", 18), ("Lý do giữ lại", 50), ("Tình trạng", 50),
    ("Số tiền (đ)", 30), ("Người quyết định", 43),
)  # fmt: skip
FAMILY_COLUMNS: tuple[Column, ...] = (
    ("Mã đối tượng", 24), ("Mã dòng chi", 26), ("Mã điểm", 18), ("Khoản chi", 34), ("Số tiền (đ)", 30),
    ("Người nhận", 50), ("Quan hệ", 22), ("Tình trạng", 24), ("Thời gian chi", 45),
)  # fmt: skip


def _money(amount: int) -> Cell:
    return (format_vnd(amount, unit=""), "right")


def _figures(f: PointFigures) -> list[Cell]:
    return [
        (f.code, "center"), (f.name, "left"), (str(f.issued.people), "center"), _money(f.issued.money),
        (str(f.paid.people), "center"), _money(f.paid.money), _money(f.paid_out), (str(f.unpaid.people), "center"),
        _money(f.unpaid.money), (str(f.stopped.people), "center"), _money(f.stopped.money),
    ]  # fmt: skip


def _totals(pdf: Pdf, top: float, report: ReportBack) -> float:
    top = pdf.heading(
        top, "I. KẾT QUẢ CHI TRẢ TRONG THÁNG" + (" (số liệu đã khóa sổ)" if report.closed else "")
    )
    top = pdf.table(top, TOTAL_COLUMNS, [_figures(p) for p in report.points])
    total = report.total
    top = pdf.row(pdf.room(top, HEAD), TOTAL_COLUMNS, _figures(total), height=HEAD, bold=True)
    top -= 2 * mm
    for line in words_lines(total):
        top = pdf.paragraph(top, line, bold=True)
    return top


def _section(pdf: Pdf, top: float, title: str, columns: Sequence[Column], rows: list[list[Cell]]) -> float:
    top = pdf.heading(top - 4 * mm, f"{title} ({len(rows)})")
    if not rows:
        return pdf.paragraph(top, "Không có.", size=9)
    return pdf.table(top, columns, rows)


def _lines(pdf: Pdf, top: float, report: ReportBack) -> float:
    top = _section(pdf, top, "II. ĐỐI TƯỢNG ĐÃ MẤT (BÁO TỬ)", DEATH_COLUMNS, [
        [(d.code, "left"), (d.name, "left"), (d.point_code, "center"), (vn_date(d.date or ""), "center"),
         (SOURCE_VI.get(d.source, d.source), "left"), (d.reported_by, "left"), (d.where, "left"), (d.clerk, "left")]
        for d in report.deaths
    ])  # fmt: skip
    top = _section(pdf, top, "III. CHUYỂN ĐIỂM CHI TRẢ", MOVE_COLUMNS, [
        [(m.code, "left"), (m.name, "left"), (m.from_point, "center"), (m.to_point, "center"),
         (vn_date(m.date or ""), "center"), (MOVE_SOURCE_VI.get(m.source, m.source), "left")]
        for m in report.moves
    ])  # fmt: skip
    top = _section(pdf, top, "IV. CHƯA NHẬN NHIỀU THÁNG LIỀN", UNCLAIMED_COLUMNS, [
        [(u.code, "left"), (u.name, "left"), (u.point_code, "center"), (str(u.run), "center"),
         (months_vi(u.months), "left"), _money(u.amount), ("Có" if u.suspend else "", "center")]
        for u in report.unclaimed
    ])  # fmt: skip
    arrears = [("Chuyển vào tháng này", report.arrears_in), ("Chưa nhận tháng này", report.arrears_out)]
    for i, (label, lines) in enumerate(arrears):
        top = _section(pdf, top, f"V.{i + 1}. TRUY LĨNH — {label.upper()}", ARREARS_COLUMNS, [
            [(a.code, "left"), (a.name, "left"), (a.point_code, "center"), (months_vi(a.months), "left"),
             _money(a.amount), (MODE_VI.get(a.mode, a.mode), "left"), (ARREARS_STATE_VI.get(a.state, a.state), "left")]
            for a in lines
        ])  # fmt: skip
    top = _section(pdf, top, "VI. SỐ TIỀN PHẢI THU HỒI (CHI SAU THÁNG ĐỐI TƯỢNG MẤT)", RECOVER_COLUMNS, [
        [(r.code, "left"), (r.name, "left"), (r.point_code, "center"), (month_vi(r.month), "center"),
         _money(r.amount), (vn_datetime(r.paid_at), "center"), (r.paid_by, "left"),
         (vn_date(r.death_date or ""), "center"), (SOURCE_VI.get(r.death_source, r.death_source), "left")]
        for r in report.recover
    ])  # fmt: skip
    if report.recover:
        owed = report.recover_total
        top = pdf.paragraph(
            top - 2 * mm,
            Written(owed).line("Tổng số tiền phải thu hồi"),
            bold=True,
        )
    top = _section(pdf, top, "VII. ĐỐI TƯỢNG GIỮ LẠI", HOLD_COLUMNS, [
        [(h.code, "left"), (h.name, "left"), (h.point_code, "center"), (HOLD_KIND_VI.get(h.kind, h.kind), "left"),
         (HOLD_STATE_VI.get(h.state, h.state), "left"), _money(h.amount), (h.decided_by, "left")]
        for h in report.holds
    ])  # fmt: skip
    return _section(pdf, top, "VIII. CHI MỘT LẦN CHO THÂN NHÂN", FAMILY_COLUMNS, [
        [(f.code, "left"), (f.line_code, "left"), (f.point_code, "center"), (f.label, "left"), _money(f.amount),
         (f.recipient, "left"), (f.relation, "left"), ("Đã chi" if f.paid else "Chưa chi", "center"),
         (vn_datetime(f.paid_at), "center")]
        for f in report.family
    ])  # fmt: skip


def report_back_pdf(report: ReportBack) -> bytes:
    pdf = Pdf(
        landscape(A4),
        title=f"Báo cáo gửi Phòng LĐ-TB&XH tháng {month_vi(report.month)}",
        author=report.office_name,
    )
    top = pdf.letterhead(
        pdf.new_section(),
        Letterhead(
            report.office_name,
            f"Lập lúc {report.made_at}",
            TITLE,
            f"Kết quả chi trả trợ cấp ưu đãi người có công tháng {month_vi(report.month)}",
        ),
    )
    top = _totals(pdf, top, report)
    top = _lines(pdf, top, report)
    pdf.signature_block(
        top - 4 * mm,
        ("NGƯỜI LẬP BÁO CÁO", "KẾ TOÁN", "GIÁM ĐỐC BƯU ĐIỆN"),
        place_date=f"Ngày {report.made_at[:10]}",
    )
    return pdf.finish()
