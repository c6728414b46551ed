"""A person on two lists of one month is a conflict everywhere the office counts or shows conflicts (issue
15 item 6, loose end): the count after a sync import, the conflicts pane's words, the settlement."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from payout_desk.domain.fold import ConflictKind
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.ui.office.conflicts_tab import ConflictsTab
from tests.roundkit import MONTH, Round, person_row, write_register


@pytest.mark.devices(1)
def test_a_person_on_two_lists_is_counted_shown_and_resolved(
    game: Round, qtbot: QtBot, tmp_path: Path
) -> None:
    twice = write_register(tmp_path / "add.csv", [person_row(5, point="Bưu cục Mỹ An", amount=2_794_000)])
    game.office.amendments.amend(MONTH, "P02", tmp_path / "amend", add_file=twice)
    status = game.office.status.month(MONTH)
    found = [c for c in status.conflicts if c.kind == ConflictKind.ON_TWO_LISTS]
    assert len(found) == 2 and game.office.status.conflict_count(MONTH) == len(status.conflicts) == 2

    game.devices[0].pay.record(PayoutRequest("NCC001", thumbprint=True, staff="Lan"))
    assert game.office.imports.files([game.export(0)]).conflicts == 2  # what the import tells the office

    tab = ConflictsTab()
    qtbot.addWidget(tab)
    tab.show_conflicts(status.conflicts)
    shown = tab.records.text()
    assert "Có tên trong danh sách điểm P01" in shown and "Có tên trong danh sách điểm P02" in shown
    assert "listed" not in shown

    game.office.papers.settlement(MONTH, tmp_path / "s.xlsx")
    sheet = load_workbook(tmp_path / "s.xlsx", read_only=True)["Xung đột"]
    records = [
        str(row[5]) for row in sheet.iter_rows(values_only=True) if len(row) > 5 and row[3] == "NCC005"
    ]
    assert len(records) == 2 and all("Có tên trong danh sách điểm P02" in r for r in records)

    game.office.conflicts.resolve(MONTH, found[0].conflict_id, "chuyển điểm, báo giảm ở P01", "Kế toán")
    assert game.office.status.conflict_count(MONTH) == 2  # resolved conflicts still count, as status shows
