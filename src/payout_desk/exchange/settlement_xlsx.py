"""The settlement workbook (.xlsx) the office hands to the welfare office: summary per point, every
beneficiary, the exceptions to report back (deceased, moved, wrong data), and the conflicts."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from payout_desk.domain.cash_days import CashBook
from payout_desk.domain.fold import ConflictKind, Status
from payout_desk.domain.ledger import ReportKind
from payout_desk.domain.settlement import PointFigures, words_lines
from payout_desk.domain.transfer_figures import BankFigures
from payout_desk.exchange.cash_sheet import write_cash_sheet
from payout_desk.exchange.transfer_sheet import write_transfer_sheet
from payout_desk.exchange.xlsx_cells import HEAD_FONT, cells, sheet_head

STATUS_VI = {
    "paid": "Đã chi",
    "unpaid": "Chưa chi",
    "stopped": "Báo giảm",
    "exception": "Chưa chi (ngoại lệ)",
}


@dataclass(frozen=True, slots=True)
class BeneficiaryLine:
    point_code: str
    code: str
    name: str
    birth_year: int | None
    village: str
    category: str
    amount: int
    status: str
    paid_amount: int
    recipient: str
    relation: str
    paid_at: str
    at_home: bool
    device: str
    staff: str
    acknowledgement: str
    reason: str
    conflicts: int
    proxy_id: str = ""  # who took the money for the beneficiary: their ID number (CCCD/CMND)
    authorisation: str = ""  # …and their written authorisation's number, or that the list names them


@dataclass(frozen=True, slots=True)
class ExceptionLine:
    point_code: str
    code: str
    name: str
    kind: str
    date: str
    reported_by: str
    note: str
    device: str
    staff: str
    paid: bool


@dataclass(frozen=True, slots=True)
class ConflictLine:
    conflict_id: str
    kind: str
    point_code: str
    code: str
    name: str
    records: str
    resolution: str
    resolved_by: str


@dataclass(frozen=True, slots=True)
class LateEntry:
    """A record of a closed month taken in after it closed: shown apart, not in the frozen figures."""

    point_code: str
    code: str
    kind: str  # in words
    amount: int
    device: str
    staff: str
    at: str


@dataclass(slots=True)
class SettlementBook:
    month: str
    office_name: str
    made_at: str
    points: list[PointFigures]  # each point's, from the month's one settlement
    beneficiaries: list[BeneficiaryLine]
    exceptions: list[ExceptionLine]
    conflicts: list[ConflictLine]
    closed: bool = False  # a closed month: its figures frozen, `late` on a sheet of their own
    late: list[LateEntry] = field(default_factory=list)
    total: PointFigures = field(default_factory=lambda: PointFigures("", "TỔNG CỘNG"))  # the month's total
    cash: CashBook | None = None  # issue 16: the sheet "Tiền mặt" (exchange/cash_sheet.py)
    banks: tuple[
        BankFigures, ...
    ] = ()  # issue 17: with transfers, the sheet "Chuyển khoản" (transfer_sheet.py)


_BOLD = HEAD_FONT
_TITLE = Font(bold=True, size=14)
_WRAP = Alignment(wrap_text=True, vertical="top")


def _label(kind: type[ReportKind] | type[ConflictKind], value: str) -> str:
    """A report's or a conflict's kind in words; a kind this version does not know, as it is stored."""
    try:
        return kind(value).label_vi
    except ValueError:
        return value


def _header(
    sheet: WriteOnlyWorksheet, title: str, book: SettlementBook, columns: Sequence[str], widths: Sequence[int]
) -> None:
    subtitle = f"{book.office_name} — tháng {book.month[5:]}/{book.month[:4]} — lập lúc {book.made_at}"
    sheet_head(sheet, ([title], [subtitle]), columns, widths, title_font=_TITLE, wrap=_WRAP)


FIGURE_COLUMNS = (  # a point's figures, as every workbook to the welfare office heads them
    "Mã điểm",
    "Điểm chi trả",
    "Số người",
    "Tổng tiền (đ)",
    "Đã chi (người)",
    "Đã chi theo danh sách (đ)",
    "Thực chi (đ)",
    "Chưa chi (người)",
    "Chưa chi (đ)",
    "Báo giảm (người)",
    "Báo giảm (đ)",
)
FIGURE_WIDTHS = (9, 32, 9, 16, 9, 18, 16, 9, 16, 9, 16)
_SUMMARY_COLUMNS = (
    *FIGURE_COLUMNS,
    "Tiền đã nhận (đ)",
    "Tiền nộp lại (đ)",
    "Tiền còn giữ (đ)",
    "Xung đột",
)
FIGURE_MONEY = (3, 5, 6, 8, 10)  # the money columns of `figure_cells`


def figure_values(f: PointFigures) -> list[object]:
    """A point's figures in the columns of FIGURE_COLUMNS (code and name first)."""
    return [
        f.code, f.name, f.issued.people, f.issued.money, f.paid.people, f.paid.money, f.paid_out,
        f.unpaid.people, f.unpaid.money, f.stopped.people, f.stopped.money,
    ]  # fmt: skip


def _summary(wb: Workbook, book: SettlementBook) -> None:
    sheet = wb.create_sheet("Tổng hợp")
    _header(
        sheet,
        "BẢNG THANH QUYẾT TOÁN CHI TRẢ TRỢ CẤP",
        book,
        _SUMMARY_COLUMNS,
        (*FIGURE_WIDTHS, 16, 16, 16, 9),
    )
    money = (*FIGURE_MONEY, 11, 12, 13)

    def row(f: PointFigures) -> list[object]:
        return [*figure_values(f), f.received, f.returned, f.held, f.conflicts]

    for p in book.points:
        sheet.append(cells(sheet, row(p), money=money))
    sheet.append(cells(sheet, row(book.total), money=money, font=_BOLD))
    sheet.append([])
    for line in words_lines(book.total, held=True):
        sheet.append(cells(sheet, [line]))


_DETAIL_COLUMNS = (
    "Mã điểm",
    "Mã đối tượng",
    "Họ và tên",
    "Năm sinh",
    "Thôn/ấp",
    "Loại đối tượng",
    "Số tiền (đ)",
    "Trạng thái",
    "Đã chi (đ)",
    "Người nhận",
    "Quan hệ",
    "Thời gian chi",
    "Nơi chi",
    "Thiết bị",
    "Nhân viên",
    "Xác nhận",
    "Lý do chưa chi",
    "Xung đột",
    "CCCD người nhận thay",
    "Giấy ủy quyền",
)


def _details(wb: Workbook, book: SettlementBook) -> None:
    sheet = wb.create_sheet("Chi tiết")
    _header(
        sheet,
        "CHI TIẾT CHI TRẢ THEO ĐỐI TƯỢNG",
        book,
        _DETAIL_COLUMNS,
        (9, 14, 26, 8, 18, 24, 14, 18, 14, 24, 10, 20, 10, 22, 20, 10, 24, 8, 16, 22),
    )
    for b in book.beneficiaries:
        reason = b.reason
        if b.status == Status.EXCEPTION:
            reason = _label(ReportKind, reason)
        values = [
            b.point_code,
            b.code,
            b.name,
            b.birth_year,
            b.village,
            b.category,
            b.amount,
            STATUS_VI.get(b.status, b.status),
            b.paid_amount,
            b.recipient,
            b.relation,
            b.paid_at,
            ("tại nhà" if b.at_home else "tại điểm") if b.paid_at else "",
            b.device,
            b.staff,
            b.acknowledgement,
            reason,
            b.conflicts or "",
            b.proxy_id,
            b.authorisation,
        ]
        sheet.append(cells(sheet, values, money=(6, 8)))


def _exceptions(wb: Workbook, book: SettlementBook) -> None:
    sheet = wb.create_sheet("Ngoại lệ - báo giảm")
    columns = (
        "Mã điểm",
        "Mã đối tượng",
        "Họ và tên",
        "Loại",
        "Ngày",
        "Người báo",
        "Ghi chú",
        "Thiết bị",
        "Nhân viên",
        "Đã chi?",
    )
    _header(
        sheet,
        "DANH SÁCH BÁO CHẾT, CHUYỂN ĐI, SAI THÔNG TIN",
        book,
        columns,
        (9, 14, 26, 16, 12, 20, 30, 22, 20, 8),
    )
    for e in book.exceptions:
        sheet.append(
            cells(
                sheet,
                [
                    e.point_code,
                    e.code,
                    e.name,
                    _label(ReportKind, e.kind),
                    e.date,
                    e.reported_by,
                    e.note,
                    e.device,
                    e.staff,
                    "Có" if e.paid else "Không",
                ],
            )
        )


def _conflicts(wb: Workbook, book: SettlementBook) -> None:
    sheet = wb.create_sheet("Xung đột")
    columns = (
        "Mã",
        "Loại",
        "Mã điểm",
        "Mã đối tượng",
        "Họ và tên",
        "Các bản ghi",
        "Cách giải quyết",
        "Người quyết định",
    )
    _header(sheet, "XUNG ĐỘT CẦN XỬ LÝ", book, columns, (22, 30, 9, 14, 26, 60, 40, 20))
    for c in book.conflicts:
        sheet.append(
            cells(
                sheet,
                [
                    c.conflict_id,
                    _label(ConflictKind, c.kind),
                    c.point_code,
                    c.code,
                    c.name,
                    c.records,
                    c.resolution or "CHƯA XỬ LÝ",
                    c.resolved_by,
                ],
            )
        )


def _late(wb: Workbook, book: SettlementBook) -> None:
    sheet = wb.create_sheet("Ghi nhận muộn")
    columns = ("Mã điểm", "Mã đối tượng", "Loại", "Số tiền (đ)", "Thiết bị", "Nhân viên", "Thời gian")
    _header(
        sheet,
        "GHI NHẬN SAU KHI KHÓA SỔ (không tính vào số liệu đã khóa)",
        book,
        columns,
        (9, 14, 16, 14, 22, 20, 20),
    )
    for x in book.late:
        sheet.append(
            cells(sheet, [x.point_code, x.code, x.kind, x.amount, x.device, x.staff, x.at], money=(3,))
        )


def write_settlement(book: SettlementBook) -> bytes:
    wb = Workbook(write_only=True)
    _summary(wb, book)
    _details(wb, book)
    _exceptions(wb, book)
    _conflicts(wb, book)
    if book.closed:
        _late(wb, book)
    subtitle = f"{book.office_name} — tháng {book.month[5:]}/{book.month[:4]} — lập lúc {book.made_at}"
    if book.banks:
        write_transfer_sheet(wb, book.points, book.total, book.banks, subtitle)
    if book.cash is not None:
        write_cash_sheet(
            wb,
            book.cash,
            subtitle,
        )
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
