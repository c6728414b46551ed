"""Issue 17 item 3: the bank's results taken in — paid lines recorded with the bank's reference, failures
listed with the bank's reason and, by the office's choice, put on the point's cash list by báo tăng (the
amendment is real: signed, sealed, loaded by the point), carried to next month or only listed; never a guess
(flagged lines change nothing), the same file twice changes nothing, and a file refused changes nothing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from payout_desk.domain.transfer_results import Flag, Verdict
from payout_desk.services.common.errors import InvalidInput, Refused, UsageError
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk
from payout_desk.store.bank_results import result_imports
from payout_desk.store.bank_transfers import month_lines
from payout_desk.store.closing import arrears_from
from payout_desk.store.ledger import entitlements
from payout_desk.store.lists import newest_issued
from payout_desk.store.points import point_with_code
from tests.bank_results_kit import BankLine, answer, content, write_csv, write_xlsx
from tests.bankkit import AGRIBANK, BIDV, VCB, office_with_register
from tests.roundkit import MONTH, passphrase
from tests.services.test_office_roles import PIN, staff_office

NO_ACCOUNT = "Tài khoản không tồn tại"


@dataclasses.dataclass
class Sent:
    office: OfficeDesk
    point: PointDesk
    files: dict[str, Path]  # bank BIN → its batch xlsx
    root: Path


def _sent(root: Path) -> Sent:
    """bankkit's register imported, one laptop enrolled at P01, the lists issued and loaded, the batches
    written (Agribank: NCC002, 007, 008; Vietcombank: NCC003, 010; BIDV: NCC006)."""
    office, _ = office_with_register(root)
    point = PointDesk(root / "laptop", passphrase=passphrase)
    ident = point.init_keys("point", "An Phước máy 1")
    office.devices.enroll("P01", ident.public_key.b64, "An Phước máy 1")
    office.lists.issue(MONTH, root / "lists")
    point.lists.load(
        root / "lists" / f"P01_{MONTH}.pdlist", trust_office=office.require_identity().fingerprint
    )
    run = office.bank.write(MONTH, root / "batches")
    files = {b.bank_bin: next(Path(f) for f in b.files if f.endswith(".xlsx")) for b in run.batches}
    return Sent(office, point, files, root)


def _states(office: OfficeDesk) -> dict[str, tuple[str, str | None, str | None, str | None]]:
    with office.db.reading() as session:
        return {
            x.code: (x.state, x.bank_ref, x.result_reason, x.failed_action)
            for x in month_lines(session, MONTH)
        }


def _on_list(office: OfficeDesk, code: str) -> bool:
    with office.db.reading() as session:
        point = point_with_code(session, "P01")
        assert point is not None
        row = newest_issued(session, MONTH, point.id)
        assert row is not None
        ent = entitlements(session, row.list_id, [code])[1].get(code)
    return ent is not None and ent.listed and ent.stop is None


def test_paid_and_failed_lines_are_recorded_and_the_same_file_again_changes_nothing(tmp_path: Path) -> None:
    s = _sent(tmp_path)
    path = write_xlsx(
        tmp_path / "kq_agribank.xlsx", answer(s.files[AGRIBANK], {"NCC007": NO_ACCOUNT}, bank="Agribank")
    )
    report = s.office.bank_results.import_file(path, MONTH, failed="list")
    assert [(x.code, x.verdict, x.action) for x in report.lines] == [
        ("NCC002", Verdict.PAID, None), ("NCC007", Verdict.FAILED, "list"), ("NCC008", Verdict.PAID, None)]  # fmt: skip
    assert report.banks == [AGRIBANK] and report.changed and not report.seen_before
    assert report.money(Verdict.PAID) == 3_100_000 + 2_866_000 and report.lines[0].account == "•••••••8901"
    states = _states(s.office)
    assert states["NCC002"] == ("paid", "FT2633600001", None, None)
    assert states["NCC007"] == ("failed", "FT2633600002", NO_ACCOUNT, None)
    assert states["NCC003"][0] == "sent" and not _on_list(s.office, "NCC007")  # listed only
    again = s.office.bank_results.import_file(path, MONTH, failed="list")
    assert {x.verdict for x in again.lines} == {Verdict.UNCHANGED} and not again.changed and again.seen_before
    assert _states(s.office) == states
    with s.office.db.reading() as session:
        stored = [
            (r.file_name, r.paid, r.failed, r.unchanged, r.failed_action)
            for r in result_imports(session, MONTH)
        ]
    assert stored == [("kq_agribank.xlsx", 2, 1, 0, "list"), ("kq_agribank.xlsx", 0, 0, 3, "list")]
    s.office.close()
    s.point.close()


def test_a_failure_goes_on_the_points_cash_list_by_a_signed_amendment_the_point_loads(tmp_path: Path) -> None:
    s = _sent(tmp_path)
    path = write_csv(tmp_path / "kq_vcb.csv", answer(s.files[VCB], {"NCC010": "Sai tên người thụ hưởng"}))
    out = tmp_path / "amendments"
    report = s.office.bank_results.import_file(path, MONTH, failed="cash", out_dir=out)
    assert [(x.code, x.verdict, x.action) for x in report.lines] == [
        ("NCC003", Verdict.PAID, None), ("NCC010", Verdict.FAILED, "cash")]  # fmt: skip
    (amendment,) = report.amendments
    assert amendment.path.parent == out and [c.code for c in amendment.changes] == ["NCC010"]
    person = amendment.changes[0].beneficiary
    assert person is not None and person.name == "Mai Văn Mười" and person.total == 2_000_000
    assert (person.cccd, person.birth_year) == ("086040173112", 1940)  # the register's person, as listed
    assert _on_list(s.office, "NCC010") and _states(s.office)["NCC010"][3] == "cash"
    s.point.lists.load(amendment.path)
    assert s.point.roster.find("NCC010")  # the point holds them, to pay in cash
    again = s.office.bank_results.import_file(path, MONTH, failed="cash", out_dir=out)
    assert not again.amendments and not again.changed
    s.office.close()
    s.point.close()


def test_listed_first_then_put_on_the_cash_list_or_carried_to_next_month(tmp_path: Path) -> None:
    s = _sent(tmp_path)
    agribank = write_xlsx(
        tmp_path / "a.xlsx", answer(s.files[AGRIBANK], {"NCC007": NO_ACCOUNT, "NCC008": NO_ACCOUNT})
    )
    s.office.bank_results.set_failed_action("list")
    assert s.office.bank_results.import_file(agribank, MONTH).failed_action == "list"
    s.office.bank_results.set_failed_action("carry")
    report = s.office.bank_results.import_file(agribank, MONTH)  # the office decides later: carry them
    assert [(x.code, x.verdict, x.action) for x in report.lines][1:] == [
        ("NCC007", Verdict.UNCHANGED, "carry"), ("NCC008", Verdict.UNCHANGED, "carry")]  # fmt: skip
    assert report.carried == ["NCC007", "NCC008"] and report.changed
    with s.office.db.reading() as session:
        carried = {c: (a.to_month, a.amount, a.mode) for c, a in arrears_from(session, MONTH).items()}
    assert carried == {
        "NCC007": ("2027-01", 2_866_000, "carry"), "NCC008": ("2027-01", 2_866_000, "carry")}  # fmt: skip
    assert not s.office.bank_results.import_file(agribank, MONTH, failed="cash").changed  # already acted on
    with pytest.raises(UsageError, match="no way “later”"):
        s.office.bank_results.set_failed_action("later")
    s.office.close()
    s.point.close()


def test_a_line_that_matches_no_single_sent_transfer_is_flagged_and_changes_nothing(tmp_path: Path) -> None:
    s = _sent(tmp_path)
    good = answer(s.files[AGRIBANK])
    lines = [
        dataclasses.replace(good[0], amount=3_000_000),  # NCC002 for another amount
        dataclasses.replace(good[1], account="9999999999"),  # NCC007 to another account
        BankLine(
            "12AB3456", "PHAM VAN TU", 2_866_000, content(MONTH, "NCC004"), reference="X1"
        ),  # not an account
        BankLine(
            "1234567890", "PHAM VAN TU", 2_866_000, content(MONTH, "NCC004"), reference="X2", bank=""
        ),  # not sent
        BankLine(
            "5555555555", "AI DO", 1_000_000, content(MONTH, "NCC777"), reference="X3", bank=""
        ),  # no one
        dataclasses.replace(good[2], status="Đang xử lý"),  # NCC008, a status the desk does not know
    ]
    before = _states(s.office)
    report = s.office.bank_results.import_file(write_xlsx(tmp_path / "kq.xlsx", lines), MONTH, failed="cash")
    assert [(x.code, x.flag) for x in report.lines] == [
        ("NCC002", Flag.AMOUNT_DIFFERS), ("NCC007", Flag.ACCOUNT_DIFFERS), ("NCC004", Flag.ACCOUNT_INVALID),
        ("NCC004", Flag.NOT_SENT), ("NCC777", Flag.NO_MATCH), ("NCC008", Flag.STATUS_UNKNOWN)]  # fmt: skip
    assert {x.verdict for x in report.lines} == {Verdict.FLAGGED} and not report.changed
    assert _states(s.office) == before and not report.amendments
    s.office.close()
    s.point.close()


def _refused(s: Sent, path: Path, error: type[Exception], words: str) -> None:
    before = _states(s.office)
    with pytest.raises(error) as caught:
        s.office.bank_results.import_file(path, MONTH, failed="cash", out_dir=s.root / "amendments")
    assert words in str(caught.value)
    assert _states(s.office) == before and not (s.root / "amendments").exists()
    with s.office.db.reading() as session:
        assert result_imports(session, MONTH) == []


def test_each_bad_file_is_refused_whole_with_one_sentence(tmp_path: Path) -> None:
    s = _sent(tmp_path)
    vcb = answer(s.files[VCB], {"NCC010": NO_ACCOUNT})
    cases = [
        ([dataclasses.replace(vcb[0], content=content("2026-11", "NCC003")), vcb[1]], InvalidInput,
         "the transfer results of Tháng 11/2026, not Tháng 12/2026"),
        ([dataclasses.replace(x, bank="970407") for x in vcb], InvalidInput, "no transfer batch of Tháng 12/2026 went to that bank"),
        ([dataclasses.replace(vcb[0], bank=BIDV), vcb[1]], InvalidInput, "NCC003 was sent through another bank"),
        ([vcb[0], dataclasses.replace(vcb[1], reference=vcb[0].reference)], InvalidInput, "is on both row 4 and row 5"),
        ([vcb[0], dataclasses.replace(vcb[1], amount="2000000.50")], InvalidInput, "has decimals"),
        ([vcb[0], dataclasses.replace(vcb[1], bank="123456")], InvalidInput, "the bank “123456” is unknown"),
    ]  # fmt: skip
    for i, (lines, error, words) in enumerate(cases):
        _refused(s, write_xlsx(tmp_path / f"bad{i}.xlsx", lines), error, words)
    s.office.close()
    s.point.close()


def test_results_before_any_batch_or_with_roles_and_cash_are_refused(tmp_path: Path) -> None:
    office, _ = office_with_register(tmp_path)
    path = write_xlsx(
        tmp_path / "kq.xlsx", [BankLine("0071000123456", "LE THI MAI", 2_866_000, content(MONTH, "NCC003"))]
    )
    with pytest.raises(Refused, match="No transfer batch of Tháng 12/2026 has gone to a bank yet"):
        office.bank_results.import_file(path, MONTH)
    office.close()
    s = _sent(tmp_path / "roles")
    staff_office(s.office)
    s.office.clerks.sign_in("Tú", PIN)
    failed = write_xlsx(tmp_path / "f.xlsx", answer(s.files[BIDV], {"NCC006": NO_ACCOUNT}))
    _refused(
        s, failed, Refused, "putting a failed transfer on the cash list takes an addition an approver signs"
    )
    assert s.office.bank_results.import_file(failed, MONTH, failed="list").count(Verdict.FAILED) == 1
    with pytest.raises(Refused):
        s.office.bank_results.failed_to_cash(MONTH, tmp_path / "direct")  # the key signs only on approval
    item = s.office.approvals.prepare_failed_to_cash(MONTH)
    assert (item.kind, item.what) == ("tocash", {"month": MONTH}) and not _on_list(s.office, "NCC006")
    s.office.clerks.sign_in("Mai", PIN)
    done = s.office.approvals.approve(item.id, tmp_path / "approved")
    assert done.state == "approved" and [Path(f).parent for f in done.files] == [tmp_path / "approved"]
    assert _on_list(s.office, "NCC006") and _states(s.office)["NCC006"][3] == "cash"
    with pytest.raises(Refused, match="No failed transfer of Tháng 12/2026 is waiting"):
        s.office.approvals.prepare_failed_to_cash(MONTH)
    s.office.close()
    s.point.close()


def test_failures_listed_first_go_on_the_cash_list_in_a_later_step(tmp_path: Path) -> None:
    s = _sent(tmp_path)
    s.office.bank_results.import_file(
        write_xlsx(tmp_path / "a.xlsx", answer(s.files[AGRIBANK], {"NCC008": NO_ACCOUNT})), MONTH
    )
    assert s.office.bank_results.waiting_failures(MONTH) == ["NCC008"]
    (amendment,) = s.office.bank_results.failed_to_cash(MONTH, tmp_path / "out")
    assert [c.code for c in amendment.changes] == ["NCC008"] and _on_list(s.office, "NCC008")
    assert s.office.bank_results.waiting_failures(MONTH) == []
    s.office.close()
    s.point.close()


def test_the_settlement_counts_cash_and_transfer_apart_and_together(tmp_path: Path) -> None:
    s = _sent(tmp_path)
    before = s.office.status.month(MONTH).settlement
    assert (
        before.problems() == [] and before.total.transfer_issued.people == 8
    )  # every transfer row, sent or not
    failed = {"NCC007": NO_ACCOUNT}
    s.office.bank_results.import_file(write_xlsx(tmp_path / "a.xlsx", answer(s.files[AGRIBANK], failed)), MONTH,
                                      failed="cash", out_dir=tmp_path / "amend")  # fmt: skip
    s.office.bank_results.import_file(write_xlsx(tmp_path / "v.xlsx", answer(s.files[VCB], {"NCC010": "Sai tên"})),
                                      MONTH, failed="carry")  # fmt: skip
    settled = s.office.status.month(MONTH).settlement
    assert settled.problems() == []
    p01 = settled.point("P01")
    assert (p01.issued.people, p01.issued.money) == (before.point("P01").issued.people + 1,
                                                     before.point("P01").issued.money + 2_866_000)  # fmt: skip
    assert (
        p01.transfer_to_cash.people == 1 and p01.transfer_issued.people == 7
    )  # NCC007 counted once, as cash
    assert p01.transfer_paid.money == 3_100_000 + 2_866_000 + 2_866_000  # NCC002, NCC008, NCC003
    assert p01.all_issued == p01.all_paid + p01.all_unpaid + p01.stopped
    banks = {b.bin: b for b in settled.banks}
    agri = banks[AGRIBANK]
    assert (agri.lines.people, agri.paid.people, agri.failed.people, agri.to_cash.people) == (4, 2, 1, 1)
    assert agri.not_sent.people == 1  # NCC004: an account that is not one
    assert (banks[VCB].carried.people, banks[BIDV].waiting.people, banks[""].not_sent.people) == (1, 1, 1)
    book = s.office.papers.settlement(MONTH, tmp_path / "settlement.xlsx").path
    sheet = load_workbook(book, read_only=True)["Chuyển khoản"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True) if r]
    p01_row = next(r for r in rows if r[0] == "P01")
    assert p01_row[2:10] == [p01.issued.people, p01.issued.money, p01.paid.people, p01.paid.money,
                             7, p01.transfer_issued.money, 3, 3_100_000 + 2 * 2_866_000]  # fmt: skip
    assert p01_row[14:17] == [p01.all_issued.people, p01.all_issued.money, 1]
    assert any(str(r[0]).endswith(": khớp") for r in rows if r[0])
    assert next(r for r in rows if r[0] == AGRIBANK)[2:4] == [4, agri.lines.money]
    pdf = s.office.papers.settlement_report(MONTH, tmp_path / "settlement.pdf").path
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "CHI TRẢ BẰNG TIỀN MẶT VÀ CHUYỂN KHOẢN" in text and "Chuyển khoản theo ngân hàng" in text
    assert (
        "Tổng số tiền đã chuyển khoản: 8.832.000 đ — bằng chữ: Tám triệu tám trăm ba mươi hai nghìn đồng"
        in text
    )
    assert "ở mọi điểm: khớp" in text
    s.office.close()
    s.point.close()


def test_a_closed_month_takes_no_failure_onto_its_cash_list(tmp_path: Path) -> None:
    s = _sent(tmp_path)
    s.office.closing.close(MONTH)
    path = write_xlsx(tmp_path / "a.xlsx", answer(s.files[AGRIBANK], {"NCC007": NO_ACCOUNT}))
    _refused(s, path, Refused, "Tháng 12/2026 is closed: nobody can be added to its cash lists any more")
    assert s.office.bank_results.import_file(path, MONTH, failed="carry").carried == ["NCC007"]
    s.office.close()
    s.point.close()
