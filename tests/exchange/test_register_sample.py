"""The shared sample register gives exactly its expected.json."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from payout_desk.exchange.register import RegisterResult, read_register
from tests.conftest import SAMPLE_REGISTER


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    if not SAMPLE_REGISTER.exists():
        pytest.skip("the shared samples are not beside the repo")
    return json.loads(SAMPLE_REGISTER.with_name("danh_sach_chi_tra_2026_12.expected.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def result(expected: dict[str, Any]) -> RegisterResult:
    return read_register(Path(SAMPLE_REGISTER))


def test_rows_read_counts_every_beneficiary_row(result: RegisterResult, expected: dict[str, Any]) -> None:
    assert result.rows_read == expected["rows_with_beneficiaries"]
    assert result.sheet == "DS chi tra T12"


def test_error_rows_are_exactly_the_duplicate_codes(result: RegisterResult, expected: dict[str, Any]) -> None:
    assert sorted({e.row for e in result.errors}) == expected["error_rows"]
    assert {e.code for e in result.errors} == {"duplicate_code"}
    assert all(e.column == "Mã đối tượng" and "NCC08600036" in e.message for e in result.errors)


def test_warning_rows_by_code(result: RegisterResult, expected: dict[str, Any]) -> None:
    by_code: dict[str, list[int]] = defaultdict(list)
    for warning in result.warnings:
        by_code[warning.code].append(warning.row)
    for code, rows in expected["warning_rows"].items():
        assert sorted(by_code.get(code, [])) == rows, code
    assert all(w.column == "Số CCCD" for w in result.warnings)


def test_non_cash_rows_are_counted_not_listed(result: RegisterResult, expected: dict[str, Any]) -> None:
    assert result.non_cash == expected["non_cash"]


def test_points_have_the_expected_people_money_home_visits_and_proxies(
    result: RegisterResult, expected: dict[str, Any]
) -> None:
    points: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for entry in result.cash_entries:
        figures = points[entry.point_name]
        figures[0] += 1
        figures[1] += entry.total
        figures[2] += entry.home_visit
        figures[3] += entry.proxy_name is not None
    assert dict(points) == {
        p["name"]: [p["beneficiaries"], p["cash_total"], p["home_visits"], p["proxies"]]
        for p in expected["points"]
    }
    assert sum(e.total for e in result.cash_entries) == expected["cash_total"]


def test_people_by_point_with_nfc_names_ids_and_totals(
    result: RegisterResult, expected: dict[str, Any]
) -> None:
    invalid_rows = {w.row for w in result.warnings if w.code == "cccd_invalid"}
    got = {e.code: e for e in result.cash_entries}
    for point, people in expected["people_by_point"].items():
        for person in people:
            entry = got[person["code"]]
            assert (entry.point_name, entry.name, entry.total, entry.home_visit) == (
                point,
                person["name"],
                person["total"],
                person["home"],
            ), person["code"]
            if entry.row not in invalid_rows:
                assert entry.person.cccd == person["cccd"], person["code"]
    assert len(got) == sum(len(p) for p in expected["people_by_point"].values())


def test_proxy_and_lines_are_taken_into_fields(result: RegisterResult) -> None:
    entry = next(e for e in result.entries if e.code == "NCC08600021")
    assert (entry.person.proxy_name, entry.person.proxy_relation) == ("Võ Ngọc Tám", "con")
    five = next(e for e in result.entries if e.code == "NCC08600005")
    assert [(line.kind, line.amount) for line in five.person.lines] == [
        ("monthly", 3_804_000),
        ("extra", 1_394_000),
        ("arrears", 11_412_000),
    ]
    assert (five.person.commune, five.person.village) == ("THỊ TRẤN CÁI NHUM", "thôn Đông")
