"""A throwaway demo round for newcomers: an office, a register of a few hundred invented people (some paid by
bank transfer), one point laptop with its list loaded, and some payouts, exceptions, cash and a sign-up for
payment by account already recorded."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

from payout_desk.domain.accounts import bank_name_form
from payout_desk.domain.clock import to_local, utc_now
from payout_desk.domain.fold import Status
from payout_desk.domain.ledger import ReportKind
from payout_desk.domain.opening import payout_month
from payout_desk.domain.signup import SignupForm
from payout_desk.exchange.names import list_file_name
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.pay import PayoutRequest, Proxy
from payout_desk.services.point.signups import SignupRequest

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
    "Số tài khoản", "Ngân hàng", "Chủ tài khoản",
]  # fmt: skip
_BANKS = ("Agribank", "Agribank", "Vietcombank", "VietinBank", "BIDV", "LPBank")  # Agribank most, in villages
TRANSFER_SHARE = 0.12  # the demo's people paid by bank transfer (chuyển khoản)


@dataclass(frozen=True, slots=True)
class DemoRound:
    point_dir: Path
    office_dir: Path
    month: str
    staff: str


POINTS = (
    "Điểm BĐVHX An Phước",
    "Điểm BĐVHX Mỹ An",
    "Điểm BĐVHX Tân Long",
    "Điểm BĐVHX Chánh Hội",
    "Điểm BĐVHX Bình Phước",
)


def death_details(kind: str) -> dict[str, str]:
    """A demo death report says when and who brought the news, as a real one must."""
    today = to_local(utc_now()).date().isoformat()  # the demo's month is next month: its 1st is not yet
    return {"day": today, "reported_by": "Trưởng thôn (mẫu)"} if kind == ReportKind.DECEASED else {}


def _register(path: Path, people: int, rng: random.Random, points: tuple[str, ...] = POINTS[:1]) -> None:
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
            account = ["", "", ""]
            if not note and rng.random() < TRANSFER_SHARE:  # paid by transfer: the account, bank and holder
                account = [f"{rng.randint(10**12, 10**13 - 1)}", rng.choice(_BANKS), bank_name_form(name)]
            out.writerow(
                [i, f"DEMO{i:04d}", name, year, "Nữ" if female else "Nam", cccd, f"{village}, xã An Phước", category,
                 points[(i - 1) % len(points)], amount, arrears or "", amount + arrears,
                 "Chuyển khoản" if account[0] else "Tiền mặt", note, *account]
            )  # fmt: skip


def _proxy_cccd(code: str) -> str:
    """A made-up CCCD for the demo's standing proxy of `code` (DEMO0042 → 086000000042)."""
    return f"086{int(''.join(filter(str.isdigit, code)) or 0):09d}"


def make_demo_round(root: Path, people: int = 300, seed: int = 7) -> DemoRound:
    """Build the demo round under `root` (a throwaway folder). Everything is signed and checked for real."""
    rng = random.Random(seed)
    month = str(payout_month(to_local(utc_now()).date()))

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
        office.registers.import_file(register, month)
        ident = point.init_keys("point", "Điểm BĐVHX An Phước – máy 1 (demo)", prefer_keyring=False)
        office.devices.enroll("P01", ident.public_key.b64, "An Phước – máy 1 (demo)")
        office.lists.issue(month, root / "lists")
        point.lists.load(
            root / "lists" / list_file_name("P01", month), trust_office=office.require_identity().fingerprint
        )
        point.staff.add(DEMO_STAFF, "1234")
        point.cash.receive(600_000_000, staff=DEMO_STAFF)
        roster = point.roster.rows()
        for row in rng.sample(roster, k=min(len(roster), people // 4)):
            proxy = Proxy("", _proxy_cccd(row.code), id_checked=True) if row.proxy_name else None
            point.pay.record(
                PayoutRequest(
                    row.code,
                    staff=DEMO_STAFF,
                    proxy=proxy,
                    standing_proxy=bool(row.proxy_name),
                    thumbprint=True,
                )
            )
        unpaid = [r for r in point.roster.rows() if r.status == Status.UNPAID]
        for row, kind in zip(
            rng.sample(unpaid, k=6),
            ("absent", "absent", "hospital", "moved", "deceased", "refused"),
            strict=False,
        ):
            point.records.report(row.code, kind, staff=DEMO_STAFF, note="dữ liệu mẫu", **death_details(kind))
        asks = next(
            r for r in point.roster.rows() if r.status == Status.PAID
        )  # wants it by account from now on
        form = SignupForm(bank="Agribank", account="7100 2051 23456", account_again="7100205123456")
        point.signups.record(SignupRequest(asks.code, form, staff=DEMO_STAFF, thumbprint=True))
    return DemoRound(point_dir, office_dir, month, DEMO_STAFF)


def _transfers(office: OfficeDesk, register: Path, month: str, root: Path) -> None:
    """The month's bank batches written; Agribank's results back, one transfer failed and put on its point's
    cash list by a báo tăng; the other banks' results not yet back."""
    office.bank.write(month, root / "chuyen-khoan")
    with register.open(encoding="utf-8", newline="") as handle:
        agribank = [row for row in csv.DictReader(handle) if row["Ngân hàng"] == "Agribank"]
    shown = f"{month[5:]}/{month[:4]}"
    results = root / "chuyen-khoan" / "ket-qua-agribank.csv"
    with results.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["STT", "Số tài khoản", "Số tiền", "Nội dung", "Trạng thái", "Số tham chiếu", "Lý do"])
        for n, row in enumerate(agribank, 1):
            failed = n == 1
            out.writerow(
                [n, row["Số tài khoản"], row["Tổng cộng"], f"Tro cap NCC thang {shown} - {row['Mã đối tượng']}",
                 "Thất bại" if failed else "Thành công", "" if failed else f"FT{26000000 + n}",
                 "Tài khoản không tồn tại" if failed else ""]
            )  # fmt: skip
    office.bank_results.import_file(results, month, failed="cash", out_dir=root / "amend")


@dataclass(frozen=True, slots=True)
class OfficeDemo:
    office_dir: Path
    month: str


def _passphrase(_new: bool) -> str:
    return DEMO_PASSPHRASE


def _demo_device(root: Path, office: OfficeDesk, point: str, name: str) -> PointDesk:
    desk = PointDesk(root / name, passphrase=_passphrase)
    ident = desk.init_keys("point", f"{name} (demo)", prefer_keyring=False)
    office.devices.enroll(point, ident.public_key.b64, f"{name} (demo)")
    return desk


def make_office_demo(root: Path, people: int = 400, seed: int = 11) -> OfficeDemo:
    """An office's month in progress for newcomers: five points, four laptops at three of them, payouts
    and exceptions synced back, a double payout (a conflict), a stop (báo giảm); two points not started,
    one laptop's sync file still waiting in `root/sync` to be imported; a tenth of the people paid by bank
    transfer: the batches written, Agribank's results back (one failure put on the cash list)."""
    rng = random.Random(seed)
    month = str(payout_month(to_local(utc_now()).date()))
    register = root / "danh-sach-demo.csv"
    _register(register, people, rng, POINTS)
    office = OfficeDesk(root / "office", passphrase=_passphrase)
    try:
        office.init_keys("office", "Bưu điện huyện Demo", prefer_keyring=False)
        office.registers.import_file(register, month)
        devices = [
            _demo_device(root, office, point, name)
            for point, name in (("P01", "An Phước máy 1"), ("P01", "An Phước máy 2"), ("P02", "Mỹ An máy 1"),
                                ("P03", "Tân Long máy 1"))
        ]  # fmt: skip
        office.lists.issue(month, root / "lists")
        for point, laptops in (("P01", 2), ("P02", 1), ("P03", 1)):  # the cash the office handed out
            office.cash.issue(point, 400_000_000 * laptops, month, by="Thủ quỹ (dữ liệu mẫu)")
        fingerprint = office.require_identity().fingerprint
        first, second = devices[0], devices[1]
        for desk, (point, share) in zip(
            devices, (("P01", 0.4), ("P01", 0.3), ("P02", 0.9), ("P03", 0.2)), strict=True
        ):
            desk.lists.load(root / "lists" / list_file_name(point, month), trust_office=fingerprint)
            desk.staff.add(DEMO_STAFF, "1234")
            desk.cash.receive(400_000_000, staff=DEMO_STAFF)
            if desk is second:  # paid someone the first laptop had paid, before the laptops exchanged files
                twice = next(r for r in first.roster.rows() if r.status == Status.PAID)
                second.pay.record(PayoutRequest(twice.code, staff=DEMO_STAFF, thumbprint=True, at_home=True))
                second.sync.import_peer(first.sync.export(root / "peer" / "may-1.pdsync").path)
            unpaid = [r for r in desk.roster.rows() if r.status == Status.UNPAID]
            for row in rng.sample(unpaid, k=int(len(unpaid) * share)):
                desk.pay.record(PayoutRequest(row.code, staff=DEMO_STAFF, thumbprint=True))
            rest = [r for r in desk.roster.rows() if r.status == Status.UNPAID]
            for row, kind in zip(rng.sample(rest, k=3), ("absent", "hospital", "deceased"), strict=True):
                desk.records.report(
                    row.code, kind, staff=DEMO_STAFF, note="dữ liệu mẫu", **death_details(kind)
                )
        _transfers(office, register, month, root)
        still = [r.code for r in devices[2].roster.rows() if r.status == Status.UNPAID]
        office.amendments.amend(
            month, "P02", root / "amend", stop=still[0], reason="deceased", day=f"{month}-01"
        )
        sync = root / "sync"
        files = [desk.sync.export(sync / f"may-{i + 1}.pdsync").path for i, desk in enumerate(devices)]
        office.imports.files(files[:-1])  # Tân Long's file is left in sync/ for the newcomer to take in
        for desk in devices:
            desk.close()
    finally:
        office.close()
    return OfficeDemo(root / "office", month)
