"""Several clerks importing overlapping and repeated sync files at the same moment into one PostgreSQL
database end with exactly what one clerk importing them in order gets: the same events, states,
conflicts and forks, and no file refused for colliding with another clerk's import."""

from __future__ import annotations

import multiprocessing
import shutil
from pathlib import Path

import pytest

from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.pay import PayoutRequest
from tests.pg.server import import_in_process, office_state, scratch_database
from tests.roundkit import MONTH, Round, default_rows, make_round, passphrase, png

pytestmark = pytest.mark.pg
WORKERS = 4


def pay(desk: PointDesk, numbers: range, shade: int = 0) -> None:
    for i in numbers:
        desk.pay.record(PayoutRequest(f"NCC{i:03d}", staff="Lan", signature_png=png(shade=shade + i)))


def month_of_files(game: Round) -> tuple[list[Path], Path]:
    """Cumulative files at three moments from the first laptop and two from the second (double payouts
    of NCC020–NCC025 between them), and a file from a copy of the first laptop restored from a backup
    that went on paying others under the same numbers (a fork). Returns them and the first laptop's
    middle file, which the office has before the clerks start, so that the fork is found whatever order
    the files come in."""
    first, second = game.devices
    first.cash.receive(50_000_000)
    pay(first, range(1, 10))
    files = [game.export(0, "first-early.pdsync")]
    pay(second, range(20, 24))
    files.append(game.export(1, "second-early.pdsync"))
    first.close()
    backup = game.root / "device0-backup"
    shutil.copytree(game.root / "device0", backup)
    game.devices[0] = first = PointDesk(game.root / "device0", passphrase=passphrase)
    pay(first, range(10, 26))
    middle = game.export(0, "first-mid.pdsync")
    pay(second, range(24, 36))
    files.append(game.export(1, "second-final.pdsync"))
    pay(first, range(36, 40))
    files.append(game.export(0, "first-final.pdsync"))
    with PointDesk(backup, passphrase=passphrase) as restored:
        pay(restored, range(26, 30), shade=100)
        fork = restored.sync.export(game.root / "sync" / "restored.pdsync").path
    return [*files, middle, fork], middle


@pytest.fixture
def prepared(pg_url: str, tmp_path: Path) -> tuple[Path, list[Path]]:
    """The office on PostgreSQL after the round, with the first laptop's middle file taken in."""
    game = make_round(tmp_path, devices=2, rows=default_rows(40), database_url=pg_url)
    try:
        files, middle = month_of_files(game)
        assert game.office.imports.files([middle]).files[0].status == "imported"
    finally:
        game.close()
    return tmp_path / "office", files


def test_concurrent_imports_give_the_state_of_one_import(
    pg_server: str, pg_url: str, prepared: tuple[Path, list[Path]]
) -> None:
    office_dir, files = prepared
    with scratch_database(pg_server, pg_url) as one, scratch_database(pg_server, pg_url) as many:
        outcomes = import_in_process(office_dir, one, [*files, *files])
        # every clerk takes every file, two in one order and two in the other, one of them twice
        batches = [[*files, files[i]] if i % 2 else [*files[::-1], files[i]] for i in range(WORKERS)]
        context = multiprocessing.get_context("spawn")
        with context.Manager() as manager, context.Pool(WORKERS) as pool:
            start = manager.Barrier(WORKERS)
            jobs = [(office_dir, many, batch, start) for batch in batches]
            results = pool.starmap(import_in_process, jobs)
        expected = office_state(office_dir, one, MONTH)
        got = office_state(office_dir, many, MONTH)
    assert got == expected
    rows = expected["rows"]
    # the first laptop's cash (the round's and 50.000.000) and payouts, the second's cash and payouts
    assert len(rows["events"]) == 2 + 9 + 16 + 4 + 1 + 16
    assert len(rows["conflicts"]) == 6 and {c[3] for c in rows["conflicts"]} == {"double-payout"}
    assert len(rows["device_forks"]) == 1
    new = 4 + 1 + 16  # the first laptop's payouts after its middle file, and all of the second's records
    assert sum(n for _status, n in outcomes) == sum(n for batch in results for _status, n in batch) == new
    for batch, result in zip(batches, results, strict=True):  # only the restored laptop's file is refused
        refused = [
            path.name for path, (status, _n) in zip(batch, result, strict=True) if status == "rejected"
        ]
        assert refused == [path.name for path in batch if path.name == "restored.pdsync"]
