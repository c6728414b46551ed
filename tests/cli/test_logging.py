"""An unexpected error is logged by kind and place only: no name, ID number or amount reaches the log."""

from __future__ import annotations

from pathlib import Path

import pytest

import payout_desk.cli as cli_module
from payout_desk.cli import point_cmd
from tests.cli.conftest import Cli


def test_the_log_holds_where_it_happened_but_no_personal_data(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_args: object) -> int:
        raise RuntimeError("Nguyễn Văn An, CCCD 086040173112, 2.789.000 ₫")

    monkeypatch.setattr(cli_module, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(point_cmd, "run_verify", broken)
    outcome = cli("verify", tmp_path / "x.pdlist")
    assert outcome.code == 1 and "Unexpected error" in outcome.err
    log = (tmp_path / "logs" / "payout-desk.log").read_text(encoding="utf-8")
    assert "RuntimeError" in log and "test_logging.py" in log and "in broken" in log
    assert "086040173112" not in log and "Nguyễn" not in log and "2.789.000" not in log
