"""Issue 17, the acceptance round: the sample register with a fifth of its people paid by transfer (account
columns, most valid, some not), imported; the lists issued; the month's batches written per bank; the banks'
result files written as a bank writes them (some failures, xlsx and CSV); the results taken in, the failures
put on their point's cash list by a signed amendment, which the point loads and pays in cash with a drawn
signature; its sync file, which also brings a cash beneficiary's sign-up for payment by account, taken in; the
settlement balancing cash + transfer to the đồng, on paper (PDF and workbook read back) as in the status; the
sign-up on the office's list for the welfare office."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from payout_desk.domain.signup import SignupForm
from payout_desk.domain.transfer_results import Verdict
from payout_desk.exchange.register import read_register
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.signups import SignupRequest
from tests.bank_results_kit import answer, write_csv, write_xlsx
from tests.bankkit import sample_with_accounts
from tests.conftest import SAMPLE_REGISTER
from tests.paykit import signed
from tests.roundkit import MONTH, add_clerks, fund, passphrase, stroke_png

POINT = "Điểm BĐVHX An Phước"


def _with_accounts(path: Path) -> Path:
    """The sample with a fifth of its people (and its own transfer rows) paid by transfer (bankkit), and a
    few accounts as registers get them wrong: one with letters, one at a bank no table knows, one holder who is
    someone else, one typed with spaces (normalised, and said so)."""
    sample_with_accounts(SAMPLE_REGISTER, path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    rows = [row for row in range(10, sheet.max_row + 1) if sheet[f"O{row}"].value == "Chuyển khoản"]
    sheet[f"R{rows[5]}"] = "71AB0012"  # account_invalid
    sheet[f"S{rows[10]}"] = "Ngân hàng Sao Hỏa"  # bank_unknown
    sheet[f"T{rows[15]}"] = "NGUYEN VAN KHAC"  # account_name_mismatch
    sheet[f"R{rows[20]}"] = (
        f"{sheet[f'R{rows[20]}'].value[:4]} {sheet[f'R{rows[20]}'].value[4:]}"  # normalised
    )
    book.save(path)
    return path


@pytest.fixture
def register(tmp_path: Path) -> Path:
    if not SAMPLE_REGISTER.exists():
        pytest.skip("the shared samples are not beside the repo")
    return _with_accounts(tmp_path / "danh_sach_ck_2026_12.xlsx")


def test_a_fifth_paid_by_transfer_failures_paid_in_cash_and_the_month_balances(
    tmp_path: Path, register: Path
) -> None:
    entries = read_register(register).entries
    office = OfficeDesk(tmp_path / "office", passphrase=passphrase)
    office.init_keys("office", "Bưu điện huyện Mang Thít")
    report = office.registers.import_file(register, MONTH, skip_invalid=True)
    assert report.committed and 100 <= report.non_cash <= 140  # a fifth of ~500, and the sample's own
    codes = {w["code"] for w in report.warnings}
    assert {"account_invalid", "bank_unknown", "account_name_mismatch", "account_normalised"} <= codes

    point_code = next(p.code for p in office.devices.points() if p.name == POINT)
    laptop = PointDesk(tmp_path / "laptop", passphrase=passphrase)
    office.devices.enroll(
        point_code, laptop.init_keys("point", "An Phước máy 1").public_key.b64, "An Phước máy 1"
    )
    office.lists.issue(MONTH, tmp_path / "lists")
    laptop.lists.load(
        tmp_path / "lists" / f"{point_code}_{MONTH}.pdlist",
        trust_office=office.require_identity().fingerprint,
    )
    add_clerks(laptop)
    fund(laptop)

    run = office.bank.write(MONTH, tmp_path / "batches")
    assert {"970405", "970436", "970418", "970415"} <= {b.bank_bin for b in run.batches}
    assert sorted(x.reason for x in run.left_out)[:2] == ["account_invalid", "bank_unknown"]
    transfers = {e.code: e for e in entries if not e.cash}
    sent_total = sum(b.total for b in run.batches)
    assert sent_total == sum(transfers[code].total for b in run.batches for code in _codes(b.files))

    at_point = {e.code for e in entries if not e.cash and e.point_name == POINT}
    failed: set[str] = set()
    for i, batch in enumerate(run.batches):
        xlsx = next(Path(f) for f in batch.files if f.endswith(".xlsx"))
        mine = sorted(_codes(batch.files) & at_point)[:1]  # one failure at An Phước per bank that pays there
        failed |= set(mine)
        lines = answer(xlsx, dict.fromkeys(mine, "Tài khoản không tồn tại"))
        result = (write_csv if i % 2 else write_xlsx)(
            tmp_path / f"kq_{batch.bank_bin}.{'csv' if i % 2 else 'xlsx'}", lines
        )
        done = office.bank_results.import_file(result, MONTH, failed="cash", out_dir=tmp_path / "amendments")
        assert done.count(Verdict.FLAGGED) == 0 and done.count(Verdict.FAILED) == len(mine)
    assert failed, "the sample has transfer people at An Phước"
    amendments = sorted((tmp_path / "amendments").glob(f"{point_code}_*.pdamend"))
    laptop.lists.load(amendments[-1])  # cumulative: the newest holds every addition
    for code in sorted(failed):
        assert laptop.pay.record(signed(code, staff="Lan")).amount == transfers[code].total
    in_cash = sorted(e.code for e in entries if e.cash and e.point_name == POINT)[0]
    form = SignupForm(bank="Agribank", account="7100 2051 23456", account_again="710020512-3456")
    laptop.signups.record(SignupRequest(in_cash, form, staff="Lan", signature_png=stroke_png(9)))
    sync = laptop.sync.export(tmp_path / "sync" / "an-phuoc.pdsync").path
    assert office.imports.files([sync]).files[0].status == "imported"
    sheet, listed = office.signups.export(MONTH, tmp_path / "dang_ky.xlsx")
    assert [line.code for line in sheet.lines] == [in_cash]
    rows = [r for r in load_workbook(listed, read_only=True).worksheets[0].iter_rows(values_only=True)]
    assert [r for r in rows if in_cash in r and "71002051234" + "56" in r], (
        "the sign-up reaches the office list"
    )

    settled = office.status.month(MONTH).settlement
    total = settled.total
    assert settled.problems() == []
    assert total.all_issued.money == sum(
        e.total for e in entries
    )  # cash + transfer = the register, to the đồng
    assert total.all_issued == total.paid + total.transfer_paid + total.all_unpaid + total.stopped
    moved = sum(transfers[c].total for c in failed)
    assert (
        total.transfer_to_cash.money == moved and total.paid.money == moved
    )  # the failures, paid in cash once
    assert total.transfer_paid.money == sent_total - moved

    book = load_workbook(office.papers.settlement(MONTH, tmp_path / "qt.xlsx").path, read_only=True)
    sums = next(
        r for r in book["Chuyển khoản"].iter_rows(values_only=True) if len(r) > 1 and r[1] == "TỔNG CỘNG"
    )
    assert (sums[3], sums[5], sums[9], sums[15]) == (total.issued.money, total.paid.money, total.transfer_paid.money,
                                                     total.all_issued.money)  # fmt: skip
    text = "\n".join(
        p.extract_text()
        for p in PdfReader(office.papers.settlement_report(MONTH, tmp_path / "qt.pdf").path).pages
    )
    assert "ở mọi điểm: khớp" in text and f"{total.all_issued.money:,}".replace(",", ".") in text
    office.close()
    laptop.close()


def _codes(files: list[str]) -> set[str]:
    """The codes a batch's xlsx pays (its content ends "- CODE")."""
    xlsx = next(Path(f) for f in files if f.endswith(".xlsx"))
    rows = list(load_workbook(xlsx, read_only=True).worksheets[0].iter_rows(values_only=True))
    return {str(r[-1]).rsplit(" ", 1)[1] for r in rows[1:]}
