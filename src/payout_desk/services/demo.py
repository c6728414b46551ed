"""A throwaway demo round for newcomers: an office, a register of a few hundred invented people, one
point laptop with its list loaded, and some payouts, exceptions and cash already recorded."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

from payout_desk.domain.clock import to_local, utc_now
from payout_desk.domain.month import Month
from payout_desk.services.office import OfficeDesk
from payout_desk.services.point import PointDesk
from payout_desk.services.point_pay import PayoutRequest, Proxy

DEMO_PASSPHRASE = "demo-only passphrase"
DEMO_STAFF = "Nguyễn Thị Lan (demo)"
_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô")
_MIDDLE_M = ("Văn", "Hữu", "Đức", "Công", "Minh", "Quốc")
_MIDDLE_F = ("Thị", "Ngọc", "Thu", "Kim", "Bích")
_GIVEN_M = (
    "An",
    "Bảy",
    "Cường",
    "Dũng",
    "Hải",
    "Hùng",
    "Khánh",
    "Long",
    "Năm",
    "Phúc",
    "Sáu",
    "Tám",
    "Thành",
)
_GIVEN_F = ("Ánh", "Bình", "Cúc", "Hằng", "Hoa", "Lan", "Mai", "Nga", "Nhung", "Thảo", "Út", "Xuân", "Yến")
_VILLAGES = ("ấp An Hòa", "ấp An Thạnh", "ấp Phước Lợi", "ấp Phước Hậu", "ấp Mỹ Phú")
_CATEGORIES = (
    ("Thân nhân liệt sĩ", 2_789_000),
    ("Thương binh 61%", 2_866_000),
    ("Bệnh binh 61%", 2_343_000),
    ("Người HĐKC nhiễm CĐHH 61-80%", 5_810_000),
    ("Bà mẹ Việt Nam anh hùng", 9_761_000),
)
_HEADER = [
    "STT", "Mã đối tượng", "Họ và tên", "Năm sinh", "Giới tính", "Số CCCD", "Địa chỉ", "Loại đối tượng",
    "Điểm chi trả", "Trợ cấp hàng tháng", "Truy lĩnh", "Tổng cộng", "Hình thức nhận", "Ghi chú",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class DemoRound:
    point_dir: Path
    office_dir: Path
    month: str
    staff: str


def _register(path: Path, people: int, rng: random.Random) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(_HEADER)
        for i in range(1, people + 1):
            female = rng.random() < 0.55
            name = " ".join(
                (
                    rng.choice(_FAMILY),
                    rng.choice(_MIDDLE_F if female else _MIDDLE_M),
                    rng.choice(_GIVEN_F if female else _GIVEN_M),
                )
            )
            year = rng.randint(1930, 1965)
            cccd = f"086{(1 if female else 0) + (2 if year >= 2000 else 0)}{year % 100:02d}{rng.randint(0, 999999):06d}"
            category, amount = rng.choice(_CATEGORIES)
            arrears = amount * 2 if rng.random() < 0.05 else 0
            note = "Chi trả tại nhà" if rng.random() < 0.06 else ""
            if not note and rng.random() < 0.05:
                note = f"Ủy quyền: {rng.choice(_FAMILY)} Văn {rng.choice(_GIVEN_M)} (con)"
            village = rng.choice(_VILLAGES)
            out.writerow(
                [i, f"DEMO{i:04d}", name, year, "Nữ" if female else "Nam", cccd, f"{village}, xã An Phước", category,
                 "Điểm BĐVHX An Phước", amount, arrears or "", amount + arrears, "Tiền mặt", note]
            )  # fmt: skip


def make_demo_round(root: Path, people: int = 300, seed: int = 7) -> DemoRound:
    """Build the demo round under `root` (a throwaway folder). Everything is signed and checked for real."""
    rng = random.Random(seed)
    month = str(Month.parse(to_local(utc_now()).strftime("%Y-%m")).next())

    def passphrase(_new: bool) -> str:
        return DEMO_PASSPHRASE

    office_dir, point_dir = root / "office", root / "point"
    register = root / "danh-sach-demo.csv"
    _register(register, people, rng)
    with (
        OfficeDesk(office_dir, passphrase=passphrase) as office,
        PointDesk(point_dir, passphrase=passphrase) as point,
    ):
        office.init_keys("office", "Bưu điện huyện Demo", prefer_keyring=False)
        office.import_register(register, month)
        ident = point.init_keys("point", "Điểm BĐVHX An Phước – máy 1 (demo)", prefer_keyring=False)
        office.enroll_device("P01", ident.public_key.b64, "An Phước – máy 1 (demo)")
        office.issue_lists(month, root / "lists")
        point.load(root / "lists" / "P01.pdlist", trust_office=office.require_identity().fingerprint)
        point.add_staff(DEMO_STAFF, "1234")
        point.cash_receive(600_000_000, staff=DEMO_STAFF)
        roster = point.roster()
        for row in rng.sample(roster, k=min(len(roster), people // 4)):
            proxy = Proxy("", row.cccd or "") if row.proxy_name else None
            point.pay(
                PayoutRequest(
                    row.code,
                    staff=DEMO_STAFF,
                    proxy=proxy,
                    standing_proxy=bool(row.proxy_name),
                    thumbprint=True,
                )
            )
        unpaid = [r for r in point.roster() if r.status == "unpaid"]
        for row, kind in zip(
            rng.sample(unpaid, k=6),
            ("absent", "absent", "hospital", "moved", "deceased", "refused"),
            strict=False,
        ):
            point.report(row.code, kind, staff=DEMO_STAFF, note="dữ liệu mẫu")
    return DemoRound(point_dir, office_dir, month, DEMO_STAFF)
