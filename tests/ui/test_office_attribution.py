"""Every office action attributed from the window as from the CLI (issue 16 item 5), offscreen with real
widgets: a clerk signs in with the sign-in dialog, imports a sync file, hands a point its cash and voids a
wrong entry in the Tiền mặt form, prints the signature sheet and exports the settlement; the audit export then
lists each step with that clerk's name. The same window at an office without clerks writes nothing."""

from __future__ import annotations

import csv
from pathlib import Path

from pytestqt.qtbot import QtBot

from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.store.office_roles import all_actions
from payout_desk.ui.office.cash import OfficeCashDialog
from payout_desk.ui.office.clerks import ClerkSignIn
from payout_desk.ui.office_window import OfficeWindow
from payout_desk.ui.qt import QAction
from tests.roundkit import MONTH, Round, stroke_png
from tests.services.test_office_roles import PIN, staff_office
from tests.ui.modal import check, when_modal
from tests.ui.test_family_forms import office_window
from tests.ui.test_office_window import settle


def sign_in(qtbot: QtBot, office: OfficeDesk, name: str) -> None:
    dialog = ClerkSignIn(office)
    qtbot.addWidget(dialog)
    dialog.name.setCurrentIndex(dialog.name.findData(name))
    qtbot.keyClicks(dialog.pin, PIN)
    assert dialog.sign_in()


def work_in_the_window(qtbot: QtBot, game: Round, tmp_path: Path) -> OfficeWindow:
    """Import, cash issued and voided, a paper printed, the settlement exported — all from the window."""
    game.devices[0].pay.record(PayoutRequest("NCC001", signature_png=stroke_png(1)))
    window = office_window(qtbot, game)
    window.import_sync_files([game.export(0)])
    settle(qtbot, window)
    (action,) = [a for a in window.findChildren(QAction) if a.text() == "Xuất tiền, tiền mặt các điểm…"]

    def cash(dialog: OfficeCashDialog) -> None:
        dialog.point.setCurrentIndex(dialog.point.findData("P01"))
        qtbot.keyClicks(dialog.amount, "1000000")
        dialog.issue_button.click()
        dialog.void(game.office.cash.month(MONTH)[0].id, "ghi nhầm")
        dialog.accept()

    done = when_modal(OfficeCashDialog, cash)
    action.trigger()
    check(done)
    window.printer.write(window.paper("danh-sach-ky-nhan"), tmp_path / "ky-nhan.pdf")
    qtbot.waitUntil(lambda: not window.printer.busy(), timeout=20_000)
    window.export_settlement(tmp_path / "tqt.xlsx")
    qtbot.waitUntil(
        lambda: (tmp_path / "tqt.xlsx").exists() and "Đã xuất" in window.last_message, timeout=20_000
    )
    return window


def test_the_windows_steps_are_written_with_the_clerk_who_signed_in(
    qtbot: QtBot, game: Round, tmp_path: Path
) -> None:
    staff_office(game.office)
    sign_in(qtbot, game.office, "Tú")
    work_in_the_window(qtbot, game, tmp_path)
    done = game.office.audit_export.export(MONTH, tmp_path / "inspection")
    assert done.actions_ok and done.verify_ok
    with (tmp_path / "inspection" / "office_actions.csv").open(encoding="utf-8-sig") as handle:
        rows = [row for row in csv.DictReader(handle) if row["clerk"] == "Tú"]
    assert [row["action"] for row in rows] == [
        "import-sync",
        "cash-issue",
        "cash-void",
        "print-signature-sheet",
        "export-settlement",
    ]
    assert all(row["month"] == MONTH and row["hash_ok"] == "True" for row in rows)
    assert '"status": "imported"' in rows[0]["detail"] and '"amount": 1000000' in rows[1]["detail"]
    assert '"file": "ky-nhan.pdf"' in rows[3]["detail"]
    with game.office.db.reading() as session:
        assert all_actions(session)[-1].action == "audit-exported"


def test_an_office_without_clerks_writes_no_action(qtbot: QtBot, game: Round, tmp_path: Path) -> None:
    work_in_the_window(qtbot, game, tmp_path)
    with game.office.db.reading() as session:
        assert list(all_actions(session)) == []
