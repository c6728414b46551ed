"""`office import-register` against history, `office holds|hold|release|confirm-stop` and `issue-lists`'s
"held" (issue 15, item 2): JSON keys, exit codes, bad input changing nothing."""

from __future__ import annotations

import pytest

from payout_desk.store.models import Hold
from tests.cli.conftest import Cli
from tests.roundkit import Round, default_rows, write_register
from tests.services.test_person_history import december

JANUARY = "2027-01"


def holds_in(game: Round) -> int:
    with game.office.db.reading() as session:
        return len(list(session.query(Hold)))


@pytest.mark.devices(1)
def test_the_month_after_a_death_holds_and_releases_by_command(game: Round, cli: Cli) -> None:
    december(game)  # NCC002 reported deceased at P01
    office = ("--data-dir", game.root / "office")
    register = write_register(game.root / "jan.csv", default_rows())
    game.close()
    imported = cli(
        "office", "import-register", register, "--month", JANUARY, "--confirm-month", "--json", *office
    )
    assert imported.code == 0, imported.err
    payload = imported.json
    assert payload["held"] == 1 and payload["committed"] is True
    [warning] = [w for w in payload["warnings"] if w["code"] == "reported_deceased"]
    assert warning["person"] == "NCC002" and warning["row"] == 3 and warning["evidence"]["source"] == "point"
    assert set(warning) >= {"row", "column", "code", "message", "person", "evidence"}

    words = cli("office", "holds", "--month", JANUARY, *office)
    assert words.code == 0 and "NCC002" in words.out
    listed = cli("office", "holds", "--month", JANUARY, "--json", *office).json
    assert listed["held"] == 1 and listed["holds"][0]["kind"] == "reported_deceased"
    assert listed["holds"][0]["evidence"]["reported_by"] == "trưởng ấp Ba"

    issued = cli("office", "issue-lists", "--month", JANUARY, "--out", game.root / "jan", "--json", *office)
    assert issued.code == 0, issued.err
    assert issued.json["held"] == 1 and {"month", "files"} <= set(issued.json)

    released = cli(
        "office", "release", "NCC002", "--month", JANUARY, "--reason", "báo nhầm", "--by", "Hà", "--json",
        "--out", game.root / "amend", *office,
    )  # fmt: skip
    assert released.code == 0, released.err
    assert released.json["listed"] == "amendment" and released.json["amendment"].endswith(".pdamend")
    assert released.json["hold"]["decided_by"] == "Hà" and released.json["hold"]["state"] == "released"


@pytest.mark.devices(1)
def test_bad_requests_give_one_sentence_and_change_nothing(game: Round, cli: Cli) -> None:
    office = ("--data-dir", game.root / "office")
    register = write_register(game.root / "jan.csv", default_rows())
    game.office.registers.import_file(register, JANUARY, confirm_month=True)
    before = holds_in(game)
    game.close()
    never = cli("office", "release", "NCC001", "--month", JANUARY, "--reason", "x", *office)
    assert never.code == 3 and ("không bị giữ lại" in never.err or "not held" in never.err)
    assert len(never.err.strip().splitlines()) == 1
    unknown = cli("office", "hold", "NOPE", "--month", JANUARY, "--reason", "x", *office)
    assert unknown.code == 3
    no_month = cli("office", "holds", "--month", "2027-05", *office)
    assert no_month.code == 3
    no_reason = cli("office", "confirm-stop", "NCC001", "--month", JANUARY, *office)
    assert no_reason.code == 2
    empty_reason = cli("office", "hold", "NCC001", "--month", JANUARY, "--reason", " ", *office)
    assert empty_reason.code == 2
    assert holds_in(game) == before == 0
    made = cli("office", "hold", "NCC001", "--month", JANUARY, "--reason", "chờ xác minh", "--json", *office)
    assert made.code == 0 and made.json["hold"]["held_by"] == "Bưu điện huyện Mang Thít"
    confirmed = cli(
        "office", "confirm-stop", "NCC001", "--month", JANUARY, "--reason", "đã mất", "--json", *office
    )
    assert confirmed.code == 0 and confirmed.json["listed"] == "" and confirmed.json["amendment"] is None
    assert holds_in(game) == 2
