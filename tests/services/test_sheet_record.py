"""The signature sheet's rows as both desks gather them (services/common/sheet_record.py): the register's
columns from the list, the clerk and the cash handed out, and the marks — a voided payout, a payout taken
in after the month closed (office only: the laptop knows no closing), an exception report."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from payout_desk.reports.signature_sheet import SheetMark, SheetRow
from payout_desk.services.common.sheet_record import marks_of, record_rows
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.pay import PayoutRequest, Proxy
from tests.roundkit import MONTH, Round, give_cccd, passphrase, stroke_png


def office_rows(game: Round) -> dict[str, SheetRow]:
    with game.office.db.reading() as session:
        lists = game.office.status.month_lists(session, MONTH)
        row = next(r for r in lists if r.point.code == "P01")
        closed = game.office.closing.closed(MONTH)
        late = {x.code for x in closed.late if x.code} if closed else set()
        return {r.code: r for r in record_rows(session, row, late)}


def laptop_rows(game: Round, device: int) -> dict[str, SheetRow]:
    desk = game.devices[device]
    with desk.db.reading() as session:
        return {r.code: r for r in record_rows(session, desk.ledger.list_of(session))}


@pytest.mark.devices(1)
def test_a_voided_payout_a_late_one_and_a_report_are_marked(game: Round) -> None:
    one = game.devices[0]
    give_cccd(one, "NCC001", "086040000001")
    one.cash.receive(30_000_000, staff="Lan")
    first = one.pay.record(PayoutRequest("NCC001", signature_png=stroke_png(1), staff="Lan"))
    one.records.void(first.event_id, "Ghi nhầm người", staff="Lan")
    one.pay.record(PayoutRequest("NCC001", signature_png=stroke_png(2), staff="Hùng"))
    one.pay.record(
        PayoutRequest("NCC004", proxy=Proxy("Lê Thị Hồng", "086190000002", "vợ", "UQ 7"), thumbprint=True)
    )
    one.records.report("NCC005", "hospital")
    game.office.imports.files([game.export(0)])
    game.office.closing.close(MONTH)
    one.pay.record(PayoutRequest("NCC006", signature_png=stroke_png(6), staff="Lan"))  # after the close
    game.office.imports.files([game.export(0, "late.pdsync")])

    rows = office_rows(game)
    assert rows["NCC001"].marks == (SheetMark.VOIDED,) and rows["NCC001"].staff == "Hùng"
    assert rows["NCC001"].cash_paid == rows["NCC001"].amount == 2_790_000
    assert rows["NCC004"].marks == (SheetMark.PROXY,) and rows["NCC004"].proxy_id == "086190000002"
    assert rows["NCC004"].authorisation == "UQ 7" and rows["NCC004"].recipient == "Lê Thị Hồng"
    assert rows["NCC005"].marks == (SheetMark.HOSPITAL,) and not rows["NCC005"].paid
    assert rows["NCC006"].marks == (SheetMark.LATE,) and rows["NCC006"].paid
    assert rows["NCC007"].marks == () and rows["NCC007"].cash_paid == 0
    for row in rows.values():  # the register's columns, from the list
        assert (
            row.category == "Thân nhân liệt sĩ"
            and row.commune
            and sum(x.amount for x in row.lines) == row.amount
        )
        assert [x.kind for x in row.lines] == ["monthly"]

    printed = game.office.papers.signature_sheet(MONTH, game.root / "ky-nhan.pdf", point="P01")
    text = " ".join(p.extract_text() for p in PdfReader(printed.path).pages).replace("\n", " ")
    assert "GM" in text.split(" NCC006 ", 1)[1].split(" NCC", 1)[0]  # the office's papers mark it too

    laptop = laptop_rows(game, 0)
    assert laptop["NCC006"].marks == () and laptop["NCC001"].marks == (SheetMark.VOIDED,)
    assert laptop["NCC001"].cccd == "086040000001"


def test_the_marks_follow_the_legends_order_and_an_unknown_report_is_other() -> None:
    kinds = {"payout-after-stop", "double-payout", "wrong-amount", "outside-month"}
    marks = marks_of(kinds, proxy=True, at_home=True, late=False, voided=True, exception="no-such-kind")
    assert marks == (
        SheetMark.DOUBLE,
        SheetMark.AFTER_STOP,
        SheetMark.MISMATCH,
        SheetMark.PROXY,
        SheetMark.AT_HOME,
        SheetMark.LATE,
        SheetMark.VOIDED,
        SheetMark.OTHER_REPORT,
    )
    assert marks_of({"paid-on-two-lists"}, proxy=False, at_home=False, late=False, voided=False,
                    exception="absent") == (SheetMark.DOUBLE, SheetMark.ABSENT)  # fmt: skip


def test_the_sample_registers_sheets_fit_18_rows_a_page(sample_register: Path, tmp_path: Path) -> None:
    """The welfare office's sample (501 register rows, 460 paid in cash at five points): 31 pages, each
    point's first page 15 rows and the others 18 (the old sheet took 9 and 10: 49 pages without its
    signature block)."""
    office = OfficeDesk(tmp_path / "office", passphrase=passphrase)
    try:
        office.init_keys("office", "Bưu điện huyện Mang Thít")
        office.registers.import_file(sample_register, MONTH, skip_invalid=True)
        office.lists.issue(MONTH, tmp_path / "lists")
        sheet = office.papers.signature_sheet(MONTH, tmp_path / "ky-nhan.pdf")
    finally:
        office.close()
    assert sheet.rows == 460 and len(sheet.points) == 5
    pages = [p.extract_text() for p in PdfReader(sheet.path).pages]
    firsts = [i for i, page in enumerate(pages) if re.search(r"Trang 1/\d+", page)]
    sizes = [end - start for start, end in zip(firsts, [*firsts[1:], len(pages)], strict=True)]
    people = sorted(int(n) for n in re.findall(r"TỔNG CỘNG \((\d+) người\)", " ".join(pages)))
    assert people == [65, 72, 94, 99, 130] and sum(people) == 460
    assert sum(sizes) == len(pages) == sheet.pages == 31
    for start, size in zip(firsts, sizes, strict=True):
        counts = [len(re.findall(r"^\d+\nNCC", page, re.M)) for page in pages[start : start + size]]
        full = [c for c in counts if c]  # the signature block may have a page of its own
        assert full[0] == 15 and all(c == 18 for c in full[1:-1]) and full[-1] <= 18, counts
