"""Niêm yết công khai: the list a payout point posts on its wall for the month (A4 portrait) — who is to
be paid what, by village and category, with ID numbers masked to their last digits, the total, and the
month's added and removed people (danh sách tăng/giảm) from the office's amendments, and who is new on the
list or no longer on it against the point's list of last month (with the reason when known)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from payout_desk.domain.ids import mask_id
from payout_desk.domain.money import format_vnd
from payout_desk.domain.payout_list import ChangeKind
from payout_desk.domain.settlement import Written
from payout_desk.reports.pdfkit import HEAD, Column, Letterhead, Pdf, PointHeader


@dataclass(frozen=True, slots=True)
class PostingRow:
    code: str
    name: str
    id_number: str | None  # printed masked, never whole
    village: str
    category: str  # the Vietnamese category label
    amount: int


@dataclass(frozen=True, slots=True)
class PostingChange:
    """One amendment of the month: a stop (báo giảm: reason and date) or an addition (báo tăng)."""

    kind: str  # a ChangeKind
    code: str
    name: str
    village: str
    detail: str  # stop: the reason; add: the category
    date: str  # stop: from when, dd/mm/yyyy
    amount: int


@dataclass(frozen=True, slots=True)
class PostingDifference:
    """Against last month's list of the point: someone new on this month's list, or no longer on it."""

    kind: str  # "added" | "removed"
    code: str
    name: str
    village: str
    detail: str  # added: the category; removed: the reason (died, stopped, moved to …, held, not listed)
    amount: int  # added: this month's; removed: last month's


@dataclass(frozen=True, slots=True)
class PostingSection:
    header: PointHeader
    rows: Sequence[PostingRow]
    changes: Sequence[PostingChange] = ()
    last_month: str = ""  # "MM/YYYY" of the point's previous list ("" when it had none)
    differences: Sequence[PostingDifference] = ()


PAGE = A4
COLUMNS: tuple[Column, ...] = (
    ("STT", 10),
    ("Mã đối tượng", 24),
    ("Họ và tên", 44),
    ("Số CCCD", 24),
    ("Thôn/ấp", 28),
    ("Loại đối tượng", 34),
    ("Số tiền (đ)", 22),
)
STOP_COLUMNS: tuple[Column, ...] = (
    ("STT", 10),
    ("Mã đối tượng", 24),
    ("Họ và tên", 46),
    ("Thôn/ấp", 28),
    ("Lý do", 34),
    ("Từ ngày", 22),
    ("Số tiền (đ)", 22),
)
ADD_COLUMNS: tuple[Column, ...] = (
    ("STT", 10),
    ("Mã đối tượng", 24),
    ("Họ và tên", 46),
    ("Thôn/ấp", 28),
    ("Loại đối tượng", 56),
    ("Số tiền (đ)", 22),
)


def _section(pdf: Pdf, section: PostingSection) -> None:
    h = section.header
    top = pdf.letterhead(
        pdf.new_section(),
        Letterhead(
            h.office_name,
            h.point_line,
            "DANH SÁCH NIÊM YẾT CÔNG KHAI",
            f"Chi trả trợ cấp ưu đãi người có công — {h.month.label_vi}",
        ),
    )
    rows = [
        [
            (str(i), "center"),
            (r.code, "left"),
            (r.name, "left"),
            (mask_id(r.id_number), "center"),
            (r.village, "left"),
            (r.category, "left"),
            (format_vnd(r.amount, unit=""), "right"),
        ]
        for i, r in enumerate(section.rows, start=1)
    ]
    top = pdf.table(top, COLUMNS, rows)
    total = sum(r.amount for r in section.rows)
    top = pdf.total_line(
        pdf.room(top, HEAD),
        f"TỔNG CỘNG ({len(section.rows)} người)",
        total,
        amount_right=pdf.column_right(COLUMNS, 6),
    )
    top = pdf.paragraph(top - 2 * mm, Written(total).line("Tổng số tiền"), bold=True)
    top = _changes(pdf, top - 4 * mm, section.changes)
    if section.last_month:
        top = _differences(pdf, top - 4 * mm, section.last_month, section.differences)
    note = (
        "Danh sách được niêm yết tại điểm chi trả để người dân theo dõi. Mọi sai sót (tên, số tiền, "
        "người đã mất, chuyển đi) xin báo ngay cho nhân viên chi trả hoặc bưu điện."
    )
    top = pdf.paragraph(top - 4 * mm, note, size=8.5)
    pdf.signature_block(top, ("NGƯỜI LẬP DANH SÁCH", "TRƯỞNG ĐIỂM CHI TRẢ"), place_date=f"Ngày {h.made_on}")


def _changes(pdf: Pdf, top: float, changes: Sequence[PostingChange]) -> float:
    top = pdf.heading(top, "DANH SÁCH TĂNG/GIẢM TRONG THÁNG")
    stops = [c for c in changes if c.kind == ChangeKind.STOP]
    adds = [c for c in changes if c.kind == ChangeKind.ADD]
    if not changes:
        return pdf.paragraph(top, "Trong tháng không có người tăng hoặc giảm.", size=9)
    if stops:
        top = pdf.paragraph(top, f"Báo giảm ({len(stops)} người):", size=9.5, bold=True)
        cells = [
            [(str(i), "center"), (c.code, "left"), (c.name, "left"), (c.village, "left"),
             (c.detail, "left"), (c.date, "center"), (format_vnd(c.amount, unit=""), "right")]
            for i, c in enumerate(stops, start=1)
        ]  # fmt: skip
        top = pdf.table(top, STOP_COLUMNS, cells) - 3 * mm
    if adds:
        top = pdf.paragraph(top, f"Báo tăng ({len(adds)} người):", size=9.5, bold=True)
        cells = [
            [(str(i), "center"), (c.code, "left"), (c.name, "left"), (c.village, "left"),
             (c.detail, "left"), (format_vnd(c.amount, unit=""), "right")]
            for i, c in enumerate(adds, start=1)
        ]  # fmt: skip
        top = pdf.table(top, ADD_COLUMNS, cells)
    return top


REMOVED_COLUMNS: tuple[Column, ...] = (
    ("STT", 10),
    ("Mã đối tượng", 24),
    ("Họ và tên", 46),
    ("Thôn/ấp", 28),
    ("Lý do", 56),
    ("Số tiền (đ)", 22),
)


def _differences(pdf: Pdf, top: float, month: str, differences: Sequence[PostingDifference]) -> float:
    top = pdf.heading(top, f"SO VỚI DANH SÁCH THÁNG {month}")
    if not differences:
        return pdf.paragraph(
            top, "Không có người mới, không có người thôi có tên so với tháng trước.", size=9
        )
    for kind, title, columns in (
        ("added", "Người mới có tên trong danh sách", ADD_COLUMNS),
        ("removed", "Người có tên tháng trước, tháng này không còn", REMOVED_COLUMNS),
    ):
        lines = [d for d in differences if d.kind == kind]
        if lines:
            top = pdf.paragraph(top, f"{title} ({len(lines)} người):", size=9.5, bold=True)
            cells = [
                [(str(i), "center"), (d.code, "left"), (d.name, "left"), (d.village, "left"),
                 (d.detail, "left"), (format_vnd(d.amount, unit=""), "right")]
                for i, d in enumerate(lines, start=1)
            ]  # fmt: skip
            top = pdf.table(top, columns, cells) - 3 * mm
    return top


def posting_list_pdf(sections: Sequence[PostingSection]) -> bytes:
    """The posting lists of one or more points, each starting on its own page."""
    first = sections[0].header if sections else None
    pdf = Pdf(
        PAGE,
        title=f"Niêm yết công khai {first.month.label_vi}" if first else "Niêm yết công khai",
        author=first.office_name if first else "",
    )
    for section in sections:
        _section(pdf, section)
    return pdf.finish()
