"""A whole round set up through the services: an office, a register, devices enrolled for one point,
lists issued and loaded. Shared by service, CLI and property tests."""

from __future__ import annotations

import importlib.util
import random
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, settings

from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk
from payout_desk.trust.keys import SigningKey
from tests.conftest import PASSPHRASE

MONTH = "2026-12"
POINT = "Điểm BĐVHX An Phước"
CSV_HEADER = (
    "STT,Mã đối tượng,Họ và tên,Năm sinh,Giới tính,Số CCCD,Địa chỉ,Loại đối tượng,Điểm chi trả,"
    "Trợ cấp hàng tháng,Truy lĩnh,Tổng cộng,Hình thức nhận,Ghi chú\n"
)
CLERKS = ("Lan", "Hùng")  # the clerks a round's laptops have (the first adds the second)
CLERK_PIN = "2468"
FUND = 1_000_000_000
"""The cash each laptop of a round receives from the post office when it loads a month's list: a payout larger
than the cash on hand is refused (issue 16), and a round's tests pay freely."""
GIVEN = ("An", "Bình", "Cúc", "Dũng", "Hoa", "Khánh", "Lan", "Minh", "Nga", "Phúc", "Quý", "Sơn", "Tâm", "Út")


def passphrase(_new: bool) -> str:
    return PASSPHRASE


def person_row(
    i: int,
    *,
    point: str = POINT,
    amount: int = 2_789_000,
    note: str = "",
    cash: bool = True,
    cccd: str = "",
    code: str | None = None,
    arrears: int = 0,
) -> str:
    """One CSV register row for beneficiary NCC{i:03d} (or `code`), with a CCCD and an arrears (truy lĩnh)
    line when given."""
    name = f"Nguyễn Văn {GIVEN[i % len(GIVEN)]} {i}"
    method = "Tiền mặt" if cash else "Chuyển khoản"
    return (
        f'{i},{code or f"NCC{i:03d}"},{name},19{40 + i % 20},Nam,{cccd},"ấp {1 + i % 3}, Xã An Phước",'
        f"Thân nhân liệt sĩ,{point},{amount},{arrears or ''},{amount + arrears},{method},{note}"
    )


def write_register(path: Path, rows: list[str]) -> Path:
    path.write_text(CSV_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def default_rows(n: int = 12) -> list[str]:
    """n people at P01 (the 2nd is visited at home, the 3rd has a standing proxy), one at another point."""
    rows = []
    for i in range(1, n + 1):
        note = "Chi trả tại nhà" if i == 2 else "Ủy quyền: Trần Văn Bảy (con)" if i == 3 else ""
        rows.append(person_row(i, amount=2_789_000 + 1000 * i, note=note))
    rows.append(person_row(99, point="Bưu cục Mỹ An", amount=1_929_000))
    return rows


def png(width: int = 24, height: int = 12, shade: int = 0) -> bytes:
    """A real (tiny) PNG, different for each shade."""
    raw = b"".join(b"\x00" + bytes([shade % 256, 0, 0] * width) for _ in range(height))
    return _png(width, height, 2, zlib.compress(raw))


def stroke_png(seed: int, width: int = 300, height: int = 100) -> bytes:
    """A signature as a pad draws it: dark pen strokes (a few joined loops) on white, grayscale PNG."""
    rng = random.Random(seed)
    canvas = bytearray(b"\xff" * (width * height))
    x, y = 20.0, height / 2
    for _stroke in range(rng.randint(2, 4)):
        for _step in range(rng.randint(40, 90)):
            nx = min(width - 3.0, max(2.0, x + rng.uniform(-2, 6)))
            ny = min(height - 3.0, max(2.0, y + rng.uniform(-7, 7)))
            for t in range(8):  # the segment, 2 pixels thick
                px, py = int(x + (nx - x) * t / 8), int(y + (ny - y) * t / 8)
                for dx, dy in ((0, 0), (1, 0), (0, 1), (1, 1)):
                    canvas[(py + dy) * width + px + dx] = 30
            x, y = nx, ny
        x, y = min(x + rng.uniform(5, 25), width - 40.0), rng.uniform(20, height - 20)
    raw = b"".join(b"\x00" + bytes(canvas[r * width : (r + 1) * width]) for r in range(height))
    return _png(width, height, 0, zlib.compress(raw, 9))


def _png(width: int, height: int, colour_type: int, data: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


@dataclass
class Round:
    root: Path
    office: OfficeDesk
    devices: list[PointDesk] = field(default_factory=list)

    @property
    def lists(self) -> Path:
        return self.root / "lists"

    def close(self) -> None:
        for desk in [self.office, *self.devices]:
            desk.close()

    def export(self, device: int, name: str | None = None) -> Path:
        path = (
            self.root
            / "sync"
            / (name or f"dev{device}-{self.devices[device].lists.status().figures.payouts}.pdsync")
        )
        path.parent.mkdir(exist_ok=True)
        return self.devices[device].sync.export(path).path


def give_cccd(desk: PointDesk, code: str, cccd: str) -> None:
    """Put a CCCD on a loaded list's entry, as a real register carries one (the test registers have none)."""
    from sqlalchemy import text

    with desk.db.transaction() as session:
        session.execute(text("UPDATE list_entries SET cccd = :c WHERE code = :k"), {"c": cccd, "k": code})


def add_clerks(desk: PointDesk, clerks: tuple[str, ...] = CLERKS) -> None:
    """The clerks, each with CLERK_PIN: the first adds themself, the first adds the others."""
    for name in clerks:
        desk.staff.add(name, CLERK_PIN, by=clerks[0], by_pin=CLERK_PIN)


def fund(desk: PointDesk, amount: int = FUND) -> None:
    """The laptop receives `amount` in cash from the post office for its list (nothing when 0)."""
    if amount:
        desk.cash.receive(amount, note="roundkit")


def make_round(
    root: Path,
    devices: int = 2,
    rows: list[str] | None = None,
    database_url: str | None = None,
    clerks: tuple[str, ...] = CLERKS,
    *,
    cash: int = FUND,
) -> Round:
    """The office on SQLite in root/office, or on the database at `database_url` (its key still there);
    each laptop has the clerks `clerks` and has received `cash` for the list."""
    office = OfficeDesk(root / "office", passphrase=passphrase, database_url=database_url)
    office.init_keys("office", "Bưu điện huyện Mang Thít")
    office.registers.import_file(write_register(root / "register.csv", rows or default_rows()), MONTH)
    game = Round(root, office)
    for i in range(devices):
        desk = PointDesk(root / f"device{i}", passphrase=passphrase)
        ident = desk.init_keys("point", f"An Phước máy {i + 1}")
        office.devices.enroll("P01", ident.public_key.b64, f"An Phước máy {i + 1}")
        game.devices.append(desk)
    office.lists.issue(MONTH, game.lists)
    fingerprint = office.require_identity().fingerprint
    for desk in game.devices:
        desk.lists.load(game.lists / "P01_2026-12.pdlist", trust_office=fingerprint)
        add_clerks(desk, clerks)
        fund(desk, cash)
    return game


def plain(path: Path, key: SigningKey) -> Path:
    """The signed file inside a sealed one, written beside it (`NAME.plain.EXT`): what the signature and
    trust checks see once a recipient has opened the seal."""
    from payout_desk.trust.seal import open_sealed

    out = path.with_name(f"{path.stem}.plain{path.suffix}")
    out.write_bytes(open_sealed(path.read_bytes(), key))
    return out


def load_module(path: Path) -> Any:
    """A script of the repository (scripts/, packaging/) imported by path, to test what it does."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def next_month(game: Round, month: str, rows: list[str] | None = None, cash: int = FUND) -> Path:
    """Another month of the round: the office imports `rows` (default: the same people) for `month` and
    issues its lists; every laptop loads P01's (when P01 has one: everyone there may be held) and receives
    `cash` for it. Returns the lists' folder."""
    folder = game.root / f"lists-{month}"
    register = write_register(game.root / f"register-{month}.csv", rows or default_rows())
    game.office.registers.import_file(register, month, confirm_month=True)
    game.office.lists.issue(month, folder)
    listed = folder / f"P01_{month}.pdlist"
    for desk in game.devices if listed.exists() else []:  # none when every one of P01's people is held
        desk.lists.load(listed)
        fund(desk, cash)
    return folder


def round_settings(max_examples: int) -> Any:
    """Hypothesis settings for a property that plays whole rounds: each example takes seconds, so no
    deadline, no example database and no shrinking (the explicit examples, then `max_examples` generated)."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        phases=(Phase.explicit, Phase.generate),
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
