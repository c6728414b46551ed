"""Issue 16's acceptance on PostgreSQL, through the command line: the key holder's desk and a clerk's desk
without any key share one database; the clerk imports the points' sync files and prints the papers; an
amendment the clerk prepares is approved and signed by a second person; the audit export lists every
action with its clerk."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Cli
from tests.roundkit import CLERK_PIN, MONTH, default_rows, png, write_register

pytestmark = pytest.mark.pg


class Office:
    def __init__(self, cli: Cli, root: Path, url: str) -> None:
        self.cli, self.root, self.url = cli, root, url

    def run(self, *args: str | Path, desk: str, clerk: str | None = None, code: int = 0) -> Any:
        where = ("--data-dir", self.root / desk) + (("--db", self.url) if desk != "d1" else ())
        who = ("--clerk", clerk) if clerk else ()
        outcome = self.cli(*args, *where, *who, "--json")
        assert outcome.code == code, (args, outcome.err)
        return outcome.json if code == 0 else outcome.err


def test_a_keyless_clerk_imports_and_prints_and_a_second_person_signs(
    cli: Cli, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAYOUT_DESK_BY_PIN", CLERK_PIN)
    o = Office(cli, tmp_path, pg_url)
    o.run("keys", "init", "--role", "office", "--name", "Bưu điện huyện Mang Thít", desk="keyholder")
    o.run("office", "clerks", "add", "Mai", "--role", "approver", desk="keyholder")
    o.run("office", "clerks", "add", "Tú", "--role", "clerk", "--by", "Mai", desk="keyholder")
    o.run("office", "clerks", "add", "Bảo", "--role", "approver", "--by", "Mai", desk="keyholder")
    register = write_register(tmp_path / "register.csv", default_rows())
    o.run("office", "import-register", register, "--month", MONTH, desk="tu", clerk="Tú")
    key = o.run("keys", "init", "--role", "point", "--name", "An Phước máy 1", desk="d1")
    enrol = (
        "office",
        "enroll-device",
        "--point",
        "P01",
        "--public-key",
        key["public_key"],
        "--name",
        "máy 1",
    )
    o.run(*enrol, desk="tu", clerk="Tú")
    item = o.run("office", "issue-lists", "--month", MONTH, "--out", tmp_path / "x", desk="tu", clerk="Tú")
    lists = tmp_path / "lists"
    o.run("office", "approve", str(item["pending"]["id"]), "--out", lists, desk="keyholder", clerk="Mai")
    fingerprint = o.run("keys", "show", desk="keyholder")["fingerprint"]
    o.run("point", "load", lists / "P01_2026-12.pdlist", "--trust-office", fingerprint, desk="d1")
    o.run("point", "staff", "add", "Lan", desk="d1")
    (tmp_path / "sig.png").write_bytes(png())
    o.run("point", "cash", "receive", "10.000.000", "--staff", "Lan", desk="d1")  # the cash guard (issue 16)
    for code in ("NCC001", "NCC002"):
        o.run("point", "pay", code, "--signature", tmp_path / "sig.png", "--staff", "Lan", desk="d1")
    o.run("point", "export", "--out", tmp_path / "d1.pdsync", desk="d1")

    # Tú's desk holds no key at all: the import opens the file with the office's opening key
    assert not any((tmp_path / "tu").glob("*key*"))
    imported = o.run("office", "import", tmp_path / "d1.pdsync", desk="tu", clerk="Tú")
    assert [f["status"] for f in imported["files"]] == ["imported"]
    status = o.run("office", "status", "--month", MONTH, desk="tu", clerk="Tú")
    assert next(p for p in status["points"] if p["code"] == "P01")["paid_count"] == 2
    sheet = o.run(
        "report",
        "signature-sheet",
        "--month",
        MONTH,
        "--out",
        tmp_path / "ky-nhan.pdf",
        desk="tu",
        clerk="Tú",
    )
    assert Path(sheet["path"]).stat().st_size > 0
    o.run("report", "settlement", "--month", MONTH, "--out", tmp_path / "tqt.pdf", desk="tu", clerk="Tú")

    stop = ("--point", "P01", "--stop", "NCC004", "--reason", "moved", "--date", "2026-12-03")
    out = tmp_path / "amend"
    item = o.run("office", "amend", "--month", MONTH, *stop, "--out", out, desk="tu", clerk="Tú")["pending"]
    refused = o.run("office", "approve", str(item["id"]), "--out", out, desk="tu", clerk="Tú", code=3)
    assert "not an approver" in refused and not out.exists()
    approved = o.run("office", "approve", str(item["id"]), "--out", out, desk="keyholder", clerk="Bảo")
    assert approved["item"]["prepared_by"] == "Tú" and approved["item"]["decided_by"] == "Bảo"
    assert [Path(f).exists() for f in approved["item"]["files"]] == [True]

    folder = tmp_path / "inspection"
    done = o.run("audit", "export", "--month", MONTH, "--out", folder, desk="tu", clerk="Tú")
    assert done["verify_ok"] and done["office_actions_chain_ok"] and done["events"] >= 2
    with (folder / "office_actions.csv").open(encoding="utf-8-sig") as handle:
        actions = {(row["clerk"], row["action"]) for row in csv.DictReader(handle)}
    assert {
        ("Tú", "import-register"),
        ("Tú", "enroll-device"),
        ("Tú", "issue-lists.prepared"),
        ("Mai", "issue-lists.approved"),
        ("Tú", "import-sync"),
        ("Tú", "print-signature-sheet"),
        ("Tú", "print-settlement"),
        ("Tú", "amend.prepared"),
        ("Bảo", "amend.approved"),
    } <= actions
