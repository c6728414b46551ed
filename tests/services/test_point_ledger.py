"""Recording at the point through PointDesk: the payout rules, reports, voids, cash, the state cache."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from payout_desk.domain.ledger import GENESIS, event_hash
from payout_desk.services.common.errors import InvalidInput, Refused, UsageError
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.pay import PayoutRequest, Proxy
from payout_desk.store.database import DB_FILE_NAME
from payout_desk.store.ledger import refresh_states
from payout_desk.store.models import BeneficiaryStateRow, ConflictRow
from tests.paykit import signed
from tests.roundkit import Round, give_cccd, passphrase, png


@pytest.fixture
def desk(game: Round) -> PointDesk:
    return game.devices[0]


def events_of(desk: PointDesk) -> list[dict[str, object]]:
    """The laptop's events after the cash the round gave it (roundkit.fund: event #1)."""
    connection = sqlite3.connect(desk.data_dir / DB_FILE_NAME)
    try:
        return [
            json.loads(body)
            for (body,) in connection.execute("SELECT body FROM events WHERE seq > 1 ORDER BY id")
        ]
    finally:
        connection.close()


def test_a_payout_is_the_whole_amount_on_the_list_recorded_as_an_event(desk: PointDesk) -> None:
    done = desk.pay.record(PayoutRequest("NCC001", staff="Lan", signature_png=png()))
    assert done.amount == 2_790_000 and done.name == "Nguyễn Văn Bình 1"
    [event] = events_of(desk)
    assert event["kind"] == "payout" and event["amount"] == 2_790_000 and event["beneficiary"] == "NCC001"
    assert event["seq"] == 2 and event["prev"] != GENESIS and event["staff"] == "Lan"  # #1: the cash
    assert event["data"]["signature"] and event["data"]["recipient"] == "self"
    assert str(event["at_local"]).endswith("+07:00") and str(event["at_utc"]).endswith("Z")
    status = desk.lists.status()
    assert (status.paid_count, status.paid_amount, status.cash.paid) == (1, 2_790_000, 2_790_000)


def test_events_form_a_hash_chain(desk: PointDesk) -> None:
    desk.pay.record(signed("NCC001"))
    desk.records.report("NCC004", "absent")
    desk.cash.receive(50_000_000)
    connection = sqlite3.connect(desk.data_dir / DB_FILE_NAME)
    rows = connection.execute("SELECT seq, hash, body FROM events ORDER BY seq").fetchall()
    connection.close()
    previous = GENESIS
    for _seq, digest, body in rows:
        assert json.loads(body)["prev"] == previous and event_hash(body.encode()) == digest
        previous = digest
    assert [r[0] for r in rows] == [1, 2, 3, 4]  # #1: the cash the round gave


def test_a_second_payout_is_refused_saying_who_paid_when_and_where(desk: PointDesk) -> None:
    first = desk.pay.record(signed("NCC001", staff="Lan", at_home=True))
    with pytest.raises(Refused) as refused:
        desk.pay.record(signed("NCC001", staff="Hùng"))
    message = str(refused.value)
    assert "already paid" in message and "Lan" in message and "at home" in message
    assert first.event_id[:8] in message and "this laptop" in message  # the prefix `point void` takes
    assert len(events_of(desk)) == 1


def test_an_unknown_code_is_refused(desk: PointDesk) -> None:
    with pytest.raises(Refused, match="no beneficiary with code 'NCC777'"):
        desk.pay.record(signed("NCC777"))


def test_a_deceased_report_blocks_payment_until_voided_with_a_reason(desk: PointDesk) -> None:
    report = desk.records.report("NCC005", "deceased", reported_by="trưởng ấp", day="2026-12-01")
    with pytest.raises(Refused, match="reported deceased") as refused:
        desk.pay.record(signed("NCC005"))
    assert report.event_id[:8] in str(refused.value)
    with pytest.raises(UsageError):
        desk.records.void(report.event_id, "  ")
    desk.records.void(report.event_id, "nhầm người")
    assert desk.pay.record(signed("NCC005")).amount == 2_794_000
    assert desk.lists.status().figures.exceptions == {}


def test_a_voided_payout_can_be_paid_again_and_a_void_is_final(desk: PointDesk) -> None:
    paid = desk.pay.record(signed("NCC001"))
    desk.records.void(paid.event_id[:8], "trả nhầm người, đã thu lại")
    status = desk.lists.status()
    assert (status.paid_count, status.cash.paid) == (0, 0)
    with pytest.raises(Refused, match="already voided"):
        desk.records.void(paid.event_id, "again")
    again = desk.pay.record(signed("NCC001"))
    assert desk.lists.status().paid_count == 1 and again.seq == 4


def test_a_void_of_another_devices_event_is_refused(game: Round) -> None:
    paid = game.devices[1].pay.record(signed("NCC001"))
    game.devices[0].sync.import_peer(game.export(1))
    with pytest.raises(Refused, match="only that device can void it"):
        game.devices[0].records.void(paid.event_id, "not mine")


def test_reports_for_someone_already_paid_are_refused_except_a_death(desk: PointDesk) -> None:
    desk.pay.record(signed("NCC006"))
    with pytest.raises(Refused, match="already paid"):
        desk.records.report("NCC006", "absent")
    desk.records.report(
        "NCC006", "deceased", day="2026-12-01", reported_by="con gái"
    )  # died after being paid: the office must hear it
    desk.records.report("NCC007", "absent")
    with pytest.raises(Refused, match="already reported"):
        desk.records.report("NCC007", "absent")


def test_a_proxy_and_the_standing_proxy_from_the_list(desk: PointDesk) -> None:
    done = desk.pay.record(
        signed("NCC002", proxy=Proxy("Võ Thị Mai", "086190001234", "con gái", "UQ 12/2026"))
    )
    assert done.details and done.details["proxy"]["name"] == "Võ Thị Mai"
    standing = desk.pay.record(
        signed("NCC003", standing_proxy=True, proxy=Proxy("", "086090000001", id_checked=True))
    )
    assert standing.details and standing.details["proxy"] == {
        "name": "Trần Văn Bảy",
        "id_number": "086090000001",
        "relation": "con",
        "authorisation": "",
        "standing": True,
        "id_checked": True,
    }
    with pytest.raises(Refused, match="no standing proxy"):
        desk.pay.record(signed("NCC004", standing_proxy=True))


def test_a_signature_must_be_a_png_and_is_not_combined_with_a_thumbprint(desk: PointDesk) -> None:
    with pytest.raises(InvalidInput, match="not a PNG"):
        desk.pay.record(PayoutRequest("NCC001", signature_png=b"GIF89a..."))
    with pytest.raises(UsageError):
        desk.pay.record(PayoutRequest("NCC001", signature_png=png(), thumbprint=True))
    assert events_of(desk) == []


@pytest.mark.cash(0)
def test_cash_position_returns_and_the_day_close(desk: PointDesk) -> None:
    desk.cash.receive(10_000_000)
    desk.pay.record(signed("NCC001"))
    with pytest.raises(Refused, match="on hand"):
        desk.cash.give_back(9_000_000)
    desk.cash.give_back(1_000_000)
    with desk.db.reading() as session:
        cash = desk.cash.position(session, desk.ledger.list_of(session))
    assert (cash.received, cash.paid, cash.returned, cash.on_hand) == (
        10_000_000,
        2_790_000,
        1_000_000,
        6_210_000,
    )
    desk.cash.count({500_000: 12, 200_000: 1, 10_000: 1})  # 6.210.000: exact
    closed = desk.cash.close_day()
    assert (closed.counted, closed.difference, closed.payouts_today) == (6_210_000, 0, 1)
    desk.cash.count({500_000: 12})
    with pytest.raises(Refused, match="differs from the books"):
        desk.cash.close_day()
    assert desk.cash.close_day(reason="thiếu 210.000, đã báo trưởng bưu cục").difference == -210_000


def test_a_count_with_a_note_that_does_not_exist_is_refused(desk: PointDesk) -> None:
    with pytest.raises(UsageError, match="not a Vietnamese banknote"):
        desk.cash.count({300_000: 1})


def test_nothing_can_be_recorded_before_a_list_is_loaded(tmp_path: Path) -> None:
    with PointDesk(tmp_path / "empty", passphrase=passphrase) as desk:
        desk.init_keys("point", "máy mới")
        with pytest.raises(Exception, match="no list loaded"):
            desk.pay.record(signed("NCC001"))


def _cache(desk: PointDesk) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with desk.db.reading() as session:
        states = sorted(
            tuple(getattr(r, c.name) for c in BeneficiaryStateRow.__table__.columns)
            for r in session.query(BeneficiaryStateRow)
        )
        conflicts = sorted(
            tuple(getattr(r, c.name) for c in ConflictRow.__table__.columns)
            for r in session.query(ConflictRow)
        )
    return states, conflicts


def test_the_state_cache_rebuilt_from_events_equals_the_incremental_one(game: Round) -> None:
    one, two = game.devices
    one.pay.record(signed("NCC001"))
    two.pay.record(signed("NCC001", at_home=True))
    voided = one.pay.record(signed("NCC002"))
    one.records.void(voided.event_id, "nhầm")
    one.records.report("NCC003", "deceased", day="2026-12-01", reported_by="con trai")
    two.records.report("NCC004", "hospital")
    one.sync.import_peer(game.export(1))
    incremental = _cache(one)
    assert incremental[1], "the double payout must show as a conflict"
    with one.db.transaction() as session:
        session.query(BeneficiaryStateRow).delete()
        session.query(ConflictRow).delete()
    assert _cache(one) == ([], [])
    with one.db.transaction() as session:
        refresh_states(session, one.lists.status().list_id)
    assert _cache(one) == incremental


def test_find_ignores_accents_and_case_and_shows_where_things_stand(game: Round) -> None:
    desk = game.devices[0]
    desk.pay.record(signed("NCC001"))
    desk.records.report("NCC005", "hospital")
    by_name = desk.roster.find("nguyen van BINH")
    assert [f.code for f in by_name] == ["NCC001"] and by_name[0].status == "paid"
    assert {f.code: (f.status, f.exception) for f in desk.roster.find("ncc00")}["NCC005"] == (
        "exception",
        "hospital",
    )
    assert {f.code for f in desk.roster.find("Ấp 2", limit=50)} == {"NCC001", "NCC004", "NCC007", "NCC010"}
    with pytest.raises(UsageError):
        desk.roster.find("  ")


def test_a_note_is_recorded_and_travels_in_the_sync_file(game: Round) -> None:
    desk = game.devices[0]
    about = desk.records.note("Cụ đi viện Chợ Rẫy, con gái sẽ nhận tháng sau", code="NCC004")
    day = desk.records.note("Mất điện từ 14h, chi tiếp trên giấy")
    assert (about.beneficiary, about.name, day.beneficiary) == ("NCC004", "Nguyễn Văn Hoa 4", None)
    with pytest.raises(UsageError):
        desk.records.note("   ")
    game.office.imports.files([game.export(0)])
    texts = [e["data"]["text"] for e in events_of(desk) if e["kind"] == "note"]
    assert texts == ["Cụ đi viện Chợ Rẫy, con gái sẽ nhận tháng sau", "Mất điện từ 14h, chi tiếp trên giấy"]
    assert game.office.status.month("2026-12").points[0].figures.paid_count == 0


def test_id_digits_that_do_not_match_are_refused_unless_overridden_and_the_record_keeps_them(
    desk: PointDesk,
) -> None:
    give_cccd(desk, "NCC001", "086190123456")
    with pytest.raises(Refused, match="do NOT match") as refused:
        desk.pay.record(PayoutRequest("NCC001", thumbprint=True, id_digits="9999"))
    assert "KHÔNG khớp" in refused.value.vi and events_of(desk) == []
    with pytest.raises(UsageError):  # an override is for a mismatch only
        desk.pay.record(PayoutRequest("NCC001", thumbprint=True, id_digits="3456", id_override="vì sao"))
    with pytest.raises(UsageError):
        desk.pay.record(PayoutRequest("NCC001", thumbprint=True, id_digits="12ab"))
    done = desk.pay.record(
        PayoutRequest("NCC001", thumbprint=True, id_digits="9999", id_override="CCCD cấp lại")
    )
    assert done.details is not None and done.details["id_mismatch"] == {
        "typed": "9999",
        "reason": "CCCD cấp lại",
    }
    assert events_of(desk)[0]["data"]["id_mismatch"]["typed"] == "9999"
    matched = desk.pay.record(
        PayoutRequest("NCC002", thumbprint=True, id_digits="1")
    )  # no CCCD on the list: nothing to compare
    assert "id_mismatch" not in (matched.details or {})


def test_a_proxy_shows_an_id_card_standing_or_not(desk: PointDesk) -> None:
    with pytest.raises(Refused, match="ID number"):
        desk.pay.record(PayoutRequest("NCC003", standing_proxy=True, thumbprint=True))
    with pytest.raises(Refused, match="ID number"):
        desk.pay.record(
            PayoutRequest(
                "NCC001", proxy=Proxy("Lê Văn Tám", relation="con", authorisation="UQ 3"), thumbprint=True
            )
        )
    done = desk.pay.record(
        PayoutRequest(
            "NCC003", standing_proxy=True, proxy=Proxy("", "086190000111", id_checked=True), thumbprint=True
        )
    )
    assert done.details is not None and done.details["proxy"]["id_number"] == "086190000111"


def test_payable_says_why_not_before_anyone_signs_with_the_next_step(game: Round) -> None:
    desk = game.devices[0]
    assert desk.pay.payable("NCC001") is None
    paid = desk.pay.record(PayoutRequest("NCC001", thumbprint=True))
    refusal = desk.pay.payable("NCC001")
    assert refusal is not None and refusal.next_step == "none" and refusal.event_id == paid.event_id
    assert "ĐÃ ĐƯỢC CHI" in refusal.text.vi and "already paid" in refusal.text.en
    report = desk.records.report("NCC002", "deceased", day="2026-12-01", reported_by="con gái")
    refusal = desk.pay.payable("NCC002")
    assert refusal is not None and (refusal.next_step, refusal.event_id) == ("void", report.event_id)
    assert "đã mất" in refusal.text.vi
    game.devices[1].records.report("NCC004", "deceased", day="2026-12-01", reported_by="hàng xóm")
    desk.sync.import_peer(game.export(1))
    peer = desk.pay.payable("NCC004")  # another laptop's report: this clerk may void it with a reason
    assert peer is not None and peer.next_step == "void-sibling"
    assert desk.records.last_voidable("NCC004") is None and desk.records.last_voidable("NCC002") is not None


def test_a_death_report_needs_its_date_and_who_brought_the_news(desk: PointDesk) -> None:
    with pytest.raises(UsageError, match="date of death"):
        desk.records.report("NCC006", "deceased", reported_by="con trai")
    with pytest.raises(UsageError, match="who reported"):
        desk.records.report("NCC006", "deceased", day="2026-12-01")
    with pytest.raises(UsageError, match="future"):
        desk.records.report("NCC006", "deceased", day="2099-01-01", reported_by="con trai")
    done = desk.records.report("NCC006", "deceased", day="2026-12-01", reported_by=" con trai ")
    assert events_of(desk)[0]["data"]["reported_by"] == "con trai" and done.kind == "report"
    assert desk.records.report("NCC007", "absent").kind == "report"  # other reports need neither
