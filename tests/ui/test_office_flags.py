"""The office window with flags from the checks across files (issue 13): the month whose file voids a
November payout opens, and its conflict pane shows the flag in Vietnamese, with both records."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from payout_desk.domain.ledger import Kind
from payout_desk.services.point.pay import PayoutRequest
from tests.roundkit import Round, png
from tests.services.test_ledger_checks import event, imported, key, november, real_history, signed_file, void
from tests.ui.test_office_window import open_window


def test_the_conflict_pane_shows_a_void_of_another_months_payout_and_a_shared_signature(
    qtbot: QtBot, game: Round
) -> None:
    nov = november(game)
    paid = event(nov, Kind.PAYOUT, code="NCC004", amount=2_793_000, at="2026-11-02T03:00:00Z")
    for code in ("NCC005", "NCC006"):
        game.devices[0].pay.record(PayoutRequest(code, signature_png=png(shade=5)))
    header, events = real_history(game, 0, "dec.pdsync")
    assert imported(
        game,
        signed_file(game, key(game, 0), header, [*events, void(header, paid, claims="report")], "d.pdsync"),
    )[0] == ("imported")
    assert imported(game, signed_file(game, key(game, 0), nov, [paid], "nov.pdsync"))[0] == "imported"
    window = open_window(qtbot, game.office)
    rows = window.conflicts.model.rows()
    labels = sorted(row.cells[1] for row in rows)
    assert labels == [
        "Lần hủy nhắm sai lần ghi (khác danh sách, khác người hoặc không hủy được) — không tính",
        "Một chữ ký dùng cho nhiều người khác nhau",
    ]
    assert window.tabs.tabText(4) == "Sai lệch (2)"
