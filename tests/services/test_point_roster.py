"""What the clerk's window reads: the roster, one person's details, progress, and staff PINs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from payout_desk.services.common.errors import UsageError
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.roster import matches, search_text
from tests.paykit import signed
from tests.roundkit import MONTH, Round

pytestmark = pytest.mark.devices(1)


@pytest.fixture
def desk(game: Round) -> PointDesk:
    return game.devices[0]


def test_the_roster_has_everyone_once_with_their_status(game: Round, desk: PointDesk, tmp_path: Path) -> None:
    desk.pay.record(signed("NCC001"))
    desk.records.report("NCC005", "absent")
    game.office.amendments.amend(
        MONTH, "P01", tmp_path / "a", stop="NCC006", reason="deceased", day="2026-12-01"
    )
    desk.lists.load(next((tmp_path / "a").iterdir()))
    rows = {r.code: r for r in desk.roster.rows()}
    assert len(rows) == 12
    assert rows["NCC001"].status == "paid" and rows["NCC002"].home_visit
    assert (rows["NCC005"].status, rows["NCC005"].exception) == ("exception", "absent")
    assert (rows["NCC006"].status, rows["NCC006"].stop_reason, rows["NCC006"].stop_date) == (
        "stopped",
        "deceased",
        "2026-12-01",
    )
    assert rows["NCC003"].proxy_name == "Trần Văn Bảy"


def test_search_matches_names_without_accents_codes_and_id_digits() -> None:
    from payout_desk.services.point.roster import RosterRow

    row = RosterRow(
        "NCC042", "Lê Thị Bình", 1950, "Ấp Mỹ Phước", "086150123456", "", 1, False, None, None, "unpaid",
        None, None, None, "le thi binh ncc042 086150123456 ap my phuoc",
    )  # fmt: skip

    def finds(typed: str) -> bool:
        return matches(row, search_text(typed))

    assert finds("le thi BINH") and finds("binh") and finds("Bình")
    assert finds("3456") and finds("042") and finds("my phuoc")
    assert not finds("hoa") and not finds("9999")
    assert finds("  ")


def test_detail_shows_lines_words_help_and_the_records(desk: PointDesk) -> None:
    paid = desk.pay.record(signed("NCC001"))
    detail = desk.roster.detail("NCC001")
    assert detail.lines == [("Trợ cấp hàng tháng", 2_790_000)]
    assert detail.amount_words.startswith("Hai triệu bảy trăm chín mươi nghìn")
    assert "liệt sĩ" in detail.category_help
    assert [p.event_id for p in detail.payouts] == [paid.event_id] and detail.row.status == "paid"


@pytest.mark.cash(0)
def test_progress_counts_paid_money_cash_and_days_to_the_fifth(desk: PointDesk) -> None:
    desk.cash.receive(10_000_000)
    desk.pay.record(signed("NCC001"))
    progress = desk.roster.progress(today=date(2026, 12, 2))
    assert (progress.beneficiaries, progress.paid_count, progress.paid_amount) == (12, 1, 2_790_000)
    assert progress.cash.on_hand == 10_000_000 - 2_790_000 and progress.days_to_deadline == 3


@pytest.mark.clerks()
def test_staff_pins(desk: PointDesk) -> None:
    desk.staff.add("Nguyễn Thị  Lan", "2468")  # the first clerk adds themself
    desk.staff.add("Trần Văn Hùng", "13579", by="nguyen thi lan", by_pin="2468")
    assert desk.staff.names() == ["Nguyễn Thị Lan", "Trần Văn Hùng"]
    assert desk.staff.check_pin("Nguyễn Thị Lan", "2468") and not desk.staff.check_pin(
        "Nguyễn Thị Lan", "2469"
    )
    assert not desk.staff.check_pin("Nobody", "2468") and not desk.staff.check_pin("Trần Văn Hùng", "abcd")
    for bad in ("12", "abcd", "123456789"):
        with pytest.raises(UsageError):
            desk.staff.add("Lan", bad, by="Trần Văn Hùng", by_pin="13579")
