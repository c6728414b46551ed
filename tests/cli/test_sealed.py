"""Files on the road are sealed to their recipients: the list to the point's laptops, a sync file to the
office and the point's laptops; `verify` opens them on a recipient's desk and says they were sealed."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Cli
from tests.paykit import signed
from tests.roundkit import Round


def test_lists_and_sync_files_are_sealed_and_verified_where_they_may_be_opened(
    cli: Cli, game: Round, tmp_path: Path
) -> None:
    game.devices[0].pay.record(signed("NCC001"))
    sync = game.export(0)
    listed = game.lists / "P01_2026-12.pdlist"
    for path in (listed, sync):
        data = path.read_bytes()
        assert data.startswith(b"PDSEAL1") and "Nguyễn".encode() not in data and b"NCC001" not in data
    on_laptop = cli("verify", listed, "--data-dir", game.devices[1].data_dir, "--json")
    assert on_laptop.code == 0, on_laptop.err
    assert on_laptop.json["sealed"] is True and on_laptop.json["kind"] == "list"
    at_office = cli("verify", sync, "--data-dir", game.office.data_dir, "--json")
    assert at_office.code == 0 and at_office.json["kind"] == "sync" and at_office.json["payouts"] == 1
    assert cli("keys", "init", "--role", "point", "--name", "máy lạ", "--data-dir", tmp_path / "x").code == 0
    stranger = cli("verify", listed, "--data-dir", tmp_path / "x")
    assert stranger.code == 4 and "sealed for other desks" in stranger.err
