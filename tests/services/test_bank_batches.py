"""Issue 17, item 2: the month's bank batches — per bank the xlsx the bank takes (read back), the transfer
list for the director (read back from the PDF), the signed manifest (verified; a changed file or manifest
found) — lines sent once, the lines no batch may take listed with their reason, a batch written again
byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from payout_desk.domain.transfer_batch import OUT_ACCOUNT, OUT_BANK, OUT_HELD, OUT_STOPPED
from payout_desk.services.common.errors import InvalidInput, Refused
from payout_desk.store.bank_transfers import month_lines
from payout_desk.store.holds import add_hold
from payout_desk.store.office_roles import all_actions
from tests.bankkit import AGRIBANK, BIDV, VCB, office_with_register, people, transfer, write
from tests.roundkit import MONTH

AMOUNTS = {p.code: p.total_cell() for p in people()}


def _xlsx_rows(path: Path) -> list[tuple[object, ...]]:
    sheet = load_workbook(path, read_only=True).worksheets[0]
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_one_batch_per_bank_with_the_registers_amounts_to_the_dong(tmp_path: Path) -> None:
    office, _ = office_with_register(tmp_path)
    out = tmp_path / "batches"
    run = office.bank.write(MONTH, out)
    by_bank = {b.bank_bin: b for b in run.batches}
    assert sorted(by_bank) == sorted([AGRIBANK, VCB, BIDV])
    assert {b.bank_bin: b.lines for b in run.batches} == {AGRIBANK: 3, VCB: 2, BIDV: 1}
    assert by_bank[AGRIBANK].total == AMOUNTS["NCC002"] + AMOUNTS["NCC007"] + AMOUNTS["NCC008"]
    assert run.total == sum(AMOUNTS[c] for c in ("NCC002", "NCC003", "NCC006", "NCC007", "NCC008", "NCC010"))
    assert sorted((x.code, x.reason) for x in run.left_out) == [("NCC004", OUT_ACCOUNT), ("NCC005", OUT_BANK)]
    rows = _xlsx_rows(next(Path(f) for f in by_bank[VCB].files if f.endswith(".xlsx")))
    assert rows[0] == ("STT", "Số tài khoản", "Tên người thụ hưởng", "Số tiền", "Ngân hàng", "Nội dung")
    assert rows[1:] == [
        (
            1,
            "0071000123456",
            "LE THI MAI",
            AMOUNTS["NCC003"],
            "970436 - Vietcombank",
            "Tro cap NCC thang 12/2026 - NCC003",
        ),
        (
            2,
            "7712345678",
            "MAI VAN MUOI",
            AMOUNTS["NCC010"],
            "970436 - Vietcombank",
            "Tro cap NCC thang 12/2026 - NCC010",
        ),
    ]
    agribank = _xlsx_rows(next(Path(f) for f in by_bank[AGRIBANK].files if f.endswith(".xlsx")))
    assert sum(int(r[3]) for r in agribank[1:]) == by_bank[AGRIBANK].total  # type: ignore[call-overload]
    assert agribank[1][1:3] == ("12345678901", "VO HUU HAI")  # the register's holder, in the bank's form
    with office.db.reading() as session:
        states = {line.code: (line.state, line.batch_id) for line in month_lines(session, MONTH)}
    assert {c for c, (s, _) in states.items() if s == "sent"} == {
        "NCC002",
        "NCC003",
        "NCC006",
        "NCC007",
        "NCC008",
        "NCC010",
    }
    assert states["NCC004"] == ("listed", None)
    office.close()


def test_the_transfer_list_pdf_carries_lines_total_in_words_signers_and_the_annex(tmp_path: Path) -> None:
    office, _ = office_with_register(tmp_path)
    run = office.bank.write(MONTH, tmp_path / "out", bank="Vietcombank")
    [batch] = run.batches
    text = _pdf_text(next(Path(f) for f in batch.files if f.endswith(".pdf")))
    total = AMOUNTS["NCC003"] + AMOUNTS["NCC010"]
    assert "DANH SÁCH CHI TRẢ QUA TÀI KHOẢN" in text and "Vietcombank" in text
    assert "0071000123456" in text and "LE THI MAI" in text
    assert f"{total:,}".replace(",", ".") in text and "bằng chữ" in text
    assert "Bốn triệu tám trăm sáu mươi sáu nghìn đồng" in text
    for signer in ("NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "GIÁM ĐỐC"):
        assert signer in text
    assert "PHỤ LỤC" in text and "NCC004" in text and "Số tài khoản không dùng được" in text
    assert [b.bank_bin for b in run.batches] == [VCB]  # --bank: only that bank's lines
    office.close()


def test_the_manifest_proves_the_batch_and_a_changed_file_or_manifest_is_found(tmp_path: Path) -> None:
    office, _ = office_with_register(tmp_path)
    out = tmp_path / "out"
    run = office.bank.write(MONTH, out)
    checks = office.bank.verify(out)
    assert len(checks) == 3 and all(c.ok for c in checks)
    agribank = next(c for c in checks if c.bank_bin == AGRIBANK)
    assert (agribank.lines, agribank.total, agribank.month) == (3, run.batches[0].total, MONTH)
    manifest = json.loads(next(out.glob(f"*{AGRIBANK}*.manifest.json")).read_text("utf-8"))["manifest"]
    assert manifest["codes"] == ["NCC002", "NCC007", "NCC008"] and manifest["total"] == agribank.total
    xlsx = next(out.glob(f"*{AGRIBANK}*.xlsx"))
    data = xlsx.read_bytes()
    xlsx.write_bytes(data[:100] + bytes([data[100] ^ 1]) + data[101:])  # one bit of one byte
    [bad] = [c for c in office.bank.verify(out) if not c.ok]
    assert bad.bank_bin == AGRIBANK and "was changed" in bad.problems[0].en
    path = next(out.glob(f"*{BIDV}*.manifest.json"))
    body = json.loads(path.read_text("utf-8"))
    body["manifest"]["total"] += 1_000
    path.write_text(json.dumps(body), "utf-8")
    problems = {c.manifest: [p.en for p in c.problems] for c in office.bank.verify(out)}
    assert any("signature does not match" in p for p in problems[path.name])
    office.close()


def test_a_second_run_sends_nobody_twice_and_batches_only_new_lines(tmp_path: Path) -> None:
    office, _ = office_with_register(tmp_path)
    first = office.bank.write(MONTH, tmp_path / "one")
    with pytest.raises(Refused) as refused:
        office.bank.write(MONTH, tmp_path / "two")
    assert "6 are in batches already written, 2 cannot go into one" in refused.value.text.en
    assert not (tmp_path / "two").exists() or not list((tmp_path / "two").iterdir())
    more = [*people(), transfer("NCC011", "Lý Văn Mười Một", "123456789", "Agribank", amount=1_500_000)]
    register = tmp_path / "more.xlsx"
    write(register, more)
    office.registers.import_file(register, MONTH, confirm_month=True)
    second = office.bank.write(MONTH, tmp_path / "two")
    [batch] = second.batches
    assert (batch.bank_bin, batch.number, batch.lines, batch.total) == (AGRIBANK, 2, 1, 1_500_000)
    assert second.already_sent == 6
    assert [b.number for b in office.bank.batches(MONTH)] == [1, 2, 1, 1]
    again = office.bank.again(first.batches[0].id, tmp_path / "again")
    for written, rewritten in zip(first.batches[0].files, again.files, strict=True):
        assert Path(written).read_bytes() == Path(rewritten).read_bytes()
    assert all(c.ok for c in office.bank.verify(tmp_path / "again"))
    office.close()


def test_people_held_or_stopped_for_the_month_are_not_paid_by_transfer(tmp_path: Path) -> None:
    office, _ = office_with_register(tmp_path)
    with office.db.transaction() as session:
        for code, state in (("NCC002", "held"), ("NCC003", "confirmed")):
            add_hold(session, month=MONTH, code=code, kind="reported_deceased", evidence="{}", state=state,
                     held_at="2026-12-01T00:00:00.000000Z", held_by="test", reason=None)  # fmt: skip
    run = office.bank.write(MONTH, tmp_path / "out")
    reasons = {x.code: x.reason for x in run.left_out}
    assert reasons == {"NCC002": OUT_HELD, "NCC003": OUT_STOPPED, "NCC004": OUT_ACCOUNT, "NCC005": OUT_BANK}
    sent = {
        code
        for b in run.batches
        for code in json.loads(Path(b.files[-1]).read_text("utf-8"))["manifest"]["codes"]
    }
    assert sent.isdisjoint({"NCC002", "NCC003"})
    office.close()


def test_an_unknown_bank_option_and_a_month_without_transfers_are_refused(tmp_path: Path) -> None:
    office, _ = office_with_register(tmp_path)
    with pytest.raises(InvalidInput):
        office.bank.write(MONTH, tmp_path / "out", bank="999999")
    with pytest.raises(Refused):
        office.bank.write("2027-01", tmp_path / "out")
    with office.db.reading() as session:
        assert all(line.state == "listed" for line in month_lines(session, MONTH))
    office.close()


def test_the_plan_shows_per_bank_who_waits_and_who_is_left_out_before_anything_is_written(
    tmp_path: Path,
) -> None:
    office, _ = office_with_register(tmp_path)
    plan = office.bank.plan(MONTH)
    assert [(w.bank_short_name, w.people) for w in plan.waiting] == [
        ("Agribank", 3),
        ("BIDV", 1),
        ("Vietcombank", 2),
    ]
    assert plan.lines == 8 and plan.already_sent == 0 and not plan.batches
    assert sum(w.total for w in plan.waiting) == office.bank.write(MONTH, tmp_path / "out").total
    after = office.bank.plan(MONTH)
    assert (after.waiting, after.already_sent, len(after.batches)) == ([], 6, 3)
    office.close()


def test_with_clerks_a_batch_is_prepared_then_written_and_signed_by_another_approver(tmp_path: Path) -> None:
    from tests.services.test_office_roles import PIN, staff_office

    office, _ = office_with_register(tmp_path)
    staff_office(office)
    office.clerks.sign_in("Tú", PIN)
    with pytest.raises(Refused):
        office.bank.write(MONTH, tmp_path / "direct")  # the key signs only inside an approval
    item = office.approvals.prepare_bank_batch(MONTH, bank="Agribank")
    assert (item.kind, item.what) == ("bank", {"month": MONTH, "bank": AGRIBANK})
    office.clerks.sign_in("Mai", PIN)
    done = office.approvals.approve(item.id, tmp_path / "approved")
    assert done.state == "approved" and len(done.files) == 3
    [batch] = office.bank.batches(MONTH)
    assert (batch.bank_bin, batch.created_by, batch.lines) == (AGRIBANK, "Mai", 3)
    assert all(c.ok for c in office.bank.verify(tmp_path / "approved"))
    office.bank.again(batch.id, tmp_path / "again")
    office.clerks.sign_in("Tú", PIN)
    office.bank_templates.save({"columns": ["account", "amount"]}, bank="BIDV")
    with office.db.reading() as session:
        done = [(a.clerk, a.action, json.loads(a.detail)) for a in all_actions(session)]
    steps = [(clerk, action) for clerk, action, _ in done if "transfer" in action]
    assert steps == [
        ("Tú", "transfer-batch.prepared"),
        ("Mai", "transfer-batch.approved"),
        ("Mai", "transfer-batch-again"),
        ("Tú", "transfer-template"),
    ]
    approved = next(d for _c, a, d in done if a == "transfer-batch.approved")
    assert len(approved["files"]) == 3
    office.close()


def test_a_write_that_fails_halfway_leaves_no_file_and_sends_nobody(tmp_path: Path) -> None:
    office, _ = office_with_register(tmp_path)
    out = tmp_path / "out"
    (out / "chuyen-khoan_2026-12_970418-BIDV_1.pdf").mkdir(
        parents=True
    )  # the second bank's file cannot be written
    with pytest.raises(OSError):
        office.bank.write(MONTH, out)
    assert sorted(p.name for p in out.iterdir()) == ["chuyen-khoan_2026-12_970418-BIDV_1.pdf"]
    with office.db.reading() as session:
        assert all(line.state == "listed" for line in month_lines(session, MONTH))
    assert office.bank.batches(MONTH) == []
    (out / "chuyen-khoan_2026-12_970418-BIDV_1.pdf").rmdir()
    assert [b.number for b in office.bank.write(MONTH, out).batches] == [1, 1, 1]
    office.close()
