"""`office transfer CODE --to POINT --month M` (issue 15, item 6): the CLI contract, and a person on two
lists shown by `office status`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Cli
from tests.roundkit import MONTH, Round, person_row, write_register


@pytest.mark.devices(1)
def test_transfer_in_json_and_its_refusals(game: Round, cli: Cli, tmp_path: Path) -> None:
    game.close()
    office = ("--data-dir", game.root / "office")
    out = ("--out", tmp_path / "move")
    unknown = cli("office", "transfer", "NCC777", "--to", "P02", "--month", MONTH, *out, *office)
    assert unknown.code == 3 and len(unknown.err.strip().splitlines()) == 1 and "NCC777" in unknown.err
    same = cli("office", "transfer", "NCC005", "--to", "P01", "--month", MONTH, *out, *office)
    assert same.code == 3
    no_point = cli("office", "transfer", "NCC005", "--to", "P09", "--month", MONTH, *out, *office)
    assert no_point.code == 2
    not_issued = cli("office", "transfer", "NCC005", "--to", "P02", "--month", "2027-04", *out, *office)
    assert not_issued.code == 3
    assert not (tmp_path / "move").exists()

    done = cli("office", "transfer", "NCC005", "--to", "P02", "--month", MONTH, "--date", "2026-12-05",
               *out, *office, "--json")  # fmt: skip
    assert done.code == 0, done.err
    payload = json.loads(done.out)
    assert (payload["from"]["point_code"], payload["to"]["point_code"], payload["date"]) == (
        "P01",
        "P02",
        "2026-12-05",
    )
    assert Path(payload["from"]["path"]).is_file() and Path(payload["to"]["path"]).is_file()
    words = cli(
        "office", "transfer", "NCC004", "--to", "P02", "--month", MONTH, *out, *office, "--lang", "vi"
    )
    assert words.code == 0 and "từ điểm P01 sang điểm P02" in words.out


@pytest.mark.devices(1)
def test_status_shows_a_person_on_two_lists(game: Round, cli: Cli, tmp_path: Path) -> None:
    twice = write_register(tmp_path / "add.csv", [person_row(5, point="Bưu cục Mỹ An", amount=2_794_000)])
    game.office.amendments.amend(MONTH, "P02", tmp_path / "amend", add_file=twice)
    game.close()
    status = cli("office", "status", "--month", MONTH, "--data-dir", game.root / "office", "--json")
    assert status.code == 0, status.err
    found = [c for c in json.loads(status.out)["conflicts"] if c["kind"] == "on-two-lists"]
    assert sorted(c["point_code"] for c in found) == ["P01", "P02"]
    assert {e["point_code"] for e in found[0]["events"]} == {"P01", "P02"}
    words = cli("office", "status", "--month", MONTH, "--data-dir", game.root / "office")
    assert words.code == 0 and "NCC005" in words.out
