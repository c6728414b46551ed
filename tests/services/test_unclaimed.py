"""The unclaimed watch (issue 15, item 4): `office.unclaimed` over months, its thresholds, and the history
each beneficiary carries on a point's list (list.json's "history", kept in list_entries.history)."""

from __future__ import annotations

import pytest

from payout_desk.domain.history import Outcome, unclaimed_run
from payout_desk.domain.list_history import ListHistory
from payout_desk.services.common.errors import InvalidInput
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.store.month_history import month_lines
from payout_desk.store.unclaimed import histories, month_outcomes
from tests.monthskit import lines_back
from tests.roundkit import Round, next_month
from tests.services.test_person_history import december

JANUARY, FEBRUARY, MARCH = "2027-01", "2027-02", "2027-03"


def three_months(game: Round) -> None:
    """December (tests/services/test_person_history.december), then January and February in which only
    NCC001 collects."""
    december(game)
    for month in (JANUARY, FEBRUARY):
        next_month(game, month)
        game.devices[0].pay.record(PayoutRequest("NCC001", thumbprint=True, staff="Lan"))
        game.office.imports.files([game.export(0, f"{month}.pdsync")])


@pytest.mark.devices(1)
def test_people_not_collected_for_months_in_a_row(game: Round) -> None:
    three_months(game)
    watch = game.office.unclaimed.watch(3)
    assert watch.month == FEBRUARY and watch.thresholds.flag == 2 and watch.thresholds.suspend == 6
    codes = [p.code for p in watch.people]
    assert "NCC001" not in codes and "NCC004" not in codes  # NCC004 collected in December
    absent = next(p for p in watch.people if p.code == "NCC005")
    assert absent.run == 3 and absent.months == ("2026-12", JANUARY, FEBRUARY)
    assert absent.amounts == (2_794_000,) * 3 and absent.total == 3 * 2_794_000
    assert absent.point_code == "P01" and not absent.suspend
    two = game.office.unclaimed.watch(2, JANUARY)
    assert {p.code for p in two.people} >= {"NCC005", "NCC099"}
    assert "NCC004" not in {p.code for p in two.people}
    assert all(p.run == 2 and p.months[-1] == JANUARY for p in two.people)

    game.office.unclaimed.set_thresholds(flag=2, suspend=3)
    assert game.office.unclaimed.watch().to_suspend == len(game.office.unclaimed.watch(3).people)


@pytest.mark.devices(1)
def test_bad_input_is_one_sentence_and_changes_nothing(game: Round) -> None:
    with pytest.raises(InvalidInput, match="whole number from 1"):
        game.office.unclaimed.watch("0")
    with pytest.raises(InvalidInput, match="whole number from 1"):
        game.office.unclaimed.watch("two")
    with pytest.raises(InvalidInput, match="No list has been issued for 2031-05"):
        game.office.unclaimed.watch(2, "2031-05")
    with pytest.raises(InvalidInput, match="cannot be more than"):
        game.office.unclaimed.set_thresholds(flag=7)
    assert game.office.unclaimed.thresholds().flag == 2


@pytest.mark.devices(1)
def test_the_list_carries_each_persons_last_months(game: Round) -> None:
    three_months(game)
    with game.office.db.reading() as session:
        people = histories(session, FEBRUARY, 2)
    assert people["NCC005"] == ListHistory((("2026-12", Outcome.UNPAID), (JANUARY, Outcome.UNPAID)), 2, 2)
    assert people["NCC001"].unclaimed == 0 and people["NCC004"].months[0] == ("2026-12", Outcome.PAID)

    seen = game.devices[0].roster.detail("NCC005")  # the point keeps it with the entry
    assert seen.history is not None and seen.history.flagged
    assert seen.history.line().vi == "T12 chưa nhận · T1 chưa nhận"
    assert game.devices[0].roster.detail("NCC001").history is not None
    assert not game.devices[0].roster.detail("NCC001").history.flagged  # type: ignore[union-attr]


@pytest.mark.devices(1)
def test_the_first_month_carries_no_history_and_reissue_is_the_same_bytes(game: Round) -> None:
    december(game)
    folder = next_month(game, JANUARY)
    first = (folder / f"P01_{JANUARY}.pdlist").read_bytes()
    game.office.lists.issue(JANUARY, game.root / "again")
    assert (game.root / "again" / f"P01_{JANUARY}.pdlist").read_bytes() == first
    assert game.devices[0].roster.detail("NCC005").history == ListHistory(
        (("2026-12", Outcome.UNPAID),), 1, 2
    )


@pytest.mark.devices(1)
def test_a_month_read_lean_says_what_the_full_reading_says(game: Round) -> None:
    december(game)
    game.office.amendments.amend(
        "2026-12", "P01", game.root / "amend", stop="NCC007", reason="deceased", day="2026-12-01"
    )
    with game.office.db.reading() as session:
        full, lean = month_lines(session, "2026-12"), month_outcomes(session, "2026-12")
    assert full.keys() == lean.keys()
    for code, line in full.items():
        seen = lean[code]
        assert (seen.outcome, seen.amount, seen.point_code, seen.exception, seen.stop_reason, seen.name) == (
            line.outcome,
            line.amount,
            line.point_code,
            line.exception,
            line.stop_reason,
            line.name,
        )
    assert lean["NCC007"].outcome == Outcome.STOPPED and lean["NCC001"].outcome == Outcome.PAID


@pytest.mark.devices(1)
def test_a_long_run_goes_on_from_what_the_oldest_list_carried(game: Round) -> None:
    three_months(game)
    next_month(game, MARCH)  # nobody collects in March
    with game.office.db.reading() as session:
        carried = histories(session, "2027-04", 2)["NCC005"]  # reads March, February, January only
        full = unclaimed_run(lines_back(session, MARCH)["NCC005"])
    assert carried.unclaimed == full == 4 and carried.flagged
    assert [m for m, _ in carried.months] == [JANUARY, FEBRUARY, MARCH]
    assert game.office.unclaimed.watch(4).people[0].months == ("2026-12", JANUARY, FEBRUARY, MARCH)


@pytest.mark.devices(1)
def test_histories_kept_on_entries_before_0008_move_to_one_row_per_revision_and_back(game: Round) -> None:
    """0008_histories15: an office's histories kept on its list entries (issue 15 as first built) move to
    list_histories, one row per revision; the entries keep none; downgrading puts them back."""
    from alembic import command
    from sqlalchemy import text

    from payout_desk.store.migrate import alembic_config, upgrade_to_head
    from payout_desk.store.unclaimed import kept_histories, stamped_histories

    three_months(game)
    with game.office.db.reading() as session:
        ids = [i for (i,) in session.execute(text("select id from payout_lists where status = 'issued'"))]
        before = kept_histories(session, ids)
    assert all(before.values())  # a revision with nobody's history keeps no row
    assert before and any("NCC005" in kept for kept in before.values())
    engine = game.office.db.engine
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007_cash16")
    with engine.connect() as connection:
        on_entries = connection.execute(
            text("select payout_list_id, code, history from list_entries where history is not null")
        ).all()
        assert "list_histories" not in {
            r for (r,) in connection.execute(text("select name from sqlite_master"))
        }
    assert {(i, code): h for i, code, h in on_entries} == {
        (i, code): h for i, kept in before.items() for code, h in kept.items()
    }
    upgrade_to_head(engine)
    with game.office.db.reading() as session:
        assert kept_histories(session, ids) == before
        assert all(stamped_histories(session, i) == before.get(i, {}) for i in ids)
        left = session.execute(text("select count(*) from list_entries where history is not null")).scalar()
    assert left == 0
    next_month(game, "2027-03")  # and the next month's issue reads them on as before
    seen = game.devices[0].roster.detail("NCC005").history
    assert seen is not None and seen.unclaimed == 3
