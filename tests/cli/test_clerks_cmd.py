"""`payout-desk office clerks|pending|approve|reject`, --clerk on every office command, `audit export`."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from payout_desk.services.point.pay import PayoutRequest
from payout_desk.store.office_roles import all_actions
from tests.cli.conftest import Cli
from tests.roundkit import CLERK_PIN, MONTH, Round


@pytest.fixture
def office(cli: Cli, game: Round, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The round's office with an approver (Mai), a clerk (Tú) and a second approver (Bảo)."""
    folder = game.office.data_dir
    monkeypatch.setenv("PAYOUT_DESK_BY_PIN", CLERK_PIN)
    assert cli("office", "clerks", "add", "Mai", "--role", "approver", "--data-dir", folder).code == 0
    for name, role in (("Tú", "clerk"), ("Bảo", "approver")):
        done = cli("office", "clerks", "add", name, "--role", role, "--by", "Mai", "--data-dir", folder)
        assert done.code == 0, done.err
    return folder


def test_clerks_are_listed_with_their_roles(cli: Cli, office: Path) -> None:
    listed = cli("office", "clerks", "list", "--clerk", "Tú", "--data-dir", office, "--json").json
    assert [(c["name"], c["role"]) for c in listed["clerks"]] == [
        ("Bảo", "approver"),
        ("Mai", "approver"),
        ("Tú", "clerk"),
    ]


def test_an_office_with_clerks_asks_who_is_working(cli: Cli, office: Path) -> None:
    done = cli("office", "status", "--month", MONTH, "--data-dir", office)
    assert done.code == 2 and "--clerk" in done.err and len(done.err.strip().splitlines()) == 1
    wrong = cli("office", "status", "--month", MONTH, "--data-dir", office, "--clerk", "Ai đó")
    assert wrong.code == 2 and "not a clerk" in wrong.err


def prepare_stop(cli: Cli, office: Path, out: Path) -> Any:
    """Tú (a clerk) prepares a stop of NCC004 at P01: a pending item for an approver."""
    stop = ("--point", "P01", "--stop", "NCC004", "--reason", "moved", "--date", "2026-12-03")
    return cli(
        "office",
        "amend",
        "--month",
        MONTH,
        *stop,
        "--out",
        out,
        "--clerk",
        "Tú",
        "--data-dir",
        office,
        "--json",
    )


def test_a_clerk_prepares_and_another_approves_and_signs(cli: Cli, office: Path, tmp_path: Path) -> None:
    out = tmp_path / "amend"
    prepared = prepare_stop(cli, office, out)
    assert prepared.code == 0, prepared.err
    item = prepared.json["pending"]
    assert item["prepared_by"] == "Tú" and item["state"] == "pending" and not out.exists()
    by_clerk = cli("office", "approve", str(item["id"]), "--out", out, "--clerk", "Tú", "--data-dir", office)
    assert by_clerk.code == 3 and "not an approver" in by_clerk.err and not out.exists()
    waiting = cli("office", "pending", "--clerk", "Bảo", "--data-dir", office, "--json").json["items"]
    assert [i["id"] for i in waiting] == [item["id"]]
    approved = cli(
        "office", "approve", str(item["id"]), "--out", out, "--clerk", "Bảo", "--data-dir", office, "--json"
    )
    assert approved.code == 0, approved.err
    assert approved.json["item"]["decided_by"] == "Bảo"
    assert [Path(f).exists() for f in approved.json["item"]["files"]] == [True]


def test_approving_ones_own_item_is_refused_then_it_is_rejected(
    cli: Cli, office: Path, tmp_path: Path
) -> None:
    lists = tmp_path / "lists-again"
    issued = cli(
        "office",
        "issue-lists",
        "--month",
        MONTH,
        "--out",
        lists,
        "--clerk",
        "Mai",
        "--data-dir",
        office,
        "--json",
    )
    assert issued.code == 0 and not lists.exists()
    item = issued.json["pending"]["id"]
    own = cli("office", "approve", str(item), "--out", lists, "--clerk", "Mai", "--data-dir", office)
    assert own.code == 3 and "prepared item" in own.err and len(own.err.strip().splitlines()) == 1
    assert not lists.exists()
    rejected = cli(
        "office", "reject", str(item), "--reason", "chưa đối chiếu", "--clerk", "Bảo", "--data-dir", office
    )
    assert rejected.code == 0
    assert cli("office", "pending", "--clerk", "Bảo", "--data-dir", office, "--json").json["items"] == []


def test_audit_export_lists_every_action_with_its_clerk(cli: Cli, office: Path, tmp_path: Path) -> None:
    out = tmp_path / "amend"
    item = prepare_stop(cli, office, out)
    approve = ("office", "approve", str(item.json["pending"]["id"]), "--out", out, "--clerk", "Bảo")
    assert cli(*approve, "--data-dir", office).code == 0
    folder = tmp_path / "inspection"
    done = cli(
        "audit", "export", "--month", MONTH, "--out", folder, "--clerk", "Mai", "--data-dir", office, "--json"
    )
    assert done.code == 0, done.err
    assert done.json["verify_ok"] and done.json["office_actions_chain_ok"]
    with (folder / "office_actions.csv").open(encoding="utf-8-sig") as handle:
        actions = list(csv.DictReader(handle))
    who = {(a["clerk"], a["action"]) for a in actions}
    assert ("Tú", "amend.prepared") in who and ("Bảo", "amend.approved") in who
    assert not {a for _c, a in who} & {"amend", "approve"}  # the approval carried the step out: one action
    assert all(a["hash_ok"] == "True" and len(a["hash"]) == 64 for a in actions)
    everything = json.loads((folder / "audit.json").read_text(encoding="utf-8"))
    assert everything["audit_verify"]["ok"] and everything["pending_items"][0]["decided_by"] == "Bảo"
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert "SHA-256" in readme and "audit.json" in readme


def test_an_office_without_clerks_keeps_its_commands(cli: Cli, game: Round, tmp_path: Path) -> None:
    out = tmp_path / "amend"
    stop = ("--point", "P01", "--stop", "NCC004", "--reason", "moved", "--date", "2026-12-03")
    done = cli("office", "amend", "--month", MONTH, *stop, "--out", out, "--data-dir", game.office.data_dir)
    assert done.code == 0 and list(out.iterdir())
    with game.office.db.reading() as session:
        assert list(all_actions(session)) == []  # one anonymous desk: nothing written


def test_each_command_is_written_once_and_reading_ones_not_at_all(
    cli: Cli, game: Round, office: Path, tmp_path: Path
) -> None:
    game.devices[0].pay.record(PayoutRequest("NCC001", thumbprint=True))
    sync = game.export(0)
    tu = ("--clerk", "Tú", "--data-dir", office)
    with game.office.db.reading() as session:
        before = len(all_actions(session))
    assert cli("office", "import", sync, *tu).code == 0
    assert (
        cli("office", "cash", "issue", "--point", "P01", "--amount", "2000000", "--month", MONTH, *tu).code
        == 0
    )
    assert cli("report", "signature-sheet", "--month", MONTH, "--out", tmp_path / "k.pdf", *tu).code == 0
    for reading in (
        ("office", "status", "--month", MONTH),
        ("office", "pending"),
        ("office", "clerks", "list"),
    ):
        assert cli(*reading, *tu).code == 0
    refused = cli("office", "cash", "issue", "--point", "P99", "--amount", "1", "--month", MONTH, *tu)
    assert refused.code == 3
    with game.office.db.reading() as session:
        written = [(a.clerk, a.action, a.month) for a in all_actions(session)][before:]
    assert written == [
        ("Tú", "import-sync", MONTH),
        ("Tú", "cash-issue", MONTH),
        ("Tú", "print-signature-sheet", MONTH),
    ]
