"""`payout-desk audit verify`: a clean round passes on both desks; the SQLite file changed behind the
app's back (an event's body, its hash, an event deleted mid-chain, a signature image) is reported, naming
the event, with exit code 3."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from payout_desk.services.point.pay import PayoutRequest
from payout_desk.store.database import DB_FILE_NAME
from tests.cli.conftest import Cli
from tests.roundkit import Round, png


@pytest.fixture
def synced(game: Round) -> Round:
    """Device 1 received the round's cash (#1), paid three people (with signatures, #2–#4) and the office
    took in its sync file."""
    for shade, code in enumerate(("NCC001", "NCC004", "NCC005")):
        game.devices[0].pay.record(PayoutRequest(code, signature_png=png(shade=shade)))
    [outcome] = game.office.imports.files([game.export(0)]).files
    assert outcome.status == "imported"
    return game


def tamper(data_dir: Path, sql: str, *params: object) -> None:
    """Change the database file directly, as someone with the file and an SQLite tool could."""
    connection = sqlite3.connect(data_dir / DB_FILE_NAME)
    try:
        assert connection.execute(sql, params).rowcount == 1
        connection.commit()
    finally:
        connection.close()


def event_at(data_dir: Path, seq: int) -> tuple[str, str]:
    connection = sqlite3.connect(data_dir / DB_FILE_NAME)
    try:
        row = connection.execute("SELECT event_id, device_id FROM events WHERE seq = ?", (seq,)).fetchone()
    finally:
        connection.close()
    return row[0], row[1]


def audit(cli: Cli, data_dir: Path) -> tuple[int, dict]:
    outcome = cli("audit", "verify", "--json", "--data-dir", data_dir)
    return outcome.code, outcome.json


@pytest.mark.parametrize("desk", ["office", "point"])
def test_a_clean_round_passes_on_both_desks(synced: Round, cli: Cli, desk: str) -> None:
    data_dir = synced.office.data_dir if desk == "office" else synced.devices[0].data_dir
    code, report = audit(cli, data_dir)
    assert (code, report["ok"], report["breaks"]) == (0, True, [])
    assert report["checked"]["events"] == 4 and report["checked"]["chains"] == 1
    assert report["checked"]["signature_images"] == 3
    assert report["checked"]["sync_imports"] == (1 if desk == "office" else 0)
    assert report["checked"]["list_bodies"] == (2 if desk == "office" else 0)  # P01 and P02, revision 1
    text = cli("audit", "verify", "--data-dir", data_dir)
    assert text.code == 0 and "No break" in text.out


def _edit_body(d: Path, eid: str) -> None:
    tamper(
        d,
        "UPDATE events SET body = replace(body, '\"amount\":2790000', '\"amount\":2990000') WHERE event_id = ?",
        eid,
    )


def _edit_hash(d: Path, eid: str) -> None:
    tamper(d, "UPDATE events SET hash = ? WHERE event_id = ?", "ab" * 32, eid)


def _edit_amount_column(d: Path, eid: str) -> None:
    tamper(d, "UPDATE events SET amount = amount + 1000000 WHERE event_id = ?", eid)


def _delete(d: Path, eid: str) -> None:
    tamper(d, "DELETE FROM events WHERE event_id = ?", eid)


CASES: dict[str, tuple[Callable[[Path, str], None], int, list[str], str]] = {
    # name: (tamper the event at seq 2, reported at seq, kinds, words of the reason)
    "an event's body": (
        _edit_body,
        2,
        ["event-hash", "event-body", "chain"],
        "does not match the event's body",
    ),
    "an event's hash": (_edit_hash, 2, ["event-hash"], "does not match the event's body"),
    "an event's amount column": (_edit_amount_column, 2, ["event-body"], "amount disagree"),
    "an event deleted mid-chain": (_delete, 3, ["chain"], "event #3 missing"),
}


@pytest.mark.parametrize("desk", ["office", "point"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_tampered_event_is_reported_naming_it(synced: Round, cli: Cli, desk: str, case: str) -> None:
    change, seq, kinds, words = CASES[case]
    data_dir = synced.office.data_dir if desk == "office" else synced.devices[0].data_dir
    which = 3 if case == "an event deleted mid-chain" else 2  # #2 is NCC001's payout of 2,790,000
    event_id, device = event_at(data_dir, which)
    change(data_dir, event_id)
    code, report = audit(cli, data_dir)
    assert code == 3 and report["ok"] is False
    first = report["breaks"][0]
    if case == "an event deleted mid-chain":  # the break is where the chain resumes: event #4
        assert (first["seq"], first["device"]) == (4, device), report
        assert "from event #2 to #4" in first["reason"] and words in first["reason"]
    else:
        assert (first["event_id"], first["device"], first["seq"]) == (event_id, device, seq), report
        assert words in first["reason"]
    got = [b["kind"] for b in report["breaks"]]
    assert got == kinds, report
    text = cli("audit", "verify", "--data-dir", data_dir)
    assert text.code == 3 and (event_id if case != "an event deleted mid-chain" else "#4") in text.out


def test_the_last_event_deleted_at_the_office_breaks_the_sync_files_head(synced: Round, cli: Cli) -> None:
    data_dir = synced.office.data_dir
    event_id, device = event_at(data_dir, 4)
    _delete(data_dir, event_id)
    code, report = audit(cli, data_dir)
    assert code == 3 and [(b["kind"], b["device"], b["seq"]) for b in report["breaks"]] == [
        ("sync-head", device, 4)
    ]


@pytest.mark.parametrize("desk", ["office", "point"])
def test_a_changed_or_missing_signature_image_is_reported(synced: Round, cli: Cli, desk: str) -> None:
    data_dir = synced.office.data_dir if desk == "office" else synced.devices[0].data_dir
    connection = sqlite3.connect(data_dir / DB_FILE_NAME)
    [(sha, png)] = connection.execute("SELECT sha256, png FROM signature_images LIMIT 1").fetchall()
    [(other,)] = connection.execute(
        "SELECT sha256 FROM signature_images WHERE sha256 != ? LIMIT 1", (sha,)
    ).fetchall()
    connection.close()
    tamper(data_dir, "UPDATE signature_images SET png = ? WHERE sha256 = ?", png + b"\0", sha)
    tamper(data_dir, "DELETE FROM signature_images WHERE sha256 = ?", other)
    code, report = audit(cli, data_dir)
    assert code == 3
    kinds = {(b["kind"], b.get("what")) for b in report["breaks"] if b["kind"] == "signature-image"}
    assert kinds == {("signature-image", sha)}
    [missing] = [b for b in report["breaks"] if b["kind"] == "missing-signature"]
    assert other in missing["reason"] and missing["event_id"] and missing["seq"] in (2, 3, 4)


def test_audit_on_a_folder_with_no_desk_says_so(cli: Cli, tmp_path: Path) -> None:
    outcome = cli("audit", "verify", "--data-dir", tmp_path / "nothing")
    assert outcome.code not in {0, 3} and outcome.err.startswith("payout-desk:")


def test_a_changed_list_body_at_the_office_is_reported(synced: Round, cli: Cli) -> None:
    """The office signs each new list file from its stored beneficiaries: a changed amount there would
    travel signed. (NCC001's amount is 2,790,000.)"""
    data_dir = synced.office.data_dir
    tamper(
        data_dir,
        "UPDATE list_bodies SET beneficiaries_json = replace(beneficiaries_json, '2790000', '2990000') "
        "WHERE beneficiaries_json LIKE '%2790000%'",
    )
    code, report = audit(cli, data_dir)
    assert code == 3
    [found] = report["breaks"]
    assert found["kind"] == "list-body" and "revision 1" in found["what"] and "P01" in found["reason"], found
