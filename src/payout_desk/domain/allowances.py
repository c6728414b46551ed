"""Allowance kinds (khoản chi) and beneficiary categories (loại đối tượng), with plain-language help.

Sources: Pháp lệnh 02/2020/UBTVQH14 (Art. 3) and Nghị định 75/2021/NĐ-CP as amended (55/2023, 77/2024):
the base level (mức chuẩn) is 2.789.000 đồng/month from 1/7/2024. Amounts always come from the office's
list; the app explains them, it never computes entitlements. Check texts against current law before use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from payout_desk.domain.text import fold

_NOTE_VI = "Số tiền do cơ quan quản lý lập trong danh sách; nhân viên bưu điện không tự tính."
_NOTE_EN = "The amount comes from the office's list; post staff never compute it."


class AllowanceKind(StrEnum):
    MONTHLY = "monthly"
    EXTRA = "extra"
    CARE = "care"
    ONE_OFF = "one_off"
    ARREARS = "arrears"
    GIFT = "gift"
    FUNERAL = "funeral"
    OTHER = "other"

    @property
    def label_vi(self) -> str:
        return _KIND_TEXT[self][0]

    @property
    def label_en(self) -> str:
        return _KIND_TEXT[self][1]

    @property
    def help_vi(self) -> str:
        return _KIND_TEXT[self][2]

    @property
    def help_en(self) -> str:
        return _KIND_TEXT[self][3]


_KIND_TEXT: dict[AllowanceKind, tuple[str, str, str, str]] = {
    AllowanceKind.MONTHLY: (
        "Trợ cấp hàng tháng",
        "Monthly allowance",
        "Khoản trợ cấp ưu đãi trả mỗi tháng cho người có công hoặc thân nhân, theo mức chuẩn 2.789.000 đồng/tháng "
        f"(từ 1/7/2024) nhân hệ số của từng diện. {_NOTE_VI}",
        "The preferential allowance paid every month to the person with meritorious service or their "
        f"relative, a multiple of the base level of 2,789,000 VND/month (from 1 July 2024). {_NOTE_EN}",
    ),
    AllowanceKind.EXTRA: (
        "Phụ cấp hàng tháng",
        "Monthly extra allowance",
        f"Khoản phụ cấp trả thêm hàng tháng cho một số diện (ví dụ thương binh tỷ lệ cao, Bà mẹ Việt Nam anh "
        f"hùng). {_NOTE_VI}",
        "An extra monthly allowance paid on top of the monthly allowance to some categories (for example "
        f"severely disabled war invalids, Vietnamese Heroic Mothers). {_NOTE_EN}",
    ),
    AllowanceKind.CARE: (
        "Trợ cấp người phục vụ",
        "Care allowance",
        "Trợ cấp hàng tháng cho người trực tiếp chăm sóc người có công bị suy giảm khả năng lao động nặng "
        f"(thường từ 81% trở lên) sống tại gia đình. {_NOTE_VI}",
        "A monthly allowance for the person who looks after a severely disabled beneficiary (usually 81% or "
        f"more) living at home. {_NOTE_EN}",
    ),
    AllowanceKind.ONE_OFF: (
        "Trợ cấp một lần",
        "One-off allowance",
        f"Khoản trợ cấp trả một lần theo quyết định của cơ quan có thẩm quyền. {_NOTE_VI}",
        f"An allowance paid once, by decision of the competent authority. {_NOTE_EN}",
    ),
    AllowanceKind.ARREARS: (
        "Truy lĩnh",
        "Arrears",
        "Tiền của những tháng trước chưa nhận (ví dụ hồ sơ mới được duyệt hoặc mức trợ cấp được điều chỉnh "
        f"tăng từ một ngày trước đó). {_NOTE_VI}",
        "Money for earlier months not yet received (for example a newly approved file or a raised allowance "
        f"level that applies from an earlier date). {_NOTE_EN}",
    ),
    AllowanceKind.GIFT: (
        "Quà tặng",
        "Gift",
        f"Quà của Chủ tịch nước hoặc của tỉnh nhân dịp Tết Nguyên đán hoặc ngày Thương binh – Liệt sĩ 27/7. "
        f"{_NOTE_VI}",
        f"A gift from the State President or the province for Tết or War Invalids and Martyrs' Day (27 July). "
        f"{_NOTE_EN}",
    ),
    AllowanceKind.FUNERAL: (
        "Mai táng phí",
        "Funeral allowance",
        f"Khoản hỗ trợ chi phí mai táng trả cho gia đình khi người hưởng trợ cấp qua đời. {_NOTE_VI}",
        f"Support for funeral costs, paid to the family when a beneficiary has died. {_NOTE_EN}",
    ),
    AllowanceKind.OTHER: (
        "Khoản khác",
        "Other",
        f"Khoản chi khác ghi trong danh sách. {_NOTE_VI}",
        f"Another payment written on the list. {_NOTE_EN}",
    ),
}


@dataclass(frozen=True, slots=True)
class Category:
    key: str
    label_vi: str
    label_en: str
    help_vi: str
    help_en: str
    patterns: tuple[str, ...]  # folded regular expressions matched against the register's wording


CATEGORIES: tuple[Category, ...] = (
    Category(
        "pre_1945",
        "Người hoạt động cách mạng trước 1/1/1945",
        "Revolutionary activist before 1945",
        "Lão thành cách mạng: người tham gia tổ chức cách mạng trước ngày 01/01/1945.",
        "Veteran revolutionary who joined a revolutionary organisation before 1 January 1945.",
        (r"truoc (1/1/)?1945", r"lao thanh cach mang", r"\bhdcm truoc"),
    ),
    Category(
        "pre_uprising",
        "Người hoạt động cách mạng từ 1/1/1945 đến Tổng khởi nghĩa",
        "Activist from 1945 to the August Revolution",
        "Cán bộ tiền khởi nghĩa: tham gia cách mạng từ 01/01/1945 đến trước Tổng khởi nghĩa 19/8/1945.",
        "Joined the revolution between 1 January 1945 and the August Revolution of 1945.",
        (r"tien khoi nghia",),
    ),
    Category(
        "heroic_mother",
        "Bà mẹ Việt Nam anh hùng",
        "Vietnamese Heroic Mother",
        "Danh hiệu Nhà nước tặng những người mẹ có nhiều cống hiến, hy sinh cho sự nghiệp giải phóng dân tộc.",
        "A state title for mothers who gave much, often their children's lives, to national liberation.",
        (r"ba me", r"\bbmvnah\b", r"\bmvnah\b"),
    ),
    Category(
        "hero",
        "Anh hùng lực lượng vũ trang / Anh hùng lao động",
        "Hero of the People's Armed Forces / Labour Hero",
        "Người được tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân hoặc Anh hùng lao động trong kháng "
        "chiến.",
        "Awarded Hero of the People's Armed Forces or Labour Hero of the resistance period.",
        (r"anh hung",),
    ),
    Category(
        "martyr_relative",
        "Thân nhân liệt sĩ",
        "Martyr's relative",
        "Cha, mẹ, vợ hoặc chồng, con, người có công nuôi liệt sĩ được hưởng trợ cấp tuất hàng tháng.",
        "The parents, spouse, children or foster carer of a martyr receive a monthly survivor allowance.",
        (r"liet si", r"\btnls\b"),
    ),
    Category(
        "war_invalid",
        "Thương binh",
        "War invalid",
        "Thương binh (kể cả thương binh loại B và người hưởng chính sách như thương binh): trợ cấp hàng tháng "
        "theo tỷ lệ tổn thương cơ thể (ví dụ 61%).",
        "War invalids (incl. type B and those treated as war invalids) are paid monthly by their rate of "
        "bodily injury (e.g. 61%).",
        (r"thuong binh", r"^tb\b", r"\btb \d", r"nhu thuong binh"),
    ),
    Category(
        "sick_soldier",
        "Bệnh binh",
        "Sick soldier",
        "Quân nhân mắc bệnh khi làm nhiệm vụ, suy giảm khả năng lao động từ 61%; trợ cấp theo tỷ lệ.",
        "Soldiers who fell ill on duty with 61% or more loss of working capacity; paid by rate.",
        (r"benh binh", r"^bb\b", r"\bbb \d"),
    ),
    Category(
        "toxic_chemicals",
        "Người hoạt động kháng chiến bị nhiễm chất độc hóa học",
        "Resistance activist exposed to toxic chemicals",
        "Người hoạt động kháng chiến bị nhiễm chất độc hóa học (và con đẻ bị ảnh hưởng): trợ cấp theo tỷ lệ "
        "suy giảm khả năng lao động.",
        "Resistance activists exposed to toxic chemicals (Agent Orange), and their affected children; paid by "
        "rate of lost working capacity.",
        (r"chat doc hoa hoc", r"\bcdhh\b", r"da cam"),
    ),
    Category(
        "prisoner",
        "Người hoạt động cách mạng bị địch bắt tù, đày",
        "Activist imprisoned by the enemy",
        "Người hoạt động cách mạng, kháng chiến bị địch bắt tù, đày.",
        "Revolutionary or resistance activists imprisoned or exiled by the enemy.",
        (r"tu,? day", r"bi dich bat"),
    ),
    Category(
        "resistance",
        "Người hoạt động kháng chiến giải phóng dân tộc, bảo vệ Tổ quốc, làm nghĩa vụ quốc tế",
        "Resistance activist (liberation, defence, international duty)",
        "Người tham gia kháng chiến giải phóng dân tộc, bảo vệ Tổ quốc, làm nghĩa vụ quốc tế.",
        "Took part in the resistance for national liberation, national defence or international duty.",
        (r"\bhdkc\b", r"hoat dong khang chien", r"nghia vu quoc te"),
    ),
    Category(
        "helper",
        "Người có công giúp đỡ cách mạng",
        "Person who helped the revolution",
        "Người đã có thành tích giúp đỡ cách mạng trong lúc khó khăn nguy hiểm.",
        "Someone who helped the revolution in difficult and dangerous times.",
        (r"giup do cach mang",),
    ),
    Category(
        "relative",
        "Thân nhân người có công",
        "Relative of a person with meritorious service",
        "Thân nhân của người có công được hưởng một số chế độ (trợ cấp tuất, mai táng phí…).",
        "Relatives of people with meritorious service receive some allowances (survivor allowance, funeral "
        "allowance…).",
        (r"than nhan",),
    ),
)
_COMPILED = tuple((c, tuple(re.compile(p) for p in c.patterns)) for c in CATEGORIES)
_RATE = re.compile(r"(\d{1,3})\s*%")


def category_for(text: str) -> Category | None:
    """The category a register wording names ("TB 61%", "Người HĐKC nhiễm CĐHH 61-80%"…), if known."""
    folded = fold(text)
    for category, patterns in _COMPILED:
        if any(p.search(folded) for p in patterns):
            return category
    return None


def disability_rate(text: str) -> int | None:
    """'Thương binh 61%' → 61; for a range ('61-80%') the lower bound."""
    match = re.search(r"(\d{1,3})\s*(?:-\s*\d{1,3}\s*)?%", text)
    if match is None:
        match = _RATE.search(text)
    return int(match.group(1)) if match and 0 < int(match.group(1)) <= 100 else None
