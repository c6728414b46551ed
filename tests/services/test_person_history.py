"""A person across months at the office (issue 15, item 1): `office.people.person` and `office person`."""

from __future__ import annotations

import pytest

from payout_desk.domain.history import (
    DeathRecord,
    Outcome,
    Payment,
    PersonMonth,
    recent_line,
    recoverable,
    unclaimed_run,
)
from payout_desk.services.common.errors import UsageError
from payout_desk.services.point.pay import PayoutRequest, Proxy
from payout_desk.store.month_history import death_records, month_lines
from tests.roundkit import Round, next_month

JANUARY = "2027-01"


def december(game: Round) -> None:
    one = game.devices[0]
    one.pay.record(PayoutRequest("NCC001", thumbprint=True, staff="Lan"))
    one.pay.record(
        PayoutRequest(
            "NCC004", thumbprint=True, staff="Hùng", proxy=Proxy("Lê Thị Tư", "079123456789", "con", "UQ-7")
        )
    )
    one.records.report("NCC002", "deceased", day="2026-11-28", reported_by="trưởng ấp Ba", staff="Lan")
    one.records.report("NCC005", "absent", staff="Lan")
    game.office.imports.files([game.export(0)])


@pytest.mark.devices(1)
def test_one_person_across_two_months(game: Round) -> None:
    december(game)
    next_month(game, JANUARY)
    game.devices[0].pay.record(PayoutRequest("NCC001", thumbprint=True, staff="Lan"))
    game.office.imports.files([game.export(0, "jan.pdsync")])

    paid = game.office.people.person("NCC001")
    assert [(m.month, m.outcome, m.point_code) for m in paid.months] == [
        ("2026-12", Outcome.PAID, "P01"),
        (JANUARY, Outcome.PAID, "P01"),
    ]
    assert paid.months[0].paid is not None and paid.months[0].paid.staff == "Lan"
    assert paid.months[0].paid.device == "An Phước máy 1"
    assert paid.issued == paid.paid == 2 * 2_790_000
    assert paid.unclaimed == 0 and paid.death is None

    proxy = game.office.people.person("NCC004").months[0]
    assert proxy.paid is not None and proxy.paid.recipient == "Lê Thị Tư"

    dead = game.office.people.person("NCC002")
    assert dead.death is not None
    assert (dead.death.source, dead.death.date, dead.death.reported_by) == (
        "point",
        "2026-11-28",
        "trưởng ấp Ba",
    )
    assert dead.death.where == "P01 · An Phước máy 1" and dead.death.month == "2026-12"
    assert dead.months[0].exception == "deceased" and dead.months[0].outcome == Outcome.UNPAID

    absent = game.office.people.person("NCC005")  # not collected in December nor January
    assert [m.outcome for m in absent.months] == [Outcome.UNPAID, Outcome.UNPAID]
    assert absent.unclaimed == 2
    assert recent_line(absent.months).vi == "T12 chưa nhận · T1 chưa nhận"


@pytest.mark.devices(1)
def test_an_office_stop_as_deceased_is_a_death_on_record(game: Round) -> None:
    game.office.amendments.amend(
        "2026-12", "P01", game.root / "amend", stop="NCC007", reason="deceased", day="2026-12-01"
    )
    found = game.office.people.person("NCC007")
    assert found.months[0].outcome == Outcome.STOPPED and found.months[0].stop_reason == "deceased"
    assert found.death is not None and found.death.source == "office" and found.death.date == "2026-12-01"


@pytest.mark.devices(1)
def test_unknown_code_is_one_sentence(game: Round) -> None:
    with pytest.raises(UsageError, match="Nobody with the code NCC404"):
        game.office.people.person("NCC404")
    assert [p.code for p in game.office.people.find("NCC00")][:3] == ["NCC001", "NCC002", "NCC003"]
    assert [p.code for p in game.office.people.find("nguyen van")]  # by name, without accents


def _line(month: str, outcome: Outcome) -> PersonMonth:
    return PersonMonth(month, "A", "An", None, "P01", "x", "L", 1, 100, outcome)


def test_the_unclaimed_run_counts_calendar_months_back_from_the_newest() -> None:
    months = [
        _line("2026-09", Outcome.UNPAID),
        _line("2026-10", Outcome.PAID),
        _line("2026-11", Outcome.UNPAID),
        _line("2026-12", Outcome.UNPAID),
    ]
    assert unclaimed_run(months) == 2
    assert (
        unclaimed_run([_line("2026-10", Outcome.UNPAID), _line("2026-12", Outcome.UNPAID)]) == 1
    )  # a gap ends it
    assert unclaimed_run([_line("2026-12", Outcome.STOPPED)]) == 0
    assert unclaimed_run([]) == 0
    assert recent_line([]).en == "no earlier month"


@pytest.mark.devices(1)
def test_a_whole_month_and_every_earlier_death_at_once(game: Round) -> None:
    december(game)
    game.office.amendments.amend(
        "2026-12", "P01", game.root / "amend", stop="NCC007", reason="deceased", day="2026-12-01"
    )
    with game.office.db.reading() as session:
        lines = month_lines(session, "2026-12")
        deaths = death_records(session, before_month=JANUARY)
        none_before = death_records(session, before_month="2026-12")
    assert lines["NCC001"].outcome == Outcome.PAID and lines["NCC001"].point_code == "P01"
    assert lines["NCC002"].exception == "deceased" and lines["NCC007"].stop_reason == "deceased"
    assert lines["NCC099"].point_code == "P02"
    assert {code: [d.source for d in found] for code, found in deaths.items()} == {
        "NCC002": ["point"],
        "NCC007": ["office"],
    }
    assert none_before == {}


def test_payouts_after_the_month_of_death_are_to_be_recovered() -> None:
    paid = Payment(100, "2027-01-03T09:00:00+07:00", "Lan", "máy 1")
    months = [
        PersonMonth("2026-11", "A", "An", None, "P01", "x", "L", 1, 100, Outcome.PAID, paid=paid),
        PersonMonth("2026-12", "A", "An", None, "P01", "x", "L", 1, 100, Outcome.PAID, paid=paid),
        PersonMonth("2027-01", "A", "An", None, "P01", "x", "L", 1, 100, Outcome.PAID, paid=paid),
    ]
    death = DeathRecord("A", "2027-01", "point", "2026-11-20", "trưởng ấp", "P01 · máy 1", "e1", "")
    assert [m.month for m in recoverable(months, death)] == ["2026-12", "2027-01"]
    undated = DeathRecord("A", "2026-12", "office", None, "", "P01", "L#1", "")
    assert [m.month for m in recoverable(months, undated)] == ["2027-01"]
    assert recoverable(months, None) == []
