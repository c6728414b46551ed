"""Cash from the office and counted at the office (issue 16, items 2 and 3): the office's cash issue (with who
and when, voided only with a reason), and each point's cash per day from its laptops' sync files — count by
banknote, difference and reason, notes — with the flags: negative balance, count short or over, payouts with
no count, receipts that differ from what the office issued."""

from __future__ import annotations

import pytest

from payout_desk.domain.cash_office import (
    FLAG_NEGATIVE,
    FLAG_NO_COUNT,
    FLAG_RECEIPTS,
    FLAG_SHORT,
    MAX_CASH_ISSUE,
)
from payout_desk.services.common.errors import InvalidInput, Refused
from payout_desk.services.point.pay import PayoutRequest
from tests.roundkit import MONTH, Round, make_round


def test_an_issue_is_recorded_with_who_and_when_and_voided_with_a_reason(game: Round) -> None:
    office = game.office
    made = office.cash.issue("P01", "30.000.000", MONTH, by="Thủ quỹ Hạnh", note="đợt 1")
    assert (made.point_code, made.amount, made.issued_by, made.note) == (
        "P01",
        30_000_000,
        "Thủ quỹ Hạnh",
        "đợt 1",
    )
    assert made.issued_at.endswith("Z") and made.standing
    second = office.cash.issue("p01", 5_000_000, MONTH)
    assert second.issued_by == "Bưu điện huyện Mang Thít"  # the office's name by default
    voided = office.cash.void(second.id, "ghi trùng", by="Kế toán Minh")
    assert (voided.voided_by, voided.void_reason, voided.standing) == ("Kế toán Minh", "ghi trùng", False)
    with pytest.raises(Refused, match="already voided"):
        office.cash.void(second.id, "lần nữa")
    listed = office.cash.month(MONTH)
    assert [(i.id, i.standing) for i in listed] == [(made.id, True), (second.id, False)]
    assert office.point_cash.month(MONTH).points[0].issued == 30_000_000


@pytest.mark.parametrize(
    ("point", "amount", "month", "says"),
    [
        ("P01", "1500000.5", MONTH, "not an amount"),
        ("P01", "-5", MONTH, "negative"),
        ("P01", 0, MONTH, "more than 0"),
        ("P01", MAX_CASH_ISSUE + 1, MONTH, "over the limit"),
        ("P77", 1_000_000, MONTH, "no payout point"),
        ("P01", 1_000_000, "2027-03", "no issued list"),
    ],
)
def test_bad_input_is_one_sentence_and_changes_nothing(
    game: Round, point: str, amount: int | str, month: str, says: str
) -> None:
    with pytest.raises(InvalidInput, match=says):
        game.office.cash.issue(point, amount, month)
    assert game.office.cash.month(MONTH) == []


def test_voiding_needs_a_reason_and_an_existing_issue(game: Round) -> None:
    made = game.office.cash.issue("P01", 1_000_000, MONTH)
    with pytest.raises(InvalidInput, match="reason"):
        game.office.cash.void(made.id, "  ")
    with pytest.raises(InvalidInput, match="no cash issue number 999"):
        game.office.cash.void(999, "sai")
    assert game.office.cash.month(MONTH)[0].standing


def test_the_office_sees_each_days_count_difference_reason_and_notes_and_flags_them(tmp_path) -> None:
    game = make_round(tmp_path, devices=2, cash=0)
    try:
        office, first, second = game.office, game.devices[0], game.devices[1]
        office.cash.issue("P01", 10_000_000, MONTH)
        first.cash.receive(10_000_000)
        first.pay.record(PayoutRequest("NCC001", thumbprint=True))  # 2.790.000 → 7.210.000 on hand
        first.cash.count({500_000: 14, 200_000: 1})  # 7.200.000: 10.000 short
        first.records.note("Cuối ngày thiếu 10.000, đã báo trưởng bưu cục")
        first.cash.close_day(reason="thối nhầm tiền lẻ")
        second.cash.receive(3_000_000)  # declared, never issued by the office
        second.pay.record(PayoutRequest("NCC002", thumbprint=True))  # no count that day
        office.imports.files([game.export(0), game.export(1)])
        cash = office.point_cash.month(MONTH)
        [point] = [p for p in cash.points if p.code == "P01"]
        assert (point.issued, point.received, point.paid) == (10_000_000, 13_000_000, 2_790_000 + 2_791_000)
        assert point.receipts_differ == 3_000_000
        one = next(d for d in point.days if d.device == first.ledger.device_id())
        assert (one.counted, one.difference, one.reason, one.closed) == (
            7_200_000,
            -10_000,
            "thối nhầm tiền lẻ",
            True,
        )
        assert one.notes_counted == {"500000": 14, "200000": 1}
        assert one.notes == ["Cuối ngày thiếu 10.000, đã báo trưởng bưu cục"]
        assert one.flags == [FLAG_SHORT]
        two = next(d for d in point.days if d.device == second.ledger.device_id())
        assert two.flags == [FLAG_NO_COUNT] and two.counted is None
        assert point.flags == [FLAG_SHORT, FLAG_NO_COUNT, FLAG_RECEIPTS]
        assert cash.device_name(one.device) == "An Phước máy 1"
    finally:
        game.close()


def test_a_negative_balance_from_an_old_laptop_is_flagged(tmp_path) -> None:
    """A laptop of an older version paid without cash: its file still loads, and the office flags it."""
    from payout_desk.domain.cash_days import Move, point_cash

    moves = [
        Move("K1", 1, "cash-received", 1_000_000, "2026-12-03", "e1"),
        Move("K1", 2, "payout", 2_000_000, "2026-12-03", "e2"),
        Move("K1", 3, "cash-count", 0, "2026-12-03", "e3", data={"denominations": {}}),
    ]
    found = point_cash("P01", "An Phước", 1_000_000, moves)
    assert found.on_hand == -1_000_000
    assert found.days[0].difference == 1_000_000 and found.days[0].balance == -1_000_000
    assert FLAG_NEGATIVE in found.flags and FLAG_RECEIPTS not in found.flags


def test_the_settlement_shows_issued_against_declared_the_days_and_the_notes(tmp_path) -> None:
    """The workbook's sheet "Tiền mặt" and the PDF's cash section, from the same figures."""
    import io

    from openpyxl import load_workbook
    from pypdf import PdfReader

    game = make_round(tmp_path, devices=1, cash=0)
    try:
        office, desk = game.office, game.devices[0]
        made = office.cash.issue("P01", 10_000_000, MONTH, by="Thủ quỹ Hạnh")
        office.cash.issue("P01", 7_000_000, MONTH)
        office.cash.void(made.id + 1, "ghi trùng")
        desk.cash.receive(12_000_000)  # 2.000.000 more than the office issued
        desk.pay.record(PayoutRequest("NCC001", thumbprint=True))
        desk.cash.count({500_000: 18, 200_000: 1})  # 9.200.000 against 9.210.000: 10.000 short
        desk.records.note("Thiếu 10.000 do thối nhầm")
        desk.cash.close_day(reason="thối nhầm cho khách")
        office.imports.files([game.export(0)])
        book = office.papers.settlement(MONTH, tmp_path / "quyet-toan.xlsx")
        sheet = load_workbook(book.path, read_only=True)["Tiền mặt"]
        rows = [(*row, *(None,) * 14) for row in sheet.iter_rows(values_only=True)]
        [point] = [r for r in rows if r and r[0] == "P01" and r[1] == "Điểm BĐVHX An Phước"]
        assert point[2:8] == (10_000_000, 12_000_000, 2_000_000, 2_790_000, 0, 9_210_000)
        assert "Kiểm đếm thiếu" in point[8] and "khác tiền bưu cục xuất" in point[8]
        [day] = [r for r in rows if r and r[0] == "P01" and r[2] == "An Phước máy 1"]
        assert day[8:12] == (9_200_000, -10_000, "thối nhầm cho khách", "Thiếu 10.000 do thối nhầm")
        assert day[12] == "500.000 × 18; 200.000 × 1"
        issues = [r for r in rows if r and r[1] == "P01" and isinstance(r[0], int)]
        assert [(r[2], r[4], r[8]) for r in issues] == [
            (10_000_000, "Thủ quỹ Hạnh", None),
            (7_000_000, "Bưu điện huyện Mang Thít", "ghi trùng"),
        ]
        pdf = office.papers.settlement_report(MONTH, tmp_path / "quyet-toan.pdf")
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.path.read_bytes())).pages)
        assert "TIỀN MẶT CÁC ĐIỂM CHI TRẢ" in text and "Thiếu 10.000 do thối nhầm" in text
        assert "thối nhầm cho khách" in text and "ghi trùng" in text and "10.000.000" in text
    finally:
        game.close()


def test_a_sync_file_whose_day_close_does_not_add_up_is_refused_whole(tmp_path) -> None:
    """The door (domain/door_cash.py) on a real, validly signed sync file: a close whose books do not add up
    is refused with one sentence and nothing of the file is kept; the honest file then loads."""
    import dataclasses

    from payout_desk.domain.ledger import GENESIS, event_hash
    from payout_desk.exchange.syncfile import build_sync_file, read_sync_file
    from payout_desk.trust.seal import open_sealed

    game = make_round(tmp_path, devices=1)
    try:
        desk = game.devices[0]
        desk.pay.record(PayoutRequest("NCC001", thumbprint=True))
        desk.cash.close_day()
        honest = game.export(0)
        _, doc = read_sync_file(open_sealed(honest.read_bytes(), game.office.signing_key()))
        events = [
            dataclasses.replace(e, data={**e.data, "on_hand": e.data["on_hand"] + 1_000_000})
            if e.kind == "day-closed"
            else e
            for e in doc.events
        ]
        lines, prev = [], GENESIS
        for event in events:
            event.prev = prev
            lines.append(event.encode())
            prev = event_hash(lines[-1])
        forged = tmp_path / "forged.pdsync"
        forged.write_bytes(
            build_sync_file(doc.header, lines, prev, doc.signatures, totals={}, key=desk.signing_key())
        )
        [refused] = game.office.imports.files([forged]).files
        assert refused.status == "rejected" and "does not add up" in refused.reason
        assert "\n" not in refused.reason
        assert game.office.point_cash.month(MONTH).points[0].days == []  # nothing of it was kept
        [taken] = game.office.imports.files([honest]).files
        assert taken.status == "imported"
    finally:
        game.close()
