"""Running `payout-desk` in-process as a script would, capturing stdout, stderr and the exit code."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from payout_desk.cli import main
from tests.roundkit import CLERK_PIN


@dataclass
class Outcome:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)


Cli = Callable[..., Outcome]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """`payout-desk ARGS…` in-process. Like a script, it gives the clerks' PIN in $PAYOUT_DESK_PIN (the
    roundkit's CLERK_PIN, which every clerk of a test chooses); a test about PINs sets its own."""
    monkeypatch.setenv("PAYOUT_DESK_PIN", CLERK_PIN)

    def run(*args: str | Path) -> Outcome:
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse usage errors and --version
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run


CSV_HEADER = (
    "STT,Mã đối tượng,Họ và tên,Năm sinh,Giới tính,Số CCCD,Địa chỉ,Loại đối tượng,Điểm chi trả,"
    "Trợ cấp hàng tháng,Truy lĩnh,Tổng cộng,Hình thức nhận,Ghi chú\n"
)
CSV_ROWS = [
    '1,NCC001,Nguyễn Văn Dũng,1940,Nam,086040173112,"ấp 1, Xã An Phước",Thương binh 61%,Điểm BĐVHX An Phước,'
    "2866000,,2866000,Tiền mặt,",
    '2,NCC002,Lê Thị Bình,1949,Nữ,086149186529,"ấp 2, Xã An Phước",Thân nhân liệt sĩ,Điểm BĐVHX An Phước,'
    "2789000,5578000,8367000,Tiền mặt,Chi trả tại nhà",
    '3,NCC003,Trần Văn An,1941,Nam,086041535682,"ấp 3, Xã An Phước",Bệnh binh 61%,Điểm BĐVHX An Phước,'
    "2343000,,2343000,Tiền mặt,Ủy quyền: Trần Văn Bảy (con)",
    '4,NCC004,Phạm Thị Hoa,1950,Nữ,086150123456,"ấp 1, Xã Mỹ An",Thân nhân liệt sĩ,Bưu cục Mỹ An,'
    "2789000,,2789000,Chuyển khoản,",
    '5,NCC005,Võ Văn Tám,1945,Nam,086045123456,"ấp 2, Xã Mỹ An",Thương binh 41%,Bưu cục Mỹ An,'
    "1929000,,1929000,Tiền mặt,",
]


def write_csv_register(path: Path, rows: list[str] | None = None) -> Path:
    path.write_text(CSV_HEADER + "\n".join(rows if rows is not None else CSV_ROWS) + "\n", encoding="utf-8")
    return path
