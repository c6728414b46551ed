"""`office import-register`: a register whose title names another month is refused unless confirmed."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Cli


def office(cli: Cli, tmp_path: Path) -> Path:
    data_dir = tmp_path / "office"
    assert (
        cli(
            "keys", "init", "--role", "office", "--name", "Bưu điện huyện Mang Thít", "--data-dir", data_dir
        ).code
        == 0
    )
    return data_dir


def test_a_december_register_imported_for_january_is_refused_until_confirmed(
    cli: Cli, tmp_path: Path, sample_register: Path
) -> None:
    data_dir = office(cli, tmp_path)
    refused = cli(
        "office", "import-register", sample_register, "--month", "2027-01", "--json", "--data-dir", data_dir
    )
    assert refused.code == 3 and refused.out == ""
    assert "title says 12/2026 but it is being imported for 1/2027: nothing was imported" in refused.err
    assert "--confirm-month" in refused.err
    nothing = cli(
        "office", "issue-lists", "--month", "2027-01", "--out", tmp_path / "lists", "--data-dir", data_dir
    )
    assert nothing.code != 0 and "no register imported for 2027-01" in nothing.err

    confirmed = cli(
        "office", "import-register", sample_register, "--month", "2027-01", "--confirm-month", "--skip-invalid", "--json",
        "--data-dir", data_dir,
    )  # fmt: skip
    report = json.loads(confirmed.out)
    assert confirmed.code == 0 and report["committed"]
    assert (report["month"], report["title_month"]) == ("2027-01", "2026-12")


def test_the_title_month_is_in_the_json_and_a_matching_month_needs_no_confirmation(
    cli: Cli, tmp_path: Path, sample_register: Path
) -> None:
    data_dir = office(cli, tmp_path)
    done = cli(
        "office",
        "import-register",
        sample_register,
        "--month",
        "2026-12",
        "--skip-invalid",
        "--json",
        "--data-dir",
        data_dir,
    )
    report = json.loads(done.out)
    assert done.code == 0 and (report["month"], report["title_month"]) == ("2026-12", "2026-12")
    assert {
        "file",
        "sheet",
        "rows_read",
        "imported",
        "non_cash",
        "committed",
        "errors",
        "warnings",
        "points",
    } <= set(report)
