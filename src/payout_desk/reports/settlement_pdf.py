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
from payout_desk.domain.money import format_vnd
from payout_desk.domain.month import Month
from payout_desk.domain.settlement import Count, PointFigures, total_of, words_lines
from payout_desk.domain.transfer_figures import BankFigures
from payout_desk.reports.cash_pdf import draw_cash
from payout_desk.reports.pdfkit import HEAD, Cell, Column, Letterhead, Pdf
from payout_desk.reports.transfer_pdf import draw_transfers


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
    """A point's section: its figures from the month's one settlement (domain.settlement), its unpaid by
    reason (they add up to `figures.unpaid`), the people stopped and the conflicts."""

    figures: PointFigures
    unpaid: tuple[ReasonLine, ...]
    stopped_people: tuple[StoppedLine, ...] = ()
    conflicts: tuple[ConflictNote, ...] = ()

    @property
    def code(self) -> str:
        return self.figures.code

    @property
    def name(self) -> str:
        return self.figures.name

    @property
    def unpaid_total(self) -> Figure:
        return sum((r.figure for r in self.unpaid), Figure())

    @property
    def reconciles(self) -> bool:
        unpaid = self.figures.unpaid
        return not self.figures.problems() and self.unpaid_total == Figure(unpaid.people, unpaid.money)


@dataclass(frozen=True, slots=True)
class SettlementDoc:
    office_name: str
    month: Month
    made_on: str  # dd/mm/yyyy HH:MM
    points: Sequence[PointSettlement]
    total: PointFigures  # the month's settlement total (`MonthSettlement.total`)
    cash: CashBook | None = None  # issue 16: the cash section (reports/cash_pdf.py)
    # issue 17: with transfers, the section cash and transfer (reports/transfer_pdf.py): every point's figures
    # (those paying only by transfer too) and each bank's
    transfers: tuple[PointFigures, ...] = ()
    banks: tuple[BankFigures, ...] = ()


PAGE = landscape(A4)
SUMMARY: tuple[Column, ...] = (  # 273 mm: the printable width of landscape A4
    ("Mã", 10),
    ("Điểm chi trả", 33),
    ("Cấp", 10),
    ("Tiền cấp", 24),
    ("Đã chi", 10),
    ("Đã chi theo DS", 24),
    ("Thực chi", 24),
    ("Chưa chi", 14),
    ("Tiền chưa chi", 24),
    ("Giảm", 10),
    ("Tiền giảm", 22),
    ("Tiền nhận", 24),
    ("Nộp lại", 20),
    ("Còn giữ", 24),
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


def _summary_cells(f: PointFigures) -> list[Cell]:
    return [
        (f.code, "left"),
        (f.name, "left"),
        (str(f.issued.people), "right"),
        (_money(f.issued.money), "right"),
        (str(f.paid.people), "right"),
        (_money(f.paid.money), "right"),
        (_money(f.paid_out), "right"),
        (str(f.unpaid.people), "right"),
        (_money(f.unpaid.money), "right"),
        (str(f.stopped.people), "right"),
        (_money(f.stopped.money), "right"),
        (_money(f.received), "right"),
        (_money(f.returned), "right"),
        (_money(f.held), "right"),
    ]


def _words(pdf: Pdf, top: float, f: PointFigures, *, size: float = 10) -> float:
    """The money in words, each line made from the very figure printed in the table above it."""
    for line in words_lines(f, held=True):
        top = pdf.paragraph(top, line, size=size, bold=True)
    return top


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
    top = pdf.table(top, SUMMARY, [_summary_cells(p.figures) for p in doc.points])
    top = pdf.row(pdf.room(top, 8 * mm), SUMMARY, _summary_cells(doc.total), height=8 * mm, bold=True)
    top = _words(pdf, top - 3 * mm, doc.total)
    check = "khớp" if all(p.reconciles for p in doc.points) else "KHÔNG KHỚP — xem từng điểm"
    top = pdf.paragraph(top, f"Đối chiếu: số cấp = đã chi + chưa chi + báo giảm ở mọi điểm: {check}.", size=9)
    pdf.signature_block(top - 2 * mm, ("NGƯỜI LẬP BIỂU", "KẾ TOÁN", "GIÁM ĐỐC BƯU ĐIỆN"))


def _figure_cells(label: str, figure: Figure | Count) -> list[Cell]:
    count, amount = (
        (figure.count, figure.amount) if isinstance(figure, Figure) else (figure.people, figure.money)
    )
    return [(label, "left"), (str(count), "right"), (_money(amount), "right")]


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
    f = p.figures
    rows = [
        _figure_cells("1. Danh sách cấp", f.issued),
        _figure_cells("2. Đã chi trả (theo số tiền trong danh sách)", f.paid),
        _figure_cells("3. Chưa chi trả", f.unpaid),
        *(_figure_cells(f"      – {r.label}", r.figure) for r in p.unpaid),
        _figure_cells("4. Báo giảm (dừng chi)", f.stopped),
    ]
    top = pdf.table(top, FIGURES, rows)
    check = "khớp" if p.reconciles else "KHÔNG KHỚP"
    top = pdf.paragraph(
        top - 2 * mm, f"Đối chiếu: (1) = (2) + (3) + (4): {check}.", size=9, bold=not p.reconciles
    )
    cash = [
        [("Tiền mặt nhận từ bưu cục", "left"), (_money(f.received), "right")],
        [("Tiền đã chi (thực chi)", "left"), (_money(f.paid_out), "right")],
        [("Tiền nộp lại", "left"), (_money(f.returned), "right")],
        [("Tiền còn giữ tại điểm", "left"), (_money(f.held), "right")],
    ]
    if f.excess_paid:
        cash.insert(
            2,
            [
                ("      trong đó chi vượt (chi trùng, ngoài danh sách)", "left"),
                (_money(f.excess_paid), "right"),
            ],
        )
    top = pdf.table(top - 3 * mm, CASH, cash)
    top = _words(pdf, top - 2 * mm, f, size=9)
    if p.stopped_people:
        top = pdf.room(top - 3 * mm, 8 * mm + 3 * HEAD)  # the heading with the table's head and a row
        top = pdf.heading(top, f"Người báo giảm ({len(p.stopped_people)})")
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
    if doc.transfers:
        head = Letterhead(doc.office_name, "Thanh quyết toán — tiền mặt và chuyển khoản",
                          "CHI TRẢ BẰNG TIỀN MẶT VÀ CHUYỂN KHOẢN", f"{doc.month.label_vi} — lập lúc {doc.made_on}")  # fmt: skip
        draw_transfers(pdf, head, doc.transfers, total_of(doc.transfers), doc.banks)
    if doc.cash is not None:
        head = Letterhead(doc.office_name, "Thanh quyết toán — tiền mặt", "TIỀN MẶT CÁC ĐIỂM CHI TRẢ",
                          f"{doc.month.label_vi} — lập lúc {doc.made_on}")  # fmt: skip
        draw_cash(pdf, head, doc.cash)
    return pdf.finish()
