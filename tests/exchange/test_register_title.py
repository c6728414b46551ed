"""The month a register's title names, read from real xlsx files above the header."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.month import Month
from payout_desk.exchange.register import read_register
from payout_desk.exchange.register.sheets import RawSheet
from payout_desk.exchange.register.title import title_month
from tests.exchange.registers import Layout, Person, write_csv, write_xlsx

PEOPLE = [Person("NCC001"), Person("NCC002", "Lê Thị Bình", 1949, "F", "086149186529")]
HEADING = "DANH SÁCH CHI TRẢ TRỢ CẤP ƯU ĐÃI NGƯỜI CÓ CÔNG"


@pytest.mark.parametrize(
    ("title", "month"),
    [
        ((HEADING, "Tháng 12 năm 2026"), Month(2026, 12)),
        ((f"{HEADING} THÁNG 12 NĂM 2026",), Month(2026, 12)),
        ((HEADING, "Tháng 01/2027"), Month(2027, 1)),
        ((HEADING, "tháng 3 - 2027"), Month(2027, 3)),
        (("Mang Thít, ngày 25 tháng 11 năm 2026", HEADING, "Tháng 12 năm 2026"), Month(2026, 12)),
        ((HEADING, "Th\u00e1ng 12 n\u0103m 2026".replace("á", "a\u0301")), Month(2026, 12)),  # NFD
        ((HEADING,), None),
        ((HEADING, "Tháng 13 năm 2026"), None),
    ],
)
def test_the_title_month_is_read_above_the_header(
    tmp_path: Path, title: tuple[str, ...], month: Month | None
) -> None:
    path = tmp_path / "danh-sach.xlsx"
    write_xlsx(path, PEOPLE, Layout(title=title))
    result = read_register(path)
    assert result.title_month == month
    assert len(result.entries) == 2 and not result.errors


def test_a_month_in_the_rows_below_the_header_is_not_the_title(tmp_path: Path) -> None:
    path = tmp_path / "danh-sach.xlsx"
    people = [Person("NCC001", notes="Truy lĩnh tháng 11 năm 2026")]
    write_xlsx(path, people, Layout(letterhead=False))
    assert read_register(path).title_month is None
    write_csv(tmp_path / "danh-sach.csv", people)
    assert read_register(tmp_path / "danh-sach.csv").title_month is None


@given(
    st.integers(2000, 2200),
    st.integers(1, 12),
    st.sampled_from(
        ["Tháng {m} năm {y}", "THÁNG {m:02d}/{y}", "tháng {m} - {y}", "DANH SÁCH CHI TRẢ THÁNG {m} NĂM {y}"]
    ),
    st.sampled_from(["", "Vĩnh Long, ngày 25 tháng 11 năm 2026"]),
)
def test_any_month_in_any_usual_wording_is_read_and_a_date_line_is_not(
    year: int, month: int, wording: str, date_line: str
) -> None:
    title = wording.format(m=month, y=year)
    sheet = RawSheet("DS", [[date_line], ["", title], [], ["Mã đối tượng", "Họ và tên", "Số tiền"]])
    assert title_month(sheet, 3) == Month(year, month)
    assert title_month(RawSheet("DS", [[date_line], ["Mã đối tượng"]]), 1) is None
