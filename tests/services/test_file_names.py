"""File names carry point and month (and the laptop, for sync files): three months of files on one USB
stick stay apart."""

from __future__ import annotations

import pytest

from payout_desk.exchange.names import amendment_file_name, list_file_name, slug, sync_file_name
from tests.paykit import signed
from tests.roundkit import MONTH, Round


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An Phước máy 1", "an-phuoc-may-1"),
        ("Máy 1", "may-1"),
        ("ĐIỂM  Đức Hòa #2", "diem-duc-hoa-2"),
        ("", "may"),
        ("—", "may"),
    ],
)
def test_a_laptop_name_becomes_a_plain_ascii_slug(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_the_names_put_point_and_month_first() -> None:
    assert list_file_name("P01", "2026-12") == "P01_2026-12.pdlist"
    assert amendment_file_name("P01", "2026-12", 3) == "P01_2026-12_bao-giam-tang-3.pdamend"
    assert sync_file_name("P05", "2026-12", "Máy 1") == "P05_2026-12_may-1.pdsync"


def test_issued_lists_amendments_and_exports_are_named_by_point_month_and_laptop(game: Round) -> None:
    assert sorted(p.name for p in game.lists.iterdir()) == ["P01_2026-12.pdlist", "P02_2026-12.pdlist"]
    out = game.root / "usb"
    first = game.office.amendments.amend(
        MONTH, "P01", out, stop="NCC001", reason="deceased", day="2026-11-28"
    )
    second = game.office.amendments.amend(MONTH, "P01", out, stop="NCC002", reason="moved", day="2026-12-01")
    assert (first.path.name, second.path.name) == (
        "P01_2026-12_bao-giam-tang-1.pdamend",
        "P01_2026-12_bao-giam-tang-2.pdamend",
    )
    device = game.devices[0]
    assert device.lists.load(second.path)  # the cumulative file loads on the laptop
    device.pay.record(signed("NCC003"))
    assert device.sync.suggested_name() == "P01_2026-12_an-phuoc-may-1.pdsync"
    exported = device.sync.export(out)
    assert exported.path == out / "P01_2026-12_an-phuoc-may-1.pdsync"
    assert game.devices[1].sync.export(out).path.name == "P01_2026-12_an-phuoc-may-2.pdsync"
    [outcome] = game.office.imports.files([exported.path]).files
    assert outcome.status == "imported"
