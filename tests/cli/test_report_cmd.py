"""`payout-desk report …` on a real round (two laptops, a stop, an addition, a double payout, a payout after
a stop), every PDF read back with pypdf: rows, totals, carried page totals, masked IDs, the receipt's
words, the settlement's figures against `office status --json`, and the refusals."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from payout_desk.domain.money import amount_in_words, format_vnd
from payout_desk.reports.signature_sheet import paginate
from payout_desk.services.point.pay import PayoutRequest, Proxy
from tests.cli.conftest import Cli
from tests.paykit import signed
from tests.roundkit import MONTH, POINT, Round, make_round, person_row, stroke_png, write_register

PEOPLE = 30


def cccd(i: int) -> str:
    """A well-formed CCCD for NCC{i:03d}: Vĩnh Long (086), a man born 19xx, the person's number."""
    return f"0860{40 + i % 20:02d}{i:06d}"


def amount(i: int) -> int:
    return 2_789_000 + 1000 * i


def rows() -> list[str]:
    out = []
    for i in range(1, PEOPLE + 1):
        note = "Ủy quyền: Trần Văn Bảy (con)" if i == 3 else ""
        out.append(person_row(i, amount=amount(i), note=note).replace(",Nam,,", f",Nam,{cccd(i)},"))
    out.append(person_row(99, point="Bưu cục Mỹ An", amount=1_929_000).replace(",Nam,,", f",Nam,{cccd(99)},"))
    return out


def text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages]


def after(page: str, label: str) -> list[int]:
    """The figures printed after a label (pypdf gives each table cell a line of its own)."""
    return numbers(page.split(label, 1)[1])


def numbers(line: str) -> list[int]:
    return [int(n.replace(".", "")) for n in re.findall(r"\d[\d.]*\d|\d", line)]


@pytest.fixture(scope="module")
def month(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The round, played once through the services; the tests only print and read."""
    root = tmp_path_factory.mktemp("reports")
    game = make_round(root, devices=2, rows=rows())
    one, two = game.devices
    one.cash.receive(60_000_000)
    one.pay.record(PayoutRequest("NCC001", staff="Lan", signature_png=stroke_png(1)))
    one.pay.record(
        PayoutRequest(
            "NCC003", standing_proxy=True, proxy=Proxy("", "086090000001", id_checked=True), thumbprint=True
        )
    )
    one.pay.record(
        PayoutRequest(
            "NCC004",
            proxy=Proxy("Lê Thị Hồng", "086190000002", "vợ", "UQ 12/2026"),
            signature_png=stroke_png(4),
        )
    )
    two.pay.record(PayoutRequest("NCC002", at_home=True, signature_png=stroke_png(2)))
    two.records.report("NCC005", "deceased", day="2026-12-01", reported_by="con trai")
    for code, reason in (("NCC006", "moved"), ("NCC008", "deceased")):
        game.office.amendments.amend(MONTH, "P01", root / "amend", stop=code, reason=reason, day="2026-12-01")
    extra = write_register(
        root / "bao-tang.csv", [person_row(100, amount=5_000_000).replace(",Nam,,", ",Nam,086045000100,")]
    )
    amended = game.office.amendments.amend(MONTH, "P01", root / "amend", add_file=extra)
    one.lists.load(amended.path)
    two.pay.record(signed("NCC006", at_home=True))  # it has not heard of the stop: a conflict
    two.pay.record(signed("NCC001", at_home=True))  # nor of the other laptop's payout: a double payout
    one.records.report("NCC007", "absent")
    one.cash.give_back(5_000_000)
    game.office.imports.files([game.export(0), game.export(1)])
    double = next(c for c in game.office.status.month(MONTH).conflicts if c.kind == "double-payout")
    game.office.conflicts.resolve(MONTH, double.conflict_id, "Thu hồi lần chi thứ hai", "Kế toán Hoa")
    yield game
    game.close()


def run(cli: Cli, *args: str | Path) -> Any:
    outcome = cli(*args, "--json")
    assert outcome.code == 0, outcome.err
    return outcome.json


def office(game: Round) -> Path:
    return game.root / "office"


def code_amount(code: str) -> int:
    return 5_000_000 if code == "NCC100" else amount(int(code[3:]))


def test_the_office_signature_sheet_carries_page_totals_and_shows_who_signed(
    cli: Cli, month: Round, tmp_path: Path
) -> None:
    out = tmp_path / "ky-nhan.pdf"
    done = run(cli, "report", "signature-sheet", "--month", MONTH, "--out", out, "--data-dir", office(month))
    pages = text(out)
    assert done["pages"] == len(pages) and done["points"] == ["P01", "P02"]
    # P01: 31 listed, the 2 stopped left off, but the stopped one who was paid stays: 30 rows; P02: 1
    assert done["rows"] == 31
    count = int(re.findall(r"Trang 1/(\d+)", pages[0])[0])  # the footer counts P01's own pages
    p01 = pages[:count]
    sheet_pages = len(paginate(list(range(30))))
    assert count in (sheet_pages, sheet_pages + 1) and len(pages) == count + 1
    assert [re.findall(r"Trang (\d+)/", p)[0] for p in p01] == [str(i) for i in range(1, count + 1)]
    carried = 0
    for number, page in enumerate(p01[:sheet_pages], start=1):
        body = page.split(f"Cộng trang {number}")[0]
        page_total = sum(code_amount(code) for code in re.findall(r"NCC\d{3}", body))
        carried += page_total
        assert after(page, f"Cộng trang {number}")[:2] == [page_total, page_total]  # one allowance column
        assert carried in numbers(page.split(f"Cộng trang {number}")[1])
    p01_total = done["total"] - 1_929_000
    assert carried == p01_total
    everything = "\n".join(p01)
    assert "TỔNG CỘNG (30 người)" in everything and format_vnd(p01_total, unit="") in everything
    flat = everything.replace("\n", " ")
    assert f"số tiền {format_vnd(p01_total, unit='')} đồng — bằng chữ: {amount_in_words(p01_total)}" in flat
    assert "NCC006" in everything and "NCC008" not in everything and "NCC100" in everything
    assert "Trần Văn Bảy" in everything and "Lê Thị Hồng" in everything and "điểm chỉ" in everything
    images = sum(len(page.images) for page in PdfReader(out).pages)
    assert images >= 3  # the signed payouts carry their drawn signatures
    assert "Bưu cục Mỹ An" in pages[-1] and "Trang 1/1" in pages[-1]


def test_the_paper_record_marks_the_rounds_flagged_payouts_and_exceptions(
    cli: Cli, month: Round, tmp_path: Path
) -> None:
    out = tmp_path / "ky-nhan-p01.pdf"
    run(cli, "report", "signature-sheet", "--month", MONTH, "--point", "P01", "--out", out,
        "--data-dir", office(month))  # fmt: skip
    pages = text(out)
    flat = " ".join(pages).replace("\n", " ")

    def row(code: str) -> str:
        """A row's text: from its code to the next row's number."""
        return flat.split(f" {code} ", 1)[1].split(" NCC", 1)[0]

    assert "CT" in row("NCC001")  # paid on both laptops: chi trùng
    assert "BG" in row("NCC006") and "TN" in row("NCC006")  # paid at home after the stop
    assert "UQ" in row("NCC003") and "UQ" in row("NCC004") and "TN" in row("NCC002")
    assert "ĐM" in row("NCC005") and "V" in row("NCC007").split()
    assert "Giấy tờ: 086190000002" in flat and "Ủy quyền số: UQ 12/2026" in flat
    assert cccd(12) in flat and "Thân nhân liệt sĩ" in flat and "Trợ cấp hằng tháng" in flat
    assert "ngày" in flat and "NGƯỜI CHI TRẢ" in flat and "TRƯỞNG ĐIỂM CHI TRẢ" in flat
    paid = [1, 2, 3, 4, 6]  # NCC001 twice: counted once on the list, twice in the cash handed out
    paid_money = sum(amount(i) for i in paid)
    unpaid = [i for i in range(1, PEOPLE + 1) if i not in (*paid, 8)]
    unpaid_money = sum(amount(i) for i in unpaid) + 5_000_000
    assert f"Đã chi trả (đã ký nhận): 5 người, số tiền {format_vnd(paid_money, unit='')} đồng" in flat
    assert f"Chưa chi trả: {len(unpaid) + 1} người, số tiền {format_vnd(unpaid_money, unit='')} đồng" in flat
    handed = paid_money + amount(1)
    assert f"số tiền {format_vnd(handed, unit='')} đồng — bằng chữ: {amount_in_words(handed)}" in flat


def test_one_point_and_the_point_laptop_print_their_own_sheet(cli: Cli, month: Round, tmp_path: Path) -> None:
    one = run(cli, "report", "signature-sheet", "--month", MONTH, "--point", "p01", "--out", tmp_path / "a.pdf",
              "--data-dir", office(month))  # fmt: skip
    assert one["points"] == ["P01"] and one["rows"] == 30
    laptop = run(
        cli, "report", "signature-sheet", "--out", tmp_path / "b.pdf", "--data-dir", month.root / "device0"
    )
    # the first laptop has the stops and the addition but not the other laptop's late payouts
    assert laptop["points"] == ["P01"] and laptop["rows"] == 29
    assert laptop["total"] == one["total"] - amount(6)


def test_the_posting_list_masks_ids_and_lists_the_months_changes(
    cli: Cli, month: Round, tmp_path: Path
) -> None:
    out = tmp_path / "niem-yet.pdf"
    done = run(cli, "report", "posting-list", "--month", MONTH, "--point", "P01", "--out", out,
               "--data-dir", office(month))  # fmt: skip
    assert done["rows"] == 29  # 30 + 1 added − 2 stopped
    everything = "\n".join(text(out))
    for i in (*range(1, PEOPLE + 1), 99):
        assert cccd(i) not in everything
    assert "*********001" in everything and f"*********{cccd(12)[-3:]}" in everything
    assert "DANH SÁCH NIÊM YẾT CÔNG KHAI" in everything and "Thân nhân liệt sĩ" in everything
    changes = everything.split("DANH SÁCH TĂNG/GIẢM TRONG THÁNG")[1]
    assert "Báo giảm (2 người)" in changes and "chuyển đi" in changes and "đã mất" in changes
    assert "NCC006" in changes and "NCC008" in changes and "01/12/2026" in changes
    assert "Báo tăng (1 người)" in changes and "NCC100" in changes and "5.000.000" in changes
    total = sum(amount(i) for i in range(1, PEOPLE + 1) if i not in (6, 8)) + 5_000_000
    assert done["total"] == total and format_vnd(total, unit="") in everything
    assert amount_in_words(total) in everything.replace("\n", " ")


def test_the_settlement_has_the_office_status_figures(cli: Cli, month: Round, tmp_path: Path) -> None:
    status = run(cli, "office", "status", "--month", MONTH, "--data-dir", office(month))
    out = tmp_path / "quyet-toan.pdf"
    done = run(cli, "report", "settlement", "--month", MONTH, "--out", out, "--data-dir", office(month))
    pages = text(out)
    assert done["points"] == ["P01", "P02"] and done["pages"] == len(pages)
    summary = pages[0]
    lines = summary.splitlines()
    for point in status["points"]:
        at = lines.index(point["code"])
        assert lines[at + 1] == point["name"]
        assert [int(x.replace(".", "")) for x in lines[at + 2 : at + 14]] == [
            point["beneficiaries"], point["cash_total"], point["paid_count"], point["paid_entitled"],
            point["paid_amount"], point["unpaid_count"], point["unpaid_amount"], point["stopped_count"], point["stopped_amount"],
            point["cash_received"], point["cash_returned"], point["cash_out"],
        ]  # fmt: skip
        assert point["beneficiaries"] == point["paid_count"] + point["unpaid_count"] + point["stopped_count"]
    t = status["totals"]
    at = lines.index("TỔNG CỘNG")
    got = [int(x.replace(".", "")) for x in lines[at + 1 : at + 13]]
    assert (got[0], got[1], got[2], got[3], got[4], got[5], got[7]) == (
        t["beneficiaries"], t["cash_total"], t["paid_count"], t["paid_entitled"], t["paid_amount"],
        t["unpaid_count"], t["stopped_count"],
    )  # fmt: skip
    assert got[-1] == t["cash_out"] and done["total"] == t["paid_amount"]
    assert "mọi điểm: khớp" in summary.replace("\n", " ")
    p01 = " ".join(p for p in pages[1:] if "P02" not in p).replace("\n", " ")
    assert "(1) = (2) + (3) + (4): khớp" in p01
    assert "Đã mất 1 2.794.000" in p01 and "Vắng mặt 1 2.796.000" in p01
    never_came = (
        sum(amount(i) for i in range(9, PEOPLE + 1)) + 5_000_000
    )  # NCC009–NCC030 and the added NCC100
    assert f"Không có bản ghi (chưa đến nhận) 23 {format_vnd(never_came, unit='')}" in p01
    assert "Chi trùng" in p01 and "Thu hồi lần chi thứ hai — Kế toán Hoa" in p01
    assert "Chi cho người đã báo giảm" in p01 and "CHƯA XỬ LÝ" in p01
    assert "chi vượt" in p01  # the double payout is cash paid beyond the list


def test_a_receipt_for_a_proxy_payout(cli: Cli, month: Round, tmp_path: Path) -> None:
    out = tmp_path / "bien-nhan.pdf"
    done = run(cli, "report", "receipt", "NCC004", "--out", out, "--data-dir", month.root / "device0")
    assert (done["pages"], done["rows"], done["total"]) == (1, 1, amount(4))
    page = text(out)[0]
    flat = page.replace("\n", " ")
    assert "BIÊN NHẬN CHI TRẢ TRỢ CẤP" in page and "Tháng 12/2026" in page and POINT in page
    assert "NCC004" in page and "Nguyễn Văn Hoa 4" in page and "Thân nhân liệt sĩ" in page
    assert amount_in_words(amount(4)) in flat and format_vnd(amount(4), unit="") in page
    assert "Lê Thị Hồng (vợ)" in flat and "*********002" in flat and "086190000002" not in flat
    assert "UQ 12/2026" in flat and "An Phước máy 1" in flat
    payout = month.devices[0].roster.detail("NCC004").payouts[0]
    assert payout.event_id in flat
    assert len(PdfReader(out).pages[0].images) == 1
    thumb = run(
        cli, "report", "receipt", "NCC003", "--out", tmp_path / "t.pdf", "--data-dir", month.root / "device0"
    )
    assert "điểm chỉ" in text(tmp_path / "t.pdf")[0] and thumb["total"] == amount(3)


@pytest.mark.parametrize(
    "case",
    [
        (("receipt", "NCC009"), "device0", 3, "has not been paid"),
        (("receipt", "NCC777"), "device0", 3, "no beneficiary with code"),
        (("receipt", "NCC001"), "office", 2, "needs a point desk"),
        (("posting-list",), "device0", 2, "printed on the office desk"),
        (("settlement",), "device1", 2, "printed on the office desk"),
        (("signature-sheet", "--month", "2026-11"), "device0", 2, "not 2026-11"),
        (("signature-sheet", "--point", "P02"), "device0", 2, "--point is for the office desk"),
        (("signature-sheet",), "office", 2, "needs --month"),
        (("settlement", "--month", "2026-13"), "office", 2, "month must be YYYY-MM"),
        (("posting-list", "--month", MONTH, "--point", "P09"), "office", 2, "no payout point 'P09'"),
        (("settlement", "--month", "2027-01"), "office", 1, "no lists issued for 2027-01"),
    ],
)
def test_refusals_are_one_line_with_the_contracts_exit_code(
    cli: Cli, month: Round, tmp_path: Path, case: tuple[tuple[str, ...], str, int, str]
) -> None:
    args, where, code, says = case
    out = tmp_path / "x.pdf"
    outcome = cli("report", *args, "--out", out, "--data-dir", month.root / where)
    assert outcome.code == code, outcome.err
    assert says in outcome.err and outcome.err.count("\n") == 1 and "Traceback" not in outcome.err
    assert not out.exists()
