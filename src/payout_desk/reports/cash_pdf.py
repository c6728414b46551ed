"""The settlement PDF's cash section (issue 16, items 2 and 3): per point, what the office issued against
what the point's laptops declare received, paid, returned and hold, flagged; per point and day each laptop's
count, the difference and its reason; the points' notes of the day; the office's cash issues. Drawn from the
same `CashBook` as the workbook's sheet (exchange/cash_sheet.py)."""

from __future__ import annotations

from reportlab.lib.units import mm

from payout_desk.domain.cash_days import CashBook, flags_vi
from payout_desk.domain.clock import vn_date
from payout_desk.domain.money import format_vnd
from payout_desk.reports.pdfkit import HEAD, Cell, Column, Letterhead, Pdf

POINTS: tuple[Column, ...] = (  # 273 mm: the printable width of landscape A4
    ("Mã", 12),
    ("Điểm chi trả", 45),
    ("Bưu cục xuất", 28),
    ("Điểm khai nhận", 28),
    ("Chênh lệch nhận", 26),
    ("Đã chi", 28),
    ("Nộp lại", 22),
    ("Còn giữ", 26),
    ("Cảnh báo", 58),
)
DAYS: tuple[Column, ...] = (
    ("Mã", 12),
    ("Ngày", 20),
    ("Máy", 34),
    ("Nhận", 25),
    ("Đã chi", 25),
    ("Lần chi", 13),
    ("Nộp lại", 20),
    ("Sổ sách còn", 25),
    ("Kiểm đếm", 25),
    ("Chênh lệch", 22),
    ("Lý do", 52),
)
ISSUES: tuple[Column, ...] = (
    ("Số", 10),
    ("Mã", 12),
    ("Số tiền", 28),
    ("Lúc (UTC)", 30),
    ("Người xuất", 45),
    ("Ghi chú", 58),
    ("Tình trạng", 90),
)


KEEP = 8 * mm + 3 * HEAD  # a heading with its table's head and a first row


def _money(amount: int | None) -> str:
    return "—" if amount is None else format_vnd(amount, unit="")


def draw_cash(pdf: Pdf, head: Letterhead, book: CashBook) -> None:
    """The section, on pages of its own."""
    top = pdf.letterhead(pdf.new_section(), head)
    rows: list[list[Cell]] = [
        [(p.code, "left"), (p.name, "left"), (_money(p.issued), "right"), (_money(p.received), "right"),
         (_money(p.receipts_differ), "right"), (_money(p.paid), "right"), (_money(p.returned), "right"),
         (_money(p.on_hand), "right"), (flags_vi(p.flags), "left")]
        for p in book.points
    ]  # fmt: skip
    top = pdf.table(top, POINTS, rows)
    for p in book.points:
        if p.flags:
            top = pdf.paragraph(
                top - 1 * mm, f"Cảnh báo — {p.code}: {flags_vi(p.flags)}", size=8.5, bold=True
            )
    top = pdf.paragraph(
        top - 2 * mm,
        "Bưu cục xuất: số tiền bưu cục ghi đã giao cho điểm; điểm khai nhận: số tiền các máy của điểm ghi đã "
        "nhận. Hai số khác nhau, số dư âm, kiểm đếm thiếu hoặc thừa, ngày có chi mà không kiểm đếm đều được "
        "đánh dấu ở cột Cảnh báo.",
        size=8.5,
    )
    days = [
        [(p.code, "left"), (vn_date(d.date), "center"), (book.device_names.get(d.device, d.device[:8]), "left"),
         (_money(d.received), "right"), (_money(d.paid), "right"), (str(d.payouts), "right"),
         (_money(d.returned), "right"), (_money(d.balance), "right"), (_money(d.counted), "right"),
         (_money(d.difference), "right"), (" · ".join(x for x in (d.reason, flags_vi(d.flags)) if x), "left")]
        for p in book.points
        for d in p.days
    ]  # fmt: skip
    top = pdf.room(top - 3 * mm, KEEP)  # a heading never alone at the foot of a page
    top = pdf.heading(top, f"Từng ngày tại các điểm ({len(days)})")
    top = pdf.table(top, DAYS, days) if days else pdf.paragraph(top, "Chưa có ngày nào được ghi.", size=9)
    notes = [
        (p.code, d.date, book.device_names.get(d.device, d.device[:8]), note)
        for p in book.points
        for d in p.days
        for note in d.notes
        if note
    ]
    top = pdf.heading(top - 3 * mm, f"Ghi chú của các điểm ({len(notes)})")
    if not notes:
        top = pdf.paragraph(top, "Không có ghi chú.", size=9)
    for code, day, device, note in notes:
        top = pdf.paragraph(top, f"{code} · {vn_date(day)} · {device}: {note}", size=8.5)
    top = pdf.room(top - 3 * mm, KEEP)
    top = pdf.heading(top, f"Các lần bưu cục xuất tiền ({len(book.issues)})")
    issues = [
        [(str(i.id), "right"), (i.point_code, "left"), (_money(i.amount), "right"),
         (i.issued_at[:16].replace("T", " "), "center"), (i.issued_by, "left"), (i.note, "left"),
         (f"ĐÃ HỦY {i.voided_at[:10]} ({i.voided_by or ''}): {i.void_reason or ''}" if i.voided_at
          else "còn hiệu lực", "left")]
        for i in book.issues
    ]  # fmt: skip
    top = pdf.table(top, ISSUES, issues) if issues else pdf.paragraph(top, "Chưa có lần xuất nào.", size=9)
    pdf.signature_block(top - 2 * mm, ("THỦ QUỸ", "KẾ TOÁN", "GIÁM ĐỐC BƯU ĐIỆN"))
