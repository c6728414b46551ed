"""Issue 17, item 1: the register's account columns read, checked and stored as the month's transfer lines
(one per beneficiary paid by transfer), a re-import replacing lines not yet sent and never a sent one."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from payout_desk.store.bank_models import SENT, TransferLine
from payout_desk.store.bank_transfers import mark_sent, month_lines
from tests.bankkit import AGRIBANK, BIDV, VCB, cash, office_with_register, people, transfer, write
from tests.roundkit import MONTH


def _lines(office) -> dict[str, TransferLine]:  # type: ignore[no-untyped-def]
    with office.db.reading() as session:
        lines = month_lines(session, MONTH)
        session.expunge_all()
    return {line.code: line for line in lines}


def test_each_transfer_row_is_stored_with_its_account_bank_holder_and_the_registers_amount(
    tmp_path: Path,
) -> None:
    office, report = office_with_register(tmp_path)
    assert report.committed
    lines = _lines(office)
    assert sorted(lines) == ["NCC002", "NCC003", "NCC004", "NCC005", "NCC006", "NCC007", "NCC008", "NCC010"]
    assert {code: line.amount for code, line in lines.items()} == {
        p.code: p.total_cell() for p in people() if p.method == "Chuyển khoản"
    }
    two = lines["NCC002"]
    assert (two.account, two.bank_bin, two.holder, two.state, two.account_problem) == (
        "12345678901",
        AGRIBANK,
        "VO HUU HAI",
        "listed",
        None,
    )
    assert (lines["NCC003"].bank_bin, lines["NCC003"].account) == (VCB, "0071000123456")
    assert (lines["NCC004"].account_problem, lines["NCC004"].account) == ("not-digits", "12AB3456")
    assert lines["NCC005"].bank_bin is None and lines["NCC005"].bank_text == "Ngân hàng Sao Hỏa"
    assert lines["NCC006"].bank_bin == BIDV
    assert lines["NCC010"].account == "7712345678"
    assert all(line.register_row > 0 and line.point_name for line in lines.values())
    office.close()


def test_the_import_warns_with_row_and_column_for_each_account_problem(tmp_path: Path) -> None:
    office, report = office_with_register(tmp_path)
    rows = write(tmp_path / "again.xlsx")
    by_code: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for warning in report.warnings:
        by_code[str(warning["code"])].append((int(warning["row"]), str(warning["column"])))  # type: ignore[call-overload]
    assert by_code["account_normalised"] == [(rows["NCC002"], "Số tài khoản")]
    assert by_code["account_invalid"] == [(rows["NCC004"], "Số tài khoản")]
    assert by_code["bank_unknown"] == [(rows["NCC005"], "Ngân hàng")]
    assert by_code["account_name_mismatch"] == [(rows["NCC006"], "Chủ tài khoản")]
    assert sorted(by_code["account_shared"]) == sorted(
        [(rows["NCC007"], "Số tài khoản"), (rows["NCC008"], "Số tài khoản")]
    )
    assert by_code["account_number_cell"] == [(rows["NCC010"], "Số tài khoản")]
    shared = [w for w in report.warnings if w["code"] == "account_shared"]
    assert "NCC008" in str(shared[0]["message"]) and "NCC007" in str(shared[1]["message"])
    assert "12345678901" in str(
        next(w for w in report.warnings if w["code"] == "account_normalised")["message"]
    )
    office.close()


def test_a_reimport_replaces_listed_lines_and_warns_about_a_sent_line_it_does_not_touch(
    tmp_path: Path,
) -> None:
    office, _ = office_with_register(tmp_path)
    with office.db.transaction() as session:
        line = next(line for line in month_lines(session, MONTH) if line.code == "NCC003")
        mark_sent(session, [line.id], batch_id=_a_batch(session), at="2026-12-03T08:00:00Z")
    changed = people()
    changed[2] = transfer("NCC003", "Lê Thị Mai", "0071000999999", "Vietcombank", amount=2_900_000)
    changed[1] = transfer(
        "NCC002", "Võ Hữu Hải", "12345678901", "Agribank", holder="VO HUU HAI", amount=3_200_000
    )
    changed = [p for p in changed if p.code != "NCC005"]  # gone from the register: its listed line goes
    register = tmp_path / "second.xlsx"
    rows = write(register, changed)
    report = office.registers.import_file(register, MONTH, confirm_month=True)
    lines = _lines(office)
    assert "NCC005" not in lines
    assert lines["NCC002"].amount == 3_200_000
    sent = lines["NCC003"]
    assert (sent.state, sent.amount, sent.account) == (SENT, 2_866_000, "0071000123456")
    [warning] = [w for w in report.warnings if w["code"] == "transfer_sent_changed"]
    assert warning["row"] == rows["NCC003"] and "0071000999999" in str(warning["message"])
    as_cash = [cash("NCC003", "Lê Thị Mai") if p.code == "NCC003" else p for p in people()]
    write(register, as_cash)
    report = office.registers.import_file(register, MONTH, confirm_month=True)
    [now_cash] = [w for w in report.warnings if str(w["code"]).startswith("transfer_sent")]
    assert now_cash["code"] == "transfer_sent_now_cash" and "paid twice" in str(now_cash["message"])
    assert _lines(office)["NCC003"].state == SENT  # the sent line stays as it was
    office.close()


def _a_batch(session) -> int:  # type: ignore[no-untyped-def]
    from payout_desk.store.bank_transfers import add_batch

    return add_batch(
        session,
        month=MONTH,
        bank_bin=VCB,
        number=1,
        created_at="2026-12-03T08:00:00Z",
        created_by="test",
        lines=1,
        total=2_866_000,
        manifest_sha256="0" * 64,
        files="[]",
    ).id
