"""The transfer list for the director's signature (issue 17): one bank batch of a month — each transfer
(account, beneficiary in the bank's form, amount, content), the total in figures and in words, the signers
(Người lập biểu, Kế toán trưởng, Giám đốc); then an annex page with the month's lines left out of the batch
and why. A4 landscape, drawn from a `BatchPaper` only."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from payout_desk.domain.money import format_vnd
from payout_desk.domain.settlement import Written
from payout_desk.domain.transfer_batch import OUT_ACCOUNT, OUT_BANK, OUT_HELD, OUT_STOPPED, BatchPaper
from payout_desk.reports.pdfkit import HEAD, Column, Letterhead, Pdf

TITLE = "DANH SÁCH CHI TRẢ QUA TÀI KHOẢN"
LINES: tuple[Column, ...] = (  # 273 mm: the printable width of landscape A4
    ("STT", 11), ("Mã đối tượng", 26), ("Họ và tên", 46), ("Điểm chi trả", 34), ("Số tài khoản", 34),
    ("Tên người thụ hưởng", 44), ("Số tiền (đ)", 26), ("Nội dung", 52),
)  # fmt: skip
LEFT_OUT: tuple[Column, ...] = (
    ("Dòng", 14), ("Mã đối tượng", 28), ("Họ và tên", 52), ("Số tiền (đ)", 28), ("Lý do", 80), ("Chi tiết", 71),
)  # fmt: skip
REASON_VI = {
    OUT_ACCOUNT: "Số tài khoản không dùng được",
    OUT_BANK: "Không nhận ra ngân hàng",
    OUT_HELD: "Đang giữ lại (báo tử, đã báo giảm trước)",
    OUT_STOPPED: "Đã xác nhận báo giảm",
}


def _month_vi(month: str) -> str:
    return f"{month[5:]}/{month[:4]}"


def transfer_list_pdf(paper: BatchPaper) -> bytes:
    month = _month_vi(paper.month)
    pdf = Pdf(landscape(A4), title=f"Danh sách chi trả qua tài khoản tháng {month}", author=paper.office_name)
    top = pdf.letterhead(
        pdf.new_section(),
        Letterhead(
            paper.office_name,
            f"Lập lúc {paper.made_at} — {paper.made_by}",
            TITLE,
            f"Tháng {month} — {paper.bank_short_name} ({paper.bank_bin}) — {paper.bank_name} — bảng kê số "
            f"{paper.number}",
        ),
    )
    rows = [
        [(str(x.number), "right"), (x.code, "left"), (x.name, "left"), (x.point, "left"), (x.account, "left"),
         (x.holder, "left"), (format_vnd(x.amount, unit=""), "right"), (x.content, "left")]
        for x in paper.lines
    ]  # fmt: skip
    top = pdf.table(top, LINES, rows)
    top = pdf.total_line(
        pdf.room(top, HEAD),
        f"Cộng: {len(paper.lines)} người",
        paper.total,
        amount_right=pdf.column_right(LINES, 6),
    )
    top = pdf.paragraph(top - 2 * mm, Written(paper.total).line("Tổng số tiền chuyển khoản"), bold=True)
    pdf.signature_block(
        top - 4 * mm,
        ("NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "GIÁM ĐỐC"),
        place_date=f"Ngày {paper.made_at[:10]}",
    )
    top = pdf.heading(pdf.new_page(), f"PHỤ LỤC — CÁC DÒNG KHÔNG ĐƯA VÀO BẢNG KÊ ({len(paper.left_out)})")
    if not paper.left_out:
        pdf.paragraph(top, "Không có.", size=9)
        return pdf.finish()
    left = [
        [(str(x.row), "right"), (x.code, "left"), (x.name, "left"), (format_vnd(x.amount, unit=""), "right"),
         (REASON_VI.get(x.reason, x.reason), "left"), (x.detail, "left")]
        for x in paper.left_out
    ]  # fmt: skip
    pdf.table(top, LEFT_OUT, left)
    return pdf.finish()
