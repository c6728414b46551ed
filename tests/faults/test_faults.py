"""Faults of the machine, not of the data: a full disk, a read-only USB stick, a file gone, the database
held by another program. Each is one clear sentence, nothing is recorded or half-written, and the desk
goes on working once the fault is gone."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from payout_desk.services.common.errors import DeskError, InvalidInput
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.store import database
from tests.paykit import signed
from tests.roundkit import Round, passphrase

pytestmark = pytest.mark.devices(1)
Mount = Callable[..., Path]


@pytest.fixture
def mount(tmp_path: Path) -> Iterator[Mount]:
    """A small real filesystem (tmpfs), read-only or of a given size; skipped where mounting is not allowed."""
    mounted: list[Path] = []

    def make(name: str, size_kb: int = 256, read_only: bool = False) -> Path:
        point = tmp_path / name
        point.mkdir()
        options = f"size={size_kb}k" + (",ro" if read_only else "")
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)], check=False, capture_output=True
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a test filesystem here: {done.stderr.decode().strip()}")
        mounted.append(point)
        return point

    yield make
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], check=False, capture_output=True)


def fill(folder: Path) -> Path:
    """Fill a filesystem to the last byte."""
    filler = folder / "filler.bin"
    with contextlib.suppress(OSError), open(filler, "wb") as handle:
        while True:
            handle.write(b"\0" * 4096)
            handle.flush()
            os.fsync(handle.fileno())
    return filler


def visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def test_export_to_a_full_usb_stick_says_so_and_leaves_no_half_file(game: Round, mount: Mount) -> None:
    desk = game.devices[0]
    desk.pay.record(signed("NCC001"))
    stick = mount("usb", size_kb=64)
    filler = fill(stick)
    with pytest.raises(DeskError, match=r"No space left|cannot write") as caught:
        desk.sync.export(stick / "may1.pdsync")
    assert "\n" not in str(caught.value)
    assert visible(stick) == ["filler.bin"] and not any(stick.glob(".*.part"))
    filler.unlink()
    assert desk.sync.export(stick / "may1.pdsync").events == 2  # room again: the round's cash and the payout


def test_a_read_only_target_refuses_every_file_kind_in_one_sentence(game: Round, mount: Mount) -> None:
    desk = game.devices[0]
    desk.pay.record(signed("NCC001"))
    stick = mount("ro", read_only=True)
    for write in (
        lambda: desk.sync.export(stick / "may1.pdsync"),
        lambda: desk.papers.receipt("NCC001", stick / "bien-nhan.pdf"),
        lambda: game.office.papers.settlement("2026-12", stick / "thanh-quyet-toan.xlsx"),
        lambda: desk.backups.now(out=stick / "sao-luu.sqlite3"),
    ):
        with pytest.raises(DeskError, match=r"[Rr]ead-only"):
            write()
    assert visible(stick) == []


def test_a_full_disk_under_the_data_folder_records_nothing_and_recovers(game: Round, mount: Mount) -> None:
    source = game.devices[0].data_dir
    game.devices[0].close()
    size = sum(p.stat().st_size for p in source.rglob("*") if p.is_file())
    disk = mount("data", size_kb=size // 1024 + 1024)
    shutil.copytree(source, disk / "desk")
    desk = PointDesk(disk / "desk", passphrase=passphrase)
    try:
        desk.pay.record(signed("NCC001"))
        filler = fill(disk)
        with pytest.raises(DeskError, match="disk that holds the data folder is full") as caught:
            for code in (
                "NCC002",
                "NCC004",
                "NCC005",
                "NCC006",
                "NCC007",
                "NCC008",
            ):  # until the WAL needs room
                desk.pay.record(PayoutRequest(code, thumbprint=True))
        assert caught.value.vi.startswith("Ổ đĩa chứa dữ liệu đã đầy")
        paid_before = desk.lists.status().figures.paid_count
        filler.unlink()
        desk.pay.record(signed("NCC009"))
        assert desk.lists.status().figures.paid_count == paid_before + 1
        check = sqlite3.connect(disk / "desk" / "payout-desk.sqlite3")
        try:
            assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            check.close()
    finally:
        desk.close()


def test_a_database_held_by_another_program_is_said_plainly(
    game: Round, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    folder = game.devices[0].data_dir
    game.devices[0].close()
    desk = PointDesk(folder, passphrase=passphrase)
    other = sqlite3.connect(folder / "payout-desk.sqlite3", isolation_level=None, timeout=0.1)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        with pytest.raises(DeskError, match="busy in another Payout Desk window or program"):
            desk.pay.record(signed("NCC001"))
        other.execute("ROLLBACK")
        assert desk.pay.record(signed("NCC001")).amount > 0
        assert desk.lists.status().figures.paid_count == 1
    finally:
        other.close()
        desk.close()


def test_a_list_file_gone_before_it_is_read_changes_nothing(game: Round, tmp_path: Path) -> None:
    desk = game.devices[0]
    before = desk.lists.status()
    gone = tmp_path / "P01_2026-12.pdlist"
    shutil.copy(game.lists / "P01_2026-12.pdlist", gone)
    gone.unlink()
    with pytest.raises(InvalidInput, match="no such file"):
        desk.lists.load(gone)
    assert desk.lists.status() == before
