"""A person whose register code changed (same CCCD, `person_links`) is one person month to month (issue 15
loose ends): the unclaimed watch, the history their list carries and the carry of arrears follow the
link, as `office person` does."""

from __future__ import annotations

from pathlib import Path

from payout_desk.domain.history import Outcome
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.store.links import aliases, code_groups
from payout_desk.store.lists import newest_lists_of_month
from payout_desk.store.unclaimed import stamped_histories
from tests.roundkit import Round, make_round, next_month, person_row

DECEMBER, JANUARY, FEBRUARY = "2026-12", "2027-01", "2027-02"
CCCD = "079123456{:03d}"


def rows(new_code: bool) -> list[str]:
    """Five people with a CCCD; from January NCC005 is listed under the code NCC505."""
    found = [person_row(i, cccd=CCCD.format(i)) for i in range(1, 5)]
    found.append(person_row(5, cccd=CCCD.format(5), code="NCC505" if new_code else None))
    return found


def pay_one(game: Round, month: str) -> None:
    game.devices[0].pay.record(PayoutRequest("NCC001", thumbprint=True, staff="Lan"))
    game.office.imports.files([game.export(0, f"{month}.pdsync")])


def start(tmp_path: Path) -> Round:
    game = make_round(tmp_path, devices=1, rows=rows(False))
    pay_one(game, DECEMBER)
    return game


def test_the_unclaimed_run_and_the_lists_history_follow_a_new_code(tmp_path: Path) -> None:
    game = start(tmp_path)
    try:
        for month in (JANUARY, FEBRUARY):
            next_month(game, month, rows(True))
            pay_one(game, month)
        watch = {p.code: p for p in game.office.unclaimed.watch(3).people}
        assert "NCC005" not in watch
        assert watch["NCC505"].run == 3 and watch["NCC505"].months == (DECEMBER, JANUARY, FEBRUARY)

        with game.office.db.reading() as session:
            (january,) = newest_lists_of_month(session, JANUARY)
            (february,) = newest_lists_of_month(session, FEBRUARY)
            assert '"unclaimed":1' in stamped_histories(session, january.id)["NCC505"]
            assert '"unclaimed":2' in stamped_histories(session, february.id)["NCC505"]
        person = game.office.people.person("NCC505")  # office person already follows the link
        assert [(m.code, m.outcome) for m in person.months[:1]] == [("NCC005", Outcome.UNPAID)]
    finally:
        game.close()


def test_arrears_are_carried_under_the_new_code(tmp_path: Path) -> None:
    game = start(tmp_path)
    try:
        game.office.closing.close(DECEMBER)
        next_month(game, JANUARY, rows(True))
        result = game.office.closing.carry(DECEMBER, JANUARY)
        carried = {c.code: c for c in result.carried}
        assert "NCC505" in carried and "NCC005" not in carried
        assert not [s for s in result.skipped if s.code == "NCC005"]
        assert carried["NCC505"].months == (DECEMBER,)
        again = game.office.closing.carry(DECEMBER, JANUARY)  # nothing twice
        assert again.carried == [] and {s.reason for s in again.skipped} == {"already_carried"}
    finally:
        game.close()


def test_code_groups_follow_links_any_number_of_steps(tmp_path: Path) -> None:
    game = start(tmp_path)
    try:
        next_month(game, JANUARY, rows(True))
        third = [*rows(True)[:4], person_row(5, cccd=CCCD.format(5), code="NCC905")]
        next_month(game, FEBRUARY, third)
        with game.office.db.reading() as session:
            groups = code_groups(session)
        assert groups == dict.fromkeys(("NCC005", "NCC505", "NCC905"), "NCC005")
        assert aliases(groups, ["NCC905", "NCC001"]) == dict.fromkeys(
            ("NCC005", "NCC505", "NCC905"), "NCC905"
        )
    finally:
        game.close()
