"""Write a realistic monthly register of any size (letterhead, two-level header, groups, subtotals…).

python bench/make_register.py OUT.xlsx --rows 50000 --points 200
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path
from typing import Any

from openpyxl import Workbook

FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Huỳnh",
    "Võ",
    "Phan",
    "Trương",
    "Bùi",
    "Đặng",
    "Đỗ",
    "Ngô",
    "Hồ",
    "Dương",
]
MIDDLE_M = ["Văn", "Hữu", "Đức", "Công", "Quốc", "Minh", "Tấn", "Thanh"]
MIDDLE_F = ["Thị", "Ngọc", "Kim", "Bích", "Thu"]
GIVEN = [
    "An",
    "Bình",
    "Dũng",
    "Hải",
    "Hằng",
    "Lan",
    "Long",
    "Mai",
    "Nga",
    "Phúc",
    "Sơn",
    "Tám",
    "Thành",
    "Út",
]
CATEGORIES = [
    ("Thương binh 61%", (2_866_000, 0)),
    ("Thương binh 81%", (3_804_000, 1_394_000)),
    ("Bệnh binh 61%", (2_343_000, 0)),
    ("Thân nhân liệt sĩ", (2_789_000, 0)),
    ("Bà mẹ Việt Nam anh hùng", (8_367_000, 1_394_000)),
    ("Người HĐKC nhiễm CĐHH 61-80%", (4_416_000, 1_394_000)),
    ("Người HĐCM trước 1945", (4_061_000, 0)),
]
HEADER = [
    "STT",
    "Mã đối tượng",
    "Họ và tên",
    "Năm sinh",
    "",
    "Số CCCD",
    "Địa chỉ (ấp, khóm)",
    "Loại đối tượng",
    "Điểm chi trả",
    "Số tiền (đồng)",
    "",
    "",
    "",
    "",
    "Hình thức nhận",
    "Ghi chú",
    "Ký nhận",
]
SUBHEADER = [
    "",
    "",
    "",
    "Nam",
    "Nữ",
    "",
    "",
    "",
    "",
    "Trợ cấp hàng tháng",
    "Phụ cấp",
    "Truy lĩnh",
    "Quà",
    "Tổng cộng",
    "",
    "",
    "",
]


def _person(rng: random.Random, number: int, point: str, commune: str) -> tuple[list[Any], dict[str, Any]]:
    female = rng.random() < 0.45
    name = " ".join([rng.choice(FAMILY), rng.choice(MIDDLE_F if female else MIDDLE_M), rng.choice(GIVEN)])
    year = rng.randint(1925, 1965)
    category, (monthly, extra) = rng.choice(CATEGORIES)
    arrears = monthly * rng.randint(1, 4) if rng.random() < 0.04 else 0
    total = monthly + extra + arrears
    cccd = f"086{int(female)}{year % 100:02d}{rng.randint(0, 999_999):06d}"
    cash = rng.random() >= 0.03
    roll = rng.random()
    note = "Chi trả tại nhà" if roll < 0.05 else ("Ủy quyền: Võ Ngọc Tám (con)" if roll < 0.08 else "")
    row = [
        number,
        f"NCC{number:07d}",
        name,
        "" if female else year,
        year if female else "",
        cccd,
        f"ấp {rng.randint(1, 9)}, {commune}",
        category,
        point,
        monthly,
        extra or "",
        arrears or "",
        "",
        total,
        "Tiền mặt" if cash else "Chuyển khoản",
        note,
        "",
    ]
    return row, {"cash": cash, "total": total, "point": point}


def make_register(path: Path, *, rows: int = 50_000, points: int = 200, seed: int = 1) -> dict[str, Any]:
    """Write the register; return what a correct import gives (rows, cash people and money per point)."""
    rng = random.Random(seed)
    workbook = Workbook(write_only=True)
    guide = workbook.create_sheet("Hướng dẫn")
    guide.append(["Danh sách chi trả trợ cấp ưu đãi — xem sheet 'DS chi tra'"])
    sheet = workbook.create_sheet("DS chi tra")
    for line in (
        ["UBND HUYỆN BENCHMARK"],
        ["PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"],
        [],
        ["DANH SÁCH CHI TRẢ TRỢ CẤP ƯU ĐÃI NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG"],
        ["Tháng 12 năm 2026"],
        [],
        HEADER,
        SUBHEADER,
        [f"({i})" for i in range(1, 18)],
    ):
        sheet.append(line)
    per_point: dict[str, list[int]] = {}
    number, grand = 0, 0
    communes = max(1, points // 5)
    for commune_index in range(communes):
        commune = f"Xã Số {commune_index + 1}"
        sheet.append([_roman(commune_index + 1), "", commune.upper()])
        subtotal = 0
        for point_index in range(commune_index, points, communes):
            point = f"Điểm BĐVHX {commune} – {point_index + 1:03d}"
            share = rows // points + (1 if point_index < rows % points else 0)
            for _ in range(share):
                number += 1
                row, facts = _person(rng, number, point, commune)
                sheet.append(row)
                subtotal += facts["total"]
                if facts["cash"]:
                    figures = per_point.setdefault(point, [0, 0])
                    figures[0] += 1
                    figures[1] += facts["total"]
        sheet.append(["", "", f"Cộng {commune}", *[""] * 10, subtotal])
        grand += subtotal
    sheet.append(["", "", "TỔNG CỘNG", *[""] * 10, grand])
    sheet.append(["Bằng chữ: (theo số tổng cộng)"])
    sheet.append([])
    sheet.append(["", "Người lập biểu", "", "", "", "", "Kế toán", "", "", "Trưởng phòng"])
    sheet.append(["", "Nguyễn Thị Hoa", "Trần Văn Bình", "", "", "", "", "", "", "Lê Văn Tám"])
    summary = workbook.create_sheet("Tổng hợp")
    summary.append(["Xã", "Số đối tượng", "Số tiền"])
    workbook.save(path)
    return {
        "rows": number,
        "points": {name: {"beneficiaries": f[0], "cash_total": f[1]} for name, f in per_point.items()},
        "cash_total": sum(f[1] for f in per_point.values()),
    }


def _roman(number: int) -> str:
    numerals = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ]
    text = ""
    for value, numeral in numerals:
        while number >= value:
            text, number = text + numeral, number - value
    return text


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--points", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    facts = make_register(args.out, rows=args.rows, points=args.points, seed=args.seed)
    print(
        f"{args.out}: {facts['rows']} rows, {len(facts['points'])} points, cash total {facts['cash_total']:,}"
    )


if __name__ == "__main__":
    main()
