"""The office's clerks in the window (issue 16), offscreen with real widgets: the sign-in at the start (a
wrong PIN answered with the service's sentence), and the items waiting for an approver (a clerk cannot
approve; another approver approves and signs, or rejects with a reason)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from payout_desk.ui.office.clerks import ClerkSignIn, PendingDialog
from payout_desk.ui.office.devices_tab import Stop
from payout_desk.ui.qt import QAction
from tests.roundkit import MONTH, Round
from tests.services.test_office_roles import PIN, staff_office
from tests.ui.modal import check, when_modal
from tests.ui.test_family_forms import office_window


def test_a_clerk_signs_in_with_the_pin(qtbot: QtBot, game: Round) -> None:
    staff_office(game.office)
    dialog = ClerkSignIn(game.office)
    qtbot.addWidget(dialog)
    assert dialog.name.count() == 3
    dialog.name.setCurrentIndex(dialog.name.findData("Tú"))
    qtbot.keyClicks(dialog.pin, "0000")
    assert not dialog.sign_in()
    assert "Tú" in dialog.problem.text() and game.office.clerks.current is None
    qtbot.keyClicks(dialog.pin, PIN)
    assert dialog.sign_in()
    assert game.office.clerks.current is not None and game.office.clerks.current.name == "Tú"


def test_an_approver_approves_what_a_clerk_prepared(qtbot: QtBot, game: Round, tmp_path: Path) -> None:
    staff_office(game.office)
    game.office.clerks.sign_in("Tú", PIN)
    item = game.office.approvals.prepare_amend(MONTH, "P01", stop="NCC004", reason="moved", day="2026-12-03")
    window = office_window(qtbot, game)
    (action,) = [a for a in window.findChildren(QAction) if a.text() == "Việc chờ duyệt…"]
    seen: dict[str, object] = {}

    def step(dialog: PendingDialog) -> None:
        seen["line"] = dialog.items.currentText()
        seen["by_clerk"] = dialog.approve(item.id, tmp_path / "amend")
        seen["refused"] = dialog.problem.text()
        game.office.clerks.sign_in("Bảo", PIN)
        done = dialog.approve(item.id, tmp_path / "amend")
        seen["files"] = done.files if done else []
        seen["left"] = dialog.items.currentText()
        dialog.accept()

    done = when_modal(PendingDialog, step)
    action.trigger()
    check(done)
    assert "Tú" in str(seen["line"]) and "NCC004" in str(seen["line"])
    assert seen["by_clerk"] is None and "Tú" in str(seen["refused"])
    assert [Path(f).exists() for f in seen["files"]] == [True]  # type: ignore[attr-defined]
    assert seen["left"] == "Không có việc nào chờ duyệt."


def test_with_clerks_the_windows_signing_steps_are_prepared(
    qtbot: QtBot, game: Round, tmp_path: Path
) -> None:
    staff_office(game.office)
    game.office.clerks.sign_in("Tú", PIN)
    window = office_window(qtbot, game)
    window.issue_lists(tmp_path / "lists-again")
    assert "chờ một người duyệt khác" in window.last_message and not (tmp_path / "lists-again").exists()
    assert window.stop(Stop("P01", "NCC004", "moved", "2026-12-03"), tmp_path / "amend") is None
    window.hold_actions.release("NCC001", "về lại", tmp_path / "amend")  # nobody held: the service's sentence
    assert "NCC001" in window.last_message
    assert [i.kind for i in game.office.approvals.items()] == ["issue", "amend"]
    assert not (tmp_path / "amend").exists()
