"""Registers in the shapes real ones come in: every class of mess, every error and warning code."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from payout_desk.exchange.register import RegisterFileError, RegisterResult, column_letter, read_register
from payout_desk.exchange.register.cells import check_id, is_cash, parse_birth, parse_sex, standing_proxy
from tests.exchange.registers import Layout, Person, write_csv, write_xlsx

PEOPLE = [
    Person("NCC001", "Nguyễn Văn Dũng", 1940, "M", "086040173112"),
    Person(
        "NCC002",
        "Lê Thị Bình",
        1949,
        "F",
        "086149186529",
        amounts={"monthly": 2_789_000, "arrears": 5_578_000},
        notes="Chi trả tại nhà",
    ),
    Person(
        "NCC003",
        "Trần Văn An",
        1941,
        "M",
        "086041535682",
        point="Bưu cục Mỹ An",
        commune="XÃ MỸ AN",
        amounts={"monthly": 3_804_000, "extra": 1_394_000},
        notes="Ủy quyền: Trần Văn Bảy (con)",
    ),
    Person(
        "NCC004",
        "Phạm Thị Hoa",
        1950,
        "F",
        "086150123456",
        point="Bưu cục Mỹ An",
        commune="XÃ MỸ AN",
        method="Chuyển khoản",
    ),
]


def read(
    tmp_path: Path, people: list[Person] = PEOPLE, layout: Layout | None = None
) -> tuple[RegisterResult, dict[str, int]]:
    path = tmp_path / "register.xlsx"
    rows = write_xlsx(path, people, layout)
    return read_register(path), rows


def summary(result: RegisterResult) -> dict[str, tuple[str, int, str]]:
    return {e.code: (e.name, e.total, e.point_name) for e in result.entries}


EXPECTED = {
    "NCC001": ("Nguyễn Văn Dũng", 2_866_000, "Điểm BĐVHX An Phước"),
    "NCC002": ("Lê Thị Bình", 8_367_000, "Điểm BĐVHX An Phước"),
    "NCC003": ("Trần Văn An", 5_198_000, "Bưu cục Mỹ An"),
    "NCC004": ("Phạm Thị Hoa", 2_866_000, "Bưu cục Mỹ An"),
}


def assert_clean(result: RegisterResult) -> None:
    assert summary(result) == EXPECTED
    assert result.rows_read == 4
    assert result.errors == [] and result.warnings == []
    assert result.non_cash == 1


def test_two_level_merged_header_with_letterhead_groups_and_footer(tmp_path: Path) -> None:
    result, _ = read(tmp_path)
    assert_clean(result)
    second = next(e for e in result.entries if e.code == "NCC002").person
    assert [(x.kind, x.label, x.amount) for x in second.lines] == [
        ("monthly", "Trợ cấp hàng tháng", 2_789_000),
        ("arrears", "Truy lĩnh", 5_578_000),
    ]
    assert (second.sex, second.birth_year, second.home_visit, second.commune) == (
        "F",
        1949,
        True,
        "XÃ AN PHƯỚC",
    )
    third = next(e for e in result.entries if e.code == "NCC003").person
    assert (third.proxy_name, third.proxy_relation) == ("Trần Văn Bảy", "con")


def test_single_level_header_without_column_numbers_or_letterhead(tmp_path: Path) -> None:
    assert_clean(read(tmp_path, layout=Layout(two_level=False, column_numbers=False, letterhead=False))[0])


def test_data_sheet_found_after_a_guide_sheet_and_before_a_summary(tmp_path: Path) -> None:
    result, _ = read(tmp_path, layout=Layout(guide_sheet=True, summary_sheet=True))
    assert result.sheet == "DS chi tra"
    assert_clean(result)


def test_register_starting_at_an_offset(tmp_path: Path) -> None:
    result, rows = read(tmp_path, layout=Layout(start_row=3, start_col=2))
    assert_clean(result)
    assert next(e for e in result.entries if e.code == "NCC001").row == rows["NCC001"]


@pytest.mark.parametrize(
    "wording",
    [
        {
            "code": "Mã ĐT",
            "name": "Họ tên đối tượng",
            "cccd": "CCCD/CMND",
            "point": "Nơi nhận",
            "total": "Thành tiền",
        },
        {
            "code": "Mã hồ sơ",
            "name": "Họ và tên người hưởng",
            "cccd": "Số định danh cá nhân",
            "address": "Nơi cư trú",
            "method": "Hình thức chi trả",
            "category": "Diện đối tượng",
        },
        {
            "code": "MÃ ĐỐI TƯỢNG",
            "name": "HỌ VÀ TÊN",
            "point": "Địa điểm chi trả",
            "money": "Số tiền được hưởng",
        },
    ],
)
def test_header_synonyms_map_by_meaning(tmp_path: Path, wording: dict[str, str]) -> None:
    assert_clean(read(tmp_path, layout=Layout(headers=wording))[0])


@pytest.mark.parametrize("birth_as", ["date", "text"])
def test_register_with_dates_instead_of_years_reads_birth_year(tmp_path: Path, birth_as: str) -> None:
    result, _ = read(tmp_path, layout=Layout(two_level=False, birth_as=birth_as))
    assert_clean(result)
    first = next(e for e in result.entries if e.code == "NCC001").person
    assert (first.birth_year, first.birth_date, first.sex) == (1940, date(1940, 3, 15).isoformat(), "M")


def test_sex_from_a_sex_column(tmp_path: Path) -> None:
    result, _ = read(tmp_path, layout=Layout(two_level=True, sex_columns=False))
    assert_clean(result)
    assert [e.person.sex for e in result.entries] == ["M", "F", "M", "F"]


def test_amounts_typed_as_text(tmp_path: Path) -> None:
    assert_clean(read(tmp_path, layout=Layout(amounts_as="text"))[0])


def test_nfd_names_are_stored_nfc_and_spaces_trimmed(tmp_path: Path) -> None:
    people = [
        *PEOPLE[:3],
        Person(
            "NCC004",
            "  Phạm   Thị Hoa ",
            1950,
            "F",
            "086150123456",
            point="Bưu cục Mỹ An",
            commune="XÃ MỸ AN",
            method="Chuyển khoản",
        ),
    ]
    result, _ = read(tmp_path, people, Layout(nfd=True))
    assert_clean(result)
    assert all(unicodedata.is_normalized("NFC", e.name) for e in result.entries)


def test_an_unknown_extra_column_and_a_prefix_header_do_not_take_the_notes(tmp_path: Path) -> None:
    assert_clean(read(tmp_path, layout=Layout(extra_column="Ghi chú khác (nội bộ)"))[0])


def test_a_grand_total_right_under_the_header_does_not_stop_reading(tmp_path: Path) -> None:
    assert_clean(read(tmp_path, layout=Layout(total_first=True))[0])


def test_without_a_point_column_the_commune_group_is_the_point(tmp_path: Path) -> None:
    result, _ = read(tmp_path, layout=Layout(point_column=False))
    assert {e.code: e.point_name for e in result.entries} == {
        "NCC001": "XÃ AN PHƯỚC",
        "NCC002": "XÃ AN PHƯỚC",
        "NCC003": "XÃ MỸ AN",
        "NCC004": "XÃ MỸ AN",
    }


def test_without_a_point_column_or_groups_the_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RegisterFileError, match="payout-point column"):
        read(tmp_path, layout=Layout(point_column=False, groups=False))


@pytest.mark.parametrize(("delimiter", "encoding"), [(";", "utf-8-sig"), (",", "utf-8"), ("\t", "cp1258")])
def test_csv_registers_with_any_delimiter_and_encoding(tmp_path: Path, delimiter: str, encoding: str) -> None:
    path = tmp_path / "register.csv"
    write_csv(path, PEOPLE, delimiter=delimiter, encoding=encoding)
    result = read_register(path)
    assert summary(result) == EXPECTED
    assert result.errors == []


# errors and warnings ---------------------------------------------------------------------------------


def issues(result: RegisterResult, kind: str = "errors") -> list[tuple[int, str, str]]:
    return [(i.row, i.code, i.column) for i in getattr(result, kind)]


def test_each_error_names_row_column_and_reason(tmp_path: Path) -> None:
    people = [
        Person("", "Không Mã"),
        Person("NCC011", ""),
        Person("NCC012", amounts={"monthly": "hai triệu"}, total=2_000_000),
        Person("NCC013", amounts={"monthly": 2_866_000, "extra": 1_000}, total=2_866_000),
        Person("NCC014", amounts={}, total=""),
        Person("NCC015"),
        Person("NCC015", "Người Trùng Mã"),
        Person("NCC016"),
    ]
    result, rows = read(tmp_path, people, Layout(groups=False))
    assert issues(result) == [
        (rows[""], "missing_code", "Mã đối tượng"),
        (rows["NCC011"], "missing_name", "Họ và tên"),
        (rows["NCC012"], "bad_amount", "Trợ cấp hàng tháng"),
        (rows["NCC013"], "total_mismatch", "Tổng cộng"),
        (rows["NCC014"], "no_amount", "Tổng cộng"),
        (rows["NCC015"], "duplicate_code", "Mã đối tượng"),
        (rows["NCC015"] + 1, "duplicate_code", "Mã đối tượng"),
    ]
    assert result.rows_read == 8
    assert summary(result) == {"NCC016": ("Nguyễn Văn Dũng", 2_866_000, "Điểm BĐVHX An Phước")}
    mismatch = next(e for e in result.errors if e.code == "total_mismatch")
    assert "2.866.000" in mismatch.message and "2.867.000" in mismatch.message
    assert "also on row(s)" in next(e for e in result.errors if e.code == "duplicate_code").message
    assert set(result.cells) == {row for row, _code, _column in issues(result)}  # only rows with an issue
    cells = {label: (letter, value) for letter, label, value in result.cells[rows["NCC012"]]}
    assert cells["Mã đối tượng"][1] == "NCC012" and cells["Trợ cấp hàng tháng"][1] == "hai triệu"
    assert cells["Tổng cộng"][1] == "2000000"  # as typed, not 2000000.0
    assert [letter for letter, _label, _value in result.cells[rows["NCC012"]]][:3] == ["A", "B", "C"]


@given(st.integers(0, 20_000))
def test_column_letters_are_excels(index: int) -> None:
    letters = column_letter(index)
    assert letters.isalpha() and letters.isupper()
    assert sum((ord(c) - 64) * 26**i for i, c in enumerate(reversed(letters))) == index + 1
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def test_id_warnings_restore_invalid_and_mismatch(tmp_path: Path) -> None:
    people = [
        Person("NCC021", cccd=86040173112),  # a number: Excel dropped the leading zero
        Person("NCC022", cccd="0860401731"),
        Person("NCC023", cccd="08604017311A"),
        Person("NCC024", cccd="099040173112"),  # no such province
        Person("NCC025", birth=1941),  # CCCD says 1940
        Person("NCC026", sex="F", cccd="086040173112"),  # CCCD says male
        Person("NCC027", cccd="361234567"),  # an old 9-digit CMND is fine
        Person("NCC028", cccd=""),
    ]
    result, rows = read(tmp_path, people, Layout(groups=False))
    assert issues(result, "warnings") == [
        (rows["NCC021"], "cccd_restored", "Số CCCD"),
        (rows["NCC022"], "cccd_invalid", "Số CCCD"),
        (rows["NCC023"], "cccd_invalid", "Số CCCD"),
        (rows["NCC024"], "cccd_invalid", "Số CCCD"),
        (rows["NCC025"], "cccd_mismatch", "Số CCCD"),
        (rows["NCC026"], "cccd_mismatch", "Số CCCD"),
    ]
    assert result.errors == []
    ids = {e.code: e.person.cccd for e in result.entries}
    assert ids["NCC021"] == "086040173112" and ids["NCC027"] == "361234567" and ids["NCC028"] is None


def test_non_cash_rows_by_method_or_note(tmp_path: Path) -> None:
    people = [
        Person("A1", method="CK"),
        Person("A2", method="TK"),
        Person("A3", method="Qua tài khoản"),
        Person("A4", method="", notes="Chuyển khoản Agribank"),
        Person("A5", method="Tiền mặt"),
        Person("A6", method="", notes="Chi tại nhà"),
    ]
    result, _ = read(tmp_path, people, Layout(groups=False))
    assert result.non_cash == 4
    assert [e.code for e in result.cash_entries] == ["A5", "A6"]
    assert next(e for e in result.entries if e.code == "A6").home_visit


# files refused as a whole -----------------------------------------------------------------------------

TCVN3 = {"ễ": "Ô", "ă": "¨", "Đ": "§", "ứ": "ø", "à": "µ", "ạ": "¹", "ị": "Þ", "ọ": "ä", "ố": "è", "ư": "­"}
VNI = {
    "ễ": "eã",
    "ă": "aê",
    "Đ": "Ñ",
    "ứ": "öù",
    "à": "aø",
    "ạ": "aï",
    "ị": "ò",
    "ọ": "oï",
    "ố": "oá",
    "ư": "ö",
}


@pytest.mark.parametrize(("table", "name"), [(TCVN3, "TCVN3"), (VNI, "VNI")])
def test_legacy_font_registers_are_refused_naming_the_encoding(
    tmp_path: Path, table: dict[str, str], name: str
) -> None:
    def legacy(text: str) -> str:
        return "".join(table.get(ch, ch) for ch in text)

    people = [
        Person(
            p.code,
            legacy(p.name),
            p.birth,
            p.sex,
            p.cccd,
            legacy(p.address),
            legacy(p.category),
            legacy(p.point),
        )
        for p in PEOPLE * 3
    ]
    for index, person in enumerate(people):
        person.code = f"X{index}"
    layout = Layout(headers={k: legacy(v) for k, v in {"code": "Mã đối tượng", "name": "Họ và tên"}.items()})
    with pytest.raises(RegisterFileError, match=name):
        read(tmp_path, people, layout)


def test_a_corrupt_xlsx_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not a workbook")
    with pytest.raises(RegisterFileError, match="cannot be read as a spreadsheet"):
        read_register(path)


def test_a_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "danh_sach.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(RegisterFileError, match=r"\.xlsx"):
        read_register(path)


def test_a_workbook_without_a_register_sheet_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    write_xlsx(path, [], Layout(headers={"code": "Ngày", "name": "Việc"}))
    with pytest.raises(RegisterFileError, match="no sheet has a header"):
        read_register(path)


# properties ----------------------------------------------------------------------------------------------

SYLLABLES = ["Nguyễn", "Trần", "Lê", "Văn", "Thị", "Đức", "Hằng", "Ngọc", "Út", "Bảy", "Phúc", "Dũng", "Ánh"]
names = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=4).map(" ".join)
person = st.builds(
    lambda name, monthly, extra, notes, female: Person(
        "",
        name,
        1950,
        "F" if female else "M",
        "086150123456" if female else "086050123456",
        amounts={"monthly": monthly, **({"extra": extra} if extra else {})},
        notes=notes,
    ),
    names,
    st.integers(1, 20_000_000),
    st.integers(0, 5_000_000),
    st.sampled_from(["", "Chi trả tại nhà", "Ủy quyền: Lê Văn Tám (con)"]),
    st.booleans(),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=st.lists(person, min_size=1, max_size=40), two_level=st.booleans())
def test_any_valid_register_round_trips(tmp_path: Path, people: list[Person], two_level: bool) -> None:
    for index, p in enumerate(people):
        p.code = f"NCC{index:05d}"
    result, _ = read(tmp_path, people, Layout(two_level=two_level))
    assert result.errors == [] and result.rows_read == len(people)
    assert summary(result) == {p.code: (p.name, p.total_cell(), p.point) for p in people}


@given(st.one_of(st.none(), st.text(max_size=30), st.integers(), st.floats(allow_nan=True), st.dates()))
def test_cell_parsers_never_raise(value: object) -> None:
    parse_birth(value)
    parse_sex(value)
    check_id(value, birth_year=1940, sex="M")
    text = str(value)
    standing_proxy(text)
    is_cash(text, text)
