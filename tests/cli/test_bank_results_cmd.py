"""`office transfer-results` and `settings transfer-failed` (issue 17): JSON keys, the words, exit codes (0 ok,
2 usage, 3 bad input or refused), one-line errors that change nothing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from tests.bank_results_kit import answer, write_csv, write_xlsx
from tests.bankkit import AGRIBANK, VCB, office_with_register
from tests.cli.conftest import Cli
from tests.roundkit import MONTH


def _sent(tmp_path: Path, cli: Cli) -> tuple[tuple[str, Path], dict[str, Path]]:
    office, _ = office_with_register(tmp_path)
    office.close()
    data = ("--data-dir", tmp_path / "office")
    done = cli("office", "transfers", "--month", MONTH, "--out", tmp_path / "batches", "--json", *data)
    assert done.code == 0, done.err
    files = {
        b["bank_bin"]: Path(next(f for f in b["files"] if f.endswith(".xlsx"))) for b in done.json["batches"]
    }
    return data, files


def test_transfer_results_reports_each_line_and_again_says_nothing_changed(tmp_path: Path, cli: Cli) -> None:
    data, files = _sent(tmp_path, cli)
    path = write_xlsx(tmp_path / "kq.xlsx", answer(files[AGRIBANK], {"NCC008": "Tài khoản đã đóng"}))
    done = cli("office", "transfer-results", path, "--month", MONTH, "--failed", "list", "--json", *data)
    assert done.code == 0, done.err
    body = done.json
    assert body["counts"]["paid"] == 2 and body["counts"]["failed"] == 1
    assert body["changed"] and not body["seen_before"] and body["failed_action"] == "list"
    assert [(x["code"], x["verdict"], x["action"]) for x in body["lines"]] == [
        ("NCC002", "paid", None), ("NCC007", "paid", None), ("NCC008", "failed", "list")]  # fmt: skip
    assert body["lines"][2]["reason"] == "Tài khoản đã đóng" and body["lines"][0]["account"].endswith("8901")
    again = cli("office", "transfer-results", path, "--month", MONTH, "--failed", "list", *data)
    assert again.code == 0 and "Nothing changed: these results were already recorded." in again.out
    assert "3 lines already recorded" in again.out


def test_the_office_setting_decides_for_failures_and_a_usage_error_is_exit_2(
    tmp_path: Path, cli: Cli
) -> None:
    data, files = _sent(tmp_path, cli)
    shown = cli("settings", "transfer-failed", "--json", *data)
    assert shown.code == 0 and shown.json == {"transfer_failed_action": "list"}
    assert (
        cli("settings", "transfer-failed", "carry", *data).out.strip()
        == "Failed transfers: carried to next month (arrears)"
    )
    path = write_csv(tmp_path / "kq.csv", answer(files[VCB], {"NCC003": "Sai tên"}))
    done = cli("office", "transfer-results", path, "--month", MONTH, *data)
    assert (
        done.code == 0
        and "row 4 NCC003 Lê Thị Mai: failed — Sai tên → carried to next month (arrears)" in done.out
    )
    assert "carried to next month: NCC003" in done.out
    assert cli("office", "transfer-results", path, "--month", MONTH, "--failed", "later", *data).code == 2


def test_a_bad_file_is_exit_3_with_one_line_and_nothing_recorded(tmp_path: Path, cli: Cli) -> None:
    data, files = _sent(tmp_path, cli)
    lines = answer(files[VCB])
    bad = write_xlsx(tmp_path / "kq.xlsx", [lines[0], dataclasses.replace(lines[1], amount="2000000,5")])
    done = cli("office", "transfer-results", bad, "--month", MONTH, *data)
    assert done.code == 3 and done.out == "" and len(done.err.strip().splitlines()) == 1
    assert "has decimals" in done.err and "Nothing was recorded" in done.err
    other = cli("office", "transfer-results", bad, "--month", "2026-11", *data)
    assert other.code == 3
    good = write_xlsx(tmp_path / "ok.xlsx", lines)
    first = cli("office", "transfer-results", good, "--month", MONTH, "--json", *data)
    assert (
        first.json["counts"]["paid"] == 2 and first.json["counts"]["unchanged"] == 0
    )  # the refusals changed nothing
    missing = cli("office", "transfer-results", tmp_path / "none.xlsx", "--month", MONTH, *data)
    assert missing.code == 3 and len(missing.err.strip().splitlines()) == 1


def test_failures_listed_then_put_on_the_cash_list_from_the_command_line(tmp_path: Path, cli: Cli) -> None:
    data, files = _sent(tmp_path, cli)
    office_issue = cli("office", "issue-lists", "--month", MONTH, "--out", tmp_path / "lists", *data)
    assert office_issue.code == 0, office_issue.err
    path = write_xlsx(tmp_path / "kq.xlsx", answer(files[AGRIBANK], {"NCC002": "Sai tên"}))
    assert cli("office", "transfer-results", path, "--month", MONTH, *data).code == 0  # listed only (default)
    done = cli(
        "office", "transfer-failed-to-cash", "--month", MONTH, "--out", tmp_path / "bt", "--json", *data
    )
    assert done.code == 0, done.err
    assert done.json["codes"] == ["NCC002"] and Path(done.json["amendments"][0]["path"]).exists()
    again = cli("office", "transfer-failed-to-cash", "--month", MONTH, "--out", tmp_path / "bt", *data)
    assert again.code == 3 and "No failed transfer of Tháng 12/2026 is waiting" in again.err


def test_office_status_shows_the_transfers_beside_the_cash_list(tmp_path: Path, cli: Cli) -> None:
    data, files = _sent(tmp_path, cli)
    assert cli("office", "issue-lists", "--month", MONTH, "--out", tmp_path / "lists", *data).code == 0
    path = write_xlsx(tmp_path / "kq.xlsx", answer(files[VCB], {"NCC010": "Sai tên"}))
    assert cli("office", "transfer-results", path, "--month", MONTH, "--failed", "cash", *data).code == 0
    body = cli("office", "status", "--month", MONTH, "--json", *data).json
    total = body["totals"]
    assert body["problems"] == [] and total["beneficiaries"] == 3 and total["transfer_to_cash_count"] == 1
    assert total["transfer_count"] == 7 and total["transfer_paid_amount"] == 2_866_000
    assert total["all_amount"] == total["cash_total"] + total["transfer_amount"]
    vcb = next(b for b in body["banks"] if b["bin"] == VCB)
    assert (vcb["lines_count"], vcb["paid_count"], vcb["failed_count"], vcb["to_cash_count"]) == (2, 1, 1, 1)
    words = cli("office", "status", "--month", MONTH, *data).out
    assert (
        "Transfers: paid 1/7 people" in words
        and "Vietcombank (970436): 2 people, sent 2, paid 1, failed 1" in words
    )
