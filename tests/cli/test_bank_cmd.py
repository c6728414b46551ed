"""`office transfers`, `office transfers-verify` and `settings transfer-template` (issue 17): JSON keys,
exit codes (0 ok, 2 usage, 3 bad input or refused, 4 a file or signature that does not match), one-line
errors that change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.bankkit import AGRIBANK, BIDV, VCB, office_with_register
from tests.cli.conftest import Cli
from tests.roundkit import CLERK_PIN, MONTH


def _office(tmp_path: Path) -> tuple[str, Path]:
    office, _ = office_with_register(tmp_path)
    office.close()
    return "--data-dir", tmp_path / "office"


def test_transfers_writes_the_batches_and_verify_proves_them(tmp_path: Path, cli: Cli) -> None:
    office = _office(tmp_path)
    out = tmp_path / "out"
    done = cli("office", "transfers", "--month", MONTH, "--out", out, "--json", *office)
    assert done.code == 0, done.err
    body = done.json
    assert [b["bank_bin"] for b in body["batches"]] == [AGRIBANK, BIDV, VCB]
    assert body["lines"] == 6 and body["total"] == sum(b["total"] for b in body["batches"])
    assert {x["code"]: x["reason"] for x in body["left_out"]} == {
        "NCC004": "account_invalid",
        "NCC005": "bank_unknown",
    }
    assert body["left_out"][0]["reason_text"] and body["already_sent"] == 0
    assert body["templates"]["default"]["columns"] == [
        "stt",
        "account",
        "holder",
        "amount",
        "bank",
        "content",
    ]
    assert all(Path(f).exists() for b in body["batches"] for f in b["files"])
    proven = cli("office", "transfers-verify", out, "--json", *office)
    assert proven.code == 0 and proven.json["ok"] and len(proven.json["batches"]) == 3
    words = cli("office", "transfers-verify", out, *office)
    assert words.code == 0 and words.out.count("proven") == 3
    pdf = next(out.glob(f"*{BIDV}*.pdf"))
    pdf.write_bytes(pdf.read_bytes() + b"%")
    tampered = cli("office", "transfers-verify", out, "--json", *office)
    assert tampered.code == 4 and not tampered.json["ok"]
    [bad] = [b for b in tampered.json["batches"] if not b["ok"]]
    assert bad["bank_bin"] == BIDV and "was changed" in bad["problems"][0]


def test_a_second_run_refuses_and_again_rewrites_a_batch(tmp_path: Path, cli: Cli) -> None:
    office = _office(tmp_path)
    first = cli("office", "transfers", "--month", MONTH, "--out", tmp_path / "one", "--json", *office).json
    twice = cli("office", "transfers", "--month", MONTH, "--out", tmp_path / "two", *office)
    assert twice.code == 3 and twice.err.count("\n") == 1 and "nobody in 2026-12 is waiting" in twice.err
    batch = first["batches"][0]
    again = cli(
        "office",
        "transfers",
        "--month",
        MONTH,
        "--out",
        tmp_path / "again",
        "--again",
        batch["id"],
        "--json",
        *office,
    )
    assert again.code == 0 and again.json["again"]
    for old, new in zip(batch["files"], again.json["batch"]["files"], strict=True):
        assert Path(old).read_bytes() == Path(new).read_bytes()
    missing = cli("office", "transfers", "--month", MONTH, "--out", tmp_path / "x", "--again", "999", *office)
    assert missing.code == 2 and "no batch 999" in missing.err
    other = cli(
        "office", "transfers", "--month", "2027-01", "--out", tmp_path / "x", "--again", batch["id"], *office
    )
    assert other.code == 2 and "is of 2026-12, not 2027-01" in other.err and not (tmp_path / "x").exists()


def test_bad_month_unknown_bank_and_nothing_to_batch_are_one_sentence_and_change_nothing(
    tmp_path: Path, cli: Cli
) -> None:
    office = _office(tmp_path)
    out = tmp_path / "out"
    bad_month = cli("office", "transfers", "--month", "2026-13", "--out", out, *office)
    assert bad_month.code in (2, 3) and bad_month.err.count("\n") == 1
    unknown = cli("office", "transfers", "--month", MONTH, "--out", out, "--bank", "123456", *office)
    assert unknown.code == 3 and "123456" in unknown.err and unknown.err.count("\n") == 1
    empty = cli("office", "transfers", "--month", "2027-01", "--out", out, "--json", *office)
    assert empty.code == 3 and "nobody is paid by transfer in 2027-01" in empty.err
    usage = cli("office", "transfers", "--month", MONTH, *office)
    assert usage.code == 2
    assert not out.exists() or not list(out.iterdir())
    only = cli("office", "transfers", "--month", MONTH, "--out", out, "--bank", "VCB", "--json", *office)
    assert only.code == 0 and [b["bank_bin"] for b in only.json["batches"]] == [VCB]
    nothing = cli("office", "transfers", "--month", MONTH, "--out", out, "--bank", VCB, *office)
    assert nothing.code == 3


def test_the_template_is_shown_set_per_bank_and_used(tmp_path: Path, cli: Cli) -> None:
    office = _office(tmp_path)
    shown = cli("settings", "transfer-template", "--json", *office)
    assert shown.code == 0 and shown.json["templates"]["default"]["ascii_content"] is True
    bad = cli("settings", "transfer-template", "--columns", "stt,iban", *office)
    assert bad.code == 3 and "iban" in bad.err and bad.err.count("\n") == 1
    assert (
        cli("settings", "transfer-template", "--json", *office).json["templates"] == shown.json["templates"]
    )
    made = cli("settings", "transfer-template", "--bank", "Vietcombank", "--columns", "stt,code,account,holder,amount,content",
               "--content", "Trợ cấp tháng {month} {code} {name}", "--ascii", "no", "--json", *office)  # fmt: skip
    assert made.code == 0 and made.json["saved"]
    assert made.json["templates"][VCB]["columns"][1] == "code"
    file = tmp_path / "template.json"
    file.write_text(json.dumps({"columns": ["account", "amount"], "content": "{code}"}), "utf-8")
    assert cli("settings", "transfer-template", "--bank", "BIDV", "--file", file, *office).code == 0
    out = tmp_path / "out"
    assert cli("office", "transfers", "--month", MONTH, "--out", out, *office).code == 0
    vcb = load_workbook(next(out.glob(f"*{VCB}*.xlsx")), read_only=True).worksheets[0]
    rows = list(vcb.iter_rows(values_only=True))
    assert rows[0] == ("STT", "Mã đối tượng", "Số tài khoản", "Tên người thụ hưởng", "Số tiền", "Nội dung")
    assert rows[1][1] == "NCC003" and rows[1][5] == "Trợ cấp tháng 12/2026 NCC003 Lê Thị Mai"
    bidv = list(
        load_workbook(next(out.glob(f"*{BIDV}*.xlsx")), read_only=True)
        .worksheets[0]
        .iter_rows(values_only=True)
    )
    assert bidv == [("Số tài khoản", "Số tiền"), ("5566778899", 2_866_000)]
    agri = list(
        load_workbook(next(out.glob(f"*{AGRIBANK}*.xlsx")), read_only=True)
        .worksheets[0]
        .iter_rows(values_only=True)
    )
    assert agri[0][0] == "STT" and len(agri[0]) == 6  # the other banks keep the default


def test_with_clerks_transfers_prepares_and_an_approver_writes_the_batches(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    _flag, folder = _office(tmp_path)
    monkeypatch.setenv("PAYOUT_DESK_BY_PIN", CLERK_PIN)
    assert cli("office", "clerks", "add", "Mai", "--role", "approver", "--data-dir", folder).code == 0
    assert (
        cli("office", "clerks", "add", "Tú", "--role", "clerk", "--by", "Mai", "--data-dir", folder).code == 0
    )
    out = tmp_path / "out"
    prepared = cli("office", "transfers", "--month", MONTH, "--out", out, "--bank", "BIDV", "--clerk", "Tú",
                   "--data-dir", folder, "--json")  # fmt: skip
    assert prepared.code == 0, prepared.err
    item = prepared.json["pending"]
    assert (item["kind"], item["what"], item["prepared_by"]) == (
        "bank",
        {"bank": BIDV, "month": MONTH},
        "Tú",
    ) and not out.exists()
    approved = cli(
        "office", "approve", str(item["id"]), "--out", out, "--clerk", "Mai", "--data-dir", folder, "--json"
    )
    assert approved.code == 0, approved.err
    assert sorted(Path(f).suffix for f in approved.json["item"]["files"]) == [".json", ".pdf", ".xlsx"]
    assert cli("office", "transfers-verify", out, "--clerk", "Mai", "--data-dir", folder).code == 0
