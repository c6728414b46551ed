"""One way to run work off the window's thread (ui/work.py): results and prompts come back on the
window's thread, one desk_changed after the steps that changed the desk, failures in one sentence."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from payout_desk.lang import t
from payout_desk.services.common.errors import Refused
from payout_desk.services.point.desk import PointDesk
from payout_desk.trust.seal import is_sealed
from payout_desk.ui.point_window import PointWindow
from payout_desk.ui.work import OnWindowThread, Work
from tests.conftest import PASSPHRASE
from tests.roundkit import MONTH, Round


def test_steps_run_in_the_pool_and_reply_on_the_window_thread(qtbot: QtBot) -> None:
    work = Work()
    window_thread = threading.get_ident()
    ran: list[int] = []
    replies: list[tuple[int, object]] = []
    changed: list[bool] = []
    failures: list[str] = []
    work.desk_changed.connect(lambda: changed.append(True))
    work.failed.connect(failures.append)

    def step(value: int) -> int:
        ran.append(threading.get_ident())
        return value

    def reply(result: object) -> None:
        replies.append((threading.get_ident(), result))

    work.run(lambda: step(1), reply)
    work.run(lambda: step(2), reply)
    qtbot.waitUntil(lambda: len(replies) == 2, timeout=5_000)
    assert window_thread not in ran and {thread for thread, _ in replies} == {window_thread}
    assert sorted(r for _, r in replies) == [1, 2] and changed == [True]  # once, after both
    assert not work.running()

    work.run(lambda: step(3), reply, changes_desk=False)  # a print: the desk did not change
    qtbot.waitUntil(lambda: len(replies) == 3, timeout=5_000)
    assert changed == [True]

    def refused() -> None:
        raise Refused(t("staff.by_wrong"))

    work.run(refused, reply)
    qtbot.waitUntil(lambda: bool(failures), timeout=5_000)
    assert failures == [t("staff.by_wrong").vi] and len(replies) == 3


@pytest.mark.devices(1)
def test_a_sealed_file_loads_through_the_window_with_the_passphrase_asked_on_its_thread(
    qtbot: QtBot, game: Round, tmp_path: Path
) -> None:
    report = game.office.amendments.amend(
        MONTH, "P01", tmp_path / "amend", stop="NCC006", reason="deceased", day=f"{MONTH}-01"
    )
    path = Path(report.path)
    assert is_sealed(path.read_bytes())
    folder = game.devices[0].data_dir
    game.devices[0].close()
    asked: list[tuple[int, bool]] = []

    def passphrase(new: bool) -> str:
        asked.append((threading.get_ident(), new))
        return PASSPHRASE

    desk = PointDesk(folder, passphrase=OnWindowThread(passphrase))  # as app.py opens the window's desk
    window = PointWindow(desk, "Lan")
    qtbot.addWidget(window)
    window.show()
    assert next(r for r in window.model.rows() if r.code == "NCC006").status == "unpaid"
    with qtbot.waitSignal(window.finished, timeout=10_000) as said:
        window.load_file(path)
    assert "báo giảm" in str(said.args[0])
    assert asked == [(threading.get_ident(), False)]  # asked once, on the window's thread
    assert next(r for r in window.model.rows() if r.code == "NCC006").status == "stopped"  # refreshed
    desk.close()
