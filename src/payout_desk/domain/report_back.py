"""The monthly report back to the welfare office (báo cáo gửi Phòng LĐ-TB&XH, issue 15 item 7): what the
office tells the welfare office about a month — deaths, moves, people not collecting, arrears, amounts to
recover, holds, the families' one-off payments and the month's settlement totals. Plain values: the office
part (services/office/report_back.py) gathers them, the workbook and the PDF only print them."""

from __future__ import annotations

from dataclasses import dataclass

from payout_desk.domain.figures import ListFigures
from payout_desk.domain.settlement import PointFigures, total_of


@dataclass(frozen=True, slots=True)
class DeathLine:
    """A death recorded in the month: by a point's report (date, who brought the news, laptop and clerk) or
    by the office's stop as deceased."""

    code: str
    name: str
    point_code: str
    date: str | None  # the date of death (ISO) when known
    source: str  # "point" | "office"
    reported_by: str  # who brought the news ("" for the office's stop)
    where: str  # the point, and the laptop for a point's report
    clerk: str  # who recorded it on the laptop ("" for the office's stop)
    record_id: str  # the report's event id, or "LIST_ID#SEQ" of the stop
    recorded_at: str


@dataclass(frozen=True, slots=True)
class MoveLine:
    """A person moved between points: by the office's transfer in the month, or seen at the register import."""

    code: str
    name: str
    from_point: str
    to_point: str
    date: str | None  # from when (a transfer's stop date)
    source: str  # "transfer" | "register"


@dataclass(frozen=True, slots=True)
class UnclaimedLine:
    code: str
    name: str
    point_code: str
    run: int  # months in a row not collected
    months: tuple[str, ...]
    amount: int  # what those months entitled them to
    suspend: bool  # the suspension threshold is reached


@dataclass(frozen=True, slots=True)
class ArrearsLine:
    """Arrears (truy lĩnh): carried into the month (`into`), or the month's own unpaid going on (`onward`)."""

    code: str
    name: str
    point_code: str
    months: tuple[str, ...]  # the months the amount covers
    amount: int
    mode: str  # carry (a line on a list) | list (listed only)
    state: str  # into: paid | unpaid | not_listed | listed; onward: carried | listed | to_carry | to_list |
    # not_carried


@dataclass(frozen=True, slots=True)
class RecoverLine:
    """A payout for a month after the month of death: an amount to recover (số tiền phải thu hồi)."""

    code: str
    name: str
    point_code: str
    month: str  # the month it was paid for
    amount: int
    paid_at: str
    paid_by: str
    death_date: str | None
    death_source: str


@dataclass(frozen=True, slots=True)
class HoldLine:
    code: str
    name: str
    point_code: str
    kind: str  # reported_deceased | stopped_earlier | by_hand
    state: str  # held | released | confirmed
    amount: int
    decided_by: str


@dataclass(frozen=True, slots=True)
class FamilyLine:
    """A one-off payment to a deceased person's family in the month, and whether it was paid."""

    code: str  # the deceased person's code
    line_code: str  # "NCC002#3"
    point_code: str
    label: str
    amount: int
    recipient: str
    relation: str
    paid: bool
    paid_at: str


@dataclass(frozen=True, slots=True)
class ReportBack:
    month: str
    office_name: str
    made_at: str  # local time the report was made
    closed: bool  # the month is closed: the totals are the frozen settlement's
    arrears_mode: str  # carry | list
    points: tuple[PointFigures, ...]  # each point's, from the month's one settlement (as its papers print)
    totals: ListFigures  # the status's totals (the JSON's keys)
    deaths: tuple[DeathLine, ...] = ()
    moves: tuple[MoveLine, ...] = ()
    unclaimed: tuple[UnclaimedLine, ...] = ()
    arrears_in: tuple[ArrearsLine, ...] = ()
    arrears_out: tuple[ArrearsLine, ...] = ()
    recover: tuple[RecoverLine, ...] = ()
    holds: tuple[HoldLine, ...] = ()
    family: tuple[FamilyLine, ...] = ()

    @property
    def total(self) -> PointFigures:
        """The points' settlement added up: what the papers print on their TỔNG CỘNG line."""
        return total_of(self.points)

    @property
    def recover_total(self) -> int:
        return sum(r.amount for r in self.recover)

    def counts(self) -> dict[str, int]:
        """How many lines each section has (the JSON's counts, the summary sheet's)."""
        return {
            "deaths": len(self.deaths),
            "moves": len(self.moves),
            "unclaimed": len(self.unclaimed),
            "arrears_in": len(self.arrears_in),
            "arrears_out": len(self.arrears_out),
            "recover": len(self.recover),
            "holds": len(self.holds),
            "family": len(self.family),
            "points": len(self.points),
        }


# the words the papers print (Vietnamese: the welfare office reads them) -------------------------------

SOURCE_VI = {"point": "Điểm chi trả báo", "office": "Bưu cục báo giảm"}
MOVE_SOURCE_VI = {"transfer": "Chuyển điểm chi trả", "register": "Danh sách tháng của Phòng"}
ARREARS_STATE_VI = {
    "paid": "Đã chi",
    "unpaid": "Chưa chi",
    "not_listed": "Không có trong danh sách tháng này",
    "listed": "Chỉ lập danh sách",
    "carried": "Đã chuyển truy lĩnh",
    "to_carry": "Sẽ chuyển truy lĩnh tháng sau",
    "to_list": "Chỉ lập danh sách (không chuyển)",
    "not_carried": "Không chuyển (đã mất, giữ lại hoặc báo giảm)",
}
MODE_VI = {"carry": "Chuyển vào danh sách tháng sau", "list": "Chỉ lập danh sách"}
HOLD_KIND_VI = {
    "reported_deceased": "Đã báo mất tháng trước",
    "stopped_earlier": "Đã báo giảm tháng trước",
    "by_hand": "Bưu cục giữ lại",
}
HOLD_STATE_VI = {
    "held": "Đang giữ lại",
    "released": "Đã đưa lại danh sách",
    "confirmed": "Đã xác nhận báo giảm",
}


def month_vi(month: str) -> str:
    """ "12/2026"."""
    return f"{month[5:]}/{month[:4]}"


def months_vi(months: tuple[str, ...]) -> str:
    return ", ".join(month_vi(m) for m in months)
