"""The signature sheet's row and its columns: the welfare register's columns (STT, code, name, CCCD,
category, one column per allowance line present, total), the payout cell and the marks column, whose
short marks (CT, BG, UQ …) the legend at the end explains. The papers are Vietnamese only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from payout_desk.domain.allowances import AllowanceKind
from payout_desk.domain.payout_list import PayLine
from payout_desk.reports.pdfkit import Column


class SheetMark(StrEnum):
    """Why a row is flagged on the paper record. The exception kinds carry the report's own values."""

    DOUBLE = "double"
    AFTER_STOP = "after-stop"
    MISMATCH = "mismatch"
    PROXY = "proxy"
    AT_HOME = "at-home"
    LATE = "late"
    VOIDED = "voided"
    ABSENT = "absent"
    DECEASED = "deceased"
    MOVED = "moved"
    REFUSED = "refused"
    HOSPITAL = "hospital"
    WRONG_DATA = "wrong-data"
    OTHER_REPORT = "other-report"

    @property
    def short(self) -> str:
        return _MARKS[self][0]

    @property
    def label(self) -> str:
        return _MARKS[self][1]


_MARKS: dict[SheetMark, tuple[str, str]] = {
    SheetMark.DOUBLE: ("CT", "chi trùng (chi hơn một lần, hoặc ở hai điểm)"),
    SheetMark.AFTER_STOP: ("BG", "chi sau báo giảm hoặc sau khi được báo đã mất"),
    SheetMark.MISMATCH: ("SL", "chi sai số tiền, theo danh sách cũ, hoặc người ngoài danh sách"),
    SheetMark.PROXY: ("UQ", "người khác nhận thay (ủy quyền)"),
    SheetMark.AT_HOME: ("TN", "chi tại nhà"),
    SheetMark.LATE: ("GM", "ghi nhận muộn (sau khi khóa sổ hoặc ngoài đợt chi)"),
    SheetMark.VOIDED: ("H", "có lần chi đã hủy"),
    SheetMark.ABSENT: ("V", "vắng mặt"),
    SheetMark.DECEASED: ("ĐM", "báo đã mất"),
    SheetMark.MOVED: ("CĐ", "báo chuyển đi"),
    SheetMark.REFUSED: ("TC", "từ chối nhận"),
    SheetMark.HOSPITAL: ("NV", "nằm viện"),
    SheetMark.WRONG_DATA: ("ST", "sai thông tin"),
    SheetMark.OTHER_REPORT: ("K", "báo cáo khác"),
}

LEGEND = "Ký hiệu ở cột Ghi chú: " + "; ".join(f"{m.short} — {m.label}" for m in SheetMark) + "."


def report_mark(kind: str) -> SheetMark:
    """The mark of an exception report's kind (an unknown kind: "báo cáo khác")."""
    try:
        mark = SheetMark(kind)
    except ValueError:
        return SheetMark.OTHER_REPORT
    return mark if mark in _REPORT_MARKS else SheetMark.OTHER_REPORT


_REPORT_MARKS = frozenset(
    (
        SheetMark.ABSENT,
        SheetMark.DECEASED,
        SheetMark.MOVED,
        SheetMark.REFUSED,
        SheetMark.HOSPITAL,
        SheetMark.WRONG_DATA,
    )
)


@dataclass(frozen=True, slots=True)
class SheetRow:
    code: str
    name: str
    birth_year: int | None
    village: str
    amount: int  # the row's money on the list (the sum of its lines)
    recipient: str = ""  # who signed: the beneficiary's name, or the proxy's ("" while unpaid)
    proxy: bool = False
    signature_png: bytes | None = None
    thumbprint: bool = False
    paid_on: str = ""  # dd/mm/yyyy
    cccd: str = ""
    category: str = ""  # the category's Vietnamese label
    lines: tuple[PayLine, ...] = ()  # the allowance lines (khoản chi); () → one line "other" of `amount`
    commune: str = ""
    proxy_id: str = ""  # the proxy's ID number
    authorisation: str = ""  # the proxy's authorisation (giấy ủy quyền số …)
    staff: str = ""  # the clerk who paid
    marks: tuple[SheetMark, ...] = ()
    cash_paid: int | None = None  # cash handed out for the row (None: `amount` when paid, else 0)

    @property
    def paid(self) -> bool:
        return bool(self.recipient) if self.cash_paid is None else self.cash_paid > 0

    @property
    def handed(self) -> int:
        if self.cash_paid is not None:
            return self.cash_paid
        return self.amount if self.paid else 0

    @property
    def pay_lines(self) -> tuple[PayLine, ...]:
        return self.lines or (PayLine(AllowanceKind.OTHER.value, "", self.amount),)


@dataclass(frozen=True, slots=True)
class MoneyColumn:
    """One allowance column: its title and the kinds whose lines it adds up."""

    title: str
    kinds: frozenset[str]

    def amount(self, row: SheetRow) -> int:
        return sum(line.amount for line in row.pay_lines if _kind(line.kind) in self.kinds)


_TITLES = {
    AllowanceKind.MONTHLY: "Trợ cấp hằng tháng",
    AllowanceKind.EXTRA: "Phụ cấp hằng tháng",
    AllowanceKind.CARE: "Trợ cấp người phục vụ",
    AllowanceKind.ONE_OFF: "Trợ cấp một lần",
    AllowanceKind.ARREARS: "Truy lĩnh",
    AllowanceKind.GIFT: "Quà tặng",
    AllowanceKind.FUNERAL: "Mai táng phí",
    AllowanceKind.OTHER: "Khoản khác",
}
MAX_MONEY_COLUMNS = 4


def _kind(kind: str) -> str:
    return kind if kind in _TITLES else AllowanceKind.OTHER.value


def money_columns(rows: Sequence[SheetRow]) -> tuple[MoneyColumn, ...]:
    """One column per allowance kind the rows carry (a line of 0 đồng makes none), in the register's order;
    past four, the last column adds up the rest ("Khoản khác"). None when no row has its lines (the total
    column says it all)."""
    if not any(r.lines for r in rows):
        return ()
    present = {_kind(line.kind) for r in rows for line in r.pay_lines if line.amount}
    kinds = [k.value for k in AllowanceKind if k.value in present]
    if len(kinds) > MAX_MONEY_COLUMNS:
        keep = kinds[: MAX_MONEY_COLUMNS - 1]
        rest = frozenset(kinds[MAX_MONEY_COLUMNS - 1 :])
        return (
            *(MoneyColumn(_TITLES[AllowanceKind(k)], frozenset((k,))) for k in keep),
            MoneyColumn(_TITLES[AllowanceKind.OTHER], rest),
        )
    return tuple(MoneyColumn(_TITLES[AllowanceKind(k)], frozenset((k,))) for k in kinds)


WIDTH = 277.0  # mm: A4 landscape less two 10 mm margins
MONEY_WIDTH = 18.0
SIGN_MAX = 75.0


NAME, CATEGORY = 2, 4  # the columns drawn on two small lines (the name over birth year and village)


@dataclass(frozen=True, slots=True)
class Layout:
    """The columns of one point's sheet, in mm; they add up to the printable width."""

    money: tuple[MoneyColumn, ...]
    columns: tuple[Column, ...]

    @property
    def first_money(self) -> int:
        return 5

    @property
    def total(self) -> int:
        return 5 + len(self.money)

    @property
    def sign(self) -> int:
        return self.total + 1

    @property
    def mark(self) -> int:
        return self.total + 2


def layout_for(rows: Sequence[SheetRow]) -> Layout:
    money = money_columns(rows)
    fixed = 8 + 19 + 23 + 28 + 21 + 13
    sign = min(WIDTH - fixed - 46 - MONEY_WIDTH * len(money), SIGN_MAX)
    name = WIDTH - fixed - sign - MONEY_WIDTH * len(money)
    columns = (
        ("STT", 8.0),
        ("Mã đối tượng", 19.0),
        ("Họ và tên (năm sinh, thôn/ấp)", name),
        ("Số CCCD", 23.0),
        ("Đối tượng", 28.0),
        *((m.title, MONEY_WIDTH) for m in money),
        ("Tổng số tiền (đồng)", 21.0),
        ("Ký nhận (chữ ký hoặc điểm chỉ; nhận thay: họ tên, số giấy tờ)", sign),
        ("Ghi chú", 13.0),
    )
    return Layout(money, columns)
