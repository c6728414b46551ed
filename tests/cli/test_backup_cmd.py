"""`payout-desk backup`, `restore` and `point recover` from the command line."""

from __future__ import annotations

import pytest

from tests.cli.conftest import Cli
from tests.paykit import signed
from tests.roundkit import Round

pytestmark = pytest.mark.devices(1)


def test_backup_then_restore_then_recover(cli: Cli, game: Round) -> None:
    laptop = game.devices[0]
    folder = str(laptop.data_dir)
    laptop.pay.record(signed("NCC001"))
    made = cli("backup", "--data-dir", folder, "--json")
    assert made.code == 0, made.err
    copy = made.json["path"]
    laptop.pay.record(signed("NCC002"))
    exported = game.export(0, "after.pdsync")
    laptop.close()

    restored = cli("restore", copy, "--data-dir", folder)
    assert restored.code == 0, restored.err
    assert "point recover" in restored.out and str(exported) in restored.out
    again = cli("point", "recover", str(exported), "--data-dir", folder, "--json")
    assert again.code == 0 and again.json["new_events"] == 1
    status = cli("point", "status", "--data-dir", folder, "--json")
    assert status.json["paid_count"] == 2


def test_restore_of_a_missing_file_is_one_line(cli: Cli, game: Round) -> None:
    outcome = cli("restore", "nowhere.sqlite3", "--data-dir", str(game.devices[0].data_dir))
    assert outcome.code == 3 and "no such file" in outcome.err and "\n" not in outcome.err.strip()
