"""Signature images decoded within bounds at every door (the office's sync import, a point's peer import,
the point's own payout), and every file the user chooses read bounded (size first, regular files only).

Each hostile sync file is a real one, signed by a real enrolled laptop: the laptop's software is made to
skip its own image check (what a tampered laptop does) while it records, then exports as usual."""

from __future__ import annotations

import hashlib
import os
import struct
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from payout_desk.exchange.signature_image import MAX_PIXELS, MAX_SIDE, check_png
from payout_desk.services.common.errors import FileRefused, InvalidInput
from payout_desk.services.common.inputs import read_input_file
from payout_desk.services.point import pay as point_pay
from payout_desk.services.point.pay import PayoutRequest
from tests.cli.conftest import Cli
from tests.hardening.test_signed_matrix import db_rows
from tests.roundkit import Round, png, stroke_png

MIB = 1024 * 1024


def _chunk(kind: bytes, body: bytes) -> bytes:
    return (
        struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    )


def bomb_png(side: int = 13_200) -> bytes:
    """About 27 KB that decodes to side × side 1-bit pixels (174 M for 13,200): the issue's bomb."""
    row = b"\x00" + bytes((side + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", data) + _chunk(b"IEND", b"")


JUNK = b"\x89PNG\r\n\x1a\n" + os.urandom(2000)
TRUNCATED = stroke_png(7)[:-200]


def measured(action: Callable[[], Any]) -> tuple[Any, float, int]:
    """What `action` returns (or raises), its wall time and its tracemalloc peak."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result: Any = action()
    except Exception as exc:  # the refusals are what is measured
        result = exc
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result, elapsed, peak


@pytest.mark.parametrize(
    ("image", "why"),
    [(bomb_png(), "13200 × 13200 pixels"), (JUNK, "not a PNG image"), (TRUNCATED, "cannot be decoded")],
    ids=["bomb", "junk", "truncated"],
)
def test_a_signature_image_is_decoded_within_bounds_or_refused(image: bytes, why: str) -> None:
    result, elapsed, peak = measured(lambda: check_png(image))
    assert isinstance(result, ValueError) and why in str(result)
    print(f"\n{len(image):,} bytes: refused in {elapsed * 1000:.1f} ms, peak {peak / MIB:.2f} MiB")
    assert elapsed < 1.0 and peak < 8 * MIB


def test_the_bounds_are_stated_and_a_pad_image_passes() -> None:
    assert (MAX_SIDE, MAX_PIXELS) == (4000, 4_000_000)
    pad = stroke_png(3, 600, 200)
    assert check_png(pad) == hashlib.sha256(pad).hexdigest()
    with pytest.raises(ValueError, match="4001 × 1 pixels"):
        check_png(png(4001, 1))
    with pytest.raises(ValueError, match="2001 × 2001 pixels"):
        check_png(png(2001, 2001))


def _hostile_export(game: Round, image: bytes, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Device 0 records a payout with `image` as its signature, its own check skipped, then exports."""
    with monkeypatch.context() as patched:
        patched.setattr(point_pay, "inspect_png", lambda data: (hashlib.sha256(data).hexdigest(), True))
        game.devices[0].pay.record(PayoutRequest("NCC001", signature_png=image, staff="Lan"))
    return game.export(0, "hostile.pdsync")


@pytest.mark.parametrize("image", [bomb_png(), JUNK, TRUNCATED], ids=["bomb", "junk", "truncated"])
def test_the_office_and_the_sibling_refuse_a_bad_image_and_keep_nothing(
    game: Round, image: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _hostile_export(game, image, monkeypatch)
    office_before = db_rows(game.office.data_dir)
    outcome, elapsed, peak = measured(lambda: game.office.imports.sync_files([path])[0])
    assert outcome.status == "rejected"
    assert "the signature image of event #2" in outcome.reason, outcome.reason  # #1: the round's cash
    assert db_rows(game.office.data_dir) == office_before
    print(f"\noffice import refused in {elapsed * 1000:.0f} ms, peak {peak / MIB:.1f} MiB: {outcome.reason}")
    assert elapsed < 2.0 and peak < 64 * MIB
    sibling = game.devices[1]
    before = db_rows(sibling.data_dir)
    refused, elapsed, peak = measured(lambda: sibling.sync.import_peer(path))
    assert isinstance(refused, FileRefused) and "the signature image of event #2" in str(refused)
    assert db_rows(sibling.data_dir) == before
    assert elapsed < 2.0 and peak < 64 * MIB


def test_the_point_refuses_a_bad_image_when_it_records(game: Round) -> None:
    desk = game.devices[0]
    before = db_rows(desk.data_dir)
    for image in (bomb_png(), JUNK, TRUNCATED):
        with pytest.raises(InvalidInput, match="The signature image cannot be used"):
            desk.pay.record(PayoutRequest("NCC001", signature_png=image, staff="Lan"))
    assert db_rows(desk.data_dir) == before


# bounded reads ---------------------------------------------------------------------------------------


def test_a_600_mb_file_is_refused_before_it_is_read(game: Round, tmp_path: Path) -> None:
    huge = tmp_path / "huge.pdsync"
    with huge.open("wb") as handle:
        handle.truncate(600 * MIB)  # sparse: nothing is written, the size says 600 MB
    outcome, elapsed, peak = measured(lambda: game.office.imports.sync_files([huge])[0])
    assert outcome.status == "rejected" and "is too large (629,145,600 bytes" in outcome.reason
    print(f"\n600 MB refused in {elapsed * 1000:.1f} ms, peak {peak / 1024:.0f} KiB")
    assert elapsed < 1.0 and peak < 4 * MIB
    refused, _, peak = measured(lambda: game.devices[0].lists.load(huge))
    assert isinstance(refused, InvalidInput) and "too large" in str(refused) and peak < 4 * MIB


def _refused_quickly(action: Callable[[], Any]) -> BaseException:
    """Runs `action` in a thread: it must raise within 5 s (a FIFO opened for reading would block)."""
    caught: list[BaseException] = []

    def run() -> None:
        try:
            action()
        except BaseException as exc:
            caught.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(5)
    assert not worker.is_alive(), "it hung"
    assert caught, "it was not refused"
    return caught[0]


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")
def test_special_files_are_refused_without_being_read(game: Round, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdsync"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.pdlist"
    zero.symlink_to("/dev/zero")
    desk = game.devices[0]
    for path in (fifo, zero):
        refused = _refused_quickly(lambda p=path: read_input_file(p))
        assert isinstance(refused, InvalidInput) and "is not a regular file" in str(refused)
        assert isinstance(_refused_quickly(lambda p=path: desk.lists.load(p)), InvalidInput)
        assert isinstance(_refused_quickly(lambda p=path: desk.sync.import_peer(p)), InvalidInput)
        assert isinstance(_refused_quickly(lambda p=path: desk.backups.restore(p)), InvalidInput)
        assert isinstance(
            _refused_quickly(lambda p=path: game.office.registers.import_file(p, "2026-12")), InvalidInput
        )
        outcome = game.office.imports.sync_files([path])[0]
        assert outcome.status == "rejected" and "not a regular file" in outcome.reason


@pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")
def test_the_command_line_refuses_a_fifo_in_one_sentence(cli: Cli, game: Round, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdlist"
    os.mkfifo(fifo)
    done = _run_soon(lambda: cli("point", "load", fifo, "--data-dir", game.devices[0].data_dir))
    assert done.code == 3 and "is not a regular file" in done.err and done.err.count("\n") == 1


def _run_soon(action: Callable[[], Any]) -> Any:
    box: list[Any] = []
    worker = threading.Thread(target=lambda: box.append(action()), daemon=True)
    worker.start()
    worker.join(5)
    assert box, "it hung"
    return box[0]
