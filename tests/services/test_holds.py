"""The register import checked against history, and holds (issue 15, item 2): a two-month round."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from payout_desk.services.common.errors import InvalidInput, Refused
from payout_desk.services.office.registers import RegisterReport
from payout_desk.store.history import linked_codes
from payout_desk.store.models import Hold, PersonLink
from payout_desk.store.month_history import month_lines
from tests.roundkit import POINT, Round, default_rows, make_round, person_row, write_register
from tests.services.test_person_history import december

JANUARY = "2027-01"
CCCD = "079123456{:03d}"


def import_month(game: Round, month: str, rows: list[str], **options: bool) -> RegisterReport:
    path = write_register(game.root / f"register-{month}.csv", rows)
    return game.office.registers.import_file(path, month, confirm_month=True, **options)


def issue(game: Round, month: str) -> Path:
    folder = game.root / f"lists-{month}"
    game.office.lists.issue(month, folder)
    return folder


def lines(game: Round, month: str) -> dict[str, object]:
    with game.office.db.reading() as session:
        return dict(month_lines(session, month))


def issues(report: RegisterReport, kind: str) -> dict[str, dict[str, object]]:
    return {str(i["person"]): i for i in report.errors + report.warnings if i["code"] == kind}


def count(game: Round, model: type) -> int:
    with game.office.db.reading() as session:
        return len(list(session.query(model)))


@pytest.mark.devices(1)
def test_a_death_reported_at_the_point_is_held_until_the_office_releases(game: Round) -> None:
    december(game)  # NCC002 reported deceased at P01 in December
    report = import_month(game, JANUARY, default_rows())
    held = issues(report, "reported_deceased")
    assert list(held) == ["NCC002"]
    assert held["NCC002"]["evidence"] == {
        "month": "2026-12",
        "source": "point",
        "date": "2026-11-28",
        "reported_by": "trưởng ấp Ba",
        "where": "P01 · An Phước máy 1",
        "record_id": held["NCC002"]["evidence"]["record_id"],  # type: ignore[index]
    }
    assert "trưởng" not in str(held["NCC002"]["message_vi"]) and "giữ lại" in str(
        held["NCC002"]["message_vi"]
    )
    assert report.imported == 13 and report.held == 1  # imported, kept off the lists
    game.devices[0].lists.load(issue(game, JANUARY) / "P01_2027-01.pdlist")
    assert "NCC002" not in lines(game, JANUARY) and "NCC001" in lines(game, JANUARY)
    assert "NCC002" not in {r.code for r in game.devices[0].roster.rows()}
    assert game.office.holds.held(JANUARY) == 1
    [shown] = game.office.holds.month(JANUARY)
    assert (shown.code, shown.kind, shown.state, shown.point_code) == (
        "NCC002",
        "reported_deceased",
        "held",
        "P01",
    )
    assert shown.amount == 2_791_000 and shown.evidence["reported_by"] == "trưởng ấp Ba"

    done = game.office.holds.release(
        "NCC002", JANUARY, "giấy báo tử nhầm người", game.root / "amend", by="Hà"
    )
    assert done.listed == "amendment" and done.amendment is not None and done.amendment.path.exists()
    assert (done.hold.state, done.hold.decided_by, done.hold.reason) == (
        "released",
        "Hà",
        "giấy báo tử nhầm người",
    )
    assert done.hold.held_by == "Bưu điện huyện Mang Thít"
    back = lines(game, JANUARY)["NCC002"]
    assert back.amount == 2_791_000  # type: ignore[attr-defined]
    assert game.office.holds.held(JANUARY) == 0
    with pytest.raises(Refused, match="not held"):
        game.office.holds.release("NCC002", JANUARY, "again", game.root / "amend")
    # the point's laptop takes the báo tăng
    game.devices[0].lists.load(done.amendment.path)
    assert "NCC002" in {r.code for r in game.devices[0].roster.rows()}
    # February: released in January and listed, the December death no longer holds them
    february = import_month(game, "2027-02", default_rows())
    assert "NCC002" not in issues(february, "reported_deceased")


@pytest.mark.devices(1)
def test_an_office_stop_as_deceased_is_held_and_the_stop_can_be_confirmed(game: Round) -> None:
    game.office.amendments.amend(
        "2026-12", "P01", game.root / "amend", stop="NCC007", reason="deceased", day="2026-12-01"
    )
    game.office.amendments.amend(
        "2026-12", "P01", game.root / "amend", stop="NCC008", reason="moved", day="2026-12-05"
    )
    report = import_month(game, JANUARY, default_rows())
    assert issues(report, "reported_deceased")["NCC007"]["evidence"]["source"] == "office"  # type: ignore[index]
    assert issues(report, "stopped_earlier")["NCC008"]["evidence"]["reason"] == "moved"  # type: ignore[index]
    assert "NCC007" not in issues(report, "missing_since")  # stopped: not missing
    done = game.office.holds.confirm("NCC007", JANUARY, "đã có giấy chứng tử")
    assert done.hold.state == "confirmed" and done.listed == ""
    released = game.office.holds.release("NCC008", JANUARY, "chuyển về lại", game.root / "amend")
    assert released.listed == "draft" and released.amendment is None
    issue(game, JANUARY)
    listed = lines(game, JANUARY)
    assert "NCC007" not in listed and "NCC008" in listed
    assert game.office.holds.held(JANUARY) == 0
    # a re-import of the month keeps the decisions: no new hold rows, the confirmed stop stays off
    before = count(game, Hold)
    again = import_month(game, JANUARY, default_rows())
    assert count(game, Hold) == before and again.held == 1


@pytest.mark.devices(1)
def test_moves_amounts_missing_and_arrears_are_shown(game: Round) -> None:
    rows = [person_row(i, amount=2_789_000 + 1000 * i) for i in range(1, 13) if i not in (5, 6, 7, 8)]
    rows += [
        person_row(5, point="Bưu cục Mỹ An", amount=2_794_000),
        person_row(6, amount=2_900_000),
        person_row(8, amount=2_797_000, arrears=500_000),
        person_row(99, point="Bưu cục Mỹ An", amount=1_929_000),
    ]
    report = import_month(game, JANUARY, rows)
    assert issues(report, "moved_point")["NCC005"]["evidence"] == {
        "month": "2026-12",
        "from_point": "P01",
        "to_point": "P02",
    }
    assert issues(report, "amount_changed")["NCC006"]["evidence"] == {
        "month": "2026-12",
        "before": 2_795_000,
        "now": 2_900_000,
    }
    assert "NCC008" not in issues(report, "amount_changed")  # an arrears line explains it
    missing = issues(report, "missing_since")
    assert list(missing) == ["NCC007"] and missing["NCC007"]["row"] is None
    assert missing["NCC007"]["evidence"] == {"month": "2026-12", "point_code": "P01", "amount": 2_796_000}
    assert report.committed and report.held == 0


@pytest.mark.devices(1)
def test_a_threshold_lets_small_changes_pass(game: Round) -> None:
    from payout_desk.store.settings import put_setting

    with game.office.db.transaction() as session:
        put_setting(session, "amount_change_threshold", "200000")
    rows = default_rows()
    rows[5] = person_row(6, amount=2_900_000)
    assert not issues(import_month(game, JANUARY, rows), "amount_changed")


def test_a_new_code_with_the_same_cccd_is_the_same_person(tmp_path: Path) -> None:
    december_rows = [person_row(i, cccd=CCCD.format(i)) for i in range(1, 6)]
    game = make_round(tmp_path, devices=1, rows=december_rows)
    try:
        rows = [person_row(i, cccd=CCCD.format(i)) for i in range(1, 5)]
        rows.append(person_row(5, cccd=CCCD.format(5), code="NCC505"))
        report = import_month(game, JANUARY, rows)
        changed = issues(report, "code_changed")
        assert changed["NCC505"]["evidence"] == {
            "month": "2026-12",
            "previous_code": "NCC005",
            "cccd": CCCD.format(5),
        }
        assert not issues(report, "missing_since")  # NCC005 is NCC505
        assert count(game, PersonLink) == 1
        with game.office.db.reading() as session:
            assert linked_codes(session, "NCC505") == ("NCC505", "NCC005")

        other = [*rows[:3], person_row(4, cccd=CCCD.format(44)), rows[4]]
        refused = import_month(game, JANUARY, other)
        differs = issues(refused, "cccd_differs")
        assert not refused.committed and differs["NCC004"]["row"] == 5
        assert differs["NCC004"]["evidence"]["cccd"] == CCCD.format(4)  # type: ignore[index]
        skipped = import_month(game, JANUARY, other, skip_invalid=True)
        assert skipped.committed and skipped.imported == 4
        assert count(game, PersonLink) == 1  # the pair is linked once
    finally:
        game.close()


@pytest.mark.devices(1)
def test_holding_by_hand_and_bad_requests_change_nothing(game: Round) -> None:
    import_month(game, JANUARY, default_rows())
    made = game.office.holds.hold("NCC004", JANUARY, "chờ xác minh", by="Hà")
    assert (made.kind, made.state, made.held_by, made.name) == ("by_hand", "held", "Hà", "Nguyễn Văn Hoa 4")
    before = count(game, Hold)
    with pytest.raises(Refused, match="already held"):
        game.office.holds.hold("NCC004", JANUARY, "again")
    with pytest.raises(InvalidInput, match="not on the 2027-01 register"):
        game.office.holds.hold("NOPE", JANUARY, "x")
    with pytest.raises(Refused, match="not held"):
        game.office.holds.release("NCC001", JANUARY, "x", game.root / "amend")
    with pytest.raises(Refused, match="not held"):
        game.office.holds.confirm("NOPE", JANUARY, "x")
    with pytest.raises(InvalidInput, match="no register has been imported for 2027-03"):
        game.office.holds.month("2027-03")
    assert count(game, Hold) == before
    issue(game, JANUARY)
    assert "NCC004" not in lines(game, JANUARY)
    with pytest.raises(Refused, match="already issued"):
        game.office.holds.hold("NCC005", JANUARY, "x")
    assert count(game, Hold) == before and POINT


@pytest.mark.devices(1)
def test_an_arrears_line_repeating_one_already_carried_is_flagged(game: Round) -> None:
    from payout_desk.store.models import Arrears

    with (
        game.office.db.transaction() as session
    ):  # as `office carry-arrears --from 2026-12 --to 2027-01` leaves it
        session.add(
            Arrears(
                code="NCC004",
                from_month="2026-12",
                to_month=JANUARY,
                amount=2_793_000,
                months='["2026-12"]',
                mode="carry",
                list_id=None,
                created_at="2027-01-02T08:00:00Z",
                created_by="Hà",
            )
        )
    rows = default_rows()
    rows[3] = person_row(4, amount=2_793_000, arrears=2_793_000)  # the register pays it again
    rows[4] = person_row(5, amount=2_794_000, arrears=100_000)  # arrears nobody carried
    found = issues(import_month(game, JANUARY, rows), "arrears_duplicate")
    assert list(found) == ["NCC004"]
    assert found["NCC004"]["evidence"] == {"from_month": "2026-12", "to_month": JANUARY, "amount": 2_793_000}


@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@example(fates=["deceased", "moved", "other", "reported"] * 3)  # every one of P01's people held: no list
@given(
    fates=st.lists(
        st.sampled_from(["listed", "reported", "deceased", "moved", "other"]), min_size=12, max_size=12
    )
)
def test_every_earlier_death_or_stop_is_held_and_everyone_else_is_listed(
    tmp_path_factory: pytest.TempPathFactory, fates: list[str]
) -> None:
    """Whatever December recorded, January's lists hold exactly the people with no death or stop on record,
    and the held are everyone else; releasing them all puts every one back."""
    game = make_round(tmp_path_factory.mktemp("round"), devices=1)
    try:
        codes = [f"NCC{i:03d}" for i in range(1, 13)]
        for code, fate in zip(codes, fates, strict=True):
            if fate == "reported":
                game.devices[0].records.report(
                    code, "deceased", day="2026-12-02", reported_by="trưởng ấp", staff="Lan"
                )
            elif fate != "listed":
                game.office.amendments.amend(
                    "2026-12", "P01", game.root / "amend", stop=code, reason=fate, day="2026-12-03"
                )
        if "reported" in fates:
            game.office.imports.files([game.export(0)])
        report = import_month(game, JANUARY, default_rows())
        held = {code for code, fate in zip(codes, fates, strict=True) if fate != "listed"}
        assert report.held == len(held)
        issue(game, JANUARY)
        assert set(lines(game, JANUARY)) == (set(codes) - held) | {"NCC099"}
        for code in sorted(held):
            game.office.holds.release(code, JANUARY, "xác minh lại", game.root / "amend")
        # back by báo tăng on P01's issued list, or — when every one of P01's people was held, so P01 had no
        # list this month — in a new draft, which the next issue sends out
        issue(game, JANUARY)
        assert set(lines(game, JANUARY)) == set(codes) | {"NCC099"} and game.office.holds.held(JANUARY) == 0
    finally:
        game.close()
