"""Views are total (issue 13, item 2): with every odd row the door still admits, and the rows an older
version could have stored (tests/hardening/oddities.py), every view renders, and what it cannot show is a
flagged line — status JSON through the CLI, the settlement (xlsx and PDF), the signature sheets, the
posting list, the receipts, the office window (dashboard, conflicts) and the point window's person pane."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from payout_desk.reports.images import UNREADABLE, readable_png
from payout_desk.ui.office_window import OfficeWindow
from payout_desk.ui.point_window import PointWindow
from tests.cli.conftest import Cli
from tests.hardening import oddities
from tests.hardening.oddities import Odd
from tests.roundkit import CLERKS, FUND, MONTH, Round, make_round, png

ODD_CODES = ("NCC001", "NCC002", "NCC003", "NCC004", "NCC007", "NCC009", "NCC010", "NCC011", "NCC012")


@pytest.fixture(scope="module")
def odd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Round, Odd]]:
    """One odd round for the module's tests (they only read it: building it takes a while)."""
    game = make_round(tmp_path_factory.mktemp("odd"))
    oddities.pay_oddly(game)
    for device in (0, 1):
        [outcome] = game.office.imports.files([game.export(device, f"dev{device}.pdsync")]).files
        assert outcome.status == "imported", outcome.why
    game.devices[1].sync.import_peer(game.export(0, "peer.pdsync"))
    list_id, device = oddities.list_id_of(game.office.data_dir), game.devices[0].ledger.device_id()
    planted = oddities.plant(game.office.data_dir, list_id, device)
    oddities.plant(game.devices[1].data_dir, list_id, device, huge=100)
    yield game, planted
    game.close()


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_status_json_shows_the_month_and_flags_what_it_leaves_out(odd: tuple[Round, Odd], cli: Cli) -> None:
    """A December void of a November payout (KeyError in the month figures before), 10,000 cash events
    of 10^15 đ (SQLite's SUM overflowed), sync files written "soon" and in 9999: status still answers."""
    game, _planted = odd
    outcome = cli("office", "status", "--month", MONTH, "--json", "--data-dir", game.office.data_dir)
    assert outcome.code == 0, outcome.err
    [p01] = [p for p in outcome.json["points"] if p["code"] == "P01"]
    kinds = {flag["kind"] for flag in p01["flags"]}
    assert kinds == {"void-elsewhere", "figure-absurd", "time-unreadable"}, p01["flags"]
    assert sum(f["kind"] == "void-elsewhere" for f in p01["flags"]) == 2  # another month's, another person's
    # exact, in Python ints; each laptop's cash from the round (roundkit.FUND) too
    assert p01["cash_received"] == oddities.HUGE * oddities.HUGE_EVENTS + 2_000_000 + 2 * FUND
    assert all(d["last_sync"] is None or d["last_sync"].startswith("20") for d in p01["devices"])
    assert {c["kind"] for c in outcome.json["conflicts"]} >= {"double-payout", "two-lists"}
    text = cli("office", "status", "--month", MONTH, "--data-dir", game.office.data_dir)
    assert text.code == 0, text.err
    assert re.search(r"\b\d+ stored records flagged and left out of the figures", text.out), text.out


def test_the_settlement_pdf_and_the_office_papers_render_with_flagged_lines(
    odd: tuple[Round, Odd], cli: Cli, tmp_path: Path
) -> None:
    game, _planted = odd
    out = tmp_path / "thanh-quyet-toan.pdf"
    outcome = cli("report", "settlement", "--month", MONTH, "--out", out, "--data-dir", game.office.data_dir)
    assert outcome.code == 0, outcome.err
    text = pdf_text(out)
    assert "Bản ghi lạ" in text and "lệnh hủy nhắm bản ghi của danh sách khác" in text
    assert "two-lists" in text  # a conflict kind this version has no label for: its stored name
    sheet = game.office.papers.signature_sheet(MONTH, tmp_path / "ky-nhan.pdf")
    assert pdf_text(sheet.path).count(UNREADABLE) == 2  # the junk image and the decompression bomb
    posting = game.office.papers.posting_list(MONTH, tmp_path / "niem-yet.pdf")
    assert "NCC777" in pdf_text(posting.path)  # added by an amendment this version's reader refuses


def test_the_settlement_xlsx_renders_the_odd_month(odd: tuple[Round, Odd], cli: Cli, tmp_path: Path) -> None:
    game, _planted = odd
    result = game.office.papers.settlement(MONTH, tmp_path / "thanh-quyet-toan.xlsx")
    assert result.points == 2


def test_the_point_papers_render_and_flag_unreadable_signatures(
    odd: tuple[Round, Odd], tmp_path: Path
) -> None:
    game, planted = odd
    desk = game.devices[1]
    sheet = desk.papers.signature_sheet(tmp_path / "ky-nhan.pdf")
    assert pdf_text(sheet.path).count(UNREADABLE) == 2
    for code in (planted.junk_code, planted.bomb_code):
        receipt = desk.papers.receipt(code, tmp_path / f"bien-nhan-{code}.pdf")
        assert UNREADABLE in pdf_text(receipt.path)
    for code in ("NCC004", "NCC006", "NCC011"):
        desk.papers.receipt(code, tmp_path / f"bien-nhan-{code}.pdf")


def test_a_stored_image_is_drawn_only_within_bounds() -> None:
    assert readable_png(png()) is not None
    assert readable_png(oddities.junk_png()) is None
    assert readable_png(oddities.bomb_png()) is None  # refused from its header: 169 M pixels
    assert readable_png(b"") is None


def test_the_office_window_opens_on_the_odd_month(qtbot: QtBot, odd: tuple[Round, Odd]) -> None:
    game, _planted = odd
    window = OfficeWindow(game.office)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.month.setCurrentText(MONTH)
    window.refresh_now()
    rows = {row.cells[0]: row for row in window.dashboard.model.rows()}
    assert set(rows) == {"P01", "P02"}
    assert re.search(r"\d+ bản ghi lạ bị gắn cờ", rows["P01"].tooltip or "")  # the void, the sums, the time
    conflicts = window.conflicts
    shown = conflicts.model.rows()
    assert {row.cells[1] for row in shown} >= {"Chi trùng", "two-lists"}
    for row in shown:
        conflicts.select(row.key)
        assert row.cells[2] in conflicts.records.text()  # HTML in the records: part `text` makes it plain
    window.close()


def test_the_point_window_shows_every_odd_person(qtbot: QtBot, odd: tuple[Round, Odd]) -> None:
    game, _planted = odd
    window = PointWindow(game.devices[1], CLERKS[0])
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for code in ODD_CODES:
        assert window.select_code(code), code
        assert window.pane_text.text()
    window.close()
