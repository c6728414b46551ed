"""A bank's result file read (issue 17 item 3): the header found by synonyms in any order, junk rows left
out, accounts normalised and said so, statuses mapped (an unknown one flagged), and the file refused whole —
one sentence naming the row — for decimals, an unknown bank, a repeated reference or line, no header."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from payout_desk.domain.accounts import AccountProblem
from payout_desk.domain.month import Month
from payout_desk.domain.text import fold
from payout_desk.domain.transfer_results import Outcome
from payout_desk.exchange.bank_results import SYNONYMS, BankResultsError, read_results
from payout_desk.exchange.bank_table import bank_table
from tests.bank_results_kit import BankLine, content, write_csv, write_xlsx

BANKS = bank_table()
PAID = BankLine("0123 456-789", "NGUYEN VAN A", 1_500_000, content("2026-12", "NCC001"), reference="FT1")
FAILED = BankLine("9876543210", "TRAN THI B", 2_350_000, content("2026-12", "NCC002"), "Thất bại",
                  "Tài khoản không tồn tại", "FT2", "Vietcombank")  # fmt: skip
ODD = BankLine(
    "1111222233", "LE C", "1.200.000", "Tro cap NCC thang 12/2026 - NCC003", "Đang xử lý", "", "FT3"
)


def _read(path: Path):  # type: ignore[no-untyped-def]
    return read_results(path, BANKS)


@pytest.mark.parametrize(
    "write",
    [
        lambda p: write_xlsx(p / "kq.xlsx", [PAID, FAILED, ODD]),
        lambda p: write_csv(p / "kq.csv", [PAID, FAILED, ODD]),
        lambda p: write_csv(p / "kq.csv", [PAID, FAILED, ODD], delimiter=",", bom=False),
    ],
    ids=["xlsx", "csv-semicolon-bom", "csv-comma"],
)
def test_a_result_file_reads_the_same_as_xlsx_or_csv(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    result = _read(write(tmp_path))
    assert result.header_row == 3 and result.columns["account"] == "Số tài khoản"
    paid, failed, odd = result.lines
    assert (paid.row, paid.account, paid.amount, paid.outcome, paid.code) == (4, "0123456789", 1_500_000,
                                                                                Outcome.PAID, "NCC001")  # fmt: skip
    assert paid.normalised and result.normalised == [paid] and paid.month == Month(2026, 12)
    assert paid.bin == "970436" and failed.bin == "970436"  # "Vietcombank" found in the table
    assert failed.outcome == Outcome.FAILED and failed.reason == "Tài khoản không tồn tại"
    assert odd.outcome == Outcome.UNKNOWN and odd.amount == 1_200_000 and odd.code == "NCC003"
    assert odd.month == Month(2026, 12) and len(result.lines) == 3  # the total at the foot is not a line


def test_every_status_word_a_bank_uses_is_understood(tmp_path: Path) -> None:
    words = {"Thành công": Outcome.PAID, "Đã chuyển": Outcome.PAID, "SUCCESS": Outcome.PAID, "ok": Outcome.PAID,
             "Thất bại": Outcome.FAILED, "Lỗi": Outcome.FAILED, "Từ chối": Outcome.FAILED,
             "Failed": Outcome.FAILED, "REJECTED": Outcome.FAILED, "Chờ xử lý": Outcome.UNKNOWN, "": Outcome.UNKNOWN}  # fmt: skip
    lines = [BankLine(f"10000000{i:02d}", "X", 100_000 + i, content("2026-12", f"C{i}"), word, reference=f"R{i}")
             for i, word in enumerate(words)]  # fmt: skip
    result = _read(write_xlsx(tmp_path / "kq.xlsx", lines))
    assert [line.outcome for line in result.lines] == list(words.values())


def test_an_account_that_is_not_one_is_kept_and_flagged(tmp_path: Path) -> None:
    lines = [BankLine("12AB45678", "X", 100_000, content("2026-12", "C1")), BankLine("123", "Y", 200_000, "")]
    first, second = _read(write_csv(tmp_path / "kq.csv", lines)).lines
    assert (first.account, first.account_problem) == ("", AccountProblem.NOT_DIGITS)
    assert (second.account, second.account_problem, second.code) == ("", AccountProblem.LENGTH, None)


@pytest.mark.parametrize(
    ("amount", "words"),
    [("1500000.50", "has decimals"), ("1.500.000,5", "has decimals"), (1500000.5, "has decimals"),
     ("mười nghìn", "is not an amount")],
)  # fmt: skip
def test_an_amount_with_decimals_refuses_the_whole_file(tmp_path: Path, amount: object, words: str) -> None:
    lines = [PAID, BankLine("5555666677", "X", amount, content("2026-12", "C9"), reference="FT9")]
    with pytest.raises(BankResultsError) as caught:
        _read(write_xlsx(tmp_path / "kq.xlsx", lines))
    assert (
        "row 5" in str(caught.value)
        and words in str(caught.value)
        and "Nothing was recorded" in str(caught.value)
    )


def test_a_whole_amount_written_with_zero_decimals_is_whole(tmp_path: Path) -> None:
    lines = [BankLine("5555666677", "X", "1.500.000,00", "", reference="A"),
             BankLine("5555666678", "X", "2500000.0", "", reference="B")]  # fmt: skip
    assert [line.amount for line in _read(write_csv(tmp_path / "kq.csv", lines)).lines] == [
        1_500_000,
        2_500_000,
    ]


@pytest.mark.parametrize(
    ("lines", "words"),
    [
        ([PAID, BankLine("2222333344", "X", 10, "", reference="FT1")], "the reference FT1 is on both row 4 and row 5"),
        ([PAID, BankLine("0123456789", "X", 1_500_000, content("2026-12", "NCC001"), reference="FTX")], "the account 0123456789 with the same amount"),
        ([PAID, BankLine("2222333344", "X", 10, "", bank="999999")], "the bank “999999” is unknown"),
        ([PAID, BankLine("2222333344", "X", 10, "", bank="Ngân hàng Sao Hỏa")], "is unknown"),
    ],
    ids=["same-reference", "same-account-and-amount", "unknown-bin", "unknown-bank-name"],
)  # fmt: skip
def test_a_file_that_is_not_one_result_is_refused_whole(
    tmp_path: Path, lines: list[BankLine], words: str
) -> None:
    with pytest.raises(BankResultsError) as caught:
        _read(write_xlsx(tmp_path / "kq.xlsx", lines))
    assert words in str(caught.value)
    assert "dòng 5" in caught.value.text.vi or "dòng 4" in caught.value.text.vi


def test_a_file_without_the_columns_or_of_another_kind_is_refused(tmp_path: Path) -> None:
    (tmp_path / "kq.csv").write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    with pytest.raises(BankResultsError, match="no header row naming the account"):
        _read(tmp_path / "kq.csv")
    (tmp_path / "kq.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(BankResultsError, match="must be an Excel file"):
        _read(tmp_path / "kq.pdf")
    (tmp_path / "latin.csv").write_bytes("Số tài khoản;Số tiền;Trạng thái\n".encode("utf-16"))
    with pytest.raises(BankResultsError, match="not UTF-8"):
        _read(tmp_path / "latin.csv")


# --- property: any header the synonyms allow, in any order, with junk rows, reads back the lines written ---

FIELDS = ("account", "amount", "status", "reference", "reason", "content", "holder")
_LABELS = {name: [label for field, label in SYNONYMS if field == name] for name in FIELDS}


def _spelled(label: str, style: int) -> str:
    return (label, label.upper(), fold(label), f" {label} (*)")[style]


junk = st.sampled_from([[], ["Ghi chú: kết quả theo lô"], ["", "", ""], ["Người lập", "", "Kế toán"]])


@st.composite
def result_files(draw: st.DrawFn) -> tuple[list[str], list[list[object]], list[dict[str, object]]]:
    order = draw(st.permutations(FIELDS))
    header = [_spelled(draw(st.sampled_from(_LABELS[name])), draw(st.integers(0, 3))) for name in order]
    count = draw(st.integers(1, 12))
    first = draw(st.integers(10**5, 10**17))
    accounts = [str(first + 7 * i).zfill(draw(st.integers(6, 19))) for i in range(count)]
    rows: list[list[object]] = [list(draw(junk)) for _ in range(draw(st.integers(0, 3)))]
    rows.append(header)
    wanted = []
    for i, account in enumerate(accounts):
        line = {
            "account": account,
            "amount": draw(st.integers(1, 10**10)),
            "status": draw(st.sampled_from(["Thành công", "Thất bại", "Từ chối", "OK", "Đang xử lý"])),
            "reference": f"FT{i:05d}",
            "reason": draw(st.sampled_from(["", "Sai tên", "Tài khoản đóng"])),
            "content": content("2026-12", f"NCC{i:03d}"),
            "holder": "NGUYEN VAN A",
        }
        wanted.append(line)
        rows.append([line[name] for name in order])
        if draw(st.booleans()):
            rows.append(list(draw(junk)))
    return header, rows, wanted


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(result_files(), st.sampled_from(["xlsx", ";", ","]))
def test_any_header_order_and_junk_reads_back_the_lines(tmp_path: Path, drawn, kind: str) -> None:  # type: ignore[no-untyped-def]
    _header, rows, wanted = drawn
    if kind == "xlsx":
        path = tmp_path / "kq.xlsx"
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in rows:
            sheet.append([str(v) if isinstance(v, str) else v for v in row])
        book.save(path)
    else:
        path = tmp_path / "kq.csv"
        out = io.StringIO()
        csv.writer(out, delimiter=kind).writerows(rows)
        path.write_text(out.getvalue(), encoding="utf-8")
    lines = _read(path).lines
    assert [(x.account, x.amount, x.reference, x.reason, x.code) for x in lines] == [
        (w["account"], w["amount"], w["reference"], w["reason"], w["content"].rsplit(" ", 1)[1])
        for w in wanted
    ]
    assert [x.outcome for x in lines] == [
        Outcome.PAID if w["status"] in ("Thành công", "OK") else Outcome.UNKNOWN if w["status"] == "Đang xử lý"
        else Outcome.FAILED for w in wanted
    ]  # fmt: skip


def test_two_people_sharing_an_account_for_the_same_amount_are_two_lines(tmp_path: Path) -> None:
    shared = [BankLine("4455667788", "HUYNH VAN BAY", 2_866_000, content("2026-12", "NCC007"), reference="A"),
              BankLine("4455667788", "HUYNH THI TAM", 2_866_000, content("2026-12", "NCC008"), reference="B")]  # fmt: skip
    assert [line.code for line in _read(write_xlsx(tmp_path / "kq.xlsx", shared)).lines] == [
        "NCC007",
        "NCC008",
    ]
