"""Biên nhận chi trả: the receipt a point prints for one beneficiary who was paid (A5 portrait) — who,
what lines, the total in figures and words, who took the money (a proxy's ID masked), when, where, by
which laptop and clerk, the signature or thumbprint, and the payout's record id."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from payout_desk.domain.ids import mask_id
from payout_desk.domain.money import format_vnd
from payout_desk.domain.payout_list import PayLine
from payout_desk.domain.settlement import Written
from payout_desk.reports.images import UNREADABLE, readable_png
from payout_desk.reports.pdfkit import Column, Letterhead, Pdf, PointHeader


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who took the money: the beneficiary (no name), or a proxy."""

    name: str = ""
    relation: str = ""
    id_number: str = ""  # printed masked
    authorisation: str = ""

    @property
    def is_proxy(self) -> bool:
        return bool(self.name)


@dataclass(frozen=True, slots=True)
class Receipt:
    header: PointHeader
    code: str
    name: str
    birth_year: int | None
    village: str
    category: str
    lines: Sequence[PayLine]  # the lines paid, as on the list
    recipient: Recipient
    paid_at: str  # dd/mm/yyyy HH:MM, Vietnam time
    at_home: bool
    device: str
    staff: str
    event_id: str
    signature_png: bytes | None = None
    thumbprint: bool = False

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)


PAGE = A5
MARGIN = 10 * mm
LINES: tuple[Column, ...] = (("STT", 10), ("Khoản chi", 86), ("Số tiền (đ)", 32))


def receipt_pdf(receipt: Receipt) -> bytes:
    r, h = receipt, receipt.header
    pdf = Pdf(
        PAGE, title=f"Biên nhận chi trả {r.code} {h.month.label_vi}", author=h.office_name, margin=MARGIN
    )
    top = pdf.letterhead(
        pdf.page_top,
        Letterhead(
            h.office_name, f"Điểm chi trả {h.point_code}", "BIÊN NHẬN CHI TRẢ TRỢ CẤP", h.month.label_vi
        ),
        size=8,
    )
    facts = (
        h.point_line,
        f"Mã đối tượng: {r.code}",
        f"Họ và tên: {r.name}" + (f" — năm sinh {r.birth_year}" if r.birth_year else ""),
        f"Thôn/ấp: {r.village}",
        f"Loại đối tượng: {r.category}",
    )
    for fact in facts:
        top = pdf.paragraph(top, fact, size=9.5)
    cells = [
        [(str(i), "center"), (line.label, "left"), (format_vnd(line.amount, unit=""), "right")]
        for i, line in enumerate(r.lines, start=1)
    ]
    top = pdf.table(top - 2 * mm, LINES, cells)
    top = pdf.total_line(top, "TỔNG CỘNG", r.total, amount_right=pdf.column_right(LINES, 2))
    top = pdf.paragraph(top - 2 * mm, Written(r.total).line("Số tiền"), size=9.5, bold=True)
    top -= 2 * mm
    for fact in _payout_facts(r):
        top = pdf.paragraph(top, fact, size=9)
    _signatures(pdf, top - 2 * mm, r)
    return pdf.finish()


def _payout_facts(r: Receipt) -> list[str]:
    who = r.recipient
    if who.is_proxy:
        taken = f"Người nhận thay: {who.name}" + (f" ({who.relation})" if who.relation else "")
        papers = [f"CCCD {mask_id(who.id_number)}" if who.id_number else ""]
        papers.append(f"giấy ủy quyền số {who.authorisation}" if who.authorisation else "")
        taken += "".join(f", {p}" for p in papers if p)
    else:
        taken = "Người nhận: chính chủ"
    return [
        taken,
        f"Thời gian chi: {r.paid_at}, {'tại nhà' if r.at_home else 'tại điểm chi trả'}",
        f"Nhân viên chi trả: {r.staff} — máy: {r.device}",
        f"Mã bản ghi: {r.event_id}",
    ]


def _signatures(pdf: Pdf, top: float, r: Receipt) -> None:
    top = pdf.room(top, 36 * mm)
    half = pdf.width / 2
    left, right = pdf.margin + half / 2, pdf.margin + half * 1.5
    pdf.text(left, top - 5 * mm, "NGƯỜI NHẬN TIỀN", size=9.5, bold=True, align="center")
    pdf.text(right, top - 5 * mm, "NHÂN VIÊN CHI TRẢ", size=9.5, bold=True, align="center")
    box = top - 8 * mm
    picture = readable_png(r.signature_png) if r.signature_png else None
    if picture:
        pdf.canvas.drawImage(
            ImageReader(io.BytesIO(picture)), left - 25 * mm, box - 20 * mm, width=50 * mm,
            height=18 * mm, preserveAspectRatio=True, mask="auto",
        )  # fmt: skip
    elif r.signature_png:  # stored, but junk or too large to draw
        pdf.text(left, box - 10 * mm, UNREADABLE, size=8.5, align="center")
    elif r.thumbprint:
        pdf.canvas.setLineWidth(0.5)
        pdf.canvas.roundRect(left - 12 * mm, box - 20 * mm, 24 * mm, 18 * mm, 3 * mm)
        pdf.text(left, box - 12 * mm, "điểm chỉ", size=9, align="center")
    else:
        pdf.text(left, box - 10 * mm, "(ký trên danh sách giấy)", size=8.5, align="center")
    name = r.recipient.name or r.name
    pdf.text(left, box - 25 * mm, pdf.fit(name, half - 4 * mm, 9), size=9, align="center")
    pdf.text(right, box - 25 * mm, pdf.fit(r.staff, half - 4 * mm, 9), size=9, align="center")
