"""Hostile registers: entity bombs, external entities, sheets claiming a million rows or every column,
zip bombs, formulas, merged-cell chaos and wrong types everywhere. Each is imported cleanly or refused
with a RegisterFileError that says what to do — never a crash, never a hang (10 s).

What protects the read path from XML entities is calamine's XML reader (quick-xml), which expands no
entity declared in a DTD and refuses a document using one; openpyxl (used to write .xlsx) runs on
defusedxml. A sheet's used area is checked before calamine builds its dense grid (exchange/register/guard).
"""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import openpyxl
import openpyxl.xml
import pytest
import python_calamine
from defusedxml import EntitiesForbidden

from payout_desk.exchange.register import RegisterFileError, read_register
from payout_desk.exchange.register.guard import MAX_CELLS
from tests.exchange.registers import Layout, Person, write_xlsx
from tests.hardening import fuzz_registers

HANG = 10.0
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">' for n in range(1, 10))
    + "]>"
)
XXE = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def register(tmp_path: Path, name: str = "register.xlsx", n: int = 3) -> Path:
    path = tmp_path / name
    write_xlsx(path, [Person(f"NCC{i:03d}") for i in range(1, n + 1)], Layout())
    return path


def rewrite(path: Path, out: Path, edits: dict[str, bytes | None]) -> Path:
    """`path` as a new .xlsx with some parts replaced (None: left out); other parts copied."""
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = edits.get(info.filename, old.read(info))
            if data is not None:
                new.writestr(info.filename, data)
        for name, data in edits.items():
            if name not in old.namelist() and data is not None:
                new.writestr(name, data)
    return out


def sheet_xml(cells: str, prologue: str = "") -> bytes:
    return f'{prologue}<worksheet xmlns="{MAIN}"><sheetData>{cells}</sheetData></worksheet>'.encode()


def outcome(path: Path) -> str:
    """'ok' or the refusal's message; fails the test on any other exception or a hang."""
    start = time.perf_counter()
    try:
        read_register(path)
        result = "ok"
    except RegisterFileError as exc:
        result = str(exc)
    assert time.perf_counter() - start < HANG, f"{path.name} took {time.perf_counter() - start:.1f} s"
    return result


def test_defusedxml_is_active_for_openpyxl(tmp_path: Path) -> None:
    assert openpyxl.xml.DEFUSEDXML is True
    bomb = rewrite(
        register(tmp_path),
        tmp_path / "laughs.xlsx",
        {
            "xl/worksheets/sheet1.xml": sheet_xml(
                '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>', LAUGHS
            )
        },
    )
    with pytest.raises(Exception) as caught:  # openpyxl wraps defusedxml's refusal
        openpyxl.load_workbook(bomb)
    chain = [caught.value, caught.value.__cause__, caught.value.__context__]
    assert any(isinstance(e, EntitiesForbidden) for e in chain), chain


_PARTS = {
    "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml"'
    ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>",
}
HEADER = ("Mã đối tượng", "Họ và tên", "Số tiền", "Điểm chi trả")


def shared_strings_workbook(path: Path, prologue: str, entity: str) -> Path:
    """A register whose shared strings (and so its header cells) carry an entity reference."""
    strings = [*HEADER, f"Nguyễn &{entity}; Văn"]
    sst = f'{prologue}<sst xmlns="{MAIN}">' + "".join(f"<si><t>{t}</t></si>" for t in strings) + "</sst>"
    header = "".join(f'<c r="{c}1" t="s"><v>{i}</v></c>' for i, c in enumerate("ABCD"))
    row = (
        '<c r="A2" t="inlineStr"><is><t>NCC001</t></is></c><c r="B2" t="s"><v>4</v></c><c r="C2"><v>2866000</v></c>'
        '<c r="D2" t="inlineStr"><is><t>Điểm BĐVHX An Phước</t></is></c>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _PARTS.items():
            archive.writestr(name, text)
        archive.writestr("xl/sharedStrings.xml", sst)
        archive.writestr(
            "xl/worksheets/sheet1.xml", sheet_xml(f'<row r="1">{header}</row><row r="2">{row}</row>')
        )
    return path


ENTITIES = [("billion laughs", LAUGHS, "lol9"), ("external entity", XXE, "xxe")]


@pytest.mark.parametrize(("attack", "prologue", "entity"), ENTITIES, ids=[e[0] for e in ENTITIES])
def test_entities_in_shared_strings_are_never_expanded(
    tmp_path: Path, attack: str, prologue: str, entity: str
) -> None:
    clean = shared_strings_workbook(tmp_path / "clean.xlsx", "", "amp")
    assert [e.name for e in read_register(clean).entries] == ["Nguyễn & Văn"]  # the workbook itself is fine
    message = outcome(shared_strings_workbook(tmp_path / f"{attack}.xlsx", prologue, entity))
    assert message != "ok" and "entity" in message and "save it again" in message, message
    assert "root:" not in message and "lollol" not in message


@pytest.mark.parametrize(("attack", "prologue", "entity"), ENTITIES, ids=[e[0] for e in ENTITIES])
def test_entities_in_a_sheet_are_never_expanded(
    tmp_path: Path, attack: str, prologue: str, entity: str
) -> None:
    source = register(tmp_path)
    with zipfile.ZipFile(source) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    body = xml.split("?>", 1)[1] if xml.startswith("<?xml") else xml
    cell = f'<row r="999"><c r="A999" t="inlineStr"><is><t>&{entity};</t></is></c></row></sheetData>'
    hostile = rewrite(
        source,
        tmp_path / f"{attack}.xlsx",
        {"xl/worksheets/sheet1.xml": (prologue + body.replace("</sheetData>", cell, 1)).encode()},
    )
    message = outcome(hostile)
    assert message != "ok" and "entity" in message and "save it again" in message, message
    assert "root:" not in message and "lollol" not in message


def test_a_stray_cell_far_away_is_refused_before_calamine_allocates_the_grid(tmp_path: Path) -> None:
    """A 1 KB file with cells in A1 and XFD1048576: before the guard, calamine aborted the process
    (a 512 GB allocation), taking the office's window down with it."""
    far = rewrite(
        register(tmp_path),
        tmp_path / "far.xlsx",
        {
            "xl/worksheets/sheet1.xml": sheet_xml(
                '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
            )
        },
    )
    assert far.stat().st_size < 10_000
    message = outcome(far)
    assert "17,179,869,184 cells" in message and "Ctrl+End" in message, message


@pytest.mark.parametrize("spacing", ["r =", "r  =", "r\t\t=", "r \n =", "r= ", "r\n=  "])
def test_a_far_cell_reference_written_with_odd_spacing_is_still_refused(tmp_path: Path, spacing: str) -> None:
    """XML allows blanks around `=`: calamine reads `r  ="XFD1048576"` as the cell's reference, so the guard
    must see it too (two blanks before `=` once slipped past it and calamine aborted the process)."""
    cells = (
        f'<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c {spacing}"XFD1048576"><v>1</v></c></row>'
    )
    far = rewrite(register(tmp_path), tmp_path / "far.xlsx", {"xl/worksheets/sheet1.xml": sheet_xml(cells)})
    assert "17,179,869,184 cells" in outcome(far)


@pytest.mark.parametrize(
    ("column", "row", "cells"),
    [("A", 1_048_576, 1_048_576), ("XFD", 1, 16_384), ("E", 1_048_576, 5 * 1_048_576)],
    ids=["a million rows claimed", "every column", "a million rows, five wide"],
)
def test_huge_claimed_sheets_are_read_or_refused_in_time(
    tmp_path: Path, column: str, row: int, cells: int
) -> None:
    huge = rewrite(
        register(tmp_path),
        tmp_path / "huge.xlsx",
        {
            "xl/worksheets/sheet1.xml": sheet_xml(
                f'<row r="1"><c r="A1"><v>1</v></c></row><row r="{row}"><c r="{column}{row}"><v>1</v></c></row>'
            )
        },
    )
    message = outcome(huge)
    if cells > MAX_CELLS:
        assert f"{cells:,} cells" in message, message
    else:
        assert "no sheet has a header" in message, message


@pytest.mark.parametrize("row", [200_000, 1_048_576])
def test_a_real_register_with_a_stray_cell_far_below_imports_or_says_what_to_delete(
    tmp_path: Path, row: int
) -> None:
    source = register(tmp_path, n=5)
    with zipfile.ZipFile(source) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    xml = xml.replace(
        b"</sheetData>", f'<row r="{row}"><c r="A{row}"><v>0</v></c></row></sheetData>'.encode()
    )
    stray = rewrite(source, tmp_path / "stray.xlsx", {"xl/worksheets/sheet1.xml": xml})
    message = outcome(stray)
    if row == 200_000:  # 17 columns × 200,000 rows: within bounds, read
        assert message == "ok"
        assert [e.code for e in read_register(stray).entries] == [f"NCC{i:03d}" for i in range(1, 6)]
    else:
        assert "rows 1–1,048,576" in message and "Ctrl+End" in message, message


def test_a_zip_bomb_register_is_refused(tmp_path: Path) -> None:
    padding = b"<!--" + b" " * (300 * 1024 * 1024) + b"-->"
    source = register(tmp_path)
    with zipfile.ZipFile(source) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    bomb = rewrite(
        source,
        tmp_path / "bomb.xlsx",
        {"xl/worksheets/sheet1.xml": xml.replace(b"<sheetData>", padding + b"<sheetData>", 1)},
    )
    assert bomb.stat().st_size < 2 * 1024 * 1024
    message = outcome(bomb)
    assert "zip bomb" in message, message


def test_formulas_without_cached_values_are_errors_on_their_rows_not_a_crash(tmp_path: Path) -> None:
    people = [Person("NCC001", amounts={"monthly": "=1000*2866"}, total="=D9+E9"), Person("NCC002")]
    path = tmp_path / "formulas.xlsx"
    rows = write_xlsx(path, people, Layout())
    result = read_register(path)
    assert [e.code for e in result.entries] == ["NCC002"]
    assert {e.row for e in result.errors} == {rows["NCC001"]}


def test_merged_cell_chaos_and_wrong_types_everywhere_never_crash(tmp_path: Path) -> None:
    """The normal suite's share of the fuzz harness: 200 mutated registers of every kind."""
    tally = fuzz_registers.run(200, seed=20261125)
    assert tally.total == 200 and set(tally.cases) == set(fuzz_registers.MUTATORS)
    assert tally.crashes == [] and tally.hangs == []
    assert sum(tally.refused.values()) < 200  # some mutated registers still import cleanly


def ods(path: Path, rows: int, columns: int) -> Path:
    """An OpenDocument sheet: a header row, then one row repeated `rows` times of a value `columns` wide."""
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        f'xmlns:table="{table}" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="DS"><table:table-row>'
        '<table:table-cell office:value-type="string"><text:p>Mã đối tượng</text:p></table:table-cell>'
        f'</table:table-row><table:table-row table:number-rows-repeated="{rows}">'
        f'<table:table-cell table:number-columns-repeated="{columns}" office:value-type="float" office:value="1">'
        "<text:p>1</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
    return path


@pytest.mark.parametrize(("rows", "columns"), [(6_000, 16_000), (200, 17)])
def test_repeated_cells_in_an_ods_are_counted_before_calamine_builds_them(
    tmp_path: Path, rows: int, columns: int
) -> None:
    """6,000 rows × 16,000 repeated cells is under calamine's own limit (10^8) but made it ask for 4 GB
    and abort the process; now it is refused, and a small sheet is read (and found to be no register)."""
    message = outcome(ods(tmp_path / "repeated.ods", rows, columns))
    if rows * columns > MAX_CELLS:
        # the header row and the repeated rows, as wide as the widest: (1 + 6,000) × 16,000
        assert f"{(rows + 1) * columns:,} cells" in message and "Ctrl+End" in message, message
    else:
        assert "no sheet has a header" in message, message


def test_a_zip_needing_a_newer_unzip_version_is_refused_not_a_crash(tmp_path: Path) -> None:
    """Found by the fuzz harness (bytes case 1868): Python's zipfile raises NotImplementedError for a
    'version needed to extract' it does not know, which escaped the guard as a crash; calamine reads such a
    file, so it must not skip the check either (a far cell would then abort the process)."""
    far = {"xl/worksheets/sheet1.xml": sheet_xml('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')}
    data = bytearray(rewrite(register(tmp_path), tmp_path / "far.xlsx", far).read_bytes())
    central = data.find(b"PK\x01\x02")
    data[central + 6 : central + 8] = (98).to_bytes(2, "little")  # version needed: 9.8
    odd = tmp_path / "odd.xlsx"
    odd.write_bytes(bytes(data))
    message = outcome(odd)
    assert "cannot be read" in message and "version 9.8" in message, message


def test_a_stray_cell_in_the_last_column_does_not_make_the_header_search_crawl(tmp_path: Path) -> None:
    """Found by the fuzz harness (xml case 1222, 5 s for 20 rows): every header candidate row was mapped
    over all 16,384 columns, empty ones included. This register of 40 people took 15.7 s before the fix,
    about 40 times calamine's own pass over the 300 × 16,384 cells; now about 3 times. Measured against that
    pass in the same test, in CPU time, so a busy machine does not decide the outcome."""
    source = register(tmp_path, n=40)
    with zipfile.ZipFile(source) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    xml = xml.replace(b"</sheetData>", b'<row r="300"><c r="XFD300"><v>0</v></c></row></sheetData>')
    wide = rewrite(source, tmp_path / "wide.xlsx", {"xl/worksheets/sheet1.xml": xml})
    start = time.process_time()
    rows = python_calamine.CalamineWorkbook.from_path(str(wide)).get_sheet_by_index(0).to_python()
    bare = time.process_time() - start
    assert len(rows[0]) == 16_384  # the stray cell makes every row that wide
    start = time.process_time()
    result = read_register(wide)
    took = time.process_time() - start
    assert len(result.entries) == 40
    assert took < 10 * bare + 0.5, f"{took:.2f} s of CPU against calamine's {bare:.2f} s"
