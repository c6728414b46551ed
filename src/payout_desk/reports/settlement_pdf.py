"""Thanh quyết toán: the month's settlement for the welfare office (A4 landscape). First the office's
summary, one line per point and the totals; then one section per point: issued, paid, unpaid by reason,
stopped, the cash, the people stopped, and the conflicts with the office's decisions. Each section checks
that what was issued is what was paid, left unpaid or stopped, and says so."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from payout_desk.domain.cash_days import CashBook
from payout_desk.domain.money import amount_in_words, format_vnd
from payout_desk.domain.month import Month
from payout_desk.reports.cash_pdf import draw_cash
from payout_desk.reports.pdfkit import Cell, Column, Letterhead, Pdf


@dataclass(frozen=True, slots=True)
class Figure:
    count: int = 0
    amount: int = 0

    def __add__(self, other: Figure) -> Figure:
        return Figure(self.count + other.count, self.amount + other.amount)


@dataclass(frozen=True, slots=True)
class ReasonLine:
    """Unpaid people of one reason (an exception kind, or no record at all)."""

    label: str
    figure: Figure


@dataclass(frozen=True, slots=True)
class StoppedLine:
    code: str
    name: str
    reason: str
    date: str  # dd/mm/yyyy
    amount: int
    paid: bool  # paid before the stop reached the point (a conflict)


@dataclass(frozen=True, slots=True)
class ConflictNote:
    kind: str  # Vietnamese label
    who: str
    records: str
    resolution: str  # the office's decision and who took it; "" while open


@dataclass(frozen=True, slots=True)
class PointSettlement:
    code: str
    name: str
    issued: Figure
    paid: Figure  # people paid, at their listed amount
    unpaid: tuple[ReasonLine, ...]
    stopped: Figure
    paid_out: int  # cash actually paid (more than `paid` by double payouts and payouts off the list)
    cash_received: int
    cash_returned: int
    stopped_people: tuple[StoppedLine, ...] = ()
    conflicts: tuple[ConflictNote, ...] = ()

    @property
    def unpaid_total(self) -> Figure:
        return sum((r.figure for r in self.unpaid), Figure())

    @property
    def cash_out(self) -> int:
        return self.cash_received - self.paid_out - self.cash_returned

    @property
    def reconciles(self) -> bool:
        return self.issued == self.paid + self.unpaid_total + self.stopped


@dataclass(frozen=True, slots=True)
class SettlementDoc:
    office_name: str
    month: Month
    made_on: str  # dd/mm/yyyy HH:MM
    points: Sequence[PointSettlement]
    cash: CashBook | None = None  # issue 16: the cash section (reports/cash_pdf.py)


PAGE = landscape(A4)
SUMMARY: tuple[Column, ...] = (  # 273 mm: the printable width of landscape A4
    ("Mã", 11),
    ("Điểm chi trả", 40),
    ("Cấp", 11),
    ("Tiền cấp", 26),
    ("Đã chi", 12),
    ("Tiền đã chi", 26),
    ("Chưa chi", 14),
    ("Tiền chưa chi", 26),
    ("Giảm", 11),
    ("Tiền giảm", 24),
    ("Tiền nhận", 25),
    ("Nộp lại", 22),
    ("Còn giữ", 25),
)
FIGURES: tuple[Column, ...] = (("Khoản", 120), ("Số người", 30), ("Số tiền (đ)", 40))
CASH: tuple[Column, ...] = (("Tiền mặt", 150), ("Số tiền (đ)", 40))
STOPPED: tuple[Column, ...] = (
    ("Mã đối tượng", 28),
    ("Họ và tên", 60),
    ("Lý do", 50),
    ("Từ ngày", 26),
    ("Số tiền (đ)", 30),
    ("Đã chi trước khi báo?", 40),
)


def _money(amount: int) -> str:
    return format_vnd(amount, unit="")


def _summary_cells(code: str, name: str, p: PointSettlement) -> list[Cell]:
    unpaid = p.unpaid_total
    return [
        (code, "left"),
        (name, "left"),
        (str(p.issued.count), "right"),
        (_money(p.issued.amount), "right"),
        (str(p.paid.count), "right"),
        (_money(p.paid.amount), "right"),
        (str(unpaid.count), "right"),
        (_money(unpaid.amount), "right"),
        (str(p.stopped.count), "right"),
        (_money(p.stopped.amount), "right"),
        (_money(p.cash_received), "right"),
        (_money(p.cash_returned), "right"),
        (_money(p.cash_out), "right"),
    ]


def office_total(points: Sequence[PointSettlement]) -> PointSettlement:
    """The office's line: every point's figures added up."""
    reasons: dict[str, Figure] = {}
    for p in points:
        for r in p.unpaid:
            reasons[r.label] = reasons.get(r.label, Figure()) + r.figure
    return PointSettlement(
        "",
        "TỔNG CỘNG",
        sum((p.issued for p in points), Figure()),
        sum((p.paid for p in points), Figure()),
        tuple(ReasonLine(label, figure) for label, figure in reasons.items()),
        sum((p.stopped for p in points), Figure()),
        sum(p.paid_out for p in points),
        sum(p.cash_received for p in points),
        sum(p.cash_returned for p in points),
    )


def _summary(pdf: Pdf, doc: SettlementDoc) -> None:
    top = pdf.letterhead(
        pdf.new_section(),
        Letterhead(
            doc.office_name,
            "Thanh quyết toán chi trả trợ cấp ưu đãi người có công",
            "BẢNG TỔNG HỢP THANH QUYẾT TOÁN",
            f"{doc.month.label_vi} — lập lúc {doc.made_on}",
        ),
    )
    top = pdf.table(top, SUMMARY, [_summary_cells(p.code, p.name, p) for p in doc.points])
    total = office_total(doc.points)
    top = pdf.row(
        pdf.room(top, 8 * mm), SUMMARY, _summary_cells("", "TỔNG CỘNG", total), height=8 * mm, bold=True
    )
    top = pdf.paragraph(
        top - 3 * mm, f"Tổng số tiền đã chi bằng chữ: {amount_in_words(total.paid_out)}", bold=True
    )
    check = "khớp" if all(p.reconciles for p in doc.points) else "KHÔNG KHỚP — xem từng điểm"
    top = pdf.paragraph(top, f"Đối chiếu: số cấp = đã chi + chưa chi + báo giảm ở mọi điểm: {check}.", size=9)
    pdf.signature_block(top - 2 * mm, ("NGƯỜI LẬP BIỂU", "KẾ TOÁN", "GIÁM ĐỐC BƯU ĐIỆN"))


def _figure_cells(label: str, figure: Figure) -> list[Cell]:
    return [(label, "left"), (str(figure.count), "right"), (_money(figure.amount), "right")]


def _point(pdf: Pdf, doc: SettlementDoc, p: PointSettlement) -> None:
    top = pdf.letterhead(
        pdf.new_section(),
        Letterhead(
            doc.office_name,
            f"Điểm chi trả: {p.code} — {p.name}",
            "THANH QUYẾT TOÁN ĐIỂM CHI TRẢ",
            f"{doc.month.label_vi} — lập lúc {doc.made_on}",
        ),
    )
    unpaid = p.unpaid_total
    rows = [
        _figure_cells("1. Danh sách cấp", p.issued),
        _figure_cells("2. Đã chi trả (theo số tiền trong danh sách)", p.paid),
        _figure_cells("3. Chưa chi trả", unpaid),
        *(_figure_cells(f"      – {r.label}", r.figure) for r in p.unpaid),
        _figure_cells("4. Báo giảm (dừng chi)", p.stopped),
    ]
    top = pdf.table(top, FIGURES, rows)
    check = "khớp" if p.reconciles else "KHÔNG KHỚP"
    top = pdf.paragraph(
        top - 2 * mm, f"Đối chiếu: (1) = (2) + (3) + (4): {check}.", size=9, bold=not p.reconciles
    )
    cash = [
        [("Tiền mặt nhận từ bưu cục", "left"), (_money(p.cash_received), "right")],
        [("Tiền đã chi (thực chi)", "left"), (_money(p.paid_out), "right")],
        [("Tiền nộp lại", "left"), (_money(p.cash_returned), "right")],
        [("Tiền còn giữ tại điểm", "left"), (_money(p.cash_out), "right")],
    ]
    if p.paid_out != p.paid.amount:
        extra = p.paid_out - p.paid.amount
        cash.insert(
            2, [("      trong đó chi vượt (chi trùng, ngoài danh sách)", "left"), (_money(extra), "right")]
        )
    top = pdf.table(top - 3 * mm, CASH, cash)
    if p.stopped_people:
        top = pdf.heading(top - 3 * mm, f"Người báo giảm ({len(p.stopped_people)})")
        stopped = [
            [(s.code, "left"), (s.name, "left"), (s.reason, "left"), (s.date, "center"),
             (_money(s.amount), "right"), ("ĐÃ CHI" if s.paid else "không", "center")]
            for s in p.stopped_people
        ]  # fmt: skip
        top = pdf.table(top, STOPPED, stopped)
    top = pdf.heading(top - 3 * mm, f"Xung đột ({len(p.conflicts)})")
    if not p.conflicts:
        top = pdf.paragraph(top, "Không có xung đột.", size=9)
    for i, c in enumerate(p.conflicts, start=1):
        top = pdf.paragraph(top, f"{i}. {c.kind}: {c.who}", size=9, bold=True)
        top = pdf.paragraph(top, f"Bản ghi: {c.records}", size=8.5, indent=5 * mm)
        decision = f"Xử lý: {c.resolution}" if c.resolution else "Xử lý: CHƯA XỬ LÝ"
        top = pdf.paragraph(top, decision, size=8.5, indent=5 * mm, bold=not c.resolution)
    pdf.signature_block(top - 2 * mm, ("NHÂN VIÊN CHI TRẢ", "KẾ TOÁN", "GIÁM ĐỐC BƯU ĐIỆN"))


def settlement_pdf(doc: SettlementDoc) -> bytes:
    pdf = Pdf(PAGE, title=f"Thanh quyết toán {doc.month.label_vi}", author=doc.office_name)
    _summary(pdf, doc)
    for point in doc.points:
        _point(pdf, doc, point)
    if doc.cash is not None:
        head = Letterhead(doc.office_name, "Thanh quyết toán — tiền mặt", "TIỀN MẶT CÁC ĐIỂM CHI TRẢ",
                          f"{doc.month.label_vi} — lập lúc {doc.made_on}")  # fmt: skip
        draw_cash(pdf, head, doc.cash)
    return pdf.finish()
