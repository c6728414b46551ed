"""The settlement PDF's section "Tiền mặt và chuyển khoản" (issue 17 item 4): per point cash and bank transfer
apart and together, checked (issued = paid in cash + paid by transfer + unpaid + stopped), the money in
words; then per bank the month's transfer lines and what became of them. The workbook's sheet "Chuyển khoản"
(exchange/transfer_sheet.py) prints the same figures."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm

from payout_desk.domain.money import format_vnd
from payout_desk.domain.settlement import PointFigures, words_lines
from payout_desk.domain.transfer_figures import BankFigures
from payout_desk.reports.pdfkit import Cell, Column, Letterhead, Pdf

POINTS: tuple[Column, ...] = (  # 273 mm: the printable width of landscape A4
    ("Mã", 11),
    ("Điểm chi trả", 53),
    ("Người TM", 14),
    ("Tiền mặt cấp", 24),
    ("Đã chi TM", 24),
    ("Người CK", 14),
    ("Chuyển khoản", 24),
    ("Đã chuyển", 24),
    ("Chưa chi", 24),
    ("Báo giảm", 20),
    ("Tổng người", 16),
    ("Cộng tiền", 25),
)
BANKS: tuple[Column, ...] = (
    ("Mã BIN", 16),
    ("Ngân hàng", 33),
    ("Số người", 15),
    ("Số tiền", 26),
    ("Đã gửi", 15),
    ("Đã chuyển", 26),
    ("Lỗi", 12),
    ("Tiền lỗi", 24),
    ("Chờ KQ", 14),
    ("Chưa gửi", 16),
    ("Lỗi→TM", 16),
    ("Lỗi→T.sau", 18),
    ("", 42),
)


def _money(amount: int) -> str:
    return format_vnd(amount, unit="")


def _point_cells(f: PointFigures) -> list[Cell]:
    return [
        (f.code, "left"), (f.name, "left"), (str(f.issued.people), "right"), (_money(f.issued.money), "right"),
        (_money(f.paid.money), "right"), (str(f.transfer_issued.people), "right"),
        (_money(f.transfer_issued.money), "right"), (_money(f.transfer_paid.money), "right"),
        (_money(f.all_unpaid.money), "right"), (_money(f.stopped.money), "right"),
        (str(f.all_issued.people), "right"), (_money(f.all_issued.money), "right"),
    ]  # fmt: skip


def _bank_cells(b: BankFigures) -> list[Cell]:
    return [
        (b.bin or "—", "left"), (b.name or "Ngân hàng không rõ", "left"), (str(b.lines.people), "right"),
        (_money(b.lines.money), "right"), (str(b.sent.people), "right"), (_money(b.paid.money), "right"),
        (str(b.failed.people), "right"), (_money(b.failed.money), "right"), (str(b.waiting.people), "right"),
        (str(b.not_sent.people), "right"), (str(b.to_cash.people), "right"), (str(b.carried.people), "right"),
        ("", "left"),
    ]  # fmt: skip


def draw_transfers(
    pdf: Pdf,
    head: Letterhead,
    points: Sequence[PointFigures],
    total: PointFigures,
    banks: Sequence[BankFigures],
) -> None:
    top = pdf.letterhead(pdf.new_section(), head)
    top = pdf.table(top, POINTS, [_point_cells(p) for p in points])
    top = pdf.row(pdf.room(top, 8 * mm), POINTS, _point_cells(total), height=8 * mm, bold=True)
    ok = "khớp" if not any(p.problems() for p in (*points, total)) else "KHÔNG KHỚP"
    top = pdf.paragraph(
        top - 2 * mm,
        f"Đối chiếu: cộng = đã chi tiền mặt + đã chuyển khoản + chưa chi + báo giảm ở mọi điểm: {ok}. "
        f"Chuyển khoản lỗi đã đưa vào danh sách tiền mặt: {total.transfer_to_cash.people} người "
        f"({_money(total.transfer_to_cash.money)} đ), tính một lần, trong phần tiền mặt.",
        size=9,
        bold=ok != "khớp",
    )
    for line in words_lines(total):
        top = pdf.paragraph(top, line, size=9.5, bold=True)
    if banks:
        top = pdf.heading(pdf.room(top - 3 * mm, 30 * mm), "Chuyển khoản theo ngân hàng")
        top = pdf.table(top, BANKS, [_bank_cells(b) for b in banks])
    pdf.signature_block(top - 2 * mm, ("NGƯỜI LẬP BIỂU", "KẾ TOÁN", "GIÁM ĐỐC BƯU ĐIỆN"))
