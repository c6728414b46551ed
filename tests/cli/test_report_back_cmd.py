"""`office report-back` (xlsx) and `report report-back` (PDF), issue 15 item 7: the CLI contract (JSON, exit
codes, one-line errors, nothing written on bad input), the workbook read back with openpyxl and the PDF with
pypdf — the right rows, and totals equal to the settlement's."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from payout_desk.domain.money import amount_in_words, format_vnd
from payout_desk.exchange.report_back_xlsx import FIRST_ROW
from tests.cli.conftest import Cli
from tests.report_back_round import DECEMBER, JANUARY, amount, two_months
from tests.roundkit import Round

SHEETS = [
    "Tổng hợp", "Báo tử", "Chuyển điểm", "Không nhận nhiều tháng", "Truy lĩnh", "Thu hồi", "Giữ lại",
    "Chi một lần cho thân nhân",
]  # fmt: skip


def rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    """A sheet's data rows (below its title and column heads), empty rows left out."""
    book = load_workbook(path, read_only=True)
    found = [
        r for r in book[sheet].iter_rows(min_row=FIRST_ROW, values_only=True) if any(c is not None for c in r)
    ]
    book.close()
    return found


@pytest.fixture
def office(game: Round) -> Path:
    two_months(game)
    game.close()
    return game.root / "office"


def test_report_back_workbook(office: Path, cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "T12.xlsx"
    done = cli("office", "report-back", "--month", DECEMBER, "--out", out, "--data-dir", office, "--json")
    assert done.code == 0, done.err
    payload = done.json
    assert set(payload) >= {
        "month",
        "path",
        "closed",
        "counts",
        "totals",
        "points",
        "recover_total",
        "deaths",
    }
    assert payload["counts"] == {
        "deaths": 2, "moves": 1, "unclaimed": 0, "arrears_in": 0, "arrears_out": payload["counts"]["arrears_out"],
        "recover": 1, "holds": 0, "family": 1, "points": 2,
    }  # fmt: skip
    assert payload["closed"] is True and payload["recover_total"] == amount(2)
    settlement = cli("office", "status", "--month", DECEMBER, "--data-dir", office, "--json")
    assert settlement.code == 0, settlement.err
    assert payload["totals"]["paid_amount"] == settlement.json["totals"]["paid_amount"]

    book = load_workbook(out, read_only=True)
    assert book.sheetnames == SHEETS
    book.close()
    summary = rows(out, "Tổng hợp")
    points = {r[0]: r for r in summary[:2]}
    total = summary[2]
    assert set(points) == {"P01", "P02"} and total[1] == "TỔNG CỘNG"
    names = ("beneficiaries", "cash_total", "paid_count", "paid_entitled", "paid_amount", "unpaid_count",
             "unpaid_amount", "stopped_count", "stopped_amount")  # fmt: skip
    for p in settlement.json["points"]:
        assert points[p["code"]][2:] == tuple(p[n] for n in names)
    sheet = tmp_path / "settlement.xlsx"
    assert cli("office", "settlement", "--month", DECEMBER, "--out", sheet, "--data-dir", office).code == 0
    (settled,) = [r for r in rows(sheet, "Tổng hợp") if len(r) > 9 and r[1] == "TỔNG CỘNG"]
    assert total[2:] == settled[2:11]  # the settlement workbook's own totals
    assert amount_in_words(total[5]) in str(summary[3][0]) and amount_in_words(total[6]) in str(summary[4][0])
    death, stopped = rows(out, "Báo tử")
    assert stopped[:5] == ("NCC008", "Nguyễn Văn Nga 8", "P01", "03/12/2026", "Bưu cục báo giảm")
    assert death[:3] == ("NCC002", "Nguyễn Văn Cúc 2", "P01") and death[3] == "20/11/2026"
    assert death[5] == "trưởng ấp Ba" and death[7] == "Hùng"
    (move,) = rows(out, "Chuyển điểm")
    assert move[:5] == ("NCC005", "Nguyễn Văn Khánh 5", "P01", "P02", "05/12/2026")
    owed = rows(out, "Thu hồi")
    assert owed[0][:5] == ("NCC002", "Nguyễn Văn Cúc 2", "P01", "12/2026", amount(2))
    assert owed[-1][1] == "TỔNG CỘNG" and owed[-1][4] == amount(2)
    (family,) = rows(out, "Chi một lần cho thân nhân")
    assert family[1] == "NCC002#1" and family[4] == 18_000_000 and family[7] == "Đã chi"

    words = cli(
        "office", "report-back", "--month", JANUARY, "--out", tmp_path / "T1.xlsx", "--data-dir", office
    )
    assert words.code == 0, words.err
    assert "T1.xlsx" in words.out and ("thu hồi 1" in words.out or "to recover 1" in words.out)
    arrears = rows(tmp_path / "T1.xlsx", "Truy lĩnh")
    ncc004 = [r for r in arrears if r[1] == "NCC004"]
    assert [(r[0], r[5], r[7]) for r in ncc004] == [("Chuyển vào tháng này", amount(4), "Đã chi")]
    held = {r[0]: r for r in rows(tmp_path / "T1.xlsx", "Giữ lại")}
    assert held["NCC002"][4] == "Đang giữ lại" and "NCC005" not in held  # moved, listed there: no hold


def test_bad_input_is_one_line_and_writes_nothing(office: Path, cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    missing = cli("office", "report-back", "--month", "2027-05", "--out", out, "--data-dir", office)
    assert missing.code == 3 and len(missing.err.strip().splitlines()) == 1 and "2027-05" in missing.err
    bad = cli("office", "report-back", "--month", "May", "--out", out, "--data-dir", office)
    assert bad.code in (2, 3) and len(bad.err.strip().splitlines()) == 1
    assert cli("office", "report-back", "--month", DECEMBER, "--data-dir", office).code == 2
    pdf = cli(
        "report", "report-back", "--month", "2027-05", "--out", tmp_path / "x.pdf", "--data-dir", office
    )
    assert pdf.code == 3 and len(pdf.err.strip().splitlines()) == 1
    one = cli("report", "report-back", "--month", DECEMBER, "--point", "P01", "--out", tmp_path / "x.pdf",
              "--data-dir", office)  # fmt: skip
    assert one.code == 2
    assert not out.exists() and not (tmp_path / "x.pdf").exists()


def test_report_back_pdf(office: Path, cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "T12.pdf"
    done = cli("report", "report-back", "--month", DECEMBER, "--out", out, "--data-dir", office, "--json")
    assert done.code == 0, done.err
    settlement = cli("office", "status", "--month", DECEMBER, "--data-dir", office, "--json").json
    paid = settlement["totals"]["paid_amount"]
    assert done.json["total"] == paid and done.json["points"] == ["P01", "P02"]
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(out).pages))
    assert "BÁO CÁO GỬI PHÒNG LĐ-TB&XH" in text
    for expected in ("Nguyễn Văn Cúc 2", "trưởng ấp Ba", "Nguyễn Văn Khánh 5", "Lê Thị Hai", "TỔNG CỘNG"):
        assert expected in text
    assert format_vnd(paid, unit="") in text and amount_in_words(paid) in text
    assert amount_in_words(amount(2)) in text  # the amount to recover, in words
