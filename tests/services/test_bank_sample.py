"""Issue 17's acceptance, its batch half: the shared sample register with a fifth of its people paid by
transfer (account columns added) — imported exactly as before for the cash lists, the transfer lines stored
with the register's amounts, and the batches per bank adding up to the đồng."""

from __future__ import annotations

from pathlib import Path

import pytest

from payout_desk.services.office.desk import OfficeDesk
from payout_desk.store.bank_transfers import month_lines
from tests.bankkit import sample_with_accounts
from tests.conftest import SAMPLE_REGISTER
from tests.roundkit import MONTH, passphrase


def test_a_fifth_of_the_sample_paid_by_transfer_batches_to_the_dong(tmp_path: Path) -> None:
    if not SAMPLE_REGISTER.exists():
        pytest.skip("the shared samples are not beside the repo")
    register = tmp_path / "sample-ck.xlsx"
    totals = sample_with_accounts(SAMPLE_REGISTER, register)
    office = OfficeDesk(tmp_path / "office", passphrase=passphrase)
    office.init_keys("office", "Bưu điện huyện Mang Thít")
    report = office.registers.import_file(register, MONTH, skip_invalid=True)
    assert report.committed and report.non_cash == len(totals) == 135  # 39 already by transfer, 96 more
    account_warnings = [w for w in report.warnings if str(w["code"]).startswith(("account", "bank"))]
    assert account_warnings == []
    with office.db.reading() as session:
        stored = {line.code: line.amount for line in month_lines(session, MONTH)}
    assert stored == totals
    run = office.bank.write(MONTH, tmp_path / "out")
    assert not run.left_out and len(run.batches) == 6
    assert sum(b.lines for b in run.batches) == len(stored) and run.total == sum(stored.values())
    assert all(c.ok for c in office.bank.verify(tmp_path / "out"))
    office.close()
